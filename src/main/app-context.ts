import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadBundledSites } from './bundled-sites';
import { appRoot } from './paths';
import type { ServiceContext } from './services/context';
import { ProjectSession } from './services/project-session';
import { SettingsStore } from './settings';

export function appVersion(): string {
  const pkg = JSON.parse(readFileSync(join(appRoot(), 'package.json'), 'utf8')) as { version?: string };
  return pkg.version ?? '0.0.0';
}

/** The service context for a Node host (web server, CLI, the desktop's service process). */
export function createNodeContext(mode: ServiceContext['mode'], extraVersions: Record<string, string> = {}): ServiceContext {
  const bundledSites = loadBundledSites;
  return {
    mode,
    appVersion: appVersion(),
    versions: { node: process.versions.node, sqlite: process.versions.sqlite ?? '', ...extraVersions },
    settings: new SettingsStore(),
    session: new ProjectSession(bundledSites),
    bundledSites,
  };
}

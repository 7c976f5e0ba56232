import { join } from 'node:path';
import type { ServiceContext } from '../../src/main/services/context';
import { createServices } from '../../src/main/services/index';
import { ProjectSession } from '../../src/main/services/project-session';
import { SettingsStore } from '../../src/main/settings';
import { loadBundledSites } from '../../src/main/bundled-sites';
import type { HandlerRegistry } from '../../src/main/services/registry';

/** The real services on a real project file in `dir` (no mocks), with settings kept in `dir` too. */
export function makeServices(dir: string, projectName = 'test.stargrid'): { ctx: ServiceContext; registry: HandlerRegistry; projectPath: string } {
  const ctx: ServiceContext = {
    mode: 'web',
    appVersion: '0.0.0-test',
    versions: { node: process.versions.node },
    settings: new SettingsStore(join(dir, 'settings.json')),
    session: new ProjectSession(loadBundledSites),
    bundledSites: loadBundledSites,
  };
  const projectPath = join(dir, projectName);
  ctx.session.create(projectPath);
  return { ctx, registry: createServices(ctx), projectPath };
}

import { afterEach, beforeEach } from 'vitest';
import { makeTempDir } from './temp-dir';
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

/**
 * Fresh services on a fresh project for every test of the calling file (registers its own
 * beforeEach/afterEach). `call` returns a channel's value or throws its error as one line.
 */
export function servicesPerTest() {
  let tmp: ReturnType<typeof makeTempDir> | undefined;
  let current: ReturnType<typeof makeServices> | undefined;
  beforeEach(() => {
    tmp = makeTempDir();
    current = makeServices(tmp.dir);
  });
  afterEach(() => {
    current?.ctx.session.close();
    tmp?.cleanup();
  });
  const get = (): ReturnType<typeof makeServices> => {
    if (!current) throw new Error('servicesPerTest: used outside a test');
    return current;
  };
  return {
    get,
    async call<T>(channel: string, request: unknown): Promise<T> {
      const envelope = await get().registry.dispatch(channel, request);
      if (!envelope.ok) throw new Error(`${envelope.error.code} at ${envelope.error.path}: ${envelope.error.message}`);
      return envelope.value as T;
    },
  };
}

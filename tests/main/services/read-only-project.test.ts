import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeServices } from '../../helpers/services';
import { makeTempDir } from '../../helpers/temp-dir';

let tmp: ReturnType<typeof makeTempDir>;
beforeEach(() => {
  tmp = makeTempDir();
});
afterEach(() => tmp.cleanup());

const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

/**
 * A project in a place this user cannot write: file and folder without write permission, or (for
 * root, whom permissions do not stop) a tmpfs remounted read-only. Null when neither can be had.
 */
function readOnlyProject(source: string): { path: string; undo: () => void } | null {
  const dir = join(tmp.dir, 'ro');
  mkdirSync(dir);
  if (!isRoot) {
    copyFileSync(source, join(dir, 'plan.stargrid'));
    chmodSync(join(dir, 'plan.stargrid'), 0o444);
    chmodSync(dir, 0o555);
    return { path: join(dir, 'plan.stargrid'), undo: () => chmodSync(dir, 0o755) };
  }
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=16m', 'tmpfs', dir], { stdio: 'ignore' });
  } catch {
    return null;
  }
  copyFileSync(source, join(dir, 'plan.stargrid'));
  execFileSync('mount', ['-o', 'remount,ro', dir], { stdio: 'ignore' });
  return { path: join(dir, 'plan.stargrid'), undo: () => execFileSync('umount', ['-l', dir], { stdio: 'ignore' }) };
}

describe('a read-only project', () => {
  it('opens read-only, says so, refuses every edit with 409, and leaves the file and its folder as they were', async (t) => {
    const svc = makeServices(tmp.dir);
    const source = join(tmp.dir, 'source.stargrid');
    svc.ctx.session.require().db.prepare('VACUUM INTO ?').run(source);
    const ro = readOnlyProject(source);
    if (!ro) return t.skip('cannot make a read-only place here (not root and no permissions to drop)');
    try {
      const before = sha(ro.path);
      const opened = await svc.registry.dispatch('project:open', { path: ro.path });
      expect(opened).toMatchObject({ ok: true, value: { path: ro.path, readOnly: true, siteCount: 8 } });
      expect(await svc.registry.dispatch('sites:list', {})).toMatchObject({ ok: true });
      const edit = await svc.registry.dispatch('sites:delete', { id: 'abilene' });
      expect(edit).toMatchObject({ ok: false, error: { code: 'project-read-only', message: expect.stringContaining('read-only') } });
      // Simulation reads only: it runs.
      expect(await svc.registry.dispatch('model:simulate', { siteId: 'milam', scenarioId: 'hybrid', hourly: false })).toMatchObject({ ok: true });
      // Save As makes a writable copy.
      const copy = await svc.registry.dispatch('project:saveAs', { path: join(tmp.dir, 'copy.stargrid') });
      expect(copy).toMatchObject({ ok: true, value: { readOnly: false } });
      expect(readdirSync(join(tmp.dir, 'ro'))).toEqual(['plan.stargrid']);
      expect(sha(ro.path)).toBe(before);
    } finally {
      svc.ctx.session.close();
      ro.undo();
    }
  });
});

import Database from 'better-sqlite3';
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { storageError } from '../../../src/main/db/storage-errors';
import { makeServices } from '../../helpers/services';
import { makeTempDir } from '../../helpers/temp-dir';

let tmp: ReturnType<typeof makeTempDir>;
let svc: ReturnType<typeof makeServices>;
beforeEach(() => {
  tmp = makeTempDir();
  svc = makeServices(tmp.dir);
});
afterEach(() => {
  svc.ctx.session.close();
  tmp.cleanup();
});

const call = (channel: string, request: unknown) => svc.registry.dispatch(channel, request);
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

/**
 * A small tmpfs at `dir` (root only: CI containers run as root; a user without mount rights gets
 * null and the test that needs it says so). `ro` remounts it read-only after `fill` ran.
 */
function tmpfs(dir: string, sizeKiB: number, fill?: () => void, ro = false): (() => void) | null {
  if (!isRoot) return null;
  mkdirSync(dir, { recursive: true });
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${sizeKiB}k`, 'tmpfs', dir], { stdio: 'ignore' });
  } catch {
    return null;
  }
  fill?.();
  if (ro) execFileSync('mount', ['-o', 'remount,ro', dir], { stdio: 'ignore' });
  return () => execFileSync('umount', ['-l', dir], { stdio: 'ignore' });
}

describe('Save As and New refuse what the user can fix, with a 4xx naming the problem', () => {
  it('refuses Save As onto a folder', async () => {
    mkdirSync(join(tmp.dir, 'plans.stargrid'));
    expect(await call('project:saveAs', { path: join(tmp.dir, 'plans.stargrid') })).toMatchObject({ ok: false, error: { code: 'invalid-request', path: 'path', message: expect.stringContaining('is a folder') } });
  });

  it('refuses a 300-character name, saying how long it may be', async () => {
    const name = `${'a'.repeat(300)}.stargrid`;
    const answer = await call('project:saveAs', { path: join(tmp.dir, name) });
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid-request', message: expect.stringContaining('at most 255') } });
    expect(readdirSync(tmp.dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('refuses any extension other than .stargrid, and adds it when there is none', async () => {
    expect(await call('project:saveAs', { path: join(tmp.dir, 'plan.txt') })).toMatchObject({ ok: false, error: { code: 'invalid-request', message: 'a project file must end in .stargrid, not ".txt"' } });
    expect(await call('project:new', { path: join(tmp.dir, 'plan.db') })).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(await call('project:saveAs', { path: join(tmp.dir, 'plan') })).toMatchObject({ ok: true, value: { path: join(tmp.dir, 'plan.stargrid') } });
  });

  it('takes a relative path from the user’s documents folder, never the server’s working folder', async () => {
    const documents = join(tmp.dir, 'Documents');
    mkdirSync(documents);
    process.env.STARGRID_DOCUMENTS = documents;
    try {
      expect(await call('project:saveAs', { path: 'texas' })).toMatchObject({ ok: true, value: { path: join(documents, 'texas.stargrid') } });
      expect(existsSync(join(process.cwd(), 'texas.stargrid'))).toBe(false);
      expect(await call('project:open', { path: 'texas.stargrid' })).toMatchObject({ ok: true, value: { path: join(documents, 'texas.stargrid') } });
    } finally {
      delete process.env.STARGRID_DOCUMENTS;
    }
  });

  it('refuses a folder it may not write with 403, naming the folder and no temporary file', async (t) => {
    const locked = join(tmp.dir, 'locked');
    let undo: (() => void) | null;
    if (isRoot) undo = tmpfs(locked, 1024, undefined, true);
    else {
      mkdirSync(locked);
      chmodSync(locked, 0o555);
      undo = () => chmodSync(locked, 0o755);
    }
    if (!undo) return t.skip('needs root to mount a read-only tmpfs (root ignores folder permissions)');
    try {
      const answer = await call('project:saveAs', { path: join(locked, 'copy.stargrid') });
      expect(answer).toMatchObject({ ok: false, error: { code: 'forbidden', path: 'path', message: expect.stringContaining(`cannot write in ${locked}`) } });
      expect(!answer.ok && answer.error.message).not.toMatch(/\.tmp|\.stargrid-\d/);
      expect(svc.ctx.session.require().path).toBe(svc.projectPath);
    } finally {
      undo();
    }
  });

  it('says the disk is full (4xx) when Save As runs out of space, and keeps working in the open project', async (t) => {
    // A 64 KiB tmpfs: the seeded project is larger, so VACUUM INTO stops with SQLITE_FULL.
    const small = join(tmp.dir, 'small');
    const undo = tmpfs(small, 64);
    if (!undo) return t.skip('needs root to mount a tiny tmpfs; the mapping is checked below without it');
    try {
      const answer = await call('project:saveAs', { path: join(small, 'copy.stargrid') });
      expect(answer).toMatchObject({ ok: false, error: { code: 'disk-full', message: expect.stringContaining('not enough space') } });
      expect(readdirSync(small)).toEqual([]);
      expect(await call('sites:list', {})).toMatchObject({ ok: true });
    } finally {
      undo();
    }
  });

  it('maps a full disk and permission errors from the file system or SQLite to 4xx codes', () => {
    const coded = (code: string) => Object.assign(new Error('x'), { code });
    expect(storageError(coded('ENOSPC'), '/d/a.stargrid', '/d')?.code).toBe('disk-full');
    expect(storageError(coded('SQLITE_FULL'), '/d/a.stargrid', '/d')?.code).toBe('disk-full');
    expect(storageError(coded('EACCES'), '/d/a.stargrid', '/d')?.message).toBe('cannot write in /d: permission denied; choose a folder you can write to');
    expect(storageError(coded('EISDIR'), '/d/a.stargrid', '/d')?.code).toBe('invalid-request');
    expect(storageError(coded('EWHATEVER'), '/d/a.stargrid', '/d')).toBeNull();
  });
});

describe('damaged files and rows', () => {
  it('refuses a file with Stargrid’s id but another schema as damaged, and keeps the open project', async () => {
    const odd = join(tmp.dir, 'odd.stargrid');
    svc.ctx.session.require().db.prepare('VACUUM INTO ?').run(odd);
    const db = new Database(odd);
    db.exec('DROP TABLE site_series; ALTER TABLE sites RENAME TO places');
    db.close();
    const answer = await call('project:open', { path: odd });
    expect(answer).toMatchObject({ ok: false, error: { code: 'project-refused', message: expect.stringContaining('is damaged') } });
    expect(readdirSync(tmp.dir).filter((f) => f.startsWith('odd.stargrid'))).toEqual(['odd.stargrid']);
    expect(svc.ctx.session.require().path).toBe(svc.projectPath);
  });

  it('lists a site whose row is damaged as damaged, and still lists the others', async () => {
    svc.ctx.session.require().db.prepare("UPDATE sites SET body = json_object('id', 'abilene', 'name', 'Abilene') WHERE id = 'abilene'").run();
    const answer = await call('sites:list', {});
    expect(answer.ok).toBe(true);
    const sites = (answer as { value: { sites: { id: string; damaged?: string; itMW: number }[] } }).value.sites;
    expect(sites).toHaveLength(8);
    expect(sites.find((s) => s.id === 'abilene')?.damaged).toMatch(/not a valid site/);
    expect(sites.filter((s) => s.damaged === undefined && s.itMW > 0)).toHaveLength(7);
    expect(await call('sites:get', { id: 'abilene' })).toMatchObject({ ok: false, error: { code: 'project-refused' } });
  });
});

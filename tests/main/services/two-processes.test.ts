import Database from 'better-sqlite3';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadBundledSites } from '../../../src/main/bundled-sites';
import { ProjectSession } from '../../../src/main/services/project-session';
import { startServiceProcess, type ServiceProcess } from '../../helpers/service-process';
import { makeTempDir } from '../../helpers/temp-dir';

let tmp: ReturnType<typeof makeTempDir>;
const started: ServiceProcess[] = [];
beforeEach(() => {
  tmp = makeTempDir();
});
afterEach(async () => {
  await Promise.all(started.splice(0).map((p) => p.stop()));
  tmp.cleanup();
});

async function serviceOn(project: string | undefined, home: string): Promise<ServiceProcess> {
  const p = await startServiceProcess({ home, ...(project ? { project } : {}) });
  started.push(p);
  return p;
}

const besides = (dir: string, name: string) => readdirSync(dir).filter((f) => f.startsWith(name)).sort();

describe('one writer per project file, across processes', () => {
  it('refuses a second process the project another holds, and Save As onto it, and loses no acknowledged write', async () => {
    const v = join(tmp.dir, 'v.stargrid');
    const a = await serviceOn(v, join(tmp.dir, 'home-a'));
    expect(await a.call('project:current', {})).toMatchObject({ ok: true, value: { project: { path: v } } });
    const filesWhileHeld = besides(tmp.dir, 'v.stargrid');

    // Process B starts on the same file: refused, and it says why.
    const b = await serviceOn(v, join(tmp.dir, 'home-b'));
    expect(b.stderr()).toMatch(/open in another Stargrid process/);
    const open = await b.call('project:open', { path: v });
    expect(open).toMatchObject({ ok: false, error: { code: 'project-locked' } });
    expect(!open.ok && open.error.message).toContain(v);

    // B opens a project of its own and tries to Save As over V (the silent loss): refused.
    await b.call('project:new', { path: join(tmp.dir, 'w.stargrid') });
    expect(await b.call('project:saveAs', { path: v, overwrite: true })).toMatchObject({ ok: false, error: { code: 'project-locked' } });
    expect(await b.call('project:new', { path: v })).toMatchObject({ ok: false, error: { code: 'project-locked' } });
    // This test's own process is refused too, and refusing left nothing new beside the file.
    expect(() => new ProjectSession(loadBundledSites).open(v)).toThrow(/open in another Stargrid process/);
    expect(besides(tmp.dir, 'v.stargrid')).toEqual(filesWhileHeld);

    // A answers ten writes; all of them are in V after A closes.
    const acknowledged: string[] = [];
    for (let i = 0; i < 10; i++) {
      const id = `kept-${i}`;
      const saved = await a.call('scenarios:save', { scenario: { id, name: `Kept ${i}`, base: 'grid-only', grid: { importLimitMW: 500 + i } }, siteId: 'abilene' });
      if (saved.ok) acknowledged.push(id);
    }
    expect(acknowledged).toHaveLength(10);
    await a.stop();
    // After A closes: no -wal or -shm left, and every acknowledged write is there.
    expect(besides(tmp.dir, 'v.stargrid')).toEqual(['v.stargrid']);
    const db = new Database(v, { readonly: true });
    const ids = db.prepare<[], { id: string }>("SELECT id FROM scenarios WHERE id LIKE 'kept-%' ORDER BY id").all().map((r) => r.id);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
    expect(ids).toEqual(acknowledged.sort());
    // With A gone, B may open V.
    expect(await b.call('project:open', { path: v })).toMatchObject({ ok: true, value: { path: v } });
  });
});

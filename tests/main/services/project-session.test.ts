import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../../src/api/errors';
import { checkProjectFile } from '../../../src/main/db/connection';
import { loadBundledSites } from '../../../src/main/bundled-sites';
import { ProjectSession } from '../../../src/main/services/project-session';
import { makeTempDir } from '../../helpers/temp-dir';

let tmp: ReturnType<typeof makeTempDir>;
let session: ProjectSession;
beforeEach(() => {
  tmp = makeTempDir();
  session = new ProjectSession(loadBundledSites);
});
afterEach(() => {
  session.close();
  tmp.cleanup();
});

describe('a project session', () => {
  it('adds the .stargrid extension and seeds the bundled sites', () => {
    const info = session.create(join(tmp.dir, 'plan'));
    expect(info.path).toBe(join(tmp.dir, 'plan.stargrid'));
    expect(info.siteCount).toBe(loadBundledSites().length);
    expect(info.name).toBe('plan');
  });

  it('will not create a project over an existing file', () => {
    writeFileSync(join(tmp.dir, 'taken.stargrid'), 'x');
    expect(() => session.create(join(tmp.dir, 'taken.stargrid'))).toThrow(/already exists/);
  });

  it('keeps changes in the file as they happen: a reopened project has them', () => {
    const { path } = session.create(join(tmp.dir, 'a.stargrid'));
    session.require().sites.delete('milam');
    session.close();
    const reopened = new ProjectSession(loadBundledSites);
    reopened.open(path);
    expect(reopened.require().sites.exists('milam')).toBe(false);
    expect(reopened.info()?.siteCount).toBe(loadBundledSites().length - 1);
    reopened.close();
  });

  it('saves as a complete copy, continues in the copy and leaves no temporary file', () => {
    const original = session.create(join(tmp.dir, 'a.stargrid')).path;
    session.require().sites.delete('milam');
    const copy = session.saveAs(join(tmp.dir, 'b'), false);
    expect(copy.path).toBe(join(tmp.dir, 'b.stargrid'));
    // Held by this session while open: even a check from the same process sees the lock.
    expect(checkProjectFile(copy.path)).toMatchObject({ kind: 'refused', reason: 'locked' });
    expect(session.require().path).toBe(copy.path);
    expect(session.require().sites.exists('milam')).toBe(false);
    session.require().sites.delete('abilene');
    expect(readdirSync(tmp.dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    session.open(original);
    expect(session.require().sites.exists('abilene')).toBe(true);
    expect(checkProjectFile(copy.path).kind).toBe('ok');
  });

  it('refuses to save over an existing file unless told to overwrite', () => {
    session.create(join(tmp.dir, 'a.stargrid'));
    writeFileSync(join(tmp.dir, 'b.stargrid'), 'precious');
    expect(() => session.saveAs(join(tmp.dir, 'b.stargrid'), false)).toThrow(ApiError);
    expect(session.saveAs(join(tmp.dir, 'b.stargrid'), true).siteCount).toBe(loadBundledSites().length);
  });

  it('keeps the open project when asked to open a file it refuses', () => {
    const { path } = session.create(join(tmp.dir, 'a.stargrid'));
    const bad = join(tmp.dir, 'bad.stargrid');
    writeFileSync(bad, 'not a database');
    expect(() => session.open(bad)).toThrow(/not an SQLite database/);
    expect(session.require().path).toBe(path);
    expect(existsSync(`${bad}-wal`)).toBe(false);
  });
});

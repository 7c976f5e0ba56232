import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startServiceProcess } from '../../helpers/service-process';
import { makeTempDir } from '../../helpers/temp-dir';

/** Issue 12 asks for "many" kill -9 runs; 20, as in the issue's own measurement. `STARGRID_KILL_RUNS` changes it. */
const RUNS = Number(process.env.STARGRID_KILL_RUNS ?? 20);

let tmp: ReturnType<typeof makeTempDir>;
beforeEach(() => {
  tmp = makeTempDir();
});
afterEach(() => tmp.cleanup());

type Tally = { acknowledged: number; lost: number; integrity: string[] };

/**
 * One run: a real service process on `v` answers a mix of inserts (scenarios:save), updates
 * (assumptions:set) and deletes (scenarios:delete) as fast as it can, and is killed with SIGKILL
 * at a pseudo-random moment. Then the file is opened here: every write it acknowledged must be in
 * it, and SQLite's integrity check must say ok.
 */
async function killDuringWrites(v: string, run: number, tally: Tally): Promise<void> {
  const p = await startServiceProcess({ home: join(tmp.dir, 'home'), project: v });
  const inserted = new Set<string>();
  const deleted = new Set<string>();
  let lastRate: number | null = null;
  let inFlightRate: number | null = null;
  // A delete whose answer the kill cut off may or may not have committed: it was never acknowledged.
  let inFlightDelete: string | null = null;
  let stop = false;
  let firstAck: () => void = () => undefined;
  const acked = new Promise<void>((r) => (firstAck = r));
  // Deterministic "random" kill delay per run: 1–4 s after the first write is answered.
  const killAfterMs = 1000 + ((run * 7919) % 3000);
  const writer = (async () => {
    for (let n = 0; !stop; n++) {
      const kind = n % 6;
      if (kind === 5 && inserted.size > 0) {
        const id = [...inserted][0] as string;
        inFlightDelete = id;
        const r = await p.call('scenarios:delete', { id });
        if (r.ok) {
          inserted.delete(id);
          deleted.add(id);
          inFlightDelete = null;
        }
      } else if (kind === 4) {
        inFlightRate = 0.05 + (run * 1000 + n) / 1e7;
        const r = await p.call('assumptions:set', { siteId: 'abilene', scenarioId: 'hybrid', name: 'discountRate', value: inFlightRate });
        if (r.ok) lastRate = inFlightRate;
      } else {
        const id = `r${run}-w${n}`;
        const r = await p.call('scenarios:save', { scenario: { id, name: id, base: 'grid-only', grid: { importLimitMW: 100 + n } }, siteId: 'abilene' });
        if (r.ok) {
          inserted.add(id);
          firstAck();
        } else if (r.error.message.includes('stopped')) return;
      }
    }
  })();
  await acked;
  await new Promise((r) => setTimeout(r, killAfterMs));
  p.child.kill('SIGKILL');
  stop = true;
  await writer;
  await new Promise<void>((done) => (p.child.exitCode !== null || p.child.signalCode !== null ? done() : p.child.once('exit', () => done())));

  const acknowledgedNow = inserted.size + deleted.size * 2 + (lastRate === null ? 0 : 1);
  tally.acknowledged += acknowledgedNow;
  const db = new Database(v);
  try {
    tally.integrity.push(String(db.pragma('integrity_check', { simple: true })));
    const present = new Set(db.prepare<[string], { id: string }>('SELECT id FROM scenarios WHERE id LIKE ?').all(`r${run}-%`).map((r) => r.id));
    for (const id of inserted) if (!present.has(id) && id !== inFlightDelete) tally.lost++;
    for (const id of deleted) if (present.has(id)) tally.lost++;
    const rate = db.prepare<[], { value: number }>("SELECT value FROM assumption_overrides WHERE site_id = 'abilene' AND name = 'discountRate'").get()?.value ?? null;
    // The last acknowledged value, or the one whose answer the kill cut off (committed but not yet answered).
    if (lastRate !== null && rate !== lastRate && rate !== inFlightRate) tally.lost++;
  } finally {
    db.close();
  }
}

describe('a killed server loses no acknowledged write', () => {
  it(`kill -9 during mixed writes, ${RUNS} times: 0 acknowledged writes lost, integrity ok every time`, async () => {
    const v = join(tmp.dir, 'v.stargrid');
    const tally: Tally = { acknowledged: 0, lost: 0, integrity: [] };
    for (let run = 0; run < RUNS; run++) await killDuringWrites(v, run, tally);
    console.log(`kill -9 runs: ${RUNS}, writes acknowledged: ${tally.acknowledged}, lost: ${tally.lost}`);
    expect(tally.integrity).toEqual(Array.from({ length: RUNS }, () => 'ok'));
    expect(tally.lost).toBe(0);
    // Each run must have had writes in flight for the test to mean anything.
    expect(tally.acknowledged).toBeGreaterThan(RUNS * 5);
  }, 1_800_000);
});

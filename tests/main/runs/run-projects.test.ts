import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkProjectFile } from '../../../src/main/db/connection';
import type { RunState } from '../../../src/main/runs/types';
import { servicesPerTest } from '../../helpers/services';

const svc = servicesPerTest();
const call = <T,>(channel: string, request: unknown): Promise<T> => svc.call<T>(channel, request);

async function until<T>(read: () => T | Promise<T>, done: (v: T) => boolean, timeoutMs = 180_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await read();
    if (done(v)) return v;
    if (Date.now() > end) throw new Error(`still waiting after ${timeoutMs} ms: ${JSON.stringify(v)}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe('runs belong to the project they started in', () => {
  it('writes a run’s result to its own file when another project was opened meanwhile', async () => {
    const first = svc.get().projectPath;
    const started = await call<RunState>('runs:start', { kind: 'reliability', siteId: 'shackelford', scenarioId: 'islanded', params: { years: 40, seed: 3 } });
    const second = join(svc.get().ctx.session.require().path, '..', 'second.stargrid');
    await call('project:new', { path: second });
    // The run is not the new project's: its status is not answered there.
    expect(await svc.get().registry.dispatch('runs:status', { runId: started.runId })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    // The first file stays held by the run until it ends and is recorded, then is released.
    await until(() => checkProjectFile(first).kind, (k) => k === 'ok');
    const db = new Database(first, { readonly: true });
    const rows = db.prepare<[], { status: string; summary: string | null }>("SELECT status, summary FROM runs WHERE kind = 'reliability'").all();
    db.close();
    expect(rows).toHaveLength(1);
    expect(rows[0]?.status).toBe('done');
    expect(JSON.parse(rows[0]?.summary ?? 'null')).toHaveProperty('cases');
    expect((await call<{ runs: unknown[] }>('runs:list', {})).runs).toEqual([]);
  });

  it('does not touch a run of another project when its id is cancelled, and queues runs beyond the free threads', async () => {
    const first = svc.get().projectPath;
    const long = await call<RunState>('runs:start', { kind: 'reliability', siteId: 'abilene', scenarioId: 'btm-gas', params: { years: 100000 } });
    const behind = await call<RunState>('runs:start', { kind: 'reliability', siteId: 'abilene', scenarioId: 'btm-gas', params: { years: 100000 } });
    expect(long.runId).not.toBe(behind.runId);
    const concurrency = Number(process.env.STARGRID_RUN_CONCURRENCY) || Math.max(1, (await import('node:os')).availableParallelism() - 1);
    if (concurrency === 1) expect(behind).toMatchObject({ status: 'queued', queuePosition: 1 });
    await call('project:new', { path: join(first, '..', 'other.stargrid') });
    expect(await call('runs:cancel', { runId: long.runId })).toEqual({ cancelling: false });
    await call('project:open', { path: first });
    const still = await call<RunState>('runs:status', { runId: long.runId });
    expect(['queued', 'running']).toContain(still.status);
    // Cancelled from its own project, a queued run leaves the queue at once and the running one stops.
    expect(await call('runs:cancel', { runId: behind.runId })).toEqual({ cancelling: true });
    expect(await call('runs:cancel', { runId: long.runId })).toEqual({ cancelling: true });
    expect((await call<RunState>('runs:status', { runId: behind.runId })).status).toBe('cancelled');
    const end = await until(() => call<RunState>('runs:status', { runId: long.runId }), (s) => s.status !== 'running' && s.status !== 'queued', 60_000);
    expect(end.status).toBe('cancelled');
  });
});

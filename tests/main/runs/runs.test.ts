import { describe, expect, it } from 'vitest';
import type { RunRecord } from '../../../src/api/schemas/project';
import type { RunState } from '../../../src/main/runs/types';
import { servicesPerTest } from '../../helpers/services';

const svc = servicesPerTest();

const call = <T,>(channel: string, request: unknown): Promise<T> => svc.call<T>(channel, request);

async function waitFor(runId: string, timeoutMs = 90_000): Promise<RunState> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const state = await call<RunState>('runs:status', { runId });
    if (state.status !== 'running' && state.status !== 'queued') return state;
    if (Date.now() > until) throw new Error(`run ${runId} still running after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Waits until the run has started in its worker (not a fixed delay: on a quiet machine a "long" run
 * can finish inside one, and a cancel then finds nothing to cancel), so a cancel meets it running.
 */
async function untilRunning(runId: string): Promise<void> {
  for (;;) {
    const state = await call<RunState>('runs:status', { runId });
    if (state.status === 'running') return;
    if (state.status !== 'queued') throw new Error(`run ${runId} ended (${state.status}) before it could be cancelled`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe('long runs in worker threads', () => {
  it('runs a sensitivity to the end, with bars sorted by swing, and records it in the history', async () => {
    const started = await call<RunState>('runs:start', { kind: 'sensitivity', siteId: 'lordstown', scenarioId: 'hybrid' });
    expect(['queued', 'running']).toContain(started.status);
    const done = await waitFor(started.runId);
    expect(done.error).toBeNull();
    expect(done.status).toBe('done');
    const result = done.result as { base: { lcoeUSDPerMWh: number }; bars: { name: string; swing: number; low: { lcoeUSDPerMWh: number }; high: { lcoeUSDPerMWh: number } }[] };
    expect(result.bars.length).toBeGreaterThanOrEqual(5);
    for (let i = 1; i < result.bars.length; i++) expect(result.bars[i - 1]!.swing).toBeGreaterThanOrEqual(result.bars[i]!.swing);
    // A dearer gas price can only raise the cost of a scenario that burns gas or pays the grid; never lower it.
    const gas = result.bars.find((b) => b.name === 'gasPriceUSDPerMMBtu')!;
    expect(gas.high.lcoeUSDPerMWh).toBeGreaterThanOrEqual(result.base.lcoeUSDPerMWh);
    const history = await call<{ runs: RunRecord[] }>('runs:list', { siteId: 'lordstown' });
    expect(history.runs[0]).toMatchObject({ id: done.historyId, kind: 'sensitivity', status: 'done', scenarioId: 'hybrid' });
    expect(history.runs[0]!.inputsHash).toMatch(/^[0-9a-f]{16}$/);
  });

  it('loads mathjs in the worker only for a formula edit that needs it, and then gives what the edit means', async () => {
    // The worker compiles the planner's own sheets without mathjs. An edit with a mathjs constant
    // (fuel cost × pi / pi, which is × 1 exactly) makes the job load it and run again: same answer.
    const before = await waitFor((await call<RunState>('runs:start', { kind: 'sensitivity', siteId: 'abilene', scenarioId: 'btm-gas' })).runId);
    expect(before.error).toBeNull();
    await call('assumptions:set', { siteId: 'abilene', scenarioId: 'btm-gas', name: 'fuelUSDPerYear', expr: 'fuelMMBtuPerYear * gasPriceUSDPerMMBtu * (pi / pi)' });
    const after = await waitFor((await call<RunState>('runs:start', { kind: 'sensitivity', siteId: 'abilene', scenarioId: 'btm-gas' })).runId);
    expect(after.error).toBeNull();
    expect(after.status).toBe('done');
    expect(after.result).toEqual(before.result);
  });

  it('runs a short Monte Carlo and reports N, N+1 and N+2, with and without common-mode events, N+1 at least as available as N', async () => {
    const started = await call<RunState>('runs:start', { kind: 'reliability', siteId: 'shackelford', scenarioId: 'islanded', params: { years: 20, seed: 7 } });
    const done = await waitFor(started.runId);
    expect(done.error).toBeNull();
    const cases = (done.result as { cases: { label: string; result: { availability: { mean: number } } }[] }).cases;
    expect(cases.map((c) => c.label).slice(0, 6)).toEqual(['N without common-mode', 'N+1 without common-mode', 'N+2 without common-mode', 'N', 'N+1', 'N+2']);
    // Same seed and one more unit: every hour served under N is served under N+1, with the events or without.
    const availability = (label: string) => cases.find((c) => c.label === label)?.result.availability.mean ?? NaN;
    expect(availability('N+1')).toBeGreaterThanOrEqual(availability('N'));
    expect(availability('N+1 without common-mode')).toBeGreaterThanOrEqual(availability('N without common-mode'));
  });

  it('cancels a long run and records it as cancelled', async () => {
    const started = await call<RunState>('runs:start', { kind: 'reliability', siteId: 'abilene', scenarioId: 'btm-gas', params: { years: 100000 } });
    await untilRunning(started.runId);
    expect(await call('runs:cancel', { runId: started.runId })).toEqual({ cancelling: true });
    const done = await waitFor(started.runId, 20_000);
    expect(done.status).toBe('cancelled');
    const history = await call<{ runs: RunRecord[] }>('runs:list', { siteId: 'abilene' });
    expect(history.runs[0]).toMatchObject({ id: done.historyId, status: 'cancelled' });
  });

  it('runs a sweep through the run API and records it, and cancels a long one', async () => {
    const started = await call<RunState>('runs:start', { kind: 'sweep', siteId: 'lordstown', scenarioId: 'btm-gas', params: { x: { name: 'gasPriceUSDPerMMBtu', values: [3, 6] }, threads: 2 } });
    const done = await waitFor(started.runId);
    expect(done.error).toBeNull();
    const points = (done.result as { points: { x: number; lcoeUSDPerMWh: number }[] }).points;
    // A dearer gas price raises the LCOE of an all-gas campus.
    expect(points[1]!.lcoeUSDPerMWh).toBeGreaterThan(points[0]!.lcoeUSDPerMWh);
    const long = await call<RunState>('runs:start', {
      kind: 'sweep',
      siteId: 'abilene',
      scenarioId: 'hybrid',
      params: { x: { name: 'gasPriceUSDPerMMBtu', values: Array.from({ length: 1000 }, (_, i) => 2 + i / 100) }, threads: 2 },
    });
    await untilRunning(long.runId);
    expect(await call('runs:cancel', { runId: long.runId })).toEqual({ cancelling: true });
    expect((await waitFor(long.runId, 20_000)).status).toBe('cancelled');
    expect(await svc.get().registry.dispatch('runs:start', { kind: 'sweep', siteId: 'abilene', scenarioId: 'hybrid', params: { x: { name: 'gas price', values: [1] } } })).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  });

  it('runs with the project’s assumption edits and attached series, like the workbench', async () => {
    await call('assumptions:set', { siteId: 'lordstown', scenarioId: 'hybrid', name: 'discountRate', value: 0.09 });
    // A flat 150 MW IT load attached to the site (Lordstown's phases sum to 300 MW of IT)
    await call('import:load', { fileName: 'flat.csv', text: 'hour,load_MW\n' + Array.from({ length: 8760 }, (_, h) => `${h},150`).join('\n'), attachTo: 'lordstown' });
    const workbench = await call<{ summary: { lcoeUSDPerMWh: number } }>('model:simulate', { siteId: 'lordstown', scenarioId: 'hybrid', hourly: false });
    const started = await call<RunState>('runs:start', { kind: 'sensitivity', siteId: 'lordstown', scenarioId: 'hybrid' });
    const done = await waitFor(started.runId);
    expect(done.error).toBeNull();
    // The tornado's reference point is the very simulation the workbench shows
    expect((done.result as { base: { lcoeUSDPerMWh: number } }).base.lcoeUSDPerMWh).toBeCloseTo(workbench.summary.lcoeUSDPerMWh, 9);
  });

  it('refuses unknown settings and unknown sites, naming the field', async () => {
    expect(await svc.get().registry.dispatch('runs:start', { kind: 'reliability', siteId: 'abilene', scenarioId: 'hybrid', params: { yeras: 10 } })).toMatchObject({ ok: false, error: { code: 'invalid-request', path: 'params' } });
    expect(await svc.get().registry.dispatch('runs:start', { kind: 'optimize', siteId: 'atlantis', scenarioId: 'hybrid' })).toMatchObject({ ok: false, error: { code: 'not-found', path: 'siteId' } });
  });
});

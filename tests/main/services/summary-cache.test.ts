import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SimulateResponse } from '../../../src/api/schemas/model';
import { checkProjectFile } from '../../../src/main/db/connection';
import { ModelRunner } from '../../../src/main/model/runner';
import { ModelService } from '../../../src/main/services/model-service';
import { ProjectSession, type OpenProject } from '../../../src/main/services/project-session';
import { loadBundledSites } from '../../../src/main/bundled-sites';
import { makeServices } from '../../helpers/services';
import { makeTempDir } from '../../helpers/temp-dir';

// Lordstown (data/sites/lordstown.json): one 300 MW IT phase from 2026 behind a 360 MW POI; in
// 2027 the whole campus runs all year. A saved grid-only plan with its import limit set by hand
// is the scenario whose fields the tests edit.
const SITE = 'lordstown';
const YEAR = 2027;
const PLAN = { id: 'capped-grid', name: 'Capped grid', base: 'grid-only', grid: { importLimitMW: 250 } };
const BUILD = 'test-build-1';

let tmp: ReturnType<typeof makeTempDir>;
let services: ReturnType<typeof makeServices>;
let engineRuns: ReturnType<typeof vi.spyOn>;

async function call<T>(channel: string, request: unknown): Promise<T> {
  const envelope = await services.registry.dispatch(channel, request);
  if (!envelope.ok) throw new Error(`${envelope.error.code} at ${envelope.error.path}: ${envelope.error.message}`);
  return envelope.value as T;
}

/** The project file as a new process finds it: a fresh session and a fresh model service. */
function restart(options: { engineBuild?: string; readOnly?: boolean } = {}): { project: OpenProject; model: ModelService; close: () => void } {
  services.ctx.session.close();
  const session = new ProjectSession(loadBundledSites);
  session.open(services.projectPath);
  const project = session.require();
  return { project: options.readOnly ? { ...project, readOnly: true } : project, model: new ModelService({ engineBuild: options.engineBuild ?? BUILD }), close: () => session.close() };
}

const cacheRows = (project: OpenProject): number => (project.db.prepare('SELECT count(*) AS n FROM summary_cache').get() as { n: number }).n;

beforeEach(async () => {
  tmp = makeTempDir();
  services = makeServices(tmp.dir);
  await call('scenarios:save', { scenario: PLAN, siteId: SITE });
  engineRuns = vi.spyOn(ModelRunner.prototype, 'simulate');
});
afterEach(() => {
  engineRuns.mockRestore();
  services.ctx.session.close();
  tmp.cleanup();
});

describe('the summary cache in the project file', () => {
  it('runs the engine once, and after a restart answers from the file with the same figures and no engine run', () => {
    const first = new ModelService({ engineBuild: BUILD });
    const project = services.ctx.session.require();
    const fresh = first.summary(project, SITE, PLAN.id, YEAR);
    expect(engineRuns).toHaveBeenCalledTimes(1);
    expect(cacheRows(project)).toBe(1);
    // A 250 MW import cap under a ~300 MW × PUE facility leaves load unserved: a real run, not an empty one.
    expect(fresh.summary.unservedEnergyMWh).toBeGreaterThan(0);

    const prepares = vi.spyOn(ModelRunner.prototype, 'prepare');
    const after = restart();
    try {
      const cached = after.model.summary(after.project, SITE, PLAN.id, YEAR);
      expect(engineRuns).toHaveBeenCalledTimes(1);
      // Not even the weather, solar and load of the site were prepared.
      expect(prepares).not.toHaveBeenCalled();
      // Field by field, numbers bit for bit (v8 serialization keeps every double, NaN and undefined).
      expect(cached).toStrictEqual(fresh);
    } finally {
      prepares.mockRestore();
      after.close();
    }
  });

  it('answers model:simulate without hourly series through the cache, and with them from the engine', async () => {
    const project = services.ctx.session.require();
    const summaryOnly = await call<SimulateResponse>('model:simulate', { siteId: SITE, scenarioId: PLAN.id, year: YEAR, hourly: false });
    expect(cacheRows(project)).toBe(1);
    const again = await call<SimulateResponse>('model:simulate', { siteId: SITE, scenarioId: PLAN.id, year: YEAR, hourly: false });
    expect(engineRuns).toHaveBeenCalledTimes(1);
    expect(again).toStrictEqual(summaryOnly);
    const withHourly = await call<SimulateResponse>('model:simulate', { siteId: SITE, scenarioId: PLAN.id, year: YEAR, hourly: true });
    expect(engineRuns).toHaveBeenCalledTimes(2);
    // The same run computed afresh: its summary equals the cached one.
    expect(withHourly.summary).toStrictEqual(summaryOnly.summary);
  });

  it('stores the summary of an hourly model:simulate, so a summary call after it runs no engine and answers the same fields', async () => {
    const project = services.ctx.session.require();
    const withHourly = await call<SimulateResponse>('model:simulate', { siteId: SITE, scenarioId: PLAN.id, year: YEAR, hourly: true });
    expect(engineRuns).toHaveBeenCalledTimes(1);
    expect(cacheRows(project)).toBe(1);
    const summaryOnly = await call<SimulateResponse>('model:simulate', { siteId: SITE, scenarioId: PLAN.id, year: YEAR, hourly: false });
    expect(engineRuns).toHaveBeenCalledTimes(1);
    // Field by field: the hourly answer without its series.
    expect(summaryOnly).toStrictEqual({ ...withHourly, hourly: null });

    // And the row is the one a summary-only run stores: after a restart a service under the registry's build (this code's) reads it unchanged.
    const after = restart();
    try {
      expect(new ModelService().summary(after.project, SITE, PLAN.id, YEAR)).toStrictEqual(summaryOnly);
      expect(engineRuns).toHaveBeenCalledTimes(1);
    } finally {
      after.close();
    }
  });

  it('stores no summary for a run that checks an unsaved edit', () => {
    const project = services.ctx.session.require();
    const model = new ModelService({ engineBuild: BUILD });
    const checked = model.simulate(project, SITE, PLAN.id, YEAR, { name: 'vollUSDPerMWh', value: 12345 });
    model.response(checked, true);
    expect(cacheRows(project)).toBe(0);
  });

  it('runs again when a scenario field changes, and the new answer is the new scenario’s', async () => {
    const model = new ModelService({ engineBuild: BUILD });
    const before = model.summary(services.ctx.session.require(), SITE, PLAN.id, YEAR);
    await call('scenarios:save', { scenario: { ...PLAN, grid: { importLimitMW: 200 } }, siteId: SITE });
    engineRuns.mockClear();
    const after = model.summary(services.ctx.session.require(), SITE, PLAN.id, YEAR);
    expect(engineRuns).toHaveBeenCalledTimes(1);
    // Same load, 50 MW less import every hour the cap binds: more unserved energy.
    expect(after.summary.unservedEnergyMWh).toBeGreaterThan(before.summary.unservedEnergyMWh);
    expect(after.summary.gridImportLimitMW).toBe(200);
  });

  it('runs again when an assumption is edited or reset', async () => {
    const model = new ModelService({ engineBuild: BUILD });
    const project = services.ctx.session.require();
    const base = model.summary(project, SITE, PLAN.id, YEAR);
    const voll = base.summary.vollUSDPerMWh;
    await call('assumptions:set', { siteId: SITE, scenarioId: PLAN.id, name: 'vollUSDPerMWh', value: voll + 1000 });
    engineRuns.mockClear();
    const edited = model.summary(project, SITE, PLAN.id, YEAR);
    expect(engineRuns).toHaveBeenCalledTimes(1);
    // Each unserved MWh now costs 1,000 USD more: the cost per MWh of load rises by
    // 1,000 × unserved MWh ÷ load MWh (same dispatch; relative 1e-9 for float sums).
    const expectedRise = (1000 * base.summary.unservedEnergyMWh) / base.summary.energyMWh;
    expect((edited.summary.costPerMWhLoadUSDPerMWh! - base.summary.costPerMWhLoadUSDPerMWh!) / expectedRise).toBeCloseTo(1, 9);
    await call('assumptions:reset', { siteId: SITE, scenarioId: PLAN.id, name: 'vollUSDPerMWh' });
    engineRuns.mockClear();
    // Back to the stored inputs: the first row answers again, unchanged.
    expect(model.summary(project, SITE, PLAN.id, YEAR)).toStrictEqual(base);
    expect(engineRuns).not.toHaveBeenCalled();
  });

  it('runs again when a series is attached to the site, and again when it is replaced', async () => {
    const model = new ModelService({ engineBuild: BUILD });
    const project = services.ctx.session.require();
    model.summary(project, SITE, PLAN.id, YEAR);
    const flat = (mw: number) => ['hour,load_MW', ...Array.from({ length: 8760 }, (_, h) => `${h + 1},${mw}`)].join('\n') + '\n';
    await call('import:load', { fileName: 'flat.csv', text: flat(150), attachTo: SITE });
    engineRuns.mockClear();
    const half = model.summary(project, SITE, PLAN.id, YEAR);
    expect(engineRuns).toHaveBeenCalledTimes(1);
    await call('import:load', { fileName: 'flat.csv', text: flat(100), attachTo: SITE });
    engineRuns.mockClear();
    const third = model.summary(project, SITE, PLAN.id, YEAR);
    expect(engineRuns).toHaveBeenCalledTimes(1);
    // Same file name, other bytes: facility = installed × u × PUE with the same weather, so 100/150 of the energy (float sums: 1e-12).
    expect(third.summary.energyMWh / half.summary.energyMWh).toBeCloseTo(100 / 150, 12);
  });

  it('runs again under another engine build, and keeps both answers', () => {
    const project = services.ctx.session.require();
    new ModelService({ engineBuild: BUILD }).summary(project, SITE, PLAN.id, YEAR);
    new ModelService({ engineBuild: 'test-build-2' }).summary(project, SITE, PLAN.id, YEAR);
    expect(engineRuns).toHaveBeenCalledTimes(2);
    expect(cacheRows(project)).toBe(2);
  });

  it('runs again over a damaged row, answers as a fresh run does, and repairs the row', () => {
    const project = services.ctx.session.require();
    const fresh = new ModelService({ engineBuild: BUILD }).summary(project, SITE, PLAN.id, YEAR);
    // One byte flipped in the middle of the stored answer, checksum left as it was: the bytes may
    // still decode (a number a little off), so only the checksum can tell.
    const row = project.db.prepare('SELECT key, body FROM summary_cache').get() as { key: string; body: Buffer };
    const damaged = Buffer.from(row.body);
    const middle = damaged.length >> 1;
    damaged[middle] = damaged[middle]! ^ 0x01;
    project.db.prepare('UPDATE summary_cache SET body = ? WHERE key = ?').run(damaged, row.key);
    const again = new ModelService({ engineBuild: BUILD });
    expect(again.summary(project, SITE, PLAN.id, YEAR)).toStrictEqual(fresh);
    expect(engineRuns).toHaveBeenCalledTimes(2);
    engineRuns.mockClear();
    expect(new ModelService({ engineBuild: BUILD }).summary(project, SITE, PLAN.id, YEAR)).toStrictEqual(fresh);
    expect(engineRuns).not.toHaveBeenCalled();
  });

  it('runs again over a row that is not an answer (garbage bytes with a matching checksum)', () => {
    const project = services.ctx.session.require();
    const model = new ModelService({ engineBuild: BUILD });
    model.summary(project, SITE, PLAN.id, YEAR);
    const garbage = Buffer.from([0x00, 0xff, 0x13]);
    project.db.prepare('UPDATE summary_cache SET body = ?, checksum = ?').run(garbage, createHash('sha256').update(garbage).digest('hex'));
    engineRuns.mockClear();
    expect(new ModelService({ engineBuild: BUILD }).summary(project, SITE, PLAN.id, YEAR).summary.siteId).toBe(SITE);
    expect(engineRuns).toHaveBeenCalledTimes(1);
  });

  it('leaves the project file passing its integrity check, and writes nothing in a read-only project', () => {
    new ModelService({ engineBuild: BUILD }).summary(services.ctx.session.require(), SITE, PLAN.id, YEAR);
    const after = restart({ readOnly: true });
    try {
      after.project.db.pragma('query_only = ON');
      const answer = new ModelService({ engineBuild: 'other-build' }).summary(after.project, SITE, PLAN.id, YEAR);
      expect(answer.summary.siteId).toBe(SITE);
      after.project.db.pragma('query_only = OFF');
      expect(cacheRows(after.project)).toBe(1);
    } finally {
      after.close();
    }
    expect(checkProjectFile(services.projectPath)).toMatchObject({ kind: 'ok' });
  });

  it('drops a deleted site’s rows with it', async () => {
    const project = services.ctx.session.require();
    new ModelService({ engineBuild: BUILD }).summary(project, SITE, PLAN.id, YEAR);
    await call('sites:delete', { id: SITE });
    expect(cacheRows(project)).toBe(0);
  });
});

/** `vi.resetModules` gives this test fresh copies of the sheet engine and the services, as a restarted process has them. */
describe('a portfolio row from the cache after a restart', () => {
  it('answers in a new process without loading mathjs, and so does a run of the engine (the plain sheet compiler)', async () => {
    const first = await call<SimulateResponse>('model:simulate', { siteId: SITE, scenarioId: PLAN.id, year: YEAR, hourly: false });
    services.ctx.session.close();

    vi.resetModules();
    const sheets = await import('../../../src/power-model/sheets/index');
    const { ProjectSession: FreshSession } = await import('../../../src/main/services/project-session');
    const { createServices } = await import('../../../src/main/services/index');
    const { loadBundledSites: freshSites } = await import('../../../src/main/bundled-sites');
    expect(sheets.sheetMathLoaded()).toBe(false);
    const session = new FreshSession(freshSites);
    session.open(services.projectPath);
    try {
      const registry = createServices({ ...services.ctx, session });
      const cached = await registry.dispatch('model:simulate', { siteId: SITE, scenarioId: PLAN.id, year: YEAR, hourly: false });
      expect(cached).toStrictEqual({ ok: true, value: first });
      expect(sheets.sheetMathLoaded()).toBe(false);
      const withHourly = await registry.dispatch('model:simulate', { siteId: SITE, scenarioId: PLAN.id, year: YEAR, hourly: true });
      expect(withHourly.ok).toBe(true);
      // The planner's own sheets compile without mathjs (power-model/sheets/plain-compile.ts).
      expect(sheets.sheetMathLoaded()).toBe(false);
    } finally {
      session.close();
    }
  });
});

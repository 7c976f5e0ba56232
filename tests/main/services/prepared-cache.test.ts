import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Site } from '../../../src/api/schemas/site';
import { loadBundledSites } from '../../../src/main/bundled-sites';
import { checkProjectFile } from '../../../src/main/db/connection';
import { ModelService } from '../../../src/main/services/model-service';
import { ProjectSession, type OpenProject } from '../../../src/main/services/project-session';
import { buildLoad } from '../../../src/power-model/load/load';
import type { SiteCache } from '../../../src/power-model/site-model';
import { simulatePv } from '../../../src/power-model/solar/pv';
import { parseTmy3 } from '../../../src/power-model/weather/tmy3';
import { makeServices } from '../../helpers/services';
import { makeTempDir } from '../../helpers/temp-dir';

// The three preparing functions, counted: the real ones run (no stand-ins), each call recorded.
vi.mock('../../../src/power-model/weather/tmy3', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../src/power-model/weather/tmy3')>();
  return { ...real, parseTmy3: vi.fn(real.parseTmy3) };
});
vi.mock('../../../src/power-model/solar/pv', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../src/power-model/solar/pv')>();
  return { ...real, simulatePv: vi.fn(real.simulatePv) };
});
vi.mock('../../../src/power-model/load/load', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../src/power-model/load/load')>();
  return { ...real, buildLoad: vi.fn(real.buildLoad) };
});

vi.mock('../../../src/main/import/system-load-csv', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../src/main/import/system-load-csv')>();
  return { ...real, parseSystemLoadCsv: vi.fn(real.parseSystemLoadCsv) };
});

// Lordstown (data/sites/lordstown.json): TMY3 station 725250 (Youngstown), one 300 MW IT phase
// from 2026. The built-in hybrid plan builds solar, so a run prepares weather, PV and load.
const SITE = 'lordstown';
const SCENARIO = 'hybrid';
const YEAR = 2027;
const BUILD = 'test-build-1';

let tmp: ReturnType<typeof makeTempDir>;
let services: ReturnType<typeof makeServices>;
const parsed = vi.mocked(parseTmy3);
const pv = vi.mocked(simulatePv);
const loads = vi.mocked(buildLoad);
const calls = () => ({ weather: parsed.mock.calls.length, pv: pv.mock.calls.length, load: loads.mock.calls.length });

async function call<T>(channel: string, request: unknown): Promise<T> {
  const envelope = await services.registry.dispatch(channel, request);
  if (!envelope.ok) throw new Error(`${envelope.error.code} at ${envelope.error.path}: ${envelope.error.message}`);
  return envelope.value as T;
}

/** The project file as a new process finds it: a fresh session and a fresh model service. */
function restart(options: { engineBuild?: string } = {}): { project: OpenProject; model: ModelService; close: () => void } {
  services.ctx.session.close();
  const session = new ProjectSession(loadBundledSites);
  session.open(services.projectPath);
  return { project: session.require(), model: new ModelService({ engineBuild: options.engineBuild ?? BUILD }), close: () => session.close() };
}

/** One hourly model:simulate as the handler answers it, on `model`. */
const hourly = (model: ModelService, project: OpenProject) => model.response(model.simulate(project, SITE, SCENARIO, YEAR), true);
const cacheOf = (model: ModelService, project: OpenProject): SiteCache => {
  const site = project.sites.get(SITE)!;
  return model.projectRunner(project, site).prepare(site).cache;
};
const rows = (project: OpenProject): number => (project.db.prepare('SELECT count(*) AS n FROM prepared_cache').get() as { n: number }).n;

/** Element by element with Object.is (bit-for-bit doubles, NaN equal to itself, -0 told from 0). */
function expectSameArray(read: ArrayLike<number> | undefined, computed: ArrayLike<number> | undefined): void {
  expect(read).toBeInstanceOf(Float64Array);
  expect(read!.length).toBe(computed!.length);
  for (let i = 0; i < computed!.length; i++) if (!Object.is(read![i], computed![i])) expect.fail(`element ${i}: read ${read![i]}, computed ${computed![i]}`);
}

beforeEach(() => {
  tmp = makeTempDir();
  services = makeServices(tmp.dir);
  vi.clearAllMocks();
});
afterEach(() => {
  services.ctx.session.close();
  tmp.cleanup();
});

describe('prepared weather, PV and load kept in the project file', () => {
  it('are computed once; a restarted service reads them instead, and answers the same hourly series bit for bit', () => {
    const project = services.ctx.session.require();
    const first = new ModelService({ engineBuild: BUILD });
    const fresh = hourly(first, project);
    // One TMY3 parse, one PV profile (the plan's mounting), the load of each year the run reads (the design year sizes the fleet, `year` is simulated).
    expect(calls().weather).toBe(1);
    expect(calls().pv).toBe(1);
    expect(calls().load).toBeGreaterThanOrEqual(1);
    // Weather + PV + each load year, and PJM's system load if this process parsed it here (see the next describe).
    expect(rows(project)).toBeGreaterThanOrEqual(2 + calls().load);
    expect(rows(project)).toBeLessThanOrEqual(3 + calls().load);

    vi.clearAllMocks();
    const after = restart();
    try {
      const again = hourly(after.model, after.project);
      expect(calls()).toEqual({ weather: 0, pv: 0, load: 0 });
      expect(again).toStrictEqual(fresh);
    } finally {
      after.close();
    }
  });

  it('read back equal to the computed arrays element for element', () => {
    const project = services.ctx.session.require();
    const first = new ModelService({ engineBuild: BUILD });
    hourly(first, project);
    const computed = cacheOf(first, project);
    const after = restart();
    try {
      const read = cacheOf(after.model, after.project);
      expect(calls().weather).toBe(1);
      for (const name of ['dryBulbC', 'ghiWPerM2', 'dniWPerM2', 'dhiWPerM2', 'windSpeedMPerS'] as const) expectSameArray(read.weather[name], computed.weather[name]);
      expect({ ...read.weather, dryBulbC: 0, ghiWPerM2: 0, dniWPerM2: 0, dhiWPerM2: 0, windSpeedMPerS: 0 }).toEqual({ ...computed.weather, dryBulbC: 0, ghiWPerM2: 0, dniWPerM2: 0, dhiWPerM2: 0, windSpeedMPerS: 0 });
      for (const [year, load] of computed.loadByYear) {
        const stored = read.loadByYear.get(year)!;
        for (const name of ['itMW', 'pue', 'facilityMW'] as const) expectSameArray(stored[name], load[name]);
        expect([stored.installedItMW, stored.peakFacilityMW, stored.energyMWh, stored.itEnergyMWh]).toEqual([load.installedItMW, load.peakFacilityMW, load.energyMWh, load.itEnergyMWh]);
      }
      for (const [profile, values] of computed.solarPerMWac) expectSameArray(read.solarPerMWac.get(profile), values);
      // Nothing above was computed: it was all read.
      expect(calls()).toEqual({ weather: 1, pv: 1, load: computed.loadByYear.size });
    } finally {
      after.close();
    }
  });

  it('are computed again under another engine build', () => {
    hourly(new ModelService({ engineBuild: BUILD }), services.ctx.session.require());
    vi.clearAllMocks();
    const after = restart({ engineBuild: 'test-build-2' });
    try {
      hourly(after.model, after.project);
      expect(calls().weather).toBe(1);
      expect(calls().pv).toBe(1);
      expect(calls().load).toBeGreaterThanOrEqual(1);
    } finally {
      after.close();
    }
  });

  it('compute the weather again when the weather file’s bytes change', () => {
    const data = join(tmp.dir, 'data');
    cpSync(join(import.meta.dirname, '../../../data'), data, { recursive: true });
    const saved = process.env.STARGRID_DATA_DIR;
    process.env.STARGRID_DATA_DIR = data;
    try {
      hourly(new ModelService({ engineBuild: BUILD }), services.ctx.session.require());
      // The first hour's dry bulb in 725250TYA.CSV, -2.2 °C, made -1.2 °C.
      const file = join(data, 'weather', '725250TYA.CSV');
      const lines = readFileSync(file, 'utf8').split('\n');
      // Line 3 is the first hour (1/1/1980, 1:00); its only ",-2.2," is the dry-bulb field.
      expect(lines[2]!.split(',-2.2,').length).toBe(2);
      lines[2] = lines[2]!.replace(',-2.2,', ',-1.2,');
      writeFileSync(file, lines.join('\n'));
      vi.clearAllMocks();
      const after = restart();
      try {
        const weather = cacheOf(after.model, after.project).weather;
        expect(calls().weather).toBe(1);
        // TMY3 dry bulb column, hour 0: the edited value read from the new bytes, exactly.
        expect(weather.dryBulbC[0]).toBe(-1.2);
      } finally {
        after.close();
      }
    } finally {
      if (saved === undefined) delete process.env.STARGRID_DATA_DIR;
      else process.env.STARGRID_DATA_DIR = saved;
    }
  });

  it('compute the weather again when a site field it reads changes, and only the load when a phase changes', async () => {
    const project = services.ctx.session.require();
    const model = new ModelService({ engineBuild: BUILD });
    hourly(model, project);
    const site = project.sites.get(SITE)!;
    // A phase 10 MW larger: same weather and PV, a new load.
    const phase = site.phases[0]!;
    const bigger: Site = { ...site, phases: [{ ...phase, mw: { ...phase.mw, value: phase.mw.value + 10 } }, ...site.phases.slice(1)] };
    await call('sites:save', { site: bigger });
    vi.clearAllMocks();
    hourly(model, services.ctx.session.require());
    expect(calls().weather).toBe(0);
    expect(calls().pv).toBe(0);
    expect(calls().load).toBeGreaterThanOrEqual(1);
    // Latitude moved by 0.1°: the weather (and so PV and load) computed again.
    const moved: Site = { ...bigger, location: { ...bigger.location, lat: { ...bigger.location.lat, value: bigger.location.lat.value + 0.1 } } };
    await call('sites:save', { site: moved });
    vi.clearAllMocks();
    hourly(model, services.ctx.session.require());
    expect(calls().weather).toBe(1);
    expect(calls().pv).toBe(1);
    expect(calls().load).toBeGreaterThanOrEqual(1);
  });

  it('compute the load again when a load series is attached, and the weather when a weather series is', async () => {
    const model = new ModelService({ engineBuild: BUILD });
    hourly(model, services.ctx.session.require());
    const flat = ['hour,load_MW', ...Array.from({ length: 8760 }, (_, h) => `${h + 1},150`)].join('\n') + '\n';
    await call('import:load', { fileName: 'flat.csv', text: flat, attachTo: SITE });
    vi.clearAllMocks();
    hourly(model, services.ctx.session.require());
    expect(calls()).toMatchObject({ weather: 0, pv: 0 });
    expect(calls().load).toBeGreaterThanOrEqual(1);

    // Abilene's TMY3 year attached to Lordstown: a new weather key, so a new weather row and a new PV profile.
    const project = services.ctx.session.require();
    const before = rows(project);
    const abilene = readFileSync(join(import.meta.dirname, '../../../data/weather/722660TYA.CSV'), 'utf8');
    await call('import:weather', { fileName: '722660TYA.CSV', text: abilene, attachTo: SITE });
    vi.clearAllMocks();
    const answer = hourly(model, services.ctx.session.require());
    expect(calls().pv).toBe(1);
    expect(answer.summary.weatherSource.label).toMatch(/^attached 722660TYA\.CSV/);
    expect(rows(project)).toBeGreaterThan(before + 1);
  });

  it('compute a row again over a flipped byte, and repair it', () => {
    const project = services.ctx.session.require();
    const fresh = hourly(new ModelService({ engineBuild: BUILD }), project);
    // The largest row is the weather year (five hourly series); one byte flipped in its middle, checksum kept.
    const row = project.db.prepare('SELECT key, body FROM prepared_cache ORDER BY bytes DESC LIMIT 1').get() as { key: string; body: Buffer };
    const damaged = Buffer.from(row.body);
    const middle = damaged.length >> 1;
    damaged[middle] = damaged[middle]! ^ 0x01;
    project.db.prepare('UPDATE prepared_cache SET body = ? WHERE key = ?').run(damaged, row.key);
    vi.clearAllMocks();
    let after = restart();
    try {
      expect(hourly(after.model, after.project)).toStrictEqual(fresh);
      expect(calls()).toMatchObject({ weather: 1, pv: 0, load: 0 });
    } finally {
      after.close();
    }
    vi.clearAllMocks();
    after = restart();
    try {
      expect(hourly(after.model, after.project)).toStrictEqual(fresh);
      expect(calls()).toEqual({ weather: 0, pv: 0, load: 0 });
    } finally {
      after.close();
    }
  });

  it('write nothing in a read-only project, whose runs still answer', () => {
    hourly(new ModelService({ engineBuild: BUILD }), services.ctx.session.require());
    const after = restart();
    try {
      const count = rows(after.project);
      after.project.db.pragma('query_only = ON');
      const answer = new ModelService({ engineBuild: 'other-build' }).response(new ModelService({ engineBuild: 'other-build' }).simulate(after.project, SITE, SCENARIO, YEAR), true);
      expect(answer.summary.siteId).toBe(SITE);
      after.project.db.pragma('query_only = OFF');
      expect(rows(after.project)).toBe(count);
    } finally {
      after.close();
    }
    expect(checkProjectFile(services.projectPath)).toMatchObject({ kind: 'ok' });
  });

  it('go with their site', async () => {
    const project = services.ctx.session.require();
    hourly(new ModelService({ engineBuild: BUILD }), project);
    expect(rows(project)).toBeGreaterThan(0);
    await call('sites:delete', { id: SITE });
    expect(rows(project)).toBe(0);
  });
});

/**
 * The market's system load is parsed once per process and held in a module, so each "process"
 * here is a fresh copy of the modules (`vi.resetModules`), the mocks made anew with it.
 */
async function freshProcess() {
  vi.resetModules();
  const sheets = await import('../../../src/power-model/sheets/index');
  await sheets.loadSheetMath();
  const { ModelService: FreshService } = await import('../../../src/main/services/model-service');
  const { ProjectSession: FreshSession } = await import('../../../src/main/services/project-session');
  const { loadBundledSites: freshSites } = await import('../../../src/main/bundled-sites');
  const csv = await import('../../../src/main/import/system-load-csv');
  // The mock registry outlives a module reset: the count starts again with the "process".
  vi.mocked(csv.parseSystemLoadCsv).mockClear();
  const session = new FreshSession(freshSites);
  session.open(services.projectPath);
  const model = new FreshService({ engineBuild: BUILD });
  const project = session.require();
  return { answer: () => model.response(model.simulate(project, SITE, SCENARIO, YEAR), true), parses: vi.mocked(csv.parseSystemLoadCsv), close: () => session.close() };
}

describe('the market’s system load kept in the project file', () => {
  it('is parsed by the first process and read by the next, which answers the same', async () => {
    services.ctx.session.close();
    const first = await freshProcess();
    let fresh;
    try {
      fresh = first.answer();
      // Lordstown is in PJM: data/system-load/PJM.csv.gz parsed once.
      expect(first.parses).toHaveBeenCalledTimes(1);
    } finally {
      first.close();
    }
    const second = await freshProcess();
    try {
      expect(second.answer()).toStrictEqual(fresh);
      expect(second.parses).not.toHaveBeenCalled();
    } finally {
      second.close();
    }
  });
});

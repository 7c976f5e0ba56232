import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import type { ChannelName } from '../../src/api/channel-names';
import type { Site } from '../../src/api/schemas/site';

/**
 * Request generators for the property-based test of every channel (issue 12): for each channel a
 * valid request, the same with one field mutated (an extreme, a wrong type, a NaN-ish value, a
 * huge or negative number, a field removed or added), and arbitrary garbage.
 */

/** Values that break naive code: not finite, huge, negative, wrong types, awkward strings. */
const NASTY: readonly unknown[] = [
  Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 1e308, -1e308, Number.MAX_SAFE_INTEGER, -1, -5, 0, -0, 0.5, 1e6, 1e12, 5e-324,
  '', ' ', 'x', 'Not A Slug', 'a'.repeat(400), '%zz', '1e308', 'NaN', '../escape', '\u0000', null, undefined, true, false, [], {}, [1, 2], { nested: {} },
];

type Path = (string | number)[];

/** Every node below the root of a JSON-like value, as a path. */
function paths(value: unknown, prefix: Path = [], out: Path[] = []): Path[] {
  const entries: [string | number, unknown][] = Array.isArray(value) ? value.map((item, i) => [i, item]) : typeof value === 'object' && value !== null ? Object.entries(value) : [];
  for (const [key, item] of entries) {
    out.push([...prefix, key]);
    paths(item, [...prefix, key], out);
  }
  return out;
}

type Mutation = { kind: 'set'; value: unknown } | { kind: 'scale'; factor: number } | { kind: 'delete' } | { kind: 'extra' };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...NASTY).map((value): Mutation => ({ kind: 'set', value })) },
  { weight: 3, arbitrary: fc.constantFrom(-1, 0, 10, 1e3, 1e6, 1e300).map((factor): Mutation => ({ kind: 'scale', factor })) },
  { weight: 1, arbitrary: fc.constant<Mutation>({ kind: 'delete' }) },
  { weight: 1, arbitrary: fc.constant<Mutation>({ kind: 'extra' }) },
);

/** `value` with the node at `pick` (mod the number of nodes) mutated; the input is not changed. */
function mutate(value: unknown, pick: number, m: Mutation): unknown {
  const copy = JSON.parse(JSON.stringify(value ?? {})) as unknown;
  const all = paths(copy);
  const path = all[pick % Math.max(all.length, 1)];
  if (path === undefined) return m.kind === 'set' ? m.value : copy;
  let parent = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const key = path[path.length - 1] as string | number;
  if (m.kind === 'set') parent[key] = m.value;
  else if (m.kind === 'scale') parent[key] = typeof parent[key] === 'number' ? (parent[key] as number) * m.factor : parent[key];
  else if (m.kind === 'delete') delete parent[key];
  else parent['unexpectedField'] = 1;
  return copy;
}

/** A valid request, mutated once most of the time; sometimes plain garbage. */
function nearValid(valid: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 3, arbitrary: valid },
    { weight: 6, arbitrary: fc.tuple(valid, fc.nat(), mutation).map(([v, pick, m]) => mutate(v, pick, m)) },
    { weight: 1, arbitrary: fc.anything() },
  );
}

/** 8760 (or `rows`) lines under `header`, all `level`, with blank lines and one bad line when asked. */
function hourlyText(header: string, level: number, rows: number, blank: boolean, bad: number | null): string {
  const lines = [header];
  for (let h = 0; h < rows; h++) {
    if (blank && h % 1000 === 0) lines.push('');
    lines.push(h === bad ? 'oops' : String(level * (0.5 + ((h % 24) / 48))));
  }
  return lines.join('\n');
}

const hourlyShape = fc.record({
  rows: fc.constantFrom(8760, 8760, 8784, 24),
  blank: fc.boolean(),
  bad: fc.option(fc.nat(8759), { freq: 4 }),
});

export type FuzzWorld = { dir: string; sites: Site[]; siteIds: string[]; tmy3: string; tariff: string };

export function fuzzWorld(dir: string, sites: Site[]): FuzzWorld {
  const root = new URL('../../', import.meta.url);
  return {
    dir,
    sites,
    siteIds: [...sites.map((s) => s.id), 'atlantis'],
    tmy3: readFileSync(new URL('data/weather/722660TYA.CSV', root), 'utf8'),
    tariff: readFileSync(new URL('tests/fixtures/import/tariff/urdb-tou.json', root), 'utf8'),
  };
}

/**
 * Relative weights (default 4): every channel is driven, but those that prepare a site's weather
 * and load anew (a saved or imported site, a weather file), open projects or start threads less
 * often, so 10,000 requests run in minutes on a busy 2-core machine.
 */
const WEIGHT: Partial<Record<ChannelName, number>> = {
  'sites:save': 1,
  'import:site': 1,
  'import:weather': 1,
  'import:systemLoad': 1,
  'project:new': 1,
  'project:open': 1,
  'project:saveAs': 1,
  'runs:start': 1,
  'sites:delete': 1,
  'hostUtility:set': 2,
  'hostUtility:reset': 1,
  'assumptions:set': 2,
  'assumptions:reset': 2,
  'rateImpact:site': 2,
  'firm:capacity': 2,
  'headroom:system': 2,
  'headroom:systems': 2,
  'import:load': 2,
  'import:price': 2,
  'series:remove': 2,
  'series:restore': 1,
  'export:workbook': 1,
  'export:hourlyCsv': 1,
};

/** One generated request: the channel and its body. */
export type FuzzRequest = { channel: ChannelName; request: unknown };

/** A stored hourly body (little-endian doubles, as `floatsToBytes` writes them) as base64: `hours` values at `level`, one of them `odd` when given. */
function floatBody(level: number, hours: number, odd: number | null): string {
  const view = new DataView(new ArrayBuffer(hours * 8));
  for (let h = 0; h < hours; h++) view.setFloat64(h * 8, h === 100 && odd !== null ? odd : level * (0.5 + (h % 24) / 48), true);
  return Buffer.from(view.buffer).toString('base64');
}

/** A plain hourly system load, 2018-12-20 to 2020-01-10 UTC (2019 whole at every US clock), at `levelMW`, broken at one row when asked. */
function systemLoadText(levelMW: number, broken: 'none' | 'gap' | 'negative' | 'kw'): string {
  const rows = [broken === 'kw' ? 'date_time,load_kW' : 'date_time,load_MW'];
  for (let t = Date.UTC(2018, 11, 20), i = 0; t < Date.UTC(2020, 0, 10); t += 3_600_000, i++) {
    if (broken === 'gap' && i === 500) continue;
    rows.push(`${new Date(t).toISOString().slice(0, 19).replace('T', ' ')},${broken === 'negative' && i === 700 ? -1 : levelMW}`);
  }
  return rows.join('\n');
}

export function fuzzRequests(w: FuzzWorld, channels: readonly ChannelName[]): fc.Arbitrary<FuzzRequest> {
  const siteId = fc.constantFrom(...w.siteIds);
  const builtIn = ['grid-only', 'btm-gas', 'hybrid', 'islanded'] as const;
  const scenarioId = fc.constantFrom(...builtIn, 'fz-a', 'fz-b', 'nope');
  const site = fc.tuple(fc.constantFrom(...w.sites), fc.constantFrom(null, 'fz-site')).map(([s, id]) => (id === null ? s : { ...s, id }));
  const scenario = fc.record({
    id: fc.constantFrom('fz-a', 'fz-b'),
    name: fc.constant('Fuzzed'),
    base: fc.constantFrom(...builtIn),
    grid: fc.option(fc.record({ importLimitMW: fc.constantFrom(0, 500, 2000), peakShaveCapFraction: fc.constantFrom(0.5, 0.9) }), { nil: undefined }),
    btm: fc.option(fc.record({ solarMWac: fc.constantFrom(0, 300), battery: fc.record({ powerMW: fc.constantFrom(0, 100), durationHours: fc.constantFrom(2, 4) }) }), { nil: undefined }),
    overrides: fc.option(fc.dictionary(fc.constantFrom('gasPriceUSDPerMMBtu', 'discountRate', 'lifetimeYears', 'escalationRate', 'batteryCapexUSDPerKW', 'notAnInput'), fc.constantFrom(0.03, 3, 25)), { nil: undefined }),
  }).map((s) => JSON.parse(JSON.stringify(s)) as unknown);
  const path = fc.constantFrom('a', 'b', 'c').map((n) => `${w.dir}/fz-${n}.stargrid`);
  const hostPath = fc.constantFrom('utility.revenueRequirementUSD', 'utility.classes.0.customers', 'utility.classes.0.salesMWh', 'utility.poolsPct.transmission', 'incrementalCost.capacityUSDPerKW', 'horizon.years', 'largeLoad.tariff.minimumDemandPct', 'utility.nothing');
  const assumption = fc.constantFrom('gasPriceUSDPerMMBtu', 'discountRate', 'lifetimeYears', 'batteryCapexUSDPerKW', 'crf', 'lcoeUSDPerMWh', 'nothing');
  const loadText = fc.tuple(fc.constantFrom('load_MW', 'load_kW', 'demand (MW)', 'load', 'MW'), fc.constantFrom(0, 100, 800, 1200, 5000, 1e308), hourlyShape).map(([h, level, s]) => hourlyText(h, level, s.rows, s.blank, s.bad));
  const priceText = fc.tuple(fc.constantFrom('price_USD_per_MWh', '$/MWh', 'cents/kWh', 'price', 'lmp (EUR/MWh)'), fc.constantFrom(-50, 0, 35, 9000, 1e9), hourlyShape).map(([h, level, s]) => hourlyText(h, level, s.rows, s.blank, s.bad));
  const weatherText = fc.constantFrom<[RegExp, string]>([/^$/, ''], [/^(722660,[^,]*,TX,-6,)32\.47,/, '$1200,'], [/(\n1\/1\/1985,3:00,(?:[^,]*,){30})[^,]*/, '$1-999'], [/(\n1\/2\/1985,13:00,(?:[^,]*,){4})[^,]*/, '$11e9']).map(([re, by]) => w.tmy3.replace(re, by));
  const systemText = fc.tuple(fc.constantFrom(0, 40_000, 1e308), fc.constantFrom('none', 'none', 'gap', 'negative', 'kw')).map(([level, broken]) => systemLoadText(level, broken as 'none'));
  const valid: Record<ChannelName, fc.Arbitrary<unknown>> = {
    'app:info': fc.constant({}),
    'project:new': fc.record({ path }),
    'project:open': fc.record({ path }),
    'project:saveAs': fc.record({ path, overwrite: fc.boolean() }),
    'project:recent': fc.constant({}),
    'project:current': fc.constant({}),
    'sites:list': fc.constant({}),
    'sites:get': fc.record({ id: siteId }),
    'sites:save': fc.record({ site }),
    'sites:delete': fc.record({ id: fc.constantFrom('fz-site', 'atlantis', ...w.siteIds.slice(0, 1)) }),
    'scenarios:list': fc.record({ siteId }),
    'scenarios:get': fc.record({ id: scenarioId }),
    'scenarios:save': fc.record({ scenario, siteId: fc.constantFrom(null, 'abilene', 'saline', 'atlantis') }),
    'scenarios:delete': fc.record({ id: scenarioId }),
    'runs:list': fc.record({ siteId, limit: fc.integer({ min: 1, max: 50 }) }),
    'import:load': fc.record({ text: loadText, fileName: fc.constant('load.csv'), attachTo: siteId }),
    'import:price': fc.record({ text: priceText, fileName: fc.constant('price.csv'), attachTo: siteId }),
    'import:weather': fc.record({ text: weatherText, fileName: fc.constant('weather.csv'), attachTo: siteId }),
    'import:systemLoad': fc.record({ text: systemText, fileName: fc.constant('system.csv'), attachTo: siteId }),
    'import:tariff': fc.record({ text: fc.constant(w.tariff), fileName: fc.constant('tariff.json') }),
    'import:site': fc.record({ text: site.map((s) => JSON.stringify(s)), replace: fc.boolean() }),
    'series:list': fc.record({ siteId }),
    'series:remove': fc.record({ siteId, kind: fc.constantFrom('load', 'price', 'weather', 'system-load') }),
    'series:get': fc.record({ siteId, kind: fc.constantFrom('load', 'price', 'weather', 'system-load') }),
    'series:restore': fc.oneof(
      fc.record({
        siteId,
        kind: fc.constantFrom('load', 'price'),
        fileName: fc.constantFrom(null, 'restored.csv'),
        bodyBase64: fc.tuple(fc.constantFrom(0, 100, 800, 5000, 1e308), fc.constantFrom(8760, 8784, 24), fc.constantFrom(null, null, -1, Number.NaN, Number.POSITIVE_INFINITY)).map(([level, hours, odd]) => floatBody(level, hours, odd)),
        summary: fc.constantFrom(undefined, { column: 'load_MW', sourceUnit: 'MW' }),
      }),
      fc.record({ siteId, kind: fc.constant('weather'), fileName: fc.constant('weather.csv'), bodyBase64: weatherText.map((t) => Buffer.from(t, 'utf8').toString('base64')) }),
      fc.record({ siteId, kind: fc.constant('system-load'), fileName: fc.constant('system.csv'), bodyBase64: systemText.map((t) => Buffer.from(t, 'utf8').toString('base64')) }),
      fc.record({ siteId, kind: fc.constantFrom('load', 'weather'), fileName: fc.constant(null), bodyBase64: fc.constantFrom('', '////', Buffer.from([0xff, 0xfe, 0x00, 0x01]).toString('base64')) }),
    ),
    'model:simulate': fc.record({ siteId, scenarioId, year: fc.constantFrom(2026, 2030), hourly: fc.constant(false) }),
    'rateImpact:site': fc.record({ siteId, scenarioIds: fc.constantFrom(['grid-only'], ['hybrid', 'fz-a']) }),
    'firm:capacity': fc.record({ siteId, scenarioId, year: fc.constantFrom(2026, 2030), reserveUnits: fc.constantFrom(0, 1, 2) }),
    'headroom:system': fc.oneof(
      fc.record({ ba: fc.constantFrom('ERCO', 'PJM', 'EPE', 'ISNE'), curtailmentPct: fc.constantFrom(0, 0.25, 0.5, 5, 90), year: fc.constantFrom(2016, 2019, 2021), curvePcts: fc.constantFrom([0.5, 1], [0.1]), detail: fc.boolean() }, { requiredKeys: ['ba', 'curtailmentPct'] }),
      fc.record({ text: systemText, fileName: fc.constant('system.csv'), ba: fc.constantFrom('SWPP', 'MISO'), curtailmentPct: fc.constantFrom(0.5, 1), year: fc.constant(2019) }, { requiredKeys: ['text', 'curtailmentPct'] }),
      fc.record({ siteId, curtailmentPct: fc.constantFrom(0.5, 1), ba: fc.constant('ERCO') }, { requiredKeys: ['siteId', 'curtailmentPct'] }),
    ),
    'headroom:systems': fc.record({ bas: fc.constantFrom(['ERCO'], ['PJM', 'EPE'], [], ['ISNE']), limitsPct: fc.constantFrom([0.5], [0.25, 0.5, 1, 5], [], [120]), year: fc.constantFrom(2016, 2019, 2021) }, { requiredKeys: ['limitsPct'] }),
    'headroom:attached': fc.constant({}),
    'runs:start': fc.record({ kind: fc.constantFrom('reliability', 'sensitivity', 'sweep', 'optimize'), siteId, scenarioId, params: fc.constant({ years: 2, x: { name: 'gasPriceUSDPerMMBtu', values: [3] }, representativeDays: 2 }) }),
    'runs:status': fc.record({ runId: fc.integer({ min: 0, max: 50 }) }),
    'runs:cancel': fc.record({ runId: fc.integer({ min: 0, max: 50 }) }),
    'assumptions:get': fc.record({ siteId, scenarioId }),
    'assumptions:set': fc.record({ siteId, scenarioId, scope: fc.constantFrom('site', 'project'), name: assumption, value: fc.constantFrom(0.05, 4, 30, 1200) }),
    'assumptions:reset': fc.record({ siteId, scenarioId, scope: fc.constantFrom('site', 'project') }),
    'hostUtility:get': fc.record({ siteId }),
    'hostUtility:set': fc.record({ siteId, path: hostPath, value: fc.constantFrom(0, 1, 50, 1e6, 2e9) }),
    'hostUtility:reset': fc.record({ siteId }),
    'settings:get': fc.constant({}),
    'settings:set': fc.record({ window: fc.option(fc.record({ width: fc.constantFrom(400, 1280), height: fc.constantFrom(300, 800), maximized: fc.boolean() }), { nil: null }) }),
    'stories:list': fc.record({ siteId }),
    'stories:save': fc.record({
      story: fc.record({
        id: fc.constantFrom('fz-story', 'tour'),
        name: fc.constant('Fuzzed story'),
        siteId,
        steps: fc.array(fc.record({ camera: fc.constant({ preset: 'overview' }), hour: fc.integer({ min: 0, max: 8759 }), scenarioId, caption: fc.constant('6 pm: gas carries the peak'), seconds: fc.constantFrom(2, 8) }), { minLength: 1, maxLength: 3 }),
      }),
    }),
    'stories:delete': fc.record({ id: fc.constantFrom('fz-story', 'tour', 'nope') }),
    'export:workbook': fc.record({ siteId, scenarioId }),
    'export:hourlyCsv': fc.record({ siteId, scenarioId }),
  };
  return fc.oneof(...channels.map((channel) => ({ weight: WEIGHT[channel] ?? 4, arbitrary: nearValid(valid[channel]).map((request) => ({ channel, request })) })));
}

import writeXlsxFile, { type Sheet, type Row, type Cell } from 'write-excel-file/node';
import type { SimulateResponse } from '../../api/schemas/model';
import type { Site } from '../../api/schemas/site';
import type { SiteRateImpactResponse } from '../../api/schemas/site-rate-impact';
import { HOURLY_COLUMNS, hourlyRows } from './hourly-table';
import { MODEL_CALENDAR_NOTE, utcOffsetText } from './model-calendar';
import { roundField, roundTo } from '../../api/export-rounding';

/** Everything one site × scenario workbook is written from; the same for the channel and the CLI. */
export type WorkbookInput = {
  site: Site;
  scenarioName: string;
  result: SimulateResponse;
  utcOffsetHours: number;
  /** The site's rate impact, or why there is none (no host-utility data, an islanded plan…). */
  rateImpact: SiteRateImpactResponse | string;
  generatedOn: string;
};

/** The sheets, in order. */
export const WORKBOOK_SHEETS = ['Summary', 'Hourly', 'Costs', 'Rate impact', 'Sources'] as const;

const head = (text: string): Cell => ({ value: text, fontWeight: 'bold' });
const text = (v: string): Cell => ({ value: v, type: String });
const num = (v: number | null | undefined, name = ''): Cell => (v === null || v === undefined || !Number.isFinite(v) ? null : { value: name ? roundField(name, v) : v, type: Number });

function summarySheet(input: WorkbookInput): Row[] {
  const { site, result } = input;
  const s = result.summary;
  const figures: [string, keyof typeof s, string][] = [
    ['Installed IT', 'installedItMW', 'MW'],
    ['Facility peak', 'facilityPeakMW', 'MW'],
    ['Facility energy', 'energyMWh', 'MWh/yr'],
    ['Grid energy', 'gridEnergyMWh', 'MWh/yr'],
    ['Grid peak', 'gridPeakMW', 'MW'],
    ['Grid import limit', 'gridImportLimitMW', 'MW'],
    ['Solar energy', 'solarEnergyMWh', 'MWh/yr'],
    ['Solar curtailed', 'solarCurtailedMWh', 'MWh/yr'],
    ['On-site thermal energy', 'thermalEnergyMWh', 'MWh/yr'],
    ['Battery discharge', 'batteryDischargeMWh', 'MWh/yr'],
    ['Unserved energy', 'unservedEnergyMWh', 'MWh/yr'],
    ['Unserved hours', 'unservedHours', 'h'],
    ['Fuel', 'fuelMMBtu', 'MMBtu/yr'],
    ['CO2', 'co2Tonnes', 't/yr'],
    ['CO2 intensity', 'co2IntensityKgPerMWh', 'kg/MWh'],
    ['Capital cost', 'capexUSD', 'USD'],
    ['Annual cost', 'annualCostUSD', 'USD/yr'],
    ['Levelized cost of power', 'lcoeUSDPerMWh', 'USD/MWh'],
    ['Net present value', 'npvUSD', 'USD'],
  ];
  const rows: Row[] = [
    [head(`${site.name} — ${input.scenarioName}, ${s.year}`), null, null],
    [text('Site'), text(`${site.location.locality ?? ''}${site.location.locality ? ', ' : ''}${site.location.county}, ${site.location.state} · ${site.gridOperator} · ${site.utilityName}`), null],
    [text('Scenario'), text(`${input.scenarioName} (${s.scenarioId}), dispatch ${s.strategy}`), null],
    [text('Model year'), num(s.year), null],
    [text('Weather'), text(s.weatherSource.label), null],
    [text('Generated'), text(`Stargrid, ${input.generatedOn}`), null],
    [null, null, null],
    [head('Figure'), head('Value'), head('Unit')],
  ];
  for (const [label, key, unit] of figures) rows.push([text(label), num(s[key] as number, key), text(unit)]);
  rows.push([text('First year fully powered'), s.firstYearFullyMet === null ? text('not within the horizon') : num(s.firstYearFullyMet), null]);
  rows.push([null, null, null], [head('Supply'), head('Capacity'), head('Unit')]);
  for (const t of result.fleet.thermal) rows.push([text(`${t.name}: ${t.units} × ${roundTo(t.unitMW, 1)} MW`), num(t.capacityMW, 'capacityMW'), text('MW')]);
  rows.push([text('Solar'), num(result.fleet.solarMWac, 'solarMWac'), text('MWac')]);
  rows.push([text('Battery power'), num(result.fleet.batteryPowerMW, 'batteryPowerMW'), text('MW')]);
  rows.push([text('Battery energy'), num(result.fleet.batteryEnergyMWh, 'batteryEnergyMWh'), text('MWh')]);
  return rows;
}

function hourlySheet(input: WorkbookInput): Row[] {
  const hourly = input.result.hourly;
  if (!hourly) return [[text('The simulation returned no hourly series.')]];
  const rows: Row[] = [HOURLY_COLUMNS.map((c) => head(c))];
  for (const r of hourlyRows(hourly, input.result.summary.year, input.utcOffsetHours)) rows.push(r.map((v) => (typeof v === 'string' ? text(v) : { value: v, type: Number })));
  return rows;
}

function costsSheet(input: WorkbookInput): Row[] {
  const s = input.result.summary;
  const rows: Row[] = [[head('Annual cost line'), head('USD/yr'), head('USD/MWh of facility energy')]];
  for (const [key, usd] of Object.entries(s.annualCostLinesUSDPerYear)) {
    rows.push([text(key), num(usd, key), num(s.energyMWh > 0 ? usd / s.energyMWh : null, 'lineUSDPerMWh')]);
  }
  rows.push([head('Total'), num(s.annualCostUSD, 'annualCostUSD'), num(s.lcoeUSDPerMWh, 'lcoeUSDPerMWh')]);
  rows.push([null, null, null], [text('Capital cost, USD'), num(s.capexUSD, 'capexUSD'), null], [text('Net present value, USD'), num(s.npvUSD, 'npvUSD'), null]);
  return rows;
}

function rateImpactSheet(input: WorkbookInput): Row[] {
  const r = input.rateImpact;
  if (typeof r === 'string') return [[text(`No rate impact for this site: ${r}`)]];
  const rows: Row[] = [
    [head(r.utility.name), null, null, null, null, null, null],
    [text(`Typical household: ${r.utility.typicalResidentialKWhPerMonth} kWh/month. Estimate = the figure rests on an estimated input (see Sources).`), null, null, null, null, null, null],
    [head('Scenario'), head('Allocation'), head('billChangeUSDPerMonth'), head('rateChangeCentsPerKWh'), head('rateChangePct'), head('revenueRequirementChangeUSD'), head('Estimate')],
  ];
  for (const c of r.cases) {
    const res = c.residential;
    const estimate = res.billChangeUSDPerMonth.estimate || res.rateChangeCentsPerKWh.estimate || res.revenueRequirementChangeUSD.estimate;
    rows.push([
      text(c.scenarioName),
      text(c.method),
      num(res.billChangeUSDPerMonth.value, 'billChangeUSDPerMonth'),
      num(res.rateChangeCentsPerKWh.value, 'rateChangeCentsPerKWh'),
      num(res.rateChangePct.value, 'rateChangePct'),
      num(res.revenueRequirementChangeUSD.value, 'revenueRequirementChangeUSD'),
      text(estimate ? 'yes' : 'no'),
    ]);
  }
  return rows;
}

function sourcesSheet(input: WorkbookInput): Row[] {
  const rows: Row[] = [
    [head('Calendar'), text(`${MODEL_CALENDAR_NOTE} UTC offset of this site: ${utcOffsetText(input.utcOffsetHours)}.`), null],
    [head('Rounding'), text('Power and energy to 0.001 MW / MWh, prices to the cent, money to the dollar.'), null],
    [null, null, null],
    [head('Source'), head('URL'), head('Year')],
  ];
  for (const src of input.site.sources) rows.push([text(src.title), text(src.url), src.year === undefined ? null : num(src.year)]);
  if (typeof input.rateImpact !== 'string') {
    rows.push([null, null, null], [head('Rate-impact input'), head('Source or estimate'), null]);
    for (const [path, source] of Object.entries(input.rateImpact.sources)) rows.push([text(path), text(source), null]);
    for (const [path, why] of Object.entries(input.rateImpact.estimates)) rows.push([text(path), text(`estimate: ${why}`), null]);
  }
  return rows;
}

/** Pads each row to the widest row: the library wants every row of a sheet the same length. */
function square(rows: Row[]): Row[] {
  const width = Math.max(1, ...rows.map((r) => r.length));
  return rows.map((r) => (r.length === width ? r : [...r, ...Array<Cell>(width - r.length).fill(null)]));
}

/**
 * The site × scenario workbook (.xlsx): Summary, Hourly (8,760 rows with ISO local timestamps),
 * Costs, Rate impact and Sources. Written by write-excel-file (see the commit that added it).
 */
export async function workbookBytes(input: WorkbookInput): Promise<Buffer> {
  const sheets: Sheet<Buffer>[] = [
    { sheet: 'Summary', data: square(summarySheet(input)), columns: [{ width: 42 }, { width: 60 }, { width: 12 }] },
    { sheet: 'Hourly', data: square(hourlySheet(input)), stickyRowsCount: 1, columns: [{ width: 27 }, ...HOURLY_COLUMNS.slice(1).map(() => ({ width: 16 }))] },
    { sheet: 'Costs', data: square(costsSheet(input)), columns: [{ width: 34 }, { width: 18 }, { width: 28 }] },
    { sheet: 'Rate impact', data: square(rateImpactSheet(input)), columns: [{ width: 28 }, { width: 20 }, { width: 22 }, { width: 22 }, { width: 16 }, { width: 28 }, { width: 10 }] },
    { sheet: 'Sources', data: square(sourcesSheet(input)), columns: [{ width: 40 }, { width: 90 }, { width: 8 }] },
  ];
  return writeXlsxFile(sheets).toBuffer();
}

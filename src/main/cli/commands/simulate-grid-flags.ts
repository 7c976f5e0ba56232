import type { Scenario } from '../../../api/schemas/scenario';
import type { FlexibleReadout } from '../../../power-model/grid/flexible-readout';
import { CliUsageError } from '../command';
import type { CliServices } from '../project-services';
import { fmt } from './simulate-shared';

/** The grid flags of `simulate`, each a field of the scenario's `grid` (scenarios/types.ts). */
export const GRID_FLAGS = {
  'firm-mw': 'importLimitMW',
  'flexible-mw': 'flexibleMW',
  'curtail-cost': 'workloadCurtailmentUSDPerMWh',
  'flexible-queue-months': 'flexibleQueueMonths',
  'firm-queue-months': 'firmQueueMonths',
} as const satisfies Record<string, keyof NonNullable<Scenario['grid']>>;
export type GridFlag = keyof typeof GRID_FLAGS;

export const GRID_FLAG_OPTIONS = Object.fromEntries(Object.keys(GRID_FLAGS).map((k) => [k, { type: 'string' }])) as Record<GridFlag, { type: 'string' }>;

/**
 * `--firm-mw`, `--flexible-mw`, `--curtail-cost`, `--flexible-queue-months`, `--firm-queue-months`:
 * the scenario with those grid fields set, saved into the temporary project as
 * `<scenario>-grid` through `scenarios:save` — the same schema and engine checks as a scenario
 * file or the app's edits, so a bad value is refused naming `grid.<field>`. Returns the id to
 * simulate (the given one when no flag is set).
 */
export async function applyGridFlags(svc: CliServices, values: Partial<Record<GridFlag, string>>, scenarioId: string, siteId: string): Promise<string> {
  const given = (Object.keys(GRID_FLAGS) as GridFlag[]).filter((k) => values[k] !== undefined);
  if (given.length === 0) return scenarioId;
  if (!svc.temporary) throw new CliUsageError(`--${given[0]}: with --project save the grid in a scenario of the project (the site workbench); leave out --project to try a value`);
  const grid: Record<string, number> = {};
  for (const flag of given) {
    const text = values[flag] ?? '';
    const value = Number(text);
    if (text.trim() === '' || !Number.isFinite(value)) throw new CliUsageError(`--${flag}: must be a number, got "${text}"`);
    grid[GRID_FLAGS[flag]] = value;
  }
  const { scenario } = await svc.call('scenarios:get', { id: scenarioId }, '--scenario');
  const id = `${scenarioId}-grid`.slice(0, 80);
  const edited: Scenario = { ...scenario, id, name: `${scenario.name} (grid from the command line)`, grid: { ...scenario.grid, ...grid } };
  await svc.call('scenarios:save', { scenario: edited, siteId }, `--${given[0]}`);
  return id;
}

/** One line of the text report on a flexible connection's curtailment. */
export function flexibleText(r: FlexibleReadout | null): string[] {
  if (!r) return [];
  if (!r.inService) return [`  flexible grid: ${fmt(r.firmMW)} MW firm + ${fmt(r.flexibleMW)} MW flexible, not in service this year (it energizes in ${r.onlineYear})`];
  return [
    `  flexible grid: ${fmt(r.firmMW)} MW firm + ${fmt(r.flexibleMW)} MW flexible (from ${r.onlineYear}); curtailed ${fmt(r.curtailedHours)} h in ${fmt(r.events)} event(s), ${fmt(r.curtailedEnergyMWh)} MWh: covered by gas ${fmt(r.thermalMWh)} MWh, battery ${fmt(r.batteryMWh)} MWh, workload curtailed ${fmt(r.workloadCurtailedMWh)} MWh at ${fmt(r.workloadCurtailmentUSDPerMWh)} USD/MWh; cost ${fmt(r.costUSD / 1e6, 2)} MUSD/yr`,
  ];
}

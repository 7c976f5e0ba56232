import type { Scenario } from '../../../api/schemas/scenario';
import { CliUsageError } from '../command';
import type { CliServices } from '../project-services';

type Permits = NonNullable<Scenario['permits']>;
type Fuel = NonNullable<Scenario['fuel']>;

/**
 * The permit and fuel flags of `simulate`: each sets one field of the scenario's `permits` or
 * `fuel` (scenarios/types.ts). `number` flags must parse as a number here (a flag has no other
 * type); `text` flags go to the schema as given, which refuses a value outside its choices.
 */
export const PERMIT_FUEL_FLAGS = {
  'hours-per-unit': { part: 'permits', field: 'hoursPerUnit', kind: 'number' },
  'nox-tons': { part: 'permits', field: 'noxTonsPerYear', kind: 'number' },
  'co-tons': { part: 'permits', field: 'coTonsPerYear', kind: 'number' },
  'co2-tonnes': { part: 'permits', field: 'co2TonnesPerYear', kind: 'number' },
  scr: { part: 'permits', field: 'scr', kind: 'on-off' },
  'permit-order': { part: 'permits', field: 'order', kind: 'text' },
  'pipeline-mmbtu-day': { part: 'fuel', field: 'pipelineMMBtuPerDay', kind: 'number' },
  'pipeline-mmbtu-hour': { part: 'fuel', field: 'pipelineMMBtuPerHour', kind: 'number' },
  'gas-service': { part: 'fuel', field: 'service', kind: 'text' },
  'storage-hours': { part: 'fuel', field: 'storageHoursAtFullLoad', kind: 'number' },
  'distillate-hours': { part: 'fuel', field: 'distillateHoursAtFullLoad', kind: 'number' },
  'distillate-refill-mmbtu-day': { part: 'fuel', field: 'distillateRefillMMBtuPerDay', kind: 'number' },
} as const satisfies Record<string, { part: 'permits'; field: keyof Permits; kind: 'number' | 'text' | 'on-off' } | { part: 'fuel'; field: keyof Fuel; kind: 'number' | 'text' }>;
export type PermitFuelFlag = keyof typeof PERMIT_FUEL_FLAGS;

export const PERMIT_FUEL_FLAG_OPTIONS = Object.fromEntries(Object.keys(PERMIT_FUEL_FLAGS).map((k) => [k, { type: 'string' }])) as Record<PermitFuelFlag, { type: 'string' }>;

/** The flag's text as the scenario field's value: a number, true/false for on/off, or the text itself. */
function flagValue(flag: PermitFuelFlag, text: string): number | string | boolean {
  const kind = PERMIT_FUEL_FLAGS[flag].kind;
  if (kind === 'text') return text;
  if (kind === 'on-off') {
    if (text === 'on' || text === 'off') return text === 'on';
    throw new CliUsageError(`--${flag}: must be on or off, got "${text}"`);
  }
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value)) throw new CliUsageError(`--${flag}: must be a number, got "${text}"`);
  return value;
}

/**
 * `--hours-per-unit`, `--nox-tons`, `--co-tons`, `--co2-tonnes`, `--scr on|off`, `--permit-order`,
 * `--pipeline-mmbtu-day`, `--pipeline-mmbtu-hour`, `--gas-service`, `--storage-hours`,
 * `--distillate-hours`, `--distillate-refill-mmbtu-day`: the scenario
 * with those fields set over what it already has, saved into the temporary project as
 * `<scenario>-permits` through `scenarios:save` — the same schema and engine checks as a scenario
 * file or the workbench's edits, so a bad value is refused naming `permits.<field>` or
 * `fuel.<field>`. Returns the id to simulate (the given one when no flag is set).
 */
export async function applyPermitFuelFlags(svc: CliServices, values: Partial<Record<PermitFuelFlag, string>>, scenarioId: string, siteId: string): Promise<string> {
  const given = (Object.keys(PERMIT_FUEL_FLAGS) as PermitFuelFlag[]).filter((k) => values[k] !== undefined);
  if (given.length === 0) return scenarioId;
  if (!svc.temporary) throw new CliUsageError(`--${given[0]}: with --project save permits and fuel in a scenario of the project (the site workbench); leave out --project to try a value`);
  const permits: Record<string, unknown> = {};
  const fuel: Record<string, unknown> = {};
  for (const flag of given) {
    const { part, field } = PERMIT_FUEL_FLAGS[flag];
    (part === 'permits' ? permits : fuel)[field] = flagValue(flag, values[flag] ?? '');
  }
  const { scenario } = await svc.call('scenarios:get', { id: scenarioId }, '--scenario');
  const id = `${scenarioId}-permits`.slice(0, 80);
  // The schema parses what is saved; here the parts are only merged, so a wrong type or choice is its error.
  const edited = {
    ...scenario,
    id,
    name: `${scenario.name} (permits and fuel from the command line)`,
    ...(Object.keys(permits).length > 0 ? { permits: { ...scenario.permits, ...permits } } : {}),
    ...(Object.keys(fuel).length > 0 ? { fuel: { ...scenario.fuel, ...fuel } } : {}),
  } as Scenario;
  await svc.call('scenarios:save', { scenario: edited, siteId }, `--${given[0]}`);
  return id;
}

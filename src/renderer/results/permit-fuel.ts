import { ScenarioSchema, type Scenario } from '../../api/schemas/scenario';
import { GAS_SERVICES, type GasService } from '../../power-model/fuel/gas-supply';
import { PERMIT_ORDERS, type PermitOrder } from '../../power-model/permits/reservation';

type Permits = NonNullable<Scenario['permits']>;
type Fuel = NonNullable<Scenario['fuel']>;

/** The permit and gas-supply inputs as typed: numbers as text (empty = no limit), the choices as picked. */
export type PermitFuelDraft = {
  hoursPerUnit: string;
  noxTonsPerYear: string;
  coTonsPerYear: string;
  co2TonnesPerYear: string;
  scr: boolean;
  order: PermitOrder;
  pipelineMMBtuPerDay: string;
  pipelineMMBtuPerHour: string;
  service: GasService;
  storageHoursAtFullLoad: string;
  distillateHoursAtFullLoad: string;
  distillateRefillMMBtuPerDay: string;
};
export type PermitFuelNumber = 'hoursPerUnit' | 'noxTonsPerYear' | 'coTonsPerYear' | 'co2TonnesPerYear' | 'pipelineMMBtuPerDay' | 'pipelineMMBtuPerHour' | 'storageHoursAtFullLoad' | 'distillateHoursAtFullLoad' | 'distillateRefillMMBtuPerDay';
export type PermitFuelField = keyof PermitFuelDraft;

/** Each number input: the scenario part and field it sets (the same names as scenario files and the CLI), its label and unit, and what blank means when not "no limit". */
export const PERMIT_FUEL_NUMBERS: { key: PermitFuelNumber; part: 'permits' | 'fuel'; label: string; unit: string; blank?: string }[] = [
  { key: 'hoursPerUnit', part: 'permits', label: 'Operating hours per unit', unit: 'h/yr' },
  { key: 'noxTonsPerYear', part: 'permits', label: 'NOx limit', unit: 'short tons/yr' },
  { key: 'coTonsPerYear', part: 'permits', label: 'CO limit', unit: 'short tons/yr' },
  { key: 'co2TonnesPerYear', part: 'permits', label: 'Fleet CO2 limit', unit: 't/yr' },
  { key: 'pipelineMMBtuPerDay', part: 'fuel', label: 'Pipeline per gas day', unit: 'MMBtu/day' },
  { key: 'pipelineMMBtuPerHour', part: 'fuel', label: 'Pipeline per hour', unit: 'MMBtu/h' },
  { key: 'storageHoursAtFullLoad', part: 'fuel', label: 'Backup gas storage', unit: 'h at full load' },
  { key: 'distillateHoursAtFullLoad', part: 'fuel', label: 'Distillate (dual fuel)', unit: 'h at full load' },
  { key: 'distillateRefillMMBtuPerDay', part: 'fuel', label: 'Distillate refill by truck', unit: 'MMBtu/day', blank: 'data estimate' },
];
export { GAS_SERVICES, PERMIT_ORDERS };

const text = (v: number | undefined) => (v === undefined ? '' : String(v));

/** The draft of what a scenario sets (blank where it sets no limit). */
export function permitFuelDraft(scenario: Scenario): PermitFuelDraft {
  const p = scenario.permits ?? {};
  const f = scenario.fuel ?? {};
  return {
    hoursPerUnit: text(p.hoursPerUnit),
    noxTonsPerYear: text(p.noxTonsPerYear),
    coTonsPerYear: text(p.coTonsPerYear),
    co2TonnesPerYear: text(p.co2TonnesPerYear),
    scr: p.scr === true,
    order: p.order ?? 'chronological',
    pipelineMMBtuPerDay: text(f.pipelineMMBtuPerDay),
    pipelineMMBtuPerHour: text(f.pipelineMMBtuPerHour),
    service: f.service ?? 'firm',
    storageHoursAtFullLoad: text(f.storageHoursAtFullLoad),
    distillateHoursAtFullLoad: text(f.distillateHoursAtFullLoad),
    distillateRefillMMBtuPerDay: text(f.distillateRefillMMBtuPerDay),
  };
}

/**
 * The scenario's `permits` and `fuel` from the draft, checked by the scenario schema itself
 * (src/api/schemas/scenario.ts, the whole scenario so its rules across fields hold too: the one
 * place the rules live; the save is checked by it again in main). A blank number is no limit; typed text that is not a number goes to the schema as text,
 * which answers "must be a number". Errors are keyed by draft field. Fields the workbench does not
 * show (interruptBelowC, storageRefillMMBtuPerDay) are kept from `from`.
 */
export function parsePermitFuel(draft: PermitFuelDraft, from: Scenario): { permits: Permits; fuel: Fuel; errors: Partial<Record<PermitFuelField, string>> } {
  const permits: Record<string, unknown> = { scr: draft.scr, order: draft.order };
  const keep = from.fuel ?? {};
  const fuel: Record<string, unknown> = {
    service: draft.service,
    ...(keep.interruptBelowC === undefined ? {} : { interruptBelowC: keep.interruptBelowC }),
    ...(keep.storageRefillMMBtuPerDay === undefined ? {} : { storageRefillMMBtuPerDay: keep.storageRefillMMBtuPerDay }),
  };
  for (const n of PERMIT_FUEL_NUMBERS) {
    const typed = draft[n.key].trim();
    if (typed === '') continue;
    const value = Number(typed);
    (n.part === 'permits' ? permits : fuel)[n.key] = Number.isFinite(value) ? value : typed;
  }
  const errors: Partial<Record<PermitFuelField, string>> = {};
  const parsed = ScenarioSchema.safeParse({ ...from, permits, fuel });
  for (const issue of parsed.success ? [] : parsed.error.issues) {
    const [part, key] = issue.path;
    if ((part === 'permits' || part === 'fuel') && typeof key === 'string' && key in draft) errors[key as PermitFuelField] ??= issue.message;
  }
  return { permits: parsed.data?.permits ?? {}, fuel: parsed.data?.fuel ?? {}, errors };
}

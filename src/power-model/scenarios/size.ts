import { burnsDistillate } from '../fuel/distillate';
import { ModelInputError } from '../input-error';
import type { BatterySpec } from '../storage/battery';
import { DEFAULT_BATTERY_LIMITS } from '../storage/battery';
import type { ThermalBlockSpec } from '../thermal/fleet';
import type { ThermalTechnology } from '../thermal/technology';
import type { ResolvedScenario } from './types';

export type SizingContext = {
  /** Full-build facility peak, MW: what relative sizes multiply. */
  referencePeakMW: number;
  technologies: Record<string, ThermalTechnology>;
  defaultOrderYear: (tech: ThermalTechnology) => number;
  batteryRoundTripEfficiency: number;
  batteryDefaultDurationHours: number;
};

export type SizedFleet = { thermal: ThermalBlockSpec[]; solarMWac: number; battery: BatterySpec };

/**
 * Turns a scenario's fleet into concrete equipment: thermal units = capacity ÷ unit size rounded
 * up (capacityMW), or given (units), or ceil(multiple × reference peak ÷ unit size)
 * (peakMultiple); solar MWac and battery MW/MWh absolute or relative to the peak (battery
 * energy = power × duration, default the catalog's 4 h).
 */
export function sizeFleet(scenario: ResolvedScenario, ctx: SizingContext): SizedFleet {
  const thermal = scenario.btm.thermal.map((entry, i): ThermalBlockSpec => {
    const tech = ctx.technologies[entry.technology];
    if (!tech) {
      const known = Object.keys(ctx.technologies).join(', ');
      throw new ModelInputError(`btm.thermal.${i}.technology`, `"${entry.technology}" is not a thermal technology (known: ${known})`);
    }
    let units: number;
    if (entry.units !== undefined) units = entry.units;
    else if (entry.capacityMW !== undefined) units = Math.ceil(entry.capacityMW / tech.unitSizeMW - 1e-9);
    else if (entry.peakMultiple !== undefined) units = Math.ceil((entry.peakMultiple * ctx.referencePeakMW) / tech.unitSizeMW - 1e-9);
    else throw new Error(`scenario "${scenario.id}": btm.thermal[${i}] needs one of capacityMW, units, peakMultiple`);
    const dual = entry.dualFuelUnits;
    if (dual !== undefined && dual > units) throw new ModelInputError(`btm.thermal.${i}.dualFuelUnits`, `must be at most the entry's ${units} units, got ${dual}`);
    if (dual !== undefined && dual > 0 && !burnsDistillate(tech)) throw new ModelInputError(`btm.thermal.${i}.dualFuelUnits`, `"${tech.id}" cannot burn distillate (no emissions.distillate in data/technologies.json), so no unit of it can be dual fuel`);
    return { technology: tech, units, orderYear: entry.orderYear ?? ctx.defaultOrderYear(tech), ...(dual === undefined ? {} : { dualFuelUnits: dual }) };
  });
  const solarMWac = scenario.btm.solarMWac ?? (scenario.btm.solarPeakMultiple ?? 0) * ctx.referencePeakMW;
  const b = scenario.btm.battery;
  const powerMW = b.powerMW ?? (b.powerPeakMultiple ?? 0) * ctx.referencePeakMW;
  const energyMWh = b.energyMWh ?? powerMW * (b.durationHours ?? ctx.batteryDefaultDurationHours);
  return {
    thermal,
    solarMWac,
    battery: { powerMW, energyMWh, roundTripEfficiency: ctx.batteryRoundTripEfficiency, ...DEFAULT_BATTERY_LIMITS },
  };
}

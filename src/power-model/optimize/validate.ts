import { HOURS_PER_YEAR } from '../hours';
import { RELIABILITY_TARGETS, type SizingFlexibleGrid, type SizingInput } from './types';

/** Throws a RangeError naming the field and the problem for any input the sizing LP cannot use. */
export function validateSizingInput(input: SizingInput): void {
  hourly('facilityLoadMW', input.facilityLoadMW, Infinity);
  finiteAtLeast('discountRate', input.discountRate, 0);
  const grid = input.grid;
  if (grid !== undefined) {
    finiteAtLeast('grid.importLimitMW', grid.importLimitMW, 0);
    finiteAtLeast('grid.capacityChargeUSDPerMWYear', grid.capacityChargeUSDPerMWYear, 0);
    finiteAtLeast('grid.co2KgPerMWh', grid.co2KgPerMWh, 0);
    if (typeof grid.energyPriceUSDPerMWh === 'number') {
      // Negative prices would let the LP "consume" surplus energy that the load cannot use.
      finiteAtLeast('grid.energyPriceUSDPerMWh', grid.energyPriceUSDPerMWh, 0);
    } else {
      hourly('grid.energyPriceUSDPerMWh', grid.energyPriceUSDPerMWh, Infinity);
    }
    if (grid.flexible !== undefined) validateFlexible(grid.flexible);
  }
  const ids = new Set<string>();
  input.thermal.forEach((t, k) => {
    const field = `thermal[${k}]`;
    if (ids.has(t.technologyId)) throw new RangeError(`${field}.technologyId: duplicate "${t.technologyId}"`);
    ids.add(t.technologyId);
    finiteAtLeast(`${field}.capexUSDPerKW`, t.capexUSDPerKW, 0);
    finiteAtLeast(`${field}.fixedOMUSDPerKWYear`, t.fixedOMUSDPerKWYear, 0);
    finiteAtLeast(`${field}.variableOMUSDPerMWh`, t.variableOMUSDPerMWh, 0);
    finiteAtLeast(`${field}.heatRateBtuPerKWh`, t.heatRateBtuPerKWh, 0);
    finiteAtLeast(`${field}.fuelPriceUSDPerMMBtu`, t.fuelPriceUSDPerMMBtu, 0);
    finiteAtLeast(`${field}.co2KgPerMMBtu`, t.co2KgPerMMBtu, 0);
    positive(`${field}.unitMW`, t.unitMW);
    positive(`${field}.lifetimeYears`, t.lifetimeYears);
    if (t.maxMW !== undefined) finiteAtLeast(`${field}.maxMW`, t.maxMW, 0);
    if (t.distillate !== undefined) {
      finiteAtLeast(`${field}.distillate.noxLbPerMMBtu`, t.distillate.noxLbPerMMBtu, 0);
      finiteAtLeast(`${field}.distillate.coLbPerMMBtu`, t.distillate.coLbPerMMBtu, 0);
    }
  });
  const distillate = input.fuel?.distillate;
  if (distillate !== undefined) {
    for (const key of ['tankHoursAtFullLoad', 'refillMMBtuPerDay', 'priceUSDPerMMBtu', 'co2KgPerMMBtu', 'tankUSDPerMMBtu', 'dualFuelUSDPerKW'] as const) finiteAtLeast(`fuel.distillate.${key}`, distillate[key], 0);
    positive('fuel.distillate.lifetimeYears', distillate.lifetimeYears);
  }
  const cut = input.fuel?.pipelineCutHours;
  if (cut !== undefined && cut.length !== HOURS_PER_YEAR) throw new RangeError(`fuel.pipelineCutHours must have ${HOURS_PER_YEAR} values (one per hour of the year), got ${cut.length}`);
  const storage = input.fuel?.storage;
  if (storage !== undefined) {
    for (const key of ['hoursAtFullLoad', 'refillMMBtuPerDay', 'tankUSDPerMMBtu', 'systemUSDPerKW'] as const) finiteAtLeast(`fuel.storage.${key}`, storage[key], 0);
    positive('fuel.storage.lifetimeYears', storage.lifetimeYears);
  }
  const solar = input.solar;
  if (solar !== undefined) {
    finiteAtLeast('solar.capexUSDPerKWac', solar.capexUSDPerKWac, 0);
    finiteAtLeast('solar.fixedOMUSDPerKWacYear', solar.fixedOMUSDPerKWacYear, 0);
    positive('solar.lifetimeYears', solar.lifetimeYears);
    finiteAtLeast('solar.acresPerMWac', solar.acresPerMWac, 0);
    hourly('solar.outputMWPerMWac', solar.outputMWPerMWac, 1);
    if (solar.maxMWac !== undefined) finiteAtLeast('solar.maxMWac', solar.maxMWac, 0);
  }
  const battery = input.battery;
  if (battery !== undefined) {
    finiteAtLeast('battery.powerCapexUSDPerKW', battery.powerCapexUSDPerKW, 0);
    finiteAtLeast('battery.energyCapexUSDPerKWh', battery.energyCapexUSDPerKWh, 0);
    finiteAtLeast('battery.fixedOMUSDPerKWYear', battery.fixedOMUSDPerKWYear, 0);
    positive('battery.lifetimeYears', battery.lifetimeYears);
    if (!(battery.roundTripEfficiency > 0 && battery.roundTripEfficiency <= 1)) {
      throw new RangeError(`battery.roundTripEfficiency must be in (0, 1], got ${battery.roundTripEfficiency}`);
    }
    if (!(battery.socMinPct >= 0 && battery.socMinPct < 100)) {
      throw new RangeError(`battery.socMinPct must be in [0, 100), got ${battery.socMinPct}`);
    }
    if (battery.maxMW !== undefined) finiteAtLeast('battery.maxMW', battery.maxMW, 0);
    if (battery.maxMWh !== undefined) finiteAtLeast('battery.maxMWh', battery.maxMWh, 0);
  }
  const reserveUnits = input.reserveUnits;
  if (reserveUnits !== undefined && (!Number.isInteger(reserveUnits) || reserveUnits < 0)) {
    throw new RangeError(`reserveUnits must be an integer ≥ 0, got ${reserveUnits}`);
  }
  validateWorstDay(input);
  if (input.unserved !== undefined) {
    finiteAtLeast('unserved.allowanceMWhPerYear', input.unserved.allowanceMWhPerYear, 0);
    finiteAtLeast('unserved.valueOfLostLoadUSDPerMWh', input.unserved.valueOfLostLoadUSDPerMWh, 0);
  }
  const caps = input.caps ?? {};
  for (const [name, value] of Object.entries(caps)) {
    if (value !== undefined) finiteAtLeast(`caps.${name}`, value, 0);
  }
  const bill = input.residentialBill;
  if (caps.residentialBillUSDPerMonth !== undefined && bill === undefined) {
    throw new RangeError('caps.residentialBillUSDPerMonth needs residentialBill.usdPerMonthPerMW, the bill change per MW of coincident peak');
  }
  if (bill !== undefined) {
    if (!Number.isFinite(bill.usdPerMonthPerMW)) {
      throw new RangeError(`residentialBill.usdPerMonthPerMW must be a finite number, got ${bill.usdPerMonthPerMW}`);
    }
    bill.coincidentPeakHours?.forEach((hour, k) => {
      if (!Number.isInteger(hour) || hour < 0 || hour >= HOURS_PER_YEAR) {
        throw new RangeError(`residentialBill.coincidentPeakHours[${k}] must be an integer 0..${HOURS_PER_YEAR - 1}, got ${hour}`);
      }
    });
  }
  const resolution = input.timeResolution;
  if (resolution.kind !== 'fullYear' && (!Number.isInteger(resolution.days) || resolution.days < 1 || resolution.days > 365)) {
    throw new RangeError(`timeResolution.days must be an integer 1..365, got ${resolution.days}`);
  }
  if (input.timeLimitSeconds !== undefined) positive('timeLimitSeconds', input.timeLimitSeconds);
  if (input.solver !== undefined && !['choose', 'simplex', 'ipm'].includes(input.solver)) {
    throw new RangeError(`solver must be 'choose', 'simplex' or 'ipm', got ${String(input.solver)}`);
  }
}

/** The flexible offer (types.ts SizingFlexibleGrid), each field named as `grid.flexible.<field>`. */
function validateFlexible(flexible: SizingFlexibleGrid): void {
  const field = (name: string): string => `grid.flexible.${name}`;
  finiteAtLeast(field('maxMW'), flexible.maxMW, 0);
  finiteAtLeast(field('workloadCurtailmentUSDPerMWh'), flexible.workloadCurtailmentUSDPerMWh, 0);
  finiteAtLeast(field('firmQueueMonths'), flexible.firmQueueMonths, 0);
  finiteAtLeast(field('flexibleQueueMonths'), flexible.flexibleQueueMonths, 0);
  finiteAtLeast(field('energizeValueUSDPerMWMonth'), flexible.energizeValueUSDPerMWMonth, 0);
  if (flexible.energizeRecoveryYears !== undefined) positive(field('energizeRecoveryYears'), flexible.energizeRecoveryYears);
  if (flexible.capacityChargeUSDPerMWYear !== undefined) finiteAtLeast(field('capacityChargeUSDPerMWYear'), flexible.capacityChargeUSDPerMWYear, 0);
  if (flexible.candidates !== undefined && (!Number.isInteger(flexible.candidates) || flexible.candidates < 2 || flexible.candidates > 50)) {
    throw new RangeError(`${field('candidates')} must be an integer 2..50, got ${flexible.candidates}`);
  }
  if (flexible.fixedMW !== undefined && !(flexible.fixedMW >= 0 && flexible.fixedMW <= flexible.maxMW)) {
    throw new RangeError(`${field('fixedMW')} must be in [0, maxMW = ${flexible.maxMW}], got ${flexible.fixedMW}`);
  }
  const rule = flexible.curtailment;
  if (rule.kind === 'listed') {
    rule.hours.forEach((hour, k) => {
      if (!Number.isInteger(hour) || hour < 0 || hour >= HOURS_PER_YEAR) throw new RangeError(`${field(`curtailment.hours[${k}]`)} must be an integer 0..${HOURS_PER_YEAR - 1}, got ${hour}`);
    });
  } else {
    hourly(field('curtailment.hostLoadMW'), rule.hostLoadMW, Infinity);
    hourly(field('curtailment.servableMW'), rule.servableMW, Infinity);
  }
}

function validateWorstDay(input: SizingInput): void {
  const target = input.reliabilityTarget;
  if (target !== undefined && !RELIABILITY_TARGETS.includes(target)) {
    throw new RangeError(`reliabilityTarget must be ${RELIABILITY_TARGETS.map((t) => `'${t}'`).join(' or ')}, got ${String(target)}`);
  }
  if (target !== 'worst-day') return;
  const worstDay = input.worstDay;
  if (worstDay === undefined) throw new RangeError("worstDay: the 'worst-day' reliability target needs its design events");
  finiteAtLeast('worstDay.dualFuel.systemUSDPerKW', worstDay.dualFuel.systemUSDPerKW, 0);
  finiteAtLeast('worstDay.dualFuel.tankUSDPerMMBtu', worstDay.dualFuel.tankUSDPerMMBtu, 0);
  positive('worstDay.dualFuel.lifetimeYears', worstDay.dualFuel.lifetimeYears);
  worstDay.events.forEach((e, k) => {
    const field = `worstDay.events[${k}]`;
    if (e.kind !== 'gasSupply' && e.kind !== 'gridOutage') throw new RangeError(`${field}.kind must be 'gasSupply' or 'gridOutage', got ${String(e.kind)}`);
    finiteAtLeast(`${field}.loadMW`, e.loadMW, 0);
    positive(`${field}.durationHours`, e.durationHours);
    if (!(e.shareOfGasLost >= 0 && e.shareOfGasLost <= 1)) throw new RangeError(`${field}.shareOfGasLost must be in [0, 1], got ${e.shareOfGasLost}`);
    for (const [id, f] of Object.entries(e.thermalOutputFraction)) finiteAtLeast(`${field}.thermalOutputFraction.${id}`, f, 0);
  });
}

function hourly(field: string, series: Float64Array, maximum: number): void {
  if (series.length !== HOURS_PER_YEAR) {
    throw new RangeError(`${field} must have ${HOURS_PER_YEAR} hourly values, got ${series.length}`);
  }
  for (let h = 0; h < series.length; h++) {
    const value = series[h] ?? NaN;
    if (!Number.isFinite(value) || value < 0 || value > maximum) {
      const range = maximum === Infinity ? '≥ 0' : `in [0, ${maximum}]`;
      throw new RangeError(`${field}[${h}] must be a finite number ${range}, got ${value}`);
    }
  }
}

function finiteAtLeast(field: string, value: number, minimum: number): void {
  if (!Number.isFinite(value) || value < minimum) throw new RangeError(`${field} must be a finite number ≥ ${minimum}, got ${value}`);
}

function positive(field: string, value: number): void {
  if (!Number.isFinite(value) || value <= 0) throw new RangeError(`${field} must be a finite number > 0, got ${value}`);
}

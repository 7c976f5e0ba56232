import { describe, expect, it } from 'vitest';
import { HOURS_PER_YEAR } from '../../../src/power-model/hours';
import { firmCapacity } from '../../../src/power-model/thermal/firm-capacity';
import { levelWithin } from '../../../src/power-model/thermal/firm-limits';
import type { ThermalTechnology } from '../../../src/power-model/thermal/technology';
import { AERO_CT } from '../simulate-fixture';

/**
 * A made-up 100 MW frame unit at sea level: 0.85 of rating and 1.05 heat rate at 45 °C, so at the
 * small site's 40 °C design day 1 − (25/30) × 0.15 = 0.875 of rating (87.5 MW) and a heat rate of
 * 10,000 × (1 + (25/30) × 0.05) = 10,416.67 Btu/kWh; NOx 0.1 and CO 0.05 lb/MMBtu, NOx 0.01 with SCR.
 */
const FRAME: ThermalTechnology = {
  ...AERO_CT,
  id: 'frame',
  unitSizeMW: 100,
  heatRateBtuPerKWh: 10_000,
  co2KgPerMMBtu: 53.06,
  emissions: { uncontrolled: { noxLbPerMMBtu: 0.1, coLbPerMMBtu: 0.05 }, scr: { noxLbPerMMBtu: 0.01, coLbPerMMBtu: 0.05, capexUSDPerKW: 0, fixedOMUSDPerKWYear: 0, variableOMUSDPerMWh: 0 } },
  derating: {
    ambient: [
      { tempC: 15, outputFraction: 1, heatRateFraction: 1 },
      { tempC: 45, outputFraction: 0.85, heatRateFraction: 1.05 },
    ],
    altitude: { outputLossPer300m: 0.035, ratedToElevationM: 0 },
  },
};

/** 20 °C all year but 40 hours at 40 °C; 150 MW of load, 220 MW in hour 5010; a 100 MW grid. */
function site() {
  const dryBulbC = new Float64Array(HOURS_PER_YEAR).fill(20);
  for (let h = 5000; h < 5040; h++) dryBulbC[h] = 40;
  const facilityMW = new Float64Array(HOURS_PER_YEAR).fill(150);
  facilityMW[5010] = 220;
  return { blocks: [{ technology: FRAME, units: 3 }], dryBulbC, facilityMW, elevationM: 0, reserveUnits: 1, gridImportLimitMW: 100 };
}

const NO_PERMITS = { hoursPerUnit: null, noxTonsPerYear: null, coTonsPerYear: null, co2TonnesPerYear: null, scr: false };

describe('the fuel and permit steps of the firm-capacity waterfall', () => {
  it('leaves firm MW at N+k when the scenario limits neither gas nor permits', () => {
    // 3 × 87.5 = 262.5 MW derated; N+1 → 175 MW.
    const firm = firmCapacity(site());
    expect(firm.reserveFirmMW).toBeCloseTo(175, 9);
    expect(firm.firmMW).toBeCloseTo(175, 9);
    expect(firm.limits.fuelMMBtuPerHour).toBeNull();
    expect(firm.limits.pipelineLossMW).toBe(0);
    expect(firm.limits.permitBinding).toBeNull();
  });

  it('holds the fleet to the fuel it has through the design day: the pipeline’s day ÷ 24 plus on-site fuel ÷ 24', () => {
    // min(2,000 MMBtu/h, 24,000 ÷ 24 = 1,000) + 12,000 ÷ 24 = 1,500 MMBtu/h; at 10.41667 MMBtu/MWh
    // that carries 1,500 ÷ 10.41667 = 144 MW, under the 175 MW after N+1: 31 MW lost to fuel.
    const firm = firmCapacity({ ...site(), fuel: { pipelineMMBtuPerHour: 2000, pipelineMMBtuPerDay: 24_000, onSiteMMBtu: 12_000 } });
    expect(firm.limits.fuelMMBtuPerHour).toBeCloseTo(1500, 9);
    expect(firm.limits.pipelineFirmMW).toBeCloseTo(144, 9);
    expect(firm.limits.pipelineLossMW).toBeCloseTo(31, 9);
    expect(firm.firmMW).toBeCloseTo(144, 9);
    // A pipeline that carries more than the fleet takes nothing off.
    expect(firmCapacity({ ...site(), fuel: { pipelineMMBtuPerHour: null, pipelineMMBtuPerDay: 240_000, onSiteMMBtu: 0 } }).limits.pipelineLossMW).toBe(0);
  });

  it('holds the fleet to the level its NOx budget allows in every hour the campus needs it', () => {
    // Need: load − 100 MW grid = 50 MW in 8,759 hours and 120 MW in one: 438,070 MWh. NOx per MWh:
    // 10.41667 × 0.1 = 1.041667 lb, so 182.5 short tons buy 182.5 × 2,000 ÷ 1.041667 = 350,400 MWh,
    // which holds 350,400 ÷ 8,760 = 40 MW in every hour (all needs are above 40 MW).
    const firm = firmCapacity({ ...site(), fuel: { pipelineMMBtuPerHour: 2000, pipelineMMBtuPerDay: 24_000, onSiteMMBtu: 12_000 }, permits: { ...NO_PERMITS, noxTonsPerYear: 182.5 } });
    expect(firm.limits.needHours).toBe(8760);
    expect(firm.limits.needMWh).toBeCloseTo(438_070, 6);
    expect(firm.limits.permitBinding).toBe('noxTonsPerYear');
    expect(firm.limits.permitFirmMW).toBeCloseTo(40, 9);
    expect(firm.limits.permitLossMW).toBeCloseTo(104, 9);
    expect(firm.firmMW).toBeCloseTo(40, 9);
    // With SCR (0.01 lb/MMBtu) the same tons buy ten times the MWh, more than the whole need: no loss.
    const scr = firmCapacity({ ...site(), permits: { ...NO_PERMITS, noxTonsPerYear: 182.5, scr: true } });
    expect(scr.limits.permitBinding).toBeNull();
    expect(scr.firmMW).toBeCloseTo(175, 9);
  });

  it('turns hours per unit into unit-hours of derated output: 2,000 h covers the need, 500 h does not', () => {
    // 2,000 h × 262.5 MW = 525,000 MWh ≥ 438,070: no loss. 500 h × 262.5 = 131,250 MWh over 8,760
    // hours of need: 14.98288 MW.
    expect(firmCapacity({ ...site(), permits: { ...NO_PERMITS, hoursPerUnit: 2000 } }).limits.permitBinding).toBeNull();
    const short = firmCapacity({ ...site(), permits: { ...NO_PERMITS, hoursPerUnit: 500 } });
    expect(short.limits.permitBinding).toBe('hoursPerUnit');
    expect(short.firmMW).toBeCloseTo(131_250 / 8760, 9);
  });

  it('finds the level whose clipped sum meets the budget exactly', () => {
    // Needs 120, 50, 50 MW: a budget of 200 MWh gives M = 100 (100 + 50 + 50); 120 MWh gives
    // M = 40 (3 × 40); 220 MWh covers everything (Infinity).
    const needs = Float64Array.from([120, 50, 50]);
    expect(levelWithin(needs, 200)).toBeCloseTo(100, 12);
    expect(levelWithin(needs, 120)).toBeCloseTo(40, 12);
    expect(levelWithin(needs, 220)).toBe(Infinity);
  });
});

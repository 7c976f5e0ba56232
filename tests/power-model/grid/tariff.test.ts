import { describe, expect, it } from 'vitest';
import { deliveryYearPrice, firmGridRateUSDPerMWYear, gridTariffCharges, systemShapedPrice, type GridTariff, type SystemLoadYear } from '../../../src/power-model/grid/tariff';
import { HOURS_PER_YEAR, hourOfDate } from '../../../src/power-model/hours';
import type { ModelYearSystemLoad } from '../../../src/power-model/system-load/calendar';
import { allCoincidentPeakHours } from '../../../src/power-model/system-load/peaks';

/** A flat system year with one peak a month in the afternoon (the 15th at 16:00, higher in summer), on the model's own clock. */
function systemYear(): SystemLoadYear {
  const loadMW = new Float64Array(HOURS_PER_YEAR).fill(50_000);
  for (let m = 1; m <= 12; m++) loadMW[hourOfDate(m, 15, 16)] = m >= 6 && m <= 9 ? 80_000 + m : 60_000 + m;
  const mapped: ModelYearSystemLoad = {
    seriesId: 'T', systemYear: 2019, modelYear: 2028, shiftDays: 0, startUtcMs: 0, loadMW,
    tariffHour: Int32Array.from({ length: HOURS_PER_YEAR }, (_, h) => h),
    clock: { standardUtcOffsetHours: -6, daylightSaving: false, label: 'test clock' }, description: 'test year',
  };
  return { mapped, peaks: allCoincidentPeakHours(mapped) };
}

const figure = (value: number, estimate = false) => ({ value, source: 'test', ...(estimate ? { estimate: true } : {}) });

describe('gridTariffCharges, worked by hand', () => {
  const system = systemYear();

  it('ERCOT: transmission on the mean draw over the 4CP hours, standby on the rest of the contract', () => {
    const tariff: GridTariff = { market: 'ERCOT', transmission: { rule: '4CP', rateUSDPerKWYear: figure(61.2, true) }, standby: { shareOfFirmRate: figure(0.5, true) } };
    // 1,000 MW every hour except 600 MW at the September peak: 4CP demand = (1000 × 3 + 600) / 4 = 900 MW.
    const draw = new Float64Array(HOURS_PER_YEAR).fill(1000);
    draw[hourOfDate(9, 15, 16)] = 600;
    const [transmission, standby] = gridTariffCharges(draw, 1200, tariff, system, 2028);
    expect(transmission).toMatchObject({ id: 'transmission', rule: '4CP', billedMW: 900, estimate: true });
    // 900 MW × 1000 kW/MW × 61.2 USD/kW-yr = 55,080,000 USD/yr.
    expect(transmission?.costUSDPerYear).toBeCloseTo(55_080_000, 6);
    // Backup = 1,200 − 900 = 300 MW at 0.5 × 61.2 = 30.6 USD/kW-yr → 9,180,000 USD/yr.
    expect(standby).toMatchObject({ id: 'standby', billedMW: 300, rateUSDPerKWYear: 30.6 });
    expect(standby?.costUSDPerYear).toBeCloseTo(9_180_000, 6);
  });

  it('PJM: the 5CP peak-load contribution at the delivery year’s BRA price, the latest auction carried forward and marked', () => {
    const tariff: GridTariff = {
      market: 'PJM',
      capacity: { rule: '5CP', pricesByDeliveryYear: [{ startYear: 2026, priceUSDPerMWDay: figure(329.17) }, { startYear: 2027, priceUSDPerMWDay: figure(333.44) }] },
      standby: { shareOfFirmRate: figure(0.5) },
    };
    const draw = new Float64Array(HOURS_PER_YEAR).fill(800);
    const lines = gridTariffCharges(draw, 800, tariff, system, 2028);
    const capacity = lines.find((l) => l.id === 'capacity');
    // 5CP: the four summer peaks and one more day (all 800 MW): PLC 800 MW × 333.44 USD/MW-day × 365 = 97,364,480 USD/yr.
    expect(capacity?.billedMW).toBe(800);
    expect(capacity?.costUSDPerYear).toBeCloseTo(97_364_480, 4);
    expect(capacity?.estimate).toBe(true);
    expect(capacity?.source).toMatch(/no auction for 2028\/29 yet, the 2027\/28 price carried forward/);
    expect(lines.find((l) => l.id === 'standby')?.billedMW).toBe(0);
    expect(deliveryYearPrice(tariff.capacity?.rule === '5CP' ? tariff.capacity.pricesByDeliveryYear : [], 2026)).toMatchObject({ value: 329.17, startYear: 2026 });
  });

  it('MISO: each season’s price on the draw at that season’s peak, for the season’s days', () => {
    const tariff: GridTariff = { market: 'MISO', capacity: { rule: 'seasonal', planningYear: 2025, seasonalUSDPerMWDay: [figure(666.5), figure(91.6), figure(33.2), figure(69.88)] } };
    // Draw 1,000 MW, but 0 at the winter peak (December 15: 60,012 MW, the highest of Dec–Feb):
    // 1000 × (666.5 × 92 + 91.6 × 91 + 69.88 × 92) = 1000 × (61,318 + 8,335.6 + 6,428.96) = 76,082,560 USD/yr.
    const draw = new Float64Array(HOURS_PER_YEAR).fill(1000);
    draw[hourOfDate(12, 15, 16)] = 0;
    const [capacity] = gridTariffCharges(draw, 1000, tariff, system, 2028);
    expect(capacity?.costUSDPerYear).toBeCloseTo(76_082_560, 3);
    // Price-weighted obligation: cost ÷ (Σ price × days, with winter's 33.2 × 90 = 2,988) = 76,082.56 / 79,070.56 × 1000 MW.
    expect(capacity?.billedMW).toBeCloseTo((76_082.56 / 79_070.56) * 1000, 9);
  });

  it('charges nothing but standby to a connection that draws nothing at the peaks', () => {
    const tariff: GridTariff = { market: 'ERCOT', transmission: { rule: '4CP', rateUSDPerKWYear: figure(61.2) }, standby: { shareOfFirmRate: figure(0.5) } };
    const lines = gridTariffCharges(new Float64Array(HOURS_PER_YEAR), 1200, tariff, system, 2028);
    expect(lines.map((l) => [l.id, l.costUSDPerYear])).toEqual([
      ['transmission', 0],
      ['standby', 1200 * 1000 * 30.6],
    ]);
  });
});

describe('firmGridRateUSDPerMWYear', () => {
  it('adds the transmission rate and the capacity price of the year per MW-year', () => {
    // 61.2 USD/kW-yr × 1000 = 61,200; PJM 333.44 × 365 = 121,705.6; MISO Σ price × days = 79,070.56.
    expect(firmGridRateUSDPerMWYear({ market: 'ERCOT', transmission: { rule: '4CP', rateUSDPerKWYear: figure(61.2) } }, 2028)).toBeCloseTo(61_200, 9);
    expect(firmGridRateUSDPerMWYear({ market: 'PJM', capacity: { rule: '5CP', pricesByDeliveryYear: [{ startYear: 2027, priceUSDPerMWDay: figure(333.44) }] } }, 2028)).toBeCloseTo(121_705.6, 6);
    expect(firmGridRateUSDPerMWYear({ market: 'MISO', capacity: { rule: 'seasonal', planningYear: 2025, seasonalUSDPerMWDay: [figure(666.5), figure(91.6), figure(33.2), figure(69.88)] } }, 2028)).toBeCloseTo(79_070.56, 6);
    expect(firmGridRateUSDPerMWYear(undefined, 2028)).toBe(0);
  });
});

describe('systemShapedPrice', () => {
  it('keeps the given mean and prices each hour as (load / mean load)^k', () => {
    // Half the hours at 1 GW, half at 3 GW: mean load 2 GW; k = 2 → raw 0.25 and 2.25, mean 1.25;
    // a 40 USD/MWh mean gives 8 and 72 USD/MWh.
    const load = Float64Array.from({ length: HOURS_PER_YEAR }, (_, h) => (h % 2 === 0 ? 1000 : 3000));
    const price = systemShapedPrice(load, 40, 2);
    expect(price[0]).toBeCloseTo(8, 9);
    expect(price[1]).toBeCloseTo(72, 9);
    expect(price.reduce((a, b) => a + b, 0) / HOURS_PER_YEAR).toBeCloseTo(40, 9);
  });
});

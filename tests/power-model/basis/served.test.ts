import { describe, expect, it } from 'vitest';
import { servedBasis, UNSERVED_FLAG_SHARE } from '../../../src/power-model/basis/served';

const VOLL = 35_685;

describe('servedBasis', () => {
  it('reads the cost of delivered power per MWh served and per MWh of load with unserved energy at the VOLL', () => {
    // 1,000,000 MWh of load, 10,000 unserved, 80 MUSD/yr: served 990,000 MWh → 80.808 USD/MWh served;
    // unserved value 10,000 × 35,685 = 356.85 MUSD → (80 + 356.85) MUSD / 1,000,000 MWh = 436.85 USD/MWh of load.
    const b = servedBasis({ loadEnergyMWh: 1_000_000, unservedEnergyMWh: 10_000, unservedHours: 12, annualCostUSD: 80e6, vollUSDPerMWh: VOLL });
    expect(b.servedEnergyMWh).toBe(990_000);
    expect(b.servedShare).toBeCloseTo(0.99, 12);
    expect(b.unservedShare).toBeCloseTo(0.01, 12);
    expect(b.lcoeUSDPerMWh).toBeCloseTo(80.808081, 5);
    expect(b.unservedValueUSD).toBeCloseTo(356_850_000, 0);
    expect(b.costPerMWhLoadUSDPerMWh).toBeCloseTo(436.85, 9);
    expect(b.unservedFlag).toBe(true);
    expect(b.lcoeNote).toBeNull();
  });

  it('flags more than 0.1% unserved and nothing at or below it', () => {
    expect(UNSERVED_FLAG_SHARE).toBe(0.001);
    const at = (unserved: number) => servedBasis({ loadEnergyMWh: 1_000_000, unservedEnergyMWh: unserved, unservedHours: 1, annualCostUSD: 1, vollUSDPerMWh: VOLL }).unservedFlag;
    expect(at(1000)).toBe(false);
    expect(at(1001)).toBe(true);
    expect(at(0)).toBe(false);
  });

  it('gives no cost per MWh served when nothing is served, and says why, instead of 0', () => {
    const b = servedBasis({ loadEnergyMWh: 500_000, unservedEnergyMWh: 500_000, unservedHours: 8760, annualCostUSD: 909e6, vollUSDPerMWh: VOLL });
    expect(b.lcoeUSDPerMWh).toBeNull();
    expect(b.lcoeNote).toMatch(/nothing served: all 500,000 MWh of load is unserved, so the 909,000,000 USD\/yr buys no energy/);
    // (909e6 + 500,000 × 35,685) / 500,000 = 37,503 USD/MWh.
    expect(b.costPerMWhLoadUSDPerMWh).toBeCloseTo(37_503, 6);
  });

  it('has no cost per MWh of load when there is no load', () => {
    const b = servedBasis({ loadEnergyMWh: 0, unservedEnergyMWh: 0, unservedHours: 0, annualCostUSD: 5e6, vollUSDPerMWh: VOLL });
    expect(b.costPerMWhLoadUSDPerMWh).toBeNull();
    expect(b.lcoeUSDPerMWh).toBeNull();
    expect(b.lcoeNote).toMatch(/no load/);
    expect(b.servedShare).toBe(1);
  });
});

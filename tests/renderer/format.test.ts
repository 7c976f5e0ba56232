import { describe, expect, it } from 'vitest';
import { formatBcf, formatBillChange, formatCount, formatEnergyMWh, formatMW, formatPercent, formatTonnes, formatUSD, formatUSDPerMWh, MMBTU_PER_BCF, sig3 } from '../../src/renderer/format';

describe('number formatting with units', () => {
  it('keeps three significant figures without exponents', () => {
    expect(sig3(12.345)).toBe('12.3');
    expect(sig3(1234)).toBe('1234');
    expect(sig3(0.012345)).toBe('0.0123');
    expect(sig3(Number.NaN)).toBe('—');
  });

  it('groups whole counts in thousands with commas, as en-US does, and never shows NaN', () => {
    // The en-US grouping toLocaleString gives: 8,760 hours in a year; 1,234,567.
    expect([0, 38, 999, 1000, 8760, 1_234_567, -4321, 12.6].map(formatCount)).toEqual(['0', '38', '999', '1,000', '8,760', '1,234,567', '-4,321', '13']);
    expect(formatCount(Number.NaN)).toBe('—');
  });

  it('switches power from MW to GW at 1000 MW', () => {
    expect(formatMW(850)).toBe('850 MW');
    expect(formatMW(42.25)).toBe('42.3 MW');
    expect(formatMW(1200)).toBe('1.20 GW');
    expect(formatMW(-1500)).toBe('-1.50 GW');
  });

  it('scales energy through MWh, GWh and TWh', () => {
    expect(formatEnergyMWh(950)).toBe('950 MWh');
    expect(formatEnergyMWh(12_345)).toBe('12.3 GWh');
    // Abilene hybrid 2028 served 9,036,973 MWh (stargrid simulate --site abilene --scenario hybrid).
    expect(formatEnergyMWh(9_036_973)).toBe('9.04 TWh');
  });

  it('writes money in USD k, M and B', () => {
    expect(formatUSD(120)).toBe('USD 120');
    expect(formatUSD(45_100)).toBe('USD 45.1 k');
    expect(formatUSD(661_933_230)).toBe('USD 662 M');
    expect(formatUSD(3_348_977_247)).toBe('USD 3.35 B');
  });

  it('shows LCOE per MWh, CO2 in t/kt/Mt and percentages with two decimals', () => {
    expect(formatUSDPerMWh(73.247)).toBe('USD 73.2/MWh');
    expect(formatTonnes(2_800_513)).toBe('2.80 Mt');
    expect(formatTonnes(45_000)).toBe('45.0 kt');
    expect(formatPercent(0.99954)).toBe('99.95%');
  });

  it('converts gas heat content to Bcf at the engine 1.036 million MMBtu per Bcf (EIA heat content 2023 and 2025)', () => {
    expect(MMBTU_PER_BCF).toBe(1_036_000);
    // 36,711,269 MMBtu / 1,036,000 = 35.44 Bcf.
    expect(formatBcf(36_711_269)).toBe('35.4 Bcf');
  });

  it('signs a bill change and never shows NaN', () => {
    expect(formatBillChange(1.234)).toBe('+USD 1.23/month');
    expect(formatBillChange(-0.31)).toBe('−USD 0.31/month');
    expect(formatBillChange(0)).toBe('±USD 0.00/month');
    expect(formatBillChange(Number.NaN)).toBe('—');
  });
});

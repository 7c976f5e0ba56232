import { describe, expect, it } from 'vitest';
import { EMPTY_SETTINGS, parseSettings, parseValueList } from '../../../src/renderer/runs/run-settings';

describe('run settings', () => {
  it('sends a Monte Carlo only its years and seed, as numbers', () => {
    const { params, errors } = parseSettings('reliability', { ...EMPTY_SETTINGS, years: '100000', seed: '7', gridMW: '500' });
    expect(errors).toEqual({});
    expect(params).toEqual({ years: 100000, seed: 7 });
  });

  it('refuses years outside 1 to 100000 and a fractional seed, naming the field', () => {
    expect(parseSettings('reliability', { ...EMPTY_SETTINGS, years: '0' }).errors).toEqual({ years: 'must be ≥ 1' });
    expect(parseSettings('reliability', { ...EMPTY_SETTINGS, years: '100001' }).errors).toEqual({ years: 'must be ≤ 100000' });
    expect(parseSettings('reliability', { ...EMPTY_SETTINGS, seed: '1.5' }).errors).toEqual({ seed: 'must be a whole number' });
    expect(parseSettings('reliability', { ...EMPTY_SETTINGS, years: 'many' }).errors).toEqual({ years: 'must be a number' });
  });

  it('leaves blank optimizer settings to the run and gathers the caps it is given', () => {
    const { params, errors } = parseSettings('optimize', { ...EMPTY_SETTINGS, representativeDays: '12', twoStage: 'yes', co2TonnesPerYear: '1000000', residentialBillUSDPerMonth: '-0.5' });
    expect(errors).toEqual({});
    expect(params).toEqual({ representativeDays: 12, twoStage: true, reserveUnits: 1, caps: { co2TonnesPerYear: 1_000_000, residentialBillUSDPerMonth: -0.5 } });
  });

  it('gathers the flexible grid settings into the optimizer\'s flexible offer, and asks for the offer before the rest', () => {
    const full = parseSettings('optimize', { ...EMPTY_SETTINGS, flexibleMaxMW: '360', firmOfferMW: '840', energizeValueUSDPerMWMonth: '250000', firmQueueMonths: '36' });
    expect(full.errors).toEqual({});
    expect(full.params.flexible).toEqual({ maxMW: 360, firmMW: 840, energizeValueUSDPerMWMonth: 250_000, firmQueueMonths: 36 });
    expect(parseSettings('optimize', EMPTY_SETTINGS).params.flexible).toBeUndefined();
    expect(parseSettings('optimize', { ...EMPTY_SETTINGS, firmQueueMonths: '36' }).errors.flexibleMaxMW).toMatch(/need a flexible offer/);
    expect(parseSettings('optimize', { ...EMPTY_SETTINGS, flexibleMaxMW: '-1' }).errors.flexibleMaxMW).toBe('must be ≥ 0');
  });

  it("sends the optimizer the worst-day target when chosen, and nothing for the default N+k (today's run)", () => {
    expect(parseSettings('optimize', { ...EMPTY_SETTINGS, reliabilityTarget: 'worst-day' }).params).toEqual({ reserveUnits: 1, reliabilityTarget: 'worst-day' });
    expect(parseSettings('optimize', EMPTY_SETTINGS).params).toEqual({ reserveUnits: 1 });
    // Only the optimizer reads it.
    expect(parseSettings('reliability', { ...EMPTY_SETTINGS, reliabilityTarget: 'worst-day' }).params).toEqual({ years: 1000, seed: 1 });
  });

  it('asks for representative days before two stages', () => {
    expect(parseSettings('optimize', { ...EMPTY_SETTINGS, twoStage: 'yes' }).errors).toEqual({ twoStage: 'needs representative days' });
  });

  it('builds the sweep axes from an input name and a list of values', () => {
    const { params, errors } = parseSettings('sweep', { ...EMPTY_SETTINGS, sweepXName: 'gasPriceUSDPerMMBtu', sweepXValues: '2, 3 4;5', sweepYName: 'discountRate', sweepYValues: '0.05,0.09', threads: '2' });
    expect(errors).toEqual({});
    expect(params).toEqual({ x: { name: 'gasPriceUSDPerMMBtu', values: [2, 3, 4, 5] }, y: { name: 'discountRate', values: [0.05, 0.09] }, threads: 2 });
  });

  it('names the bad value of a sweep list and a malformed input name', () => {
    expect(parseValueList('2, three')).toEqual({ error: '“three” is not a number' });
    expect(parseValueList(' ')).toEqual({ error: 'list at least one value' });
    expect(parseSettings('sweep', { ...EMPTY_SETTINGS, sweepXName: 'gas price' }).errors).toEqual({ sweepXName: 'must be an input name such as gasPriceUSDPerMMBtu' });
  });
});

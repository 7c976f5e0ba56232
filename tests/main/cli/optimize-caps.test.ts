import { describe, expect, it } from 'vitest';
import { parseCaps } from '../../../src/main/cli/commands/optimize';

describe('stargrid optimize --cap', () => {
  it('reads the names the usage line gives, digits included (co2Tonnes)', () => {
    expect(parseCaps(['co2Tonnes=500000', 'gridMW=300', 'landAcres=2000', 'residentialBillUSDPerMonth=-1.5'])).toEqual({
      co2TonnesPerYear: 500_000,
      gridMW: 300,
      landAcres: 2000,
      residentialBillUSDPerMonth: -1.5,
    });
  });

  it('names the bad cap and the problem', () => {
    expect(() => parseCaps(['co2=5'])).toThrow(/NAME one of co2Tonnes.*got "co2=5"/);
    expect(() => parseCaps(['gridMW=-3'])).toThrow(/--cap gridMW must be a number ≥ 0, got "-3"/);
  });
});

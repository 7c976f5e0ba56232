/**
 * Input the rate-impact engine cannot use: `field` is the dotted path of the offending field
 * (`utility.classes.0.nonCoincidentPeakMW`) and the message says what is wrong with it.
 */
export class RateImpactInputError extends Error {
  override name = 'RateImpactInputError';
  readonly field: string;

  constructor(field: string, problem: string) {
    super(`${field}: ${problem}`);
    this.field = field;
  }
}

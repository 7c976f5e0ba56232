/**
 * An input the engine refuses. `field` is the dotted path of the offending field in the engine's
 * input (`btm.thermal.0.capacityMW`, `phases.2.itMW`); transports map it to the field the user
 * typed. The message reads `field: problem`.
 */
export class ModelInputError extends Error {
  override name = 'ModelInputError';
  readonly field: string;

  constructor(field: string, problem: string) {
    super(`${field}: ${problem}`);
    this.field = field;
  }
}

import { ApiError } from '../../api/errors';
import { ModelInputError } from '../../power-model/input-error';
import { RateImpactInputError } from '../../power-model/rate-impact/index';
import { SheetError } from '../../power-model/sheets/types';
import { SheetMathNotLoaded } from '../../power-model/sheets/units';
import { WeatherParseError } from '../../power-model/weather/errors';

/**
 * Where a refusal points in the request: `site` for what the site (or its series) causes,
 * `scenarioField(field)` for a field of the scenario the engine names (`btm.thermal.0.capacityMW`),
 * and `override(name)` for an economics input or formula named by the sheet.
 */
export type RefusalPaths = { site: string; scenarioField: (field: string) => string; override: (name: string) => string };

/**
 * A programming error, not an input the engine refuses: left to surface as `internal`. So is a
 * sheet that needs mathjs before it is loaded: the registry loads it and runs the request again.
 */
function isBug(error: unknown): boolean {
  return error instanceof SheetMathNotLoaded || error instanceof TypeError || error instanceof ReferenceError || error instanceof SyntaxError || !(error instanceof Error);
}

/**
 * The engine's refusal of an input as an `invalid-request` naming the field: a sheet error by
 * the override or formula it names, a ModelInputError by its field under the scenario, anything
 * else the engine throws (site model, load, grid, weather) at the site. `label` (`site × scenario`)
 * starts the message. Programming errors are returned unchanged, for the caller to rethrow.
 */
export function engineRefusal(error: unknown, label: string, paths: RefusalPaths): unknown {
  if (error instanceof ApiError || isBug(error)) return error;
  const message = `${label}: ${(error as Error).message}`;
  if (error instanceof SheetError) {
    const name = error.formulaName ?? error.inputName;
    return new ApiError('invalid-request', message, name === undefined ? paths.site : paths.override(name));
  }
  if (error instanceof ModelInputError) return new ApiError('invalid-request', message, paths.scenarioField(error.field));
  if (error instanceof RateImpactInputError || error instanceof WeatherParseError) return new ApiError('invalid-request', message, paths.site);
  return new ApiError('invalid-request', message, paths.site);
}

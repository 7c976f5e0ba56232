import { readFileSync } from 'node:fs';
import { ImportError } from '../../../src/main/import/errors';

/** Reader for the fixtures of one importer: `tests/fixtures/import/<kind>/<name>`. */
export function fixtureReader(kind: 'load' | 'price' | 'site' | 'tariff'): (name: string) => string {
  return (name) => readFileSync(new URL(`../../fixtures/import/${kind}/${name}`, import.meta.url), 'utf8');
}

/** The ImportError `run` throws; anything else thrown is rethrown, and no throw fails the test. */
export function importError(run: () => unknown): ImportError {
  try {
    run();
  } catch (e) {
    if (e instanceof ImportError) return e;
    throw e;
  }
  throw new Error('expected an ImportError');
}

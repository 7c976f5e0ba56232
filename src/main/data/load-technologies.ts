import { join } from 'node:path';
import { TechnologyFileSchema, type TechnologyFile } from '../../api/schemas/technology';
import { issuesToLine } from '../../api/schemas/format-issues';
import { dataDir } from '../paths';
import { loadJsonFile } from './load-folder';

/**
 * Loads `data/technologies.json` (or `file`). Throws one error naming every bad JSON path,
 * because the bundled defaults are not optional: nothing can be costed without them.
 */
export function loadTechnologies(file: string = join(dataDir(), 'technologies.json')): TechnologyFile {
  const result = loadJsonFile(file, TechnologyFileSchema);
  if (result.ok) return result.value;
  throw new Error(`${file}: ${issuesToLine(result.errors)}`);
}

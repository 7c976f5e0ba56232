import { join } from 'node:path';
import { CommonModeFileSchema, type CommonModeFile } from '../../api/schemas/common-mode';
import { issuesToLine } from '../../api/schemas/format-issues';
import { dataDir } from '../paths';
import { loadJsonFile } from './load-folder';

/** Loads `data/common-mode-events.json` (or `file`); throws one error naming every bad JSON path. */
export function loadCommonModeEvents(file: string = join(dataDir(), 'common-mode-events.json')): CommonModeFile {
  const result = loadJsonFile(file, CommonModeFileSchema);
  if (result.ok) return result.value;
  throw new Error(`${file}: ${issuesToLine(result.errors)}`);
}

import { expect } from 'vitest';
import { loadSheetMath } from '../../src/power-model/sheets/index';

// Unit tests call the engine directly, below the entry points (registry, CLI, run worker) that load
// mathjs on demand; each test file that may reach an economics or rate-impact sheet loads it first,
// as those entry points do. Renderer, schema and shell tests reach no sheet (a test that did would
// fail with the engine's "not loaded" error), so they skip the second it takes to load.
const path = expect.getState().testPath ?? '';
if (!/[\\/]tests[\\/](renderer|api|electron)[\\/]/.test(path)) await loadSheetMath();

import { loadSheetMath } from '../../src/power-model/sheets/index';

// Unit tests call the engine directly, below the entry points (registry, CLI, run worker) that load
// mathjs on demand; each test file loads it first, as those entry points do.
await loadSheetMath();

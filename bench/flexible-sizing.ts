import highsLoader from 'highs';
import { loadBundledSites } from '../src/main/bundled-sites';
import { loadTechnologies } from '../src/main/data/load-technologies';
import { sizingInputWithNotes } from '../src/main/runs/jobs/sizing-input';
import { optimizeSizing } from '../src/power-model/optimize/optimize-sizing';
import { resolveScenario } from '../src/power-model/scenarios/resolve';
import { loadSheetMath } from '../src/power-model/sheets/index';

/**
 * The optimizer's flexible-offer search on Abilene 2028 (840 MW firm + up to 360 MW flexible, firm
 * queue 36 months, flexible 24: the CLI's case), wall and CPU time of `optimizeSizing` alone, with
 * each step's progress message. Not in `npm run bench` (a full year takes tens of seconds):
 * `npx tsx bench/flexible-sizing.ts [days]` (no days: the full year).
 */
await loadSheetMath();
const days = process.argv[2] === undefined ? null : Number(process.argv[2]);
const site = loadBundledSites().find((s) => s.id === 'abilene');
if (!site) throw new Error('bench: bundled site abilene missing');
const time = days === null ? ({ kind: 'fullYear' } as const) : ({ kind: 'representativeDays', days } as const);
const flexible = { maxMW: 360, firmMW: 840, firmQueueMonths: 36, flexibleQueueMonths: 24 };
const { input } = sizingInputWithNotes(site, loadTechnologies(), { year: 2028, time, scenario: resolveScenario({ id: 'hybrid', name: 'hybrid' }), reliabilityTarget: 'n-plus-k', flexible });
const highs = await highsLoader();
const started = performance.now();
const cpuAtStart = process.cpuUsage();
const result = optimizeSizing(highs, { ...input, onProgress: (_f, m) => console.log(`${(performance.now() - started).toFixed(0).padStart(7)} ms  ${m}`) });
const cpu = process.cpuUsage(cpuAtStart);
console.log(`optimizeSizing: ${(performance.now() - started).toFixed(0)} ms wall, ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms CPU; ${result.status}, ${result.objectiveUSDPerYear?.toFixed(0)} USD/yr at ${result.flexible?.flexibleMW} MW flexible`);
for (const c of result.flexible?.frontier ?? []) console.log(`  ${String(c.flexibleMW).padStart(4)} MW flexible: ${c.costUSDPerYear?.toFixed(0)} USD/yr, firm ${c.firmMW.toFixed(1)} MW, on-site ${c.onsiteMW.toFixed(1)} MW`);

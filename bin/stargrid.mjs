#!/usr/bin/env node
// The `stargrid` command (also `npm run cli` and `npm run serve`): runs the built CLI in out/node,
// building it first when missing or stale; `serve` also makes sure the web renderer is current.
// Development and tests may run the TypeScript directly: `tsx src/main/cli/index.ts`.
import { ensureNodeBuild, ensureWebBuild } from '../scripts/ensure-built.mjs';

const argv = process.argv.slice(2);
const log = (text) => process.stderr.write(text);
await ensureNodeBuild(log);
if (argv[0] === 'serve' && !argv.includes('--help') && !argv.includes('-h')) await ensureWebBuild(log);
const { runCli } = await import('../out/node/cli.js');
process.exitCode = await runCli(argv, {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});

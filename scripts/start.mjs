// `npm start`: build and open the desktop window. Electron 45 fetches its runtime on first launch;
// we try that once (quietly). Where the runtime cannot be had, say so in one line and start web
// mode instead.
import { spawn, spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findElectronRuntime } from './electron-runtime.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function run(command, args, env = process.env) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit', env });
    child.on('exit', (code) => resolve(code ?? 1));
  });
}

/** Electron's own first-launch download (node_modules/electron/install.js); returns why it failed, or null. */
function fetchElectronRuntime() {
  if (process.env.STARGRID_NO_ELECTRON_DOWNLOAD === '1') return 'download skipped (STARGRID_NO_ELECTRON_DOWNLOAD=1)';
  console.log('Stargrid: fetching the Electron runtime (first launch only)…');
  const result = spawnSync(process.execPath, [join(root, 'node_modules', 'electron', 'install.js')], { cwd: root, encoding: 'utf8', timeout: 10 * 60_000 });
  if (result.status === 0) return null;
  const lines = `${result.stderr ?? ''}${result.stdout ?? ''}`.split('\n').map((l) => l.trim()).filter((l) => /error/i.test(l));
  return `its download failed: ${lines[0] ?? `exit ${result.status}`}`.slice(0, 160);
}

let { binary, reason } = findElectronRuntime(root);
if (!binary && reason && !reason.includes('not installed (run npm install)')) {
  const failed = fetchElectronRuntime();
  ({ binary, reason } = findElectronRuntime(root));
  if (!binary && failed) reason = `${reason}; ${failed}`;
}
if (!binary) {
  console.log(`Stargrid: no Electron runtime here (${reason}); starting web mode instead — open the URL below in a browser.`);
  process.exitCode = await run(npm, ['run', '-s', 'serve', '--', ...process.argv.slice(2)]);
} else {
  const built = await run(npm, ['run', '-s', 'build']);
  if (built !== 0) process.exit(built);
  process.exitCode = await run(binary, ['.', ...process.argv.slice(2)], { ...process.env, npm_node_execpath: process.execPath });
}

// `npm start`: build and open the desktop window; where the Electron runtime is not installed,
// say so in one line and start web mode instead.
import { spawn } from 'node:child_process';
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

const { binary, reason } = findElectronRuntime(root);
if (!binary) {
  console.log(`Stargrid: no Electron runtime here (${reason}); starting web mode instead — open the URL below in a browser.`);
  process.exitCode = await run(npm, ['run', '-s', 'serve', '--', ...process.argv.slice(2)]);
} else {
  const built = await run(npm, ['run', '-s', 'build']);
  if (built !== 0) process.exit(built);
  process.exitCode = await run(binary, ['.', ...process.argv.slice(2)], { ...process.env, npm_node_execpath: process.execPath });
}

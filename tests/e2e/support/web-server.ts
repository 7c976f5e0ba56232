import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

export type WebApp = { url: string; token: string; origin: string; stop: () => Promise<void> };

const root = join(import.meta.dirname, '..', '..', '..');

/**
 * Starts `stargrid serve` (the real CLI, the real services, a real project file) on a free
 * loopback port and waits for the URL line it prints. It goes through the package's bin, so it
 * runs the built JavaScript users run (out/node, rebuilt first if any source changed) and the
 * run workers that build ships, not the TypeScript through tsx.
 */
export function startWebApp(projectPath: string, home: string, env: Record<string, string> = {}): Promise<WebApp> {
  const child: ChildProcess = spawn(process.execPath, [join(root, 'bin/stargrid.mjs'), 'serve', '--port', '0', '--project', projectPath], {
    cwd: root,
    env: { ...process.env, STARGRID_HOME: home, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`stargrid serve did not start in 60 s: ${stderr}`)), 60_000);
    child.once('exit', (code) => reject(new Error(`stargrid serve exited ${String(code)}: ${stderr}`)));
    let out = '';
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const match = /(http:\/\/127\.0\.0\.1:\d+)\/\?token=([0-9a-f]+)/.exec(out);
      if (!match) return;
      clearTimeout(timer);
      resolve({
        url: match[0],
        origin: match[1] as string,
        token: match[2] as string,
        stop: () =>
          new Promise<void>((done) => {
            child.removeAllListeners('exit');
            child.once('exit', () => done());
            child.kill('SIGTERM');
          }),
      });
    });
  });
}

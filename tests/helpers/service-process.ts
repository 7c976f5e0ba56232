import { fork, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import type { Envelope } from '../../src/api/errors';

const root = join(import.meta.dirname, '..', '..');

/**
 * The desktop app's real service process (`src/main/service-host.ts`) as a child: its own Node
 * process, its own SQLite connection and locks, spoken to over the fork channel exactly as the
 * Electron shell does.
 */
export type ServiceProcess = {
  child: ChildProcess;
  stderr: () => string;
  call: <T = unknown>(channel: string, request: unknown) => Promise<Envelope<T>>;
  stop: () => Promise<void>;
};

export function startServiceProcess(options: { home: string; project?: string; env?: Record<string, string> }): Promise<ServiceProcess> {
  const child = fork(join(root, 'src/main/service-host.ts'), [], {
    cwd: root,
    execArgv: ['--import', 'tsx'],
    env: { ...process.env, STARGRID_HOME: options.home, ...(options.project ? { STARGRID_INITIAL_PROJECT: options.project } : {}), ...options.env },
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
  });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  let nextId = 1;
  const pending = new Map<number, (e: Envelope<unknown>) => void>();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the service process did not start in 90 s: ${stderr}`)), 90_000);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the service process exited (${String(code)}) before it was ready: ${stderr}`));
    });
    child.on('message', (raw: unknown) => {
      const m = raw as { ready?: boolean; id?: number; envelope?: Envelope<unknown> };
      if (m.ready) {
        clearTimeout(timer);
        child.removeAllListeners('exit');
        child.on('exit', () => {
          for (const settle of pending.values()) settle({ ok: false, error: { code: 'internal', message: 'the service process stopped', path: '' } });
          pending.clear();
        });
        resolve({
          child,
          stderr: () => stderr,
          call: <T,>(channel: string, request: unknown) =>
            new Promise<Envelope<T>>((done) => {
              const id = nextId++;
              pending.set(id, done as (e: Envelope<unknown>) => void);
              child.send({ id, channel, request });
            }),
          stop: () =>
            new Promise<void>((done) => {
              if (child.exitCode !== null || child.signalCode !== null) return done();
              child.once('exit', () => done());
              child.disconnect();
            }),
        });
      } else if (m.id !== undefined && m.envelope) {
        pending.get(m.id)?.(m.envelope);
        pending.delete(m.id);
      }
    });
  });
}

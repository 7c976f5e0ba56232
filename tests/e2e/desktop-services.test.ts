import { execFileSync, fork, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Envelope } from '../../src/api/errors';
import { makeTempDir } from '../helpers/temp-dir';

const root = join(import.meta.dirname, '..', '..');

/**
 * The desktop build's service process, exactly as Electron main forks it (out/main/service-host.js
 * on plain Node), driven over the same IPC messages. Runs without the Electron runtime.
 */
describe('the built desktop service process', () => {
  let child: ChildProcess;
  let tmp: ReturnType<typeof makeTempDir>;
  let nextId = 1;
  const pending = new Map<number, (e: Envelope<unknown>) => void>();

  beforeAll(async () => {
    execFileSync('npm', ['run', '-s', 'build'], { cwd: root, stdio: 'ignore' });
    tmp = makeTempDir('stargrid-desktop-');
    child = fork(join(root, 'out/main/service-host.js'), [], {
      env: { ...process.env, STARGRID_HOME: tmp.dir, STARGRID_INITIAL_PROJECT: join(tmp.dir, 'desk.stargrid') },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      serialization: 'advanced', // as electron/service-client.ts forks it
    });
    await new Promise<void>((resolve, reject) => {
      child.once('exit', (code) => reject(new Error(`service-host exited ${String(code)}`)));
      child.on('message', (m: { ready?: boolean; id?: number; envelope?: Envelope<unknown> }) => {
        if (m.ready) resolve();
        else if (m.id !== undefined && m.envelope) pending.get(m.id)?.(m.envelope);
      });
    });
  }, 180_000);
  afterAll(() => {
    child?.removeAllListeners('exit');
    child?.disconnect();
    tmp?.cleanup();
  });

  const call = (channel: string, request: unknown) =>
    new Promise<Envelope<unknown>>((resolve) => {
      const id = nextId++;
      pending.set(id, resolve);
      child.send({ id, channel, request });
    });

  it('opens the initial project with the bundled sites and validates requests', async () => {
    const listed = await call('sites:list', {});
    expect(listed.ok && (listed.value as { sites: unknown[] }).sites.length).toBe(8);
    expect(await call('sites:get', { id: 'No Such' })).toMatchObject({ ok: false, error: { code: 'invalid-request', path: 'id' } });
  });

  it('carries hourly series as Float64Arrays over IPC (structured clone), never as JSON', async () => {
    const answer = await call('model:simulate', { siteId: 'abilene', scenarioId: 'hybrid', hourly: true });
    if (!answer.ok) throw new Error(JSON.stringify(answer.error));
    const hourly = (answer.value as { hourly: Record<string, unknown> }).hourly;
    expect(hourly.facilityMW).toBeInstanceOf(Float64Array);
    expect((hourly.facilityMW as Float64Array).length).toBe(8760);
  });

  it('runs a long job in the bundled worker thread', async () => {
    const started = await call('runs:start', { kind: 'sensitivity', siteId: 'lordstown', scenarioId: 'grid-only' });
    expect(started.ok).toBe(true);
    const runId = (started as { value: { runId: number } }).value.runId;
    let status = 'running';
    for (let i = 0; i < 600 && status === 'running'; i++) {
      await new Promise((r) => setTimeout(r, 100));
      const s = await call('runs:status', { runId });
      status = s.ok ? (s.value as { status: string; error: string | null }).status : 'failed';
      if (status === 'failed') throw new Error(JSON.stringify(s));
    }
    expect(status).toBe('done');
  });
});

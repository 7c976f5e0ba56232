import { fork, type ChildProcess } from 'node:child_process';
import type { Envelope } from '../src/api/errors';

/**
 * Talks to the service process (src/main/service-host.ts) over the fork IPC channel. It runs on
 * the system Node, the one that ran `npm start`, found through `npm_node_execpath` or PATH.
 */
export class ServiceClient {
  private readonly child: ChildProcess;
  private nextId = 1;
  private readonly pending = new Map<number, (envelope: Envelope<unknown>) => void>();
  readonly ready: Promise<void>;

  constructor(entry: string, env: Record<string, string>) {
    const nodePath = process.env.STARGRID_NODE ?? process.env.npm_node_execpath ?? 'node';
    this.child = fork(entry, [], { execPath: nodePath, env: { ...process.env, ...env, ELECTRON_RUN_AS_NODE: undefined }, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    this.ready = new Promise((resolve, reject) => {
      this.child.once('error', reject);
      this.child.once('exit', (code) => reject(new Error(`the service process exited (${String(code)}) before it was ready`)));
      this.child.on('message', (raw: unknown) => {
        const message = raw as { ready?: boolean; id?: number; envelope?: Envelope<unknown> };
        if (message.ready) resolve();
        else if (message.id !== undefined && message.envelope) {
          this.pending.get(message.id)?.(message.envelope);
          this.pending.delete(message.id);
        }
      });
    });
    this.child.on('exit', () => {
      for (const settle of this.pending.values()) settle({ ok: false, error: { code: 'internal', message: 'the service process stopped', path: '' } });
      this.pending.clear();
    });
  }

  /** `meta` is what the page sent beside the request (the project it was made for), already checked. */
  async call(channel: string, request: unknown, meta: { projectId?: string | undefined } = {}): Promise<Envelope<unknown>> {
    await this.ready;
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      this.child.send({ id, channel, request, meta });
    });
  }

  stop(): void {
    this.child.disconnect();
  }
}

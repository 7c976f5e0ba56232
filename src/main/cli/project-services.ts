import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';
import type { ChannelName } from '../../api/channel-names';
import type { RequestOf, ResponseOf } from '../../api/channels';
import { createNodeContext } from '../app-context';
import { createServices } from '../services/index';
import type { HandlerRegistry } from '../services/registry';
import { CliUsageError } from './command';

/**
 * The services a CLI command works through: the same handlers (and so the same schemas, checks
 * and JSON shapes) as IPC and HTTP. With `--project FILE` they read and write that project;
 * without, a temporary project holding the bundled sites, removed when the command ends.
 */
export type CliServices = {
  /** True for the temporary project: a command may save a site or scenario file into it. */
  temporary: boolean;
  /**
   * Calls a channel; a refusal (4xx) becomes a usage error (exit 2) reading
   * `<flag>: <message>` (the flag the user typed, else the field path), anything else a failure.
   */
  call<C extends ChannelName>(channel: C, request: RequestOf<C>, flag?: string): Promise<ResponseOf<C>>;
  close(): void;
};

/**
 * A `--project` path as a shell user means it: relative to the folder the command runs in. The
 * services take a relative path from the Documents folder (the window and the web page have no
 * working folder the user chose), so the CLI makes it absolute first; `~/` is left to them.
 */
export function cliProjectPath(input: string, cwd: string = process.cwd()): string {
  if (input === '~' || input.startsWith('~/') || isAbsolute(input)) return input;
  return resolve(cwd, input);
}

export function openCliServices(projectPath: string | undefined): CliServices {
  const ctx = createNodeContext('web');
  let tempDir: string | null = null;
  if (projectPath === undefined) {
    tempDir = mkdtempSync(join(tmpdir(), 'stargrid-cli-'));
    ctx.session.create(join(tempDir, 'cli.stargrid'));
  } else {
    try {
      ctx.session.open(cliProjectPath(projectPath));
    } catch (error) {
      throw new CliUsageError(`--project: ${(error as Error).message}`);
    }
  }
  const registry: HandlerRegistry = createServices(ctx);
  return {
    temporary: tempDir !== null,
    async call(channel, request, flag) {
      const envelope = await registry.dispatch(channel, request);
      if (envelope.ok) return envelope.value as ResponseOf<typeof channel>;
      const { code, message, path } = envelope.error;
      if (code === 'internal') throw new Error(message);
      throw new CliUsageError(`${flag ?? path}: ${message}`);
    },
    close() {
      ctx.session.close();
      if (tempDir !== null) rmSync(tempDir, { recursive: true, force: true });
    },
  };
}

/** Runs `body` with the services of `--project` (or a temporary project) and closes them afterwards. */
export async function withCliServices<T>(projectPath: string | undefined, body: (svc: CliServices) => Promise<T>): Promise<T> {
  const svc = openCliServices(projectPath);
  try {
    return await body(svc);
  } finally {
    svc.close();
  }
}

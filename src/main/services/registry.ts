import type { ChannelName } from '../../api/channel-names';
import { channelNames } from '../../api/channel-names';
import type { ParsedRequestOf, ResponseOf } from '../../api/channels';
import { ApiError, type Envelope } from '../../api/errors';
import { parseRequest } from '../../api/validate';
import { loadSheetMath, SheetMathNotLoaded } from '../../power-model/sheets/index';
import { channelScope, SHEET_FREE_CHANNELS, type RequestMeta } from './channel-scope';

export type Handler<C extends ChannelName> = (request: ParsedRequestOf<C>) => ResponseOf<C> | Promise<ResponseOf<C>>;

/** Checks every request before its handler runs, and turns failures the user can fix into API errors. */
export type RegistryHooks = {
  /** Throws an `ApiError` to refuse the request (a project no longer open, a read-only file). */
  before: (channel: ChannelName, meta: RequestMeta) => void;
  /** An `ApiError` for a failure the user can fix (disk full, read-only file), else null. */
  mapError: (error: unknown) => ApiError | null;
};

const NO_HOOKS: RegistryHooks = { before: () => undefined, mapError: () => null };

/**
 * One handler per channel, registered once. Every transport (Electron IPC, HTTP, CLI) calls
 * `dispatch`, which parses the request with the channel's schema before the handler sees it and
 * turns any failure into the error envelope.
 */
export class HandlerRegistry {
  private readonly handlers = new Map<ChannelName, Handler<ChannelName>>();

  constructor(private readonly hooks: RegistryHooks = NO_HOOKS) {}

  register<C extends ChannelName>(channel: C, handler: Handler<C>): void {
    if (this.handlers.has(channel)) throw new Error(`a handler for ${channel} is already registered`);
    this.handlers.set(channel, handler as unknown as Handler<ChannelName>);
  }

  /** Throws unless every channel of the contract has its handler. */
  assertComplete(): void {
    const missing = channelNames.filter((c) => !this.handlers.has(c));
    if (missing.length > 0) throw new Error(`no handler registered for ${missing.join(', ')}`);
  }

  isChannel(name: string): name is ChannelName {
    return (channelNames as readonly string[]).includes(name);
  }

  /** `meta` is what the transport carried beside the request: the project it was made for. */
  async dispatch(channel: string, raw: unknown, meta: RequestMeta = {}): Promise<Envelope<unknown>> {
    try {
      if (!this.isChannel(channel)) throw new ApiError('unknown-channel', `unknown channel "${channel}"`);
      const handler = this.handlers.get(channel);
      if (!handler) throw new ApiError('unknown-channel', `no handler for "${channel}"`);
      const request = parseRequest(channel, raw);
      this.hooks.before(channel, meta);
      const reads = channelScope[channel] === 'read';
      if (!SHEET_FREE_CHANNELS.has(channel) && !reads) await loadSheetMath();
      return { ok: true, value: await runLoadingSheetMath(handler, request, reads) };
    } catch (error) {
      if (error instanceof ApiError) return { ok: false, error: error.toBody() };
      const known = this.hooks.mapError(error);
      if (known) return { ok: false, error: known.toBody() };
      const message = error instanceof Error ? error.message : String(error);
      return { ok: false, error: { code: 'internal', message, path: '' } };
    }
  }
}

/**
 * Runs a handler. The sheets the planner builds compile without mathjs (power-model/sheets/
 * plain-compile.ts), so a channel that only reads the project runs without loading it; a sheet
 * that does need it (a user's formula edit outside the plain compiler's reach) throws
 * SheetMathNotLoaded, and the handler runs again once mathjs is loaded: a read changes nothing,
 * so running it twice is safe. Other channels load mathjs before their handler runs.
 */
async function runLoadingSheetMath<C extends ChannelName>(handler: Handler<C>, request: ParsedRequestOf<C>, reads: boolean): Promise<ResponseOf<C>> {
  try {
    return await handler(request);
  } catch (error) {
    if (!(error instanceof SheetMathNotLoaded) || !reads) throw error;
    await loadSheetMath();
    return handler(request);
  }
}

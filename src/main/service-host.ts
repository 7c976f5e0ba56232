import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ApiError } from '../api/errors';
import { createNodeContext } from './app-context';
import { parseRequestMeta } from './services/channel-scope';
import { createServices } from './services/index';
import { warmPortfolio } from './web/warm-up';

/**
 * The desktop app's service process: plain Node (so better-sqlite3 keeps Node's ABI and the
 * Electron main loop stays free). Electron main forks it and sends `{ id, channel, request }`
 * messages, already validated; we validate again here because this is where the services live.
 */
type Message = { id: number; channel: string; request: unknown; meta?: unknown };

// Long runs execute in worker threads bundled beside this file (electron.vite.config.ts).
process.env.STARGRID_RUN_WORKER ??= join(dirname(fileURLToPath(import.meta.url)), 'run-worker.js');
process.env.STARGRID_CLASS_WORKER ??= join(dirname(fileURLToPath(import.meta.url)), 'class-worker.js');
process.env.STARGRID_MC_WORKER ??= join(dirname(fileURLToPath(import.meta.url)), 'mc-worker.js');

const electronVersion = process.env.STARGRID_ELECTRON_VERSION;
const ctx = createNodeContext('desktop', electronVersion ? { electron: electronVersion, chrome: process.env.STARGRID_CHROME_VERSION ?? '' } : {});
const registry = createServices(ctx, { warmRuns: true });

// The last project used (the settings are this process's), else the default the shell names.
const initial = process.env.STARGRID_INITIAL_PROJECT ?? ctx.settings.get().lastProject ?? process.env.STARGRID_DEFAULT_PROJECT;
if (initial) {
  try {
    ctx.settings.rememberProject(ctx.session.openOrCreate(initial).path);
  } catch (error) {
    process.stderr.write(`could not open ${initial}: ${error instanceof Error ? error.message : String(error)}\n`);
  }
}

// Requests being answered and when the last one was, so warm-up steps run only while the window asks for nothing.
let inFlight = 0;
let lastAnsweredAt = performance.now();
let stopping = false;

process.on('message', (raw: unknown) => {
  const message = raw as Message;
  let meta;
  try {
    meta = parseRequestMeta(message.meta);
  } catch (error) {
    process.send?.({ id: message.id, envelope: { ok: false, error: (error as ApiError).toBody() } });
    return;
  }
  inFlight++;
  void registry.dispatch(message.channel, message.request, meta).then((envelope) => {
    inFlight--;
    lastAnsweredAt = performance.now();
    process.send?.({ id: message.id, envelope });
  });
});
process.on('disconnect', () => {
  stopping = true;
  ctx.session.close();
  process.exit(0);
});
process.send?.({ ready: true });
// The start page's answers computed while the window opens, as `serve` does (web/warm-up.ts).
void warmPortfolio(registry, { quietMs: () => (inFlight > 0 ? 0 : performance.now() - lastAnsweredAt), stopped: () => stopping }).catch(() => 0);

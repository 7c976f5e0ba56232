import type { z } from 'zod';
import type { RunStateSchema } from '../../api/schemas/runs';
import type { CliIO } from './command';
import type { CliServices } from './project-services';

/** How often the CLI asks for a run's progress, ms. */
const POLL_MS = 250;

type RunKind = 'reliability' | 'optimize' | 'sensitivity' | 'sweep';
type RunState = z.infer<typeof RunStateSchema>;

/**
 * Runs a long job through the run services, as the app does (`runs:start`, then `runs:status`
 * until it ends; the run is queued and recorded in the project like any other), printing
 * progress on stderr as a percentage line, and returns its final state. Ctrl+C sends
 * `runs:cancel` instead of killing the process, so the message says what happened.
 */
export async function runJobInCli(svc: CliServices, request: { kind: RunKind; siteId: string; scenarioId: string; params: Record<string, unknown> }, io: CliIO, quiet: boolean): Promise<RunState> {
  const started = await svc.call('runs:start', request);
  const onSigint = () => void svc.call('runs:cancel', { runId: started.runId }).catch(() => undefined);
  process.once('SIGINT', onSigint);
  let lastShown = '';
  try {
    for (;;) {
      const state = await svc.call('runs:status', { runId: started.runId });
      if (state.status !== 'running' && state.status !== 'queued') return state;
      const line = `${Math.round(state.progress * 100)}% ${state.message}`;
      if (!quiet && line !== lastShown) io.stderr(`${request.kind}: ${line}\n`);
      lastShown = line;
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  } finally {
    process.off('SIGINT', onSigint);
  }
}

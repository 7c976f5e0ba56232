import type { CliIO } from './command';
import { RunManager } from '../runs/run-manager';
import type { JobRequest, RunState } from '../runs/types';

/**
 * Runs a long job the way the app does (a worker thread), printing progress on stderr as a
 * percentage line, and returns its final state. Ctrl+C cancels the job instead of killing the
 * process, so the message says what happened.
 */
export async function runJobInCli(request: JobRequest, scenarioId: string, io: CliIO, quiet: boolean): Promise<RunState> {
  const manager = new RunManager(1);
  const started = manager.start(request, scenarioId, { projectPath: null, history: null, release: () => undefined });
  const onSigint = () => manager.cancel(started.runId);
  process.once('SIGINT', onSigint);
  let lastShown = '';
  const timer = setInterval(() => {
    const s = manager.status(started.runId);
    if (!s || quiet) return;
    const line = `${Math.round(s.progress * 100)}% ${s.message}`;
    if (line !== lastShown) io.stderr(`${request.kind}: ${line}\n`);
    lastShown = line;
  }, 500);
  try {
    const final = await manager.wait(started.runId);
    if (!final) throw new Error('the run vanished');
    return final;
  } finally {
    clearInterval(timer);
    process.off('SIGINT', onSigint);
    await manager.stopAll();
  }
}

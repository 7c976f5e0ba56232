import { create } from 'zustand';
import type { z } from 'zod';
import type { RunStateSchema } from '../../api/schemas/runs';
import type { StargridClient } from '../api/client';
import type { RunKind, RunParams } from './run-settings';

export type RunState = z.infer<typeof RunStateSchema>;

/** How often a running run is asked for its progress; the work itself is in the services' worker threads. */
export const POLL_MS = 300;

type RunsState = {
  /** Runs started in this window, newest last, as last polled. */
  runs: RunState[];
  /** Bumped when a run ends, so the history reloads. */
  finished: number;
  start: (client: StargridClient, request: { kind: RunKind; siteId: string; scenarioId: string; params: RunParams }) => Promise<RunState>;
  cancel: (client: StargridClient, runId: string) => Promise<void>;
  /** Forgets the runs followed so far: another project was opened (its runs are not this project's). */
  reset: () => void;
};

function upsert(runs: readonly RunState[], state: RunState): RunState[] {
  const i = runs.findIndex((r) => r.runId === state.runId);
  return i < 0 ? [...runs, state] : runs.map((r, k) => (k === i ? state : r));
}

/**
 * The runs of this window and their polling. It lives outside any view, so a run keeps being
 * followed while the planner looks elsewhere, and several runs are followed at once.
 */
export const useRuns = create<RunsState>((set, get) => {
  // Bumped by reset: a poll of an earlier project's run stops instead of writing into this one's list.
  let epoch = 0;
  const follow = (client: StargridClient, runId: string) => {
    const mine = epoch;
    const tick = async () => {
      if (mine !== epoch) return;
      let state: RunState;
      try {
        state = await client.runs.status({ runId });
      } catch (error) {
        const old = get().runs.find((r) => r.runId === runId);
        if (!old) return;
        state = { ...old, status: 'failed', error: `lost track of the run: ${error instanceof Error ? error.message : String(error)}`, finishedAt: new Date().toISOString() };
      }
      if (mine !== epoch) return;
      set((s) => ({ runs: upsert(s.runs, state) }));
      if (state.status === 'running' || state.status === 'queued') setTimeout(() => void tick(), POLL_MS);
      else set((s) => ({ finished: s.finished + 1 }));
    };
    setTimeout(() => void tick(), POLL_MS);
  };
  return {
    runs: [],
    finished: 0,
    start: async (client, request) => {
      const state = await client.runs.start(request);
      set((s) => ({ runs: upsert(s.runs, state) }));
      follow(client, state.runId);
      return state;
    },
    cancel: async (client, runId) => {
      await client.runs.cancel({ runId });
      set((s) => ({ runs: s.runs.map((r) => (r.runId === runId && r.status === 'running' ? { ...r, message: 'cancelling…' } : r)) }));
    },
    reset: () => {
      epoch++;
      set((s) => ({ runs: [], finished: s.finished + 1 }));
    },
  };
});

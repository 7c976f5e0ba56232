import { useEffect, useRef, useState } from 'react';
import type { SimulateResponse } from '../../api/schemas/model';
import { useClient } from '../api/context';

export type SimulationState = {
  result: SimulateResponse | null;
  error: string | null;
  /** A request is out; the last result stays on screen until the next one lands. */
  running: boolean;
};

/**
 * Simulates site × scenario in the service process (the UI thread only waits) whenever the key
 * changes; answers to superseded requests are dropped, so fast typing never shows an older result.
 */
export function useSimulation(request: { siteId: string; scenarioId: string; year?: number | undefined } | null, refresh: unknown): SimulationState {
  const client = useClient();
  const [state, setState] = useState<SimulationState>({ result: null, error: null, running: false });
  const sequence = useRef(0);
  const siteId = request?.siteId;
  const scenarioId = request?.scenarioId;
  const year = request?.year;
  useEffect(() => {
    if (!siteId || !scenarioId) return;
    const mine = ++sequence.current;
    setState((s) => ({ ...s, running: true }));
    client.model.simulate({ siteId, scenarioId, hourly: true, ...(year === undefined ? {} : { year }) }).then(
      (result) => mine === sequence.current && setState({ result, error: null, running: false }),
      (error: unknown) => mine === sequence.current && setState((s) => ({ ...s, error: error instanceof Error ? error.message : String(error), running: false })),
    );
  }, [client, siteId, scenarioId, year, refresh]);
  return state;
}

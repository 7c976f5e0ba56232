import { useEffect, useState } from 'react';
import type { FirmCapacityResponse } from '../../api/schemas/firm-capacity';
import { useClient } from '../api/context';

export type FirmCapacityState = { firm: FirmCapacityResponse | null; error: string | null };

/** The firm-capacity waterfall of a site × scenario × year from `firm:capacity` (N+1); stale answers are dropped. */
export function useFirmCapacity(siteId: string | null, scenarioId: string, year: number | undefined, refresh: unknown): FirmCapacityState {
  const client = useClient();
  const [state, setState] = useState<FirmCapacityState>({ firm: null, error: null });
  useEffect(() => {
    if (!siteId) return undefined;
    let live = true;
    client.firm.capacity({ siteId, scenarioId, ...(year === undefined ? {} : { year }) }).then(
      (firm) => live && setState({ firm, error: null }),
      (error: unknown) => live && setState({ firm: null, error: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      live = false;
    };
  }, [client, siteId, scenarioId, year, refresh]);
  return state;
}

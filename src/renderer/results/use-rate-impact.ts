import { useEffect, useState } from 'react';
import { useClient } from '../api/context';

/** The allocator the headline bill change uses: 4CP, ERCOT's transmission allocator and a common one elsewhere. */
export const HEADLINE_METHOD = '4CP' as const;

export type RateImpactState = { billChangeUSDPerMonth: number | null; estimate: boolean; error: string | null; running: boolean };

/**
 * The typical household's monthly bill change for a site × scenario, from the services'
 * rate-impact engine (`rateImpact:site`, 4CP). Stale answers are dropped; an error is kept as text.
 */
export function useRateImpact(siteId: string | null, scenarioId: string, refresh: unknown): RateImpactState {
  const client = useClient();
  const [state, setState] = useState<RateImpactState>({ billChangeUSDPerMonth: null, estimate: false, error: null, running: false });
  useEffect(() => {
    if (!siteId) return undefined;
    let live = true;
    setState((s) => ({ ...s, running: true }));
    client.rateImpact.site({ siteId, scenarioIds: [scenarioId], methods: [HEADLINE_METHOD] }).then(
      (r) => {
        const bill = r.cases[0]?.residential.billChangeUSDPerMonth;
        if (live) setState({ billChangeUSDPerMonth: bill?.value ?? null, estimate: bill?.estimate ?? false, error: null, running: false });
      },
      (error: unknown) => live && setState({ billChangeUSDPerMonth: null, estimate: false, error: error instanceof Error ? error.message : String(error), running: false }),
    );
    return () => {
      live = false;
    };
  }, [client, siteId, scenarioId, refresh]);
  return state;
}

import { useEffect, useState } from 'react';
import { useClient } from '../api/context';
import { HEADLINE_METHOD, headlineBill } from '../rate-impact/household-bill';

export { HEADLINE_METHOD };

export type RateImpactState = { billChangeUSDPerMonth: number | null; estimate: boolean; note: string | null; error: string | null; running: boolean };

/**
 * The typical household's monthly bill change for a site × scenario: the one headline figure
 * (rate-impact/household-bill.ts) from the services' rate-impact engine (`rateImpact:site`, 4CP).
 * Stale answers are dropped; an error is kept as text.
 */
export function useRateImpact(siteId: string | null, scenarioId: string, refresh: unknown): RateImpactState {
  const client = useClient();
  const [state, setState] = useState<RateImpactState>({ billChangeUSDPerMonth: null, estimate: false, note: null, error: null, running: false });
  useEffect(() => {
    if (!siteId) return undefined;
    let live = true;
    setState((s) => ({ ...s, running: true }));
    client.rateImpact.site({ siteId, scenarioIds: [scenarioId], methods: [HEADLINE_METHOD] }).then(
      (r) => {
        const bill = headlineBill(r, scenarioId);
        if (live) setState({ billChangeUSDPerMonth: bill.usdPerMonth, estimate: bill.estimate, note: bill.note, error: null, running: false });
      },
      (error: unknown) => live && setState({ billChangeUSDPerMonth: null, estimate: false, note: null, error: error instanceof Error ? error.message : String(error), running: false }),
    );
    return () => {
      live = false;
    };
  }, [client, siteId, scenarioId, refresh]);
  return state;
}

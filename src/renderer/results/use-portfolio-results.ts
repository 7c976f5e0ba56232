import { useEffect, useState } from 'react';
import type { SimulationSummary } from '../../power-model/simulate';
import { useClient } from '../api/context';
import { HEADLINE_METHOD, headlineBill } from '../rate-impact/household-bill';

export type SiteResult = { status: 'running' } | { status: 'done'; summary: SimulationSummary; billChangeUSDPerMonth: number | null } | { status: 'error'; message: string };

/**
 * Summaries (no hourly series) and the headline household bill change (rate-impact/household-bill.ts) of each site under its scenario, one request after another so the
 * service process answers the first rows while it works on the rest; rows fill in as they land.
 */
export function usePortfolioResults(plan: readonly { siteId: string; scenarioId: string }[], refresh: unknown): Record<string, SiteResult> {
  const client = useClient();
  const [results, setResults] = useState<Record<string, SiteResult>>({});
  const key = plan.map((p) => `${p.siteId}:${p.scenarioId}`).join(',');
  useEffect(() => {
    let live = true;
    setResults((r) => Object.fromEntries(plan.map((p) => [p.siteId, r[p.siteId] ?? { status: 'running' }])));
    void (async () => {
      for (const p of plan) {
        if (!live) return;
        let next: SiteResult;
        try {
          const { summary } = await client.model.simulate({ siteId: p.siteId, scenarioId: p.scenarioId, hourly: false });
          // A site whose host utility the rate model cannot describe still shows its cost and CO2.
          const bill = await client.rateImpact.site({ siteId: p.siteId, scenarioIds: [p.scenarioId], methods: [HEADLINE_METHOD] }).then(
            (r) => headlineBill(r, p.scenarioId).usdPerMonth,
            () => null,
          );
          next = { status: 'done', summary, billChangeUSDPerMonth: bill };
        } catch (error) {
          next = { status: 'error', message: error instanceof Error ? error.message : String(error) };
        }
        if (live) setResults((r) => ({ ...r, [p.siteId]: next }));
      }
    })();
    return () => {
      live = false;
    };
  }, [client, key, refresh]);
  return results;
}

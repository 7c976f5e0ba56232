import { useEffect, useState } from 'react';
import type { ResponseOf } from '../../api/channels';
import { portfolioBillRequest, portfolioSummaryRequest } from '../../api/first-paint';
import type { SimulationSummary } from '../../power-model/simulate';
import { useClient } from '../api/context';
import { useInitialAnswers, type AnswerLookup } from '../api/initial-answers';
import { headlineBill } from '../rate-impact/household-bill';

export type SiteResult = { status: 'running' } | { status: 'done'; summary: SimulationSummary; billChangeUSDPerMonth: number | null } | { status: 'error'; message: string };

type Plan = readonly { siteId: string; scenarioId: string }[];

/**
 * The rows whose summary and bill are already at hand (the server's answers in the page, or on
 * the server itself), for the first render: the same rows the server drew, without a "…" frame.
 */
export function initialResults(plan: Plan, lookup: AnswerLookup): Record<string, SiteResult> {
  const results: Record<string, SiteResult> = {};
  for (const p of plan) {
    const simulated = lookup<ResponseOf<'model:simulate'>>('model:simulate', portfolioSummaryRequest(p.siteId, p.scenarioId));
    const bill = lookup<ResponseOf<'rateImpact:site'>>('rateImpact:site', portfolioBillRequest(p.siteId, p.scenarioId));
    if (simulated && bill) results[p.siteId] = { status: 'done', summary: simulated.summary, billChangeUSDPerMonth: headlineBill(bill, p.scenarioId).usdPerMonth };
  }
  return results;
}

/**
 * Summaries (no hourly series) and the headline household bill change (rate-impact/household-bill.ts) of each site under its scenario, one request after another so the
 * service process answers the first rows while it works on the rest; rows fill in as they land.
 */
export function usePortfolioResults(plan: Plan, refresh: unknown): Record<string, SiteResult> {
  const client = useClient();
  const lookup = useInitialAnswers();
  const [results, setResults] = useState<Record<string, SiteResult>>(() => initialResults(plan, lookup));
  const key = plan.map((p) => `${p.siteId}:${p.scenarioId}`).join(',');
  useEffect(() => {
    let live = true;
    setResults((r) => Object.fromEntries(plan.map((p) => [p.siteId, r[p.siteId] ?? { status: 'running' }])));
    void (async () => {
      for (const p of plan) {
        if (!live) return;
        let next: SiteResult;
        try {
          const { summary } = await client.model.simulate(portfolioSummaryRequest(p.siteId, p.scenarioId));
          // A site whose host utility the rate model cannot describe still shows its cost and CO2.
          const bill = await client.rateImpact.site(portfolioBillRequest(p.siteId, p.scenarioId)).then(
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

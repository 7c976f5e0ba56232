import { useEffect, useState } from 'react';
import type { RunRecord } from '../../api/schemas/project';
import type { SimulateResponse } from '../../api/schemas/model';
import type { Site } from '../../api/schemas/site';
import type { SiteRateImpactResponse } from '../../api/schemas/site-rate-impact';
import { HEADLINE_METHOD, headlineBill } from '../rate-impact/household-bill';
import { useClient } from '../api/context';
import { ErrorState, Loading } from '../components/States';
import { scenarioFor, useSelection } from '../state/selection';
import { PortfolioReport, type PortfolioRow } from './PortfolioReport';
import type { ReportTarget } from './report-route';
import { SiteReport } from './SiteReport';
import './report.css';

type Loaded =
  | { kind: 'site'; site: Site; result: SimulateResponse; scenarioName: string; rate: SiteRateImpactResponse | string; optimizer: RunRecord[] }
  | { kind: 'portfolio'; rows: PortfolioRow[]; optimizer: RunRecord[] };

/** Tells a printing shell (Electron's printToPDF) that every figure and chart is on the page. */
function markReady(ready: boolean): void {
  if (ready) document.body.dataset.reportReady = 'true';
  else delete document.body.dataset.reportReady;
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * A printable report of a site or the portfolio: summary figures, supply, charts with their
 * legends, rate impact, the optimizer's mixes and the sources. Web mode prints it with the
 * browser's print (Save as PDF); the desktop shell prints the same route with printToPDF. In the
 * portfolio a site that cannot be simulated is reported as such and the rest still render.
 */
export function ReportView(props: { target: ReportTarget; onClose: () => void }) {
  const client = useClient();
  const scenarioBySite = useSelection((s) => s.scenarioBySite);
  const [state, setState] = useState<{ status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; data: Loaded }>({ status: 'loading' });
  const target = props.target;

  useEffect(() => {
    let live = true;
    markReady(false);
    void (async () => {
      try {
        const [{ scenarios }, runs] = await Promise.all([client.scenarios.list({}), client.runs.list({}).then((r) => r.runs, () => [] as RunRecord[])]);
        const nameOf = (id: string) => scenarios.find((s) => s.id === id)?.name ?? id;
        let data: Loaded;
        if (target.kind === 'site') {
          const [{ site }, result] = await Promise.all([client.sites.get({ id: target.siteId }), client.model.simulate({ siteId: target.siteId, scenarioId: target.scenarioId, hourly: true })]);
          const scenarioIds = [...new Set(['grid-only', target.scenarioId, 'hybrid', 'islanded'])];
          const rate = await client.rateImpact.site({ siteId: target.siteId, scenarioIds }).catch(message);
          data = { kind: 'site', site, result, scenarioName: nameOf(target.scenarioId), rate, optimizer: runs.filter((r) => r.siteId === target.siteId) };
        } else {
          const { sites } = await client.sites.list({});
          const rows = await Promise.all(
            sites.map(async (s): Promise<PortfolioRow> => {
              const scenarioId = scenarioFor(scenarioBySite, s.id, target.scenarioId);
              const { site } = await client.sites.get({ id: s.id });
              const [sim, rate] = await Promise.all([
                client.model.simulate({ siteId: s.id, scenarioId, hourly: false }).then((r) => ({ summary: r.summary, error: null }), (e: unknown) => ({ summary: null, error: message(e) })),
                client.rateImpact.site({ siteId: s.id, scenarioIds: [scenarioId], methods: [HEADLINE_METHOD] }).then(
                  (r) => {
                    // The one household figure every view shows (rate-impact/household-bill.ts).
                    const bill = headlineBill(r, scenarioId);
                    return bill.usdPerMonth === null && bill.year === null ? bill.note : { usdPerMonth: bill.usdPerMonth, estimate: bill.estimate, method: HEADLINE_METHOD };
                  },
                  (e: unknown) => message(e),
                ),
              ]);
              return { site, scenarioName: nameOf(scenarioId), ...sim, bill: rate };
            }),
          );
          data = { kind: 'portfolio', rows, optimizer: runs };
        }
        if (live) setState({ status: 'ready', data });
      } catch (error) {
        if (live) setState({ status: 'error', message: message(error) });
      }
    })();
    return () => {
      live = false;
      markReady(false);
    };
  }, [client, target.kind, target.kind === 'site' ? target.siteId : '', target.scenarioId]);

  useEffect(() => {
    if (state.status !== 'ready') return;
    document.title = state.data.kind === 'site' ? `Stargrid report — ${state.data.site.name}` : 'Stargrid report — portfolio';
    // Charts draw in the effect after this render; mark ready on the next frame.
    const id = requestAnimationFrame(() => markReady(true));
    return () => cancelAnimationFrame(id);
  }, [state]);

  return (
    <article className="report" aria-label="Report">
      <div className="report-actions">
        <button type="button" className="primary" onClick={() => window.print()} disabled={state.status !== 'ready'}>
          Print / Save as PDF
        </button>
        <button type="button" onClick={props.onClose}>
          Close report
        </button>
      </div>
      {state.status === 'loading' ? <Loading what="the report" /> : null}
      {state.status === 'error' ? <ErrorState message={state.message} /> : null}
      {state.status === 'ready' && state.data.kind === 'site' ? <SiteReport {...state.data} /> : null}
      {state.status === 'ready' && state.data.kind === 'portfolio' ? <PortfolioReport rows={state.data.rows} optimizer={state.data.optimizer} /> : null}
    </article>
  );
}

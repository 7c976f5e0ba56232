import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import type { ResponseOf, SiteSummary } from '../../../src/api/channels';
import { answerKey, portfolioBillRequest, portfolioSummaryRequest, type FirstPaintAnswers } from '../../../src/api/first-paint';
import type { SiteRateImpactResponse } from '../../../src/api/schemas/site-rate-impact';
import { renderFirstPaint } from '../../../src/renderer/first-paint/render';
import { summaryFixture } from '../summary-fixture';

const site = (id: string, facilityMW: number, stargate = true): SiteSummary => ({
  id,
  name: `Site ${id}`,
  state: 'TX',
  gridOperator: 'ERCOT',
  stargate,
  status: 'planned',
  itMW: facilityMW / 1.2,
  facilityMW,
  firstYear: 2027,
  lastYear: 2028,
});

const SITES: ResponseOf<'sites:list'> = { sites: [site('small', 1000), site('big', 2000), site('other', 3000, false)] };
const SCENARIOS: ResponseOf<'scenarios:list'> = { scenarios: [{ id: 'hybrid', name: 'Hybrid', siteId: null, builtIn: true }] };
/** A host utility the rate model has no case for: the headline bill is then absent (shown as a dash). */
const NO_BILL = { siteId: 'big', cases: [] } as unknown as SiteRateImpactResponse;

/** The server's markup parsed as a browser would (happy-dom's own window; this test's globals stay Node's, as the server's do). */
function parse(html: string) {
  const window = new Window();
  window.document.body.innerHTML = html;
  return window.document;
}

function cellsOf(doc: ReturnType<typeof parse>, siteId: string): Record<string, string> {
  const row = doc.querySelector(`tr[data-site-id="${siteId}"]`);
  if (!row) throw new Error(`no row for ${siteId}`);
  return Object.fromEntries([...row.querySelectorAll('td[data-col]')].map((td) => [td.getAttribute('data-col') ?? '', td.textContent ?? '']));
}

describe('the server render of the first portfolio rows', () => {
  it('draws each Stargate site as a row, largest first, with the figures of the answers it was given and "…" for the rest', () => {
    const answers: FirstPaintAnswers = {
      [answerKey('sites:list', {})]: SITES,
      [answerKey('scenarios:list', {})]: SCENARIOS,
      [answerKey('model:simulate', portfolioSummaryRequest('big'))]: { summary: summaryFixture({ siteId: 'big', servedShare: 0.98765, lcoeUSDPerMWh: 73.3, year: 2028 }) },
      [answerKey('rateImpact:site', portfolioBillRequest('big'))]: NO_BILL,
    };
    const doc = parse(renderFirstPaint(answers));
    // Default sort: facility MW, descending; the default set leaves out the site not branded Stargate.
    expect([...doc.querySelectorAll('tr[data-site-id]')].map((r) => r.getAttribute('data-site-id'))).toEqual(['big', 'small']);
    // By hand: 0.98765 → 98.765% → two decimals 98.77%; 73.3 to three significant figures.
    expect(cellsOf(doc, 'big')).toMatchObject({ year: '2028', served: '98.77%', lcoe: 'USD 73.3/MWh', 'bill-change': '—' });
    expect(cellsOf(doc, 'small')).toMatchObject({ year: '…', served: '…', lcoe: '…', 'bill-change': '…' });
    expect(doc.querySelector('[role="status"]')?.textContent).toBe('Simulating 1 more site(s)…');
    // The whole app as the page's first render draws it (main.tsx hydrates it): the sidebar, the
    // project bar (no project answer given here) and the toolbar, theme as the server knows it.
    expect(doc.querySelector('nav.sidebar a[aria-current="page"]')?.textContent).toBe('Portfolio');
    expect(doc.querySelector('.project-name')?.textContent).toBe('No project open');
    expect(doc.querySelector('[role="toolbar"] button[aria-label^="Theme"]')?.textContent).toBe('Theme: system');
  });

  it('draws the open project in the project bar from the app:info answer, as the page does', () => {
    const info = { name: 'Stargrid', version: '0.1.0', mode: 'web', versions: {}, dataSources: [], project: { id: 'p', path: '/tmp/plan.stargrid', name: 'plan', createdAt: '2026-01-01', schemaVersion: 8, siteCount: 3, scenarioCount: 1, readOnly: false } };
    const doc = parse(renderFirstPaint({ [answerKey('app:info', {})]: info, [answerKey('sites:list', {})]: SITES, [answerKey('scenarios:list', {})]: SCENARIOS }));
    expect(doc.querySelector('.project-name')?.textContent).toBe('plan — 3 sites');
    expect(doc.querySelectorAll('tr[data-site-id]')).toHaveLength(2);
  });

  it('shows the loading state, and no rows, without the site list', () => {
    const doc = parse(renderFirstPaint({}));
    expect(doc.querySelectorAll('tr[data-site-id]')).toHaveLength(0);
    expect(doc.body.textContent).toContain('Loading sites');
  });
});

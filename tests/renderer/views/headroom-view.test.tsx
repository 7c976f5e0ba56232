// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bundledSystemLoad } from '../../../src/main/data/load-grid-tariffs';
import { allYearsHeadroom, prepareHeadroom } from '../../../src/power-model/headroom/analyse';
import { ClientProvider } from '../../../src/renderer/api/context';
import { HeadroomView } from '../../../src/renderer/views/HeadroomView';
import { SYNTHETIC_HEADROOM, syntheticSystemLoadCsv } from '../../fixtures/headroom/synthetic-system-load';
import { makeTempDir } from '../../helpers/temp-dir';
import { inProcessClient } from '../workbench-client';

let tmp: ReturnType<typeof makeTempDir>;
beforeEach(() => {
  tmp = makeTempDir('stargrid-headroom-view-');
});
afterEach(() => {
  cleanup();
  tmp.cleanup();
});

const table = () => screen.findByRole('table', { name: 'Headroom of the shipped systems' }, { timeout: 60_000 });
const cellSum = (svg: Element) => [...svg.querySelectorAll('rect.heat-cell')].reduce((a, r) => a + Number(r.getAttribute('data-count')), 0);
const heatMap = () => waitFor(() => { const svg = document.querySelector('figure.headroom-heat svg'); if (!svg) throw new Error('no heat map yet'); return svg; }, { timeout: 60_000 });

describe('the Grid headroom view', () => {
  it('tabulates the five shipped systems and maps every curtailed hour of the chosen one', async () => {
    render(
      <ClientProvider client={inProcessClient(tmp.dir)}>
        <HeadroomView />
      </ClientProvider>,
    );
    const rows = within(await table()).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.getAttribute('data-system'))).toEqual(['ERCO', 'PJM', 'MISO', 'SWPP', 'EPE']);
    // The table shows what the engine finds on the shipped ERCOT file at 0.5 % (≈ 8.4 GW, data/system-load/README.md), in GW.
    const engine = allYearsHeadroom(prepareHeadroom(bundledSystemLoad('ERCO') ?? (undefined as never)), 0.5);
    expect(rows[0]?.querySelector('td[data-pct="0.5"]')?.textContent).toBe((engine.headroomMW / 1000).toPrecision(3));
    expect(rows[1]?.querySelector('td[data-published]')?.textContent).toBe('17.8');
    // The 288 cells add up to the curtailed hours of the whole series: hours a year × 43,848 / 8,766 years.
    const svg = await heatMap();
    expect(cellSum(svg)).toBe(Math.round((engine.curtailedHoursPerYear * 43_848) / 8766));
    expect(screen.getByRole('group', { name: 'Curtailment limit' })).toBeTruthy();
  });

  it('reads a user’s CSV and maps its curtailed hours as worked by hand (tests/fixtures/headroom)', async () => {
    render(
      <ClientProvider client={inProcessClient(tmp.dir)}>
        <HeadroomView />
      </ClientProvider>,
    );
    await table();
    const input = screen.getByLabelText<HTMLInputElement>('Your own system load (CSV)');
    fireEvent.change(input, { target: { files: [new File([syntheticSystemLoadCsv()], 'mine.csv', { type: 'text/csv' })] } });
    await waitFor(() => expect((screen.getByLabelText('System') as HTMLSelectElement).value).toBe('file'), { timeout: 30_000 });
    // 5.08462 MW = 0.00508 GW; all 2,664 winter hours and the summer peak are curtailed, December 43 days × 24 h of them.
    await waitFor(() => expect(document.querySelector('dl.headroom-figures dd')?.textContent).toBe(`${(SYNTHETIC_HEADROOM.allYearsMW / 1000).toPrecision(3)} GW`), { timeout: 60_000 });
    const svg = await heatMap();
    await waitFor(() => expect(cellSum(svg)).toBe(SYNTHETIC_HEADROOM.allYearsCurtailedHours), { timeout: 30_000 });
    expect(svg.querySelector('g[data-month="11"] .heat-total')?.textContent).toBe('1,032');
  });

  it('fills the whole table from one batch request', async () => {
    const client = inProcessClient(tmp.dir);
    const asked: string[] = [];
    const counted = { ...client, headroom: { ...client.headroom, system: (r: Parameters<typeof client.headroom.system>[0]) => (asked.push('system'), client.headroom.system(r)), systems: (r: Parameters<typeof client.headroom.systems>[0]) => (asked.push('systems'), client.headroom.systems(r)) } };
    render(
      <ClientProvider client={counted}>
        <HeadroomView />
      </ClientProvider>,
    );
    expect(within(await table()).getAllByRole('row').slice(1)).toHaveLength(5);
    await heatMap();
    // One request for the table and one for the chosen system's figures and charts (there were 21).
    expect(asked.sort()).toEqual(['system', 'systems']);
  });

  it('offers the system load attached to a site of the project, and shows its headroom', async () => {
    const client = inProcessClient(tmp.dir);
    await client.import.systemLoad({ text: syntheticSystemLoadCsv(), fileName: 'abilene-host.csv', attachTo: 'abilene' });
    render(
      <ClientProvider client={client}>
        <HeadroomView />
      </ClientProvider>,
    );
    await table();
    const picker = screen.getByLabelText<HTMLSelectElement>('System');
    await waitFor(() => expect([...picker.options].map((o) => o.value)).toContain('site:abilene'), { timeout: 30_000 });
    expect([...picker.options].find((o) => o.value === 'site:abilene')?.textContent).toMatch(/Abilene.*: abilene-host\.csv/);
    fireEvent.change(picker, { target: { value: 'site:abilene' } });
    // Read on ERCOT's clock as the model reads it: the service's answer for the same file with ba ERCO.
    const expected = await client.headroom.system({ text: syntheticSystemLoadCsv(), fileName: 'abilene-host.csv', ba: 'ERCO', curtailmentPct: 0.5 });
    await waitFor(() => expect(document.querySelector('dl.headroom-figures dd')?.textContent).toBe(`${(expected.headroomMW / 1000).toPrecision(3)} GW`), { timeout: 60_000 });
    // No shipped row is marked as the one shown.
    expect(document.querySelector('table[aria-label="Headroom of the shipped systems"] tr[aria-selected="true"]')).toBeNull();
  });
});

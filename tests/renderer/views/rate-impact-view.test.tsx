// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ClientProvider } from '../../../src/renderer/api/context';
import { useSelection } from '../../../src/renderer/state/selection';
import { RateImpactView } from '../../../src/renderer/views/RateImpactView';
import { makeTempDir } from '../../helpers/temp-dir';
import { inProcessClient } from '../workbench-client';

let tmp: ReturnType<typeof makeTempDir>;
beforeEach(() => {
  tmp = makeTempDir('stargrid-rate-view-');
  useSelection.setState({ scenarioBySite: {}, compareBySite: {} });
});
afterEach(() => {
  cleanup();
  tmp.cleanup();
});

function renderView(siteId: string) {
  render(
    <ClientProvider client={inProcessClient(tmp.dir)}>
      <RateImpactView siteId={siteId} onSelectSite={() => undefined} />
    </ClientProvider>,
  );
}

const headline = () => screen.findByRole('table', { name: 'Household bill change' }, { timeout: 30_000 });

describe('the Rate impact view', () => {
  it('shows the household bill change of three supply plans under two allocation methods', async () => {
    renderView('abilene');
    const table = await headline();
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.getAttribute('data-scenario'))).toEqual(['grid-only', 'hybrid', 'islanded']);
    for (const row of rows) {
      const cells = row.querySelectorAll('td.headline-cell');
      expect([...cells].map((c) => c.getAttribute('data-method'))).toEqual(['4CP', 'average-and-excess']);
      for (const c of cells) expect(c.querySelector('button')?.textContent).toMatch(/^[+−±]USD \d+\.\d\d\/month$/);
    }
    // Islanded supply takes nothing from the utility, so no household's bill moves.
    expect([...rows[2]!.querySelectorAll('td.headline-cell button')].map((b) => b.textContent)).toEqual(['±USD 0.00/month', '±USD 0.00/month']);
    // The host-utility inputs are editable fields holding the file's figures: Abilene's household uses 1,096 kWh a month.
    const kwh = await screen.findByLabelText<HTMLInputElement>('utility.typicalResidentialKWhPerMonth value', undefined, { timeout: 30_000 });
    expect(kwh.value).toBe('1096');
    expect(screen.queryByText(/not available yet/)).toBeNull();
  });

  it('adds the scenario the site is shown under elsewhere as a fourth row', async () => {
    useSelection.setState({ scenarioBySite: { abilene: 'btm-gas' } });
    renderView('abilene');
    const table = await headline();
    expect([...table.querySelectorAll('tbody tr')].map((r) => r.getAttribute('data-scenario'))).toEqual(['grid-only', 'hybrid', 'islanded', 'btm-gas']);
  });

  it('opens the formula, inputs and source of a clicked bill change', async () => {
    renderView('abilene');
    const table = await headline();
    fireEvent.click(table.querySelector('tr[data-scenario="grid-only"] td.headline-cell button') as HTMLElement);
    const panel = await screen.findByRole('complementary', { name: 'Formula' });
    expect(panel.textContent).toContain('residential.billChangeUSDPerMonth');
    expect(panel.textContent).toContain('Formula:');
    const inputs = within(panel).getByRole('table', { name: 'Inputs of the formula' });
    expect(inputs.textContent).toContain('residential.typicalResidentialKWhPerMonth');
    // Abilene's household uses 1,096 kWh a month (the host file's Texas average).
    expect(inputs.textContent).toContain('1096');
  });

  it('asks the engine for the method picked in place of 4CP', async () => {
    renderView('abilene');
    await headline();
    fireEvent.change(screen.getByLabelText('Allocation method 1'), { target: { value: '12CP' } });
    await waitFor(() => expect(document.querySelector('td.headline-cell[data-method="12CP"]')).not.toBeNull(), { timeout: 30_000 });
    expect(document.querySelector('td.headline-cell[data-method="4CP"]')).toBeNull();
  });

  it('says so when a site has no host-utility data', async () => {
    const client = inProcessClient(tmp.dir);
    const abilene = (await client.sites.get({ id: 'abilene' })).site;
    await client.sites.save({ site: { ...abilene, id: 'no-host', name: 'No host utility' } });
    render(
      <ClientProvider client={client}>
        <RateImpactView siteId="no-host" onSelectSite={() => undefined} />
      </ClientProvider>,
    );
    const alert = await screen.findByRole('alert', {}, { timeout: 30_000 });
    expect(alert.textContent).toContain('no host-utility data for site "no-host"');
  });
});

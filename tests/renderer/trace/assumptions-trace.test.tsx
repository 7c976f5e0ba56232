// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AssumptionRow } from '../../../src/api/schemas/assumptions';
import { ClientProvider } from '../../../src/renderer/api/context';
import { formulaInputs, showFormula, useTrace } from '../../../src/renderer/trace/trace';
import { AssumptionsView } from '../../../src/renderer/views/AssumptionsView';
import { makeTempDir } from '../../helpers/temp-dir';
import { inProcessClient } from '../workbench-client';

let tmp: ReturnType<typeof makeTempDir>;
beforeEach(() => {
  tmp = makeTempDir('stargrid-trace-');
  useTrace.setState({ target: null });
});
afterEach(() => {
  cleanup();
  tmp.cleanup();
});

const row = (name: string, dependsOn: string[] = []): AssumptionRow => ({ name, kind: dependsOn.length ? 'formula' : 'input', description: '', unit: '', value: 1, defaultValue: 1, expr: dependsOn.length ? dependsOn.join(' + ') : null, defaultExpr: null, dependsOn, source: null, estimate: false, override: null });

describe('click a number, see its formula', () => {
  it('finds a row and the rows its formula reads, in the formula’s order', () => {
    const rows = [row('b'), row('a'), row('sum', ['a', 'b'])];
    expect(formulaInputs(rows, 'sum')?.inputs.map((r) => r.name)).toEqual(['a', 'b']);
    expect(formulaInputs(rows, 'missing')).toBeNull();
  });

  it('sends the Assumptions view to the clicked row', () => {
    showFormula({ siteId: 'abilene', scenarioId: 'grid-only', row: 'lcoeUSDPerMWh' });
    expect(window.location.hash).toBe('#/assumptions');
    expect(useTrace.getState().target).toEqual({ siteId: 'abilene', scenarioId: 'grid-only', row: 'lcoeUSDPerMWh' });
  });

  it('opens the sheet of the clicked site and scenario at the row, with its formula, inputs and source', async () => {
    useTrace.setState({ target: { siteId: 'lordstown', scenarioId: 'grid-only', row: 'lcoeUSDPerMWh' } });
    render(
      <ClientProvider client={inProcessClient(tmp.dir)}>
        <AssumptionsView siteId="abilene" onSelectSite={() => undefined} />
      </ClientProvider>,
    );
    const panel = await screen.findByRole('complementary', { name: 'Formula' }, { timeout: 30_000 });
    expect(screen.getByLabelText<HTMLSelectElement>('Site').value).toBe('lordstown');
    expect(panel.textContent).toContain('lcoeUSDPerMWh');
    expect(panel.querySelector('.formula-text')?.textContent).toMatch(/annualCostUSDPerYear/);
    const inputs = within(panel).getByRole('table', { name: 'Inputs of the formula' });
    expect(inputs.textContent).toContain('annualCostUSDPerYear');
    expect(document.querySelector('tr.row-traced')?.getAttribute('data-row')).toBe('lcoeUSDPerMWh');
    // The shown value is the sheet row's own value.
    const sheetValue = Number(document.querySelector('tr[data-row="lcoeUSDPerMWh"] td.num')?.getAttribute('data-value'));
    expect(panel.querySelector('[data-trace-value]')?.textContent).toContain(sheetValue.toFixed(1).replace(/\.0$/, ''));

    fireEvent.click(within(inputs).getByRole('button', { name: 'annualCostUSDPerYear' }));
    await waitFor(() => expect(document.querySelector('tr.row-traced')?.getAttribute('data-row')).toBe('annualCostUSDPerYear'));
    fireEvent.click(within(screen.getByRole('complementary', { name: 'Formula' })).getByRole('button', { name: 'Close' }));
    expect(useTrace.getState().target).toBeNull();
  });
});

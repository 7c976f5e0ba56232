// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ClientProvider } from '../../../src/renderer/api/context';
import { useSelection } from '../../../src/renderer/state/selection';
import { useUndo } from '../../../src/renderer/state/undo';
import { SiteWorkbench } from '../../../src/renderer/views/site/SiteWorkbench';
import { makeTempDir } from '../../helpers/temp-dir';
import { inProcessClient } from '../workbench-client';

let tmp: ReturnType<typeof makeTempDir>;
beforeEach(() => {
  tmp = makeTempDir('stargrid-renderer-');
  useUndo.setState({ past: [], future: [], error: null, busy: false });
  useSelection.setState({ scenarioBySite: {}, compareBySite: {} });
});
afterEach(() => {
  cleanup();
  tmp.cleanup();
});

function renderWorkbench() {
  render(
    <ClientProvider client={inProcessClient(tmp.dir)}>
      <SiteWorkbench siteId="lordstown" onBack={() => undefined} onEdit={() => undefined} />
    </ClientProvider>,
  );
}

const lcoe = () => document.querySelector('[data-figure="lcoe"] .total-value')?.textContent ?? '';

/** Waits for the first result and for the supply inputs, which fill from it. */
async function ready(): Promise<void> {
  await waitFor(() => expect(lcoe()).toMatch(/^USD \d/), { timeout: 20_000 });
  await waitFor(() => expect(screen.getByLabelText<HTMLInputElement>(/BTM gas capacity/).disabled).toBe(false));
}

describe('the Site workbench', () => {
  it('draws the firm-capacity waterfall of a scenario with on-site gas, from firm:capacity', async () => {
    useSelection.setState({ scenarioBySite: { lordstown: 'btm-gas' }, compareBySite: {} });
    renderWorkbench();
    const figure = await screen.findByRole('figure', { name: /Firm on-site capacity on the hot day \(N\+1\)/ }, { timeout: 30_000 });
    for (const label of ['Nameplate', 'N+1 out', 'Firm']) expect(figure.textContent).toContain(label);
    expect(figure.textContent).toMatch(/Heat, \d+\.\d °C/);
  });

  it('shows an inline error for a negative battery power and saves no scenario', async () => {
    renderWorkbench();
    await ready();
    fireEvent.change(screen.getByLabelText(/Battery power/), { target: { value: '-5' } });
    await waitFor(() => expect(document.getElementById('supply-batteryMW-error')?.textContent).toBe('must be ≥ 0'), { timeout: 5000 });
    expect(screen.getByLabelText(/Battery power/).getAttribute('aria-invalid')).toBe('true');
    expect(useUndo.getState().past).toHaveLength(0);
  });

  it('re-runs the model when gas capacity is typed, records the edit, and undo restores the scenario', async () => {
    renderWorkbench();
    await ready();
    const before = lcoe();
    fireEvent.change(screen.getByLabelText(/BTM gas capacity/), { target: { value: '0' } });
    await waitFor(() => expect(useSelection.getState().scenarioBySite.lordstown).toBe('lordstown-edited'), { timeout: 5000 });
    await waitFor(() => expect(lcoe()).not.toBe(before), { timeout: 20_000 });
    expect(useUndo.getState().past.map((e) => e.label)).toEqual([expect.stringContaining('change the supply of')]);
    await useUndo.getState().undo();
    expect(useSelection.getState().scenarioBySite.lordstown).toBe('hybrid');
    await waitFor(() => expect(lcoe()).toBe(before), { timeout: 20_000 });
  });
});

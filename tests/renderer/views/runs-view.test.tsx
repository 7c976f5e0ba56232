// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ClientProvider } from '../../../src/renderer/api/context';
import { useRuns } from '../../../src/renderer/runs/use-runs';
import { RunsView } from '../../../src/renderer/views/RunsView';
import { makeTempDir } from '../../helpers/temp-dir';
import { startWebApp, type WebApp } from '../../e2e/support/web-server';
import { httpClient } from '../http-client';

let tmp: ReturnType<typeof makeTempDir>;
let app: WebApp;
beforeAll(async () => {
  tmp = makeTempDir('stargrid-runs-view-');
  app = await startWebApp(join(tmp.dir, 'runs.stargrid'), tmp.dir);
}, 60_000);
afterAll(async () => {
  await app?.stop();
  tmp?.cleanup();
});
beforeEach(() => useRuns.setState({ runs: [], finished: 0 }));
afterEach(async () => {
  cleanup();
  // The next test starts from no run in flight.
  await waitFor(() => expect(useRuns.getState().runs.every((r) => r.status !== 'running')).toBe(true), { timeout: 60_000 });
});

function renderView() {
  render(
    <ClientProvider client={httpClient(app)}>
      <RunsView siteId="abilene" onSelectSite={() => undefined} />
    </ClientProvider>,
  );
}

const card = () => document.querySelector('article.run-card');

describe('the Runs view', () => {
  it('shows a setting out of range on its field and starts nothing', async () => {
    renderView();
    fireEvent.click(await screen.findByLabelText('Monte Carlo reliability'));
    fireEvent.change(screen.getByLabelText('Simulated years'), { target: { value: '0' } });
    expect(document.getElementById('run-years-error')?.textContent).toBe('must be ≥ 1');
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Start run' }).disabled).toBe(true);
    expect(useRuns.getState().runs).toEqual([]);
  });

  it('runs a sensitivity study in a worker, shows its progress, then its tornado and the history', async () => {
    renderView();
    fireEvent.click(await screen.findByLabelText('Sensitivity (tornado)'));
    await waitFor(() => expect(screen.getByLabelText<HTMLSelectElement>('Scenario').value).toBe('hybrid'));
    fireEvent.click(screen.getByRole('button', { name: 'Start run' }));
    await waitFor(() => expect(card()?.getAttribute('data-status')).toBe('running'), { timeout: 60_000 });
    expect(card()?.querySelector('[role="progressbar"]')).not.toBeNull();
    await waitFor(() => expect(card()?.getAttribute('data-status')).toBe('done'), { timeout: 60_000 });
    const tornado = card()?.querySelector('figure.tornado');
    expect(tornado?.getAttribute('aria-label')).toBe('Tornado: LCOE');
    expect(tornado?.querySelectorAll('g[data-bar]').length).toBeGreaterThan(4);
    await waitFor(() => expect(document.querySelector('table[aria-label="Run history"] tr[data-status="done"]')).not.toBeNull(), { timeout: 60_000 });
  });

  it('cancels a long Monte Carlo, and the history records it as cancelled', async () => {
    renderView();
    fireEvent.click(await screen.findByLabelText('Monte Carlo reliability'));
    fireEvent.change(screen.getByLabelText('Simulated years'), { target: { value: '100000' } });
    fireEvent.click(screen.getByRole('button', { name: 'Start run' }));
    await waitFor(() => expect(card()?.getAttribute('data-status')).toBe('running'), { timeout: 60_000 });
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(card()?.getAttribute('data-status')).toBe('cancelled'), { timeout: 60_000 });
    // The card carries the run's id (a UUID) and its row number in the project's history.
    const historyId = card()?.getAttribute('data-history-id');
    expect(historyId).toMatch(/^\d+$/);
    await waitFor(() => expect(document.querySelector(`table[aria-label="Run history"] tr[data-run-id="${historyId}"]`)?.getAttribute('data-status')).toBe('cancelled'), { timeout: 60_000 });
  });
});

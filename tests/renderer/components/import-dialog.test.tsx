// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ClientProvider } from '../../../src/renderer/api/context';
import { ImportDialog } from '../../../src/renderer/components/ImportDialog';
import { makeTempDir } from '../../helpers/temp-dir';
import { useUndo } from '../../../src/renderer/state/undo';
import { inProcessClient } from '../workbench-client';

const fixtures = join(import.meta.dirname, '..', '..', 'fixtures', 'import');
let tmp: ReturnType<typeof makeTempDir>;
beforeEach(() => (tmp = makeTempDir('stargrid-import-')));
afterEach(() => {
  cleanup();
  tmp.cleanup();
});

async function choose(kind: string, path: string, client = inProcessClient(tmp.dir), attachTo?: string) {
  render(
    <ClientProvider client={client}>
      <ImportDialog onClose={() => undefined} onImported={() => undefined} />
    </ClientProvider>,
  );
  fireEvent.change(screen.getByLabelText('What the file holds'), { target: { value: kind } });
  if (attachTo) {
    const select = screen.getByLabelText<HTMLSelectElement>('Attach to site');
    await waitFor(() => expect(select.querySelector(`option[value="${attachTo}"]`)).not.toBeNull());
    fireEvent.change(select, { target: { value: attachTo } });
  }
  const file = new File([readFileSync(path, 'utf8')], path.split('/').at(-1) ?? 'file', { type: 'text/csv' });
  fireEvent.change(screen.getByLabelText('File'), { target: { files: [file] } });
  fireEvent.click(screen.getByRole('button', { name: 'Import' }));
}

describe('the import dialog', () => {
  it('shows the importer’s line and column for a malformed load CSV', async () => {
    await choose('load', join(fixtures, 'load', 'text-in-number.csv'));
    const alert = await screen.findByRole('alert', {}, { timeout: 60_000 });
    expect(alert.textContent).toMatch(/^text-in-number\.csv: /);
    // 'abc' is on physical line 18 of the fixture (grep -n abc text-in-number.csv).
    expect(alert.textContent).toMatch(/line 18\b/);
    expect(alert.textContent).toMatch(/column/i);
  });

  it('summarizes a good 8760-hour load file', async () => {
    await choose('load', join(fixtures, 'load', 'load-mw-8760.csv'));
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/^Read 8760 hours of load/), { timeout: 60_000 });
  });

  it('says a load file changes no result until a site is picked to attach it to', async () => {
    await choose('load', join(fixtures, 'load', 'load-mw-8760.csv'));
    expect(document.querySelector('[data-what-happens]')?.textContent).toMatch(/without one it changes no result/);
  });

  it('attaches a load file to the picked site: stored, listed, and the note no longer says it changes nothing', async () => {
    const client = inProcessClient(tmp.dir);
    await choose('load', join(fixtures, 'load', 'load-mw-8760.csv'), client, 'abilene');
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/Attached to abilene: the model now runs on it\./), { timeout: 60_000 });
    const note = document.querySelector('[data-what-happens]')?.textContent ?? '';
    expect(note).not.toMatch(/changes no result/);
    expect(note).toMatch(/campus IT load in MW/);
    const { series } = await client.series.list({ siteId: 'abilene' });
    expect(series).toMatchObject([{ kind: 'load', fileName: 'load-mw-8760.csv', summary: { hours: 8760 } }]);
  });

  it('attaches an imported tariff to a site, and undo puts the old one back', async () => {
    useUndo.setState({ past: [], future: [], error: null, busy: false });
    const client = inProcessClient(tmp.dir);
    const before = (await client.sites.get({ id: 'piketon' })).site.tariff;
    await choose('tariff', join(fixtures, 'tariff', 'urdb-tou.json'), client, 'piketon');
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/Now the tariff of .*: energy USD [\d.]+\/MWh, demand USD [\d.]+\/kW-month/), { timeout: 60_000 });
    const after = (await client.sites.get({ id: 'piketon' })).site.tariff;
    expect(after?.name).toBe('Large Power Service TOU (fixture)');
    expect(after?.energyUSDPerMWh?.source).toBe('user-entered');
    // Piketon's AEP Ohio clause (85 % of contract demand) stays: a URDB rate has no share of contract.
    expect(after?.minimumDemandPct?.value).toBe(85);
    await useUndo.getState().undo();
    expect((await client.sites.get({ id: 'piketon' })).site.tariff).toEqual(before);
  });
});

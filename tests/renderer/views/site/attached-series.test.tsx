// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ClientProvider } from '../../../../src/renderer/api/context';
import { AttachedSeries } from '../../../../src/renderer/views/site/AttachedSeries';
import { makeTempDir } from '../../../helpers/temp-dir';
import { inProcessClient } from '../../workbench-client';

let tmp: ReturnType<typeof makeTempDir>;
beforeEach(() => (tmp = makeTempDir('stargrid-series-')));
afterEach(() => {
  cleanup();
  tmp.cleanup();
});

const flatCsv = (header: string, value: number) => `hour,${header}\n` + Array.from({ length: 8760 }, (_, h) => `${h + 1},${value}`).join('\n') + '\n';

describe('the attached-series list on the site workbench', () => {
  it('shows nothing for a site with no attached series', async () => {
    const client = inProcessClient(tmp.dir);
    const { container } = render(
      <ClientProvider client={client}>
        <AttachedSeries siteId="abilene" onChanged={() => undefined} />
      </ClientProvider>,
    );
    // let the list request settle, then check nothing was drawn
    await client.series.list({ siteId: 'abilene' });
    await new Promise((r) => setTimeout(r, 50));
    expect(container.textContent).toBe('');
  });

  it('lists an attached load and price, and Remove drops one and tells the workbench to re-run', async () => {
    const client = inProcessClient(tmp.dir);
    await client.import.load({ fileName: 'campus.csv', text: flatCsv('load_MW', 500), attachTo: 'abilene' });
    await client.import.price({ fileName: 'lmp.csv', text: flatCsv('price_USD/MWh', 42), attachTo: 'abilene' });
    let changed = 0;
    render(
      <ClientProvider client={client}>
        <AttachedSeries siteId="abilene" onChanged={() => (changed += 1)} />
      </ClientProvider>,
    );
    const load = await screen.findByText(/campus\.csv/, {}, { timeout: 10_000 });
    expect(load.closest('li')?.textContent).toMatch(/Hourly load/);
    expect(screen.getByText(/lmp\.csv/).closest('li')?.textContent).toMatch(/mean USD 42\.0\/MWh/); // sig3: three significant figures

    fireEvent.click(screen.getByRole('button', { name: 'Remove the attached load' }));
    await waitFor(() => expect(screen.queryByText(/campus\.csv/)).toBeNull(), { timeout: 10_000 });
    expect(changed).toBe(1);
    expect((await client.series.list({ siteId: 'abilene' })).series.map((s) => s.kind)).toEqual(['price']);
  });
});

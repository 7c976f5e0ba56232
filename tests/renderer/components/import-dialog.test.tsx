// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ClientProvider } from '../../../src/renderer/api/context';
import { ImportDialog } from '../../../src/renderer/components/ImportDialog';
import { makeTempDir } from '../../helpers/temp-dir';
import { inProcessClient } from '../workbench-client';

const fixtures = join(import.meta.dirname, '..', '..', 'fixtures', 'import');
let tmp: ReturnType<typeof makeTempDir>;
beforeEach(() => (tmp = makeTempDir('stargrid-import-')));
afterEach(() => {
  cleanup();
  tmp.cleanup();
});

function choose(kind: string, path: string) {
  render(
    <ClientProvider client={inProcessClient(tmp.dir)}>
      <ImportDialog onClose={() => undefined} onImported={() => undefined} />
    </ClientProvider>,
  );
  fireEvent.change(screen.getByLabelText('What the file holds'), { target: { value: kind } });
  const file = new File([readFileSync(path, 'utf8')], path.split('/').at(-1) ?? 'file', { type: 'text/csv' });
  fireEvent.change(screen.getByLabelText('File'), { target: { files: [file] } });
  fireEvent.click(screen.getByRole('button', { name: 'Import' }));
}

describe('the import dialog', () => {
  it('shows the importer’s row and column for a malformed load CSV', async () => {
    choose('load', join(fixtures, 'load', 'text-in-number.csv'));
    const alert = await screen.findByRole('alert', {}, { timeout: 10_000 });
    expect(alert.textContent).toMatch(/^text-in-number\.csv: /);
    expect(alert.textContent).toMatch(/row \d+/i);
    expect(alert.textContent).toMatch(/column/i);
  });

  it('summarizes a good 8760-hour load file', async () => {
    choose('load', join(fixtures, 'load', 'load-mw-8760.csv'));
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/^Read 8760 hours of load/), { timeout: 10_000 });
  });
});

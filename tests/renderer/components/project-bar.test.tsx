// @vitest-environment happy-dom
import { join } from 'node:path';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ClientProvider } from '../../../src/renderer/api/context';
import { ProjectBar } from '../../../src/renderer/components/ProjectBar';
import { makeTempDir } from '../../helpers/temp-dir';
import { inProcessClient } from '../workbench-client';

let tmp: ReturnType<typeof makeTempDir>;
beforeEach(() => (tmp = makeTempDir('stargrid-project-bar-')));
afterEach(() => {
  cleanup();
  tmp.cleanup();
});

describe('the project bar', () => {
  it('lists recent projects and opens one with a click', async () => {
    const client = inProcessClient(tmp.dir);
    const first = join(tmp.dir, 'first.stargrid');
    const second = join(tmp.dir, 'second.stargrid');
    await client.project.new({ path: first });
    await client.project.new({ path: second });
    let changed = 0;
    render(
      <ClientProvider client={client}>
        <ProjectBar project={(await client.project.current({})).project} onChanged={() => (changed += 1)} />
      </ClientProvider>,
    );
    expect(screen.getByText(/Saved automatically/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Open recent…' }));
    const list = await screen.findByRole('dialog', { name: 'Open recent' });
    await waitFor(() => expect(within(list).getByRole('button', { name: 'first.stargrid' })).toBeTruthy());
    // The open project is listed but cannot be opened again.
    expect(within(list).getByRole<HTMLButtonElement>('button', { name: 'second.stargrid' }).disabled).toBe(true);
    fireEvent.click(within(list).getByRole('button', { name: 'first.stargrid' }));
    await waitFor(() => expect(changed).toBe(1));
    expect((await client.project.current({})).project?.path).toBe(first);
  });
});

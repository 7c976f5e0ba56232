// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ClientProvider } from '../../../src/renderer/api/context';
import type { StargridClient } from '../../../src/renderer/api/client';
import { UseMixButton } from '../../../src/renderer/runs/UseMixButton';
import { createTimeStore } from '../../../src/renderer/scene/time-store';
import { StoryPanel } from '../../../src/renderer/scene/StoryPanel';
import { useProject } from '../../../src/renderer/state/project';
import { READ_ONLY_TITLE } from '../../../src/renderer/state/read-only';
import { makeTempDir } from '../../helpers/temp-dir';
import { inProcessClient } from '../workbench-client';

let tmp: ReturnType<typeof makeTempDir>;
let client: StargridClient;
beforeEach(async () => {
  tmp = makeTempDir('stargrid-renderer-');
  client = inProcessClient(tmp.dir);
  await client.stories.save({ story: { id: 'board', name: 'Board', siteId: 'lordstown', steps: [{ camera: { preset: 'overview' }, hour: 12, scenarioId: 'hybrid', caption: 'noon' }] } });
});
afterEach(() => {
  cleanup();
  useProject.setState({ project: null });
  tmp.cleanup();
});

/** The project as the services report it, with its read-only flag set as the file's permissions would. */
async function openAs(readOnly: boolean): Promise<void> {
  const { project } = await client.project.current({});
  if (!project) throw new Error('a project is open');
  useProject.setState({ project: { ...project, readOnly } });
}

function renderPanels() {
  render(
    <ClientProvider client={client}>
      <StoryPanel siteId="lordstown" scenarioId="hybrid" year={2027} store={createTimeStore()} view={() => ({ preset: 'overview' })} onPlay={() => undefined} />
      <UseMixButton siteId="lordstown" scenario={{ id: 'mix', name: 'Mix', base: 'hybrid' }} description="optimized" />
    </ClientProvider>,
  );
}

/** A story with one step and a name, ready to save; the saved one picked. */
async function draftStory(): Promise<void> {
  await waitFor(() => expect(screen.getByRole('option', { name: 'Board' })).toBeTruthy(), { timeout: 20_000 });
  fireEvent.click(screen.getByRole('button', { name: 'Add this view as a step' }));
  fireEvent.change(screen.getByLabelText('Story name'), { target: { value: 'Hearing' } });
}

const lockedWhy = (name: string) => {
  const button = screen.getByRole('button', { name });
  return { disabled: button.hasAttribute('disabled'), title: button.getAttribute('title') };
};

describe('edit controls outside the forms in a read-only project', () => {
  it('disables Save story, Delete and Use this mix, each titled with the reason', async () => {
    await openAs(true);
    renderPanels();
    await draftStory();
    for (const name of ['Save story', 'Delete', 'Use this mix']) expect(lockedWhy(name), name).toEqual({ disabled: true, title: READ_ONLY_TITLE });
  });

  it('leaves them enabled, with no such title, in a writable project', async () => {
    await openAs(false);
    renderPanels();
    await draftStory();
    for (const name of ['Save story', 'Delete', 'Use this mix']) expect(lockedWhy(name), name).toEqual({ disabled: false, title: null });
  });
});

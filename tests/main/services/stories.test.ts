import { describe, expect, it } from 'vitest';
import type { Story } from '../../../src/api/schemas/story';
import { servicesPerTest } from '../../helpers/services';

const services = servicesPerTest();

const board: Story = {
  id: 'board-august',
  name: 'Board, August peak',
  siteId: 'abilene',
  steps: [
    { camera: { preset: 'overview' }, hour: 226 * 24 + 12, scenarioId: 'hybrid', caption: 'Noon, 15 August: solar at its best', seconds: 8 },
    { camera: { position: [900, 400, 900], target: [0, 0, 0] }, hour: 226 * 24 + 18, scenarioId: 'hybrid', caption: '6 pm, 15 August: gas carries the peak', seconds: 10 },
  ],
};

describe('stories', () => {
  it('saves a story, lists it for its site and replaces it on a second save', async () => {
    expect(await services.call('stories:save', { story: board })).toEqual({ story: board, created: true });
    expect(await services.call('stories:list', { siteId: 'abilene' })).toEqual({ stories: [board] });
    expect(await services.call('stories:list', { siteId: 'milam' })).toEqual({ stories: [] });
    const renamed = { ...board, name: 'Board' };
    expect(await services.call('stories:save', { story: renamed })).toEqual({ story: renamed, created: false });
    expect(await services.call('stories:list', {})).toEqual({ stories: [renamed] });
  });

  it('gives a step 8 seconds when it says nothing', async () => {
    const { seconds: _omit, ...step } = board.steps[0]!;
    const saved = await services.call<{ story: Story }>('stories:save', { story: { ...board, steps: [step] } });
    expect(saved.story.steps[0]?.seconds).toBe(8);
  });

  it('refuses a step whose scenario does not exist, naming the step, and keeps what was saved', async () => {
    await services.call('stories:save', { story: board });
    const bad = { ...board, name: 'changed', steps: [board.steps[0]!, { ...board.steps[1]!, scenarioId: 'nowhere' }] };
    await expect(services.call('stories:save', { story: bad })).rejects.toThrow(/not-found at story\.steps\.1\.scenarioId/);
    expect(await services.call('stories:list', {})).toEqual({ stories: [board] });
  });

  it('refuses a story for a site the project does not have', async () => {
    await expect(services.call('stories:save', { story: { ...board, siteId: 'atlantis' } })).rejects.toThrow(/not-found at story\.siteId/);
  });

  it('deletes a story, and goes with its site', async () => {
    await services.call('stories:save', { story: board });
    expect(await services.call('stories:delete', { id: board.id })).toEqual({ deleted: true });
    expect(await services.call('stories:delete', { id: board.id })).toEqual({ deleted: false });
    await services.call('stories:save', { story: board });
    await services.call('sites:delete', { id: 'abilene' });
    expect(await services.call('stories:list', {})).toEqual({ stories: [] });
  });
});

import { useState } from 'react';
import type { Story, StoryStep } from '../../api/schemas/story';
import { useClient } from '../api/context';
import { useQuery } from '../api/use-query';
import { titleDate } from './TitleCard';
import type { TimeStore } from './time-store';
import { useEditLock } from '../state/read-only';

/** An id from a name: "Board, August" → "board-august". */
function slug(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'story';
}

/**
 * Stories of this site, kept in the project: pick one to play in presentation or delete it; build
 * a new one step by step from the current view (camera, hour, scenario) and a caption.
 */
export function StoryPanel(props: { siteId: string; scenarioId: string; year: number | null; store: TimeStore; view: () => StoryStep['camera'] | null; onPlay: (story: Story) => void }) {
  const client = useClient();
  const lock = useEditLock();
  const stories = useQuery(() => client.stories.list({ siteId: props.siteId }), [props.siteId]);
  const [chosen, setChosen] = useState('');
  const [name, setName] = useState('');
  const [caption, setCaption] = useState('');
  const [steps, setSteps] = useState<StoryStep[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const list = stories.status === 'ready' ? stories.data.stories : [];
  const picked = list.find((s) => s.id === chosen) ?? list[0] ?? null;

  const addStep = () => {
    const camera = props.view();
    if (!camera) return;
    setSteps((s) => [...s, { camera, hour: props.store.getState().hour, scenarioId: props.scenarioId, caption: caption.trim(), seconds: 8 }]);
    setCaption('');
  };
  const save = async () => {
    try {
      const { story } = await client.stories.save({ story: { id: slug(name), name: name.trim(), siteId: props.siteId, steps } });
      setMessage(`Saved “${story.name}” (${story.steps.length} steps).`);
      setSteps([]);
      setName('');
      setChosen(story.id);
      stories.reload();
    } catch (error) {
      setMessage(`Not saved: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  const remove = async (id: string) => {
    await client.stories.delete({ id });
    setChosen('');
    stories.reload();
  };

  return (
    <details className="story-panel">
      <summary>Stories</summary>
      <div className="story-row">
        <label>
          Story{' '}
          <select value={picked?.id ?? ''} onChange={(e) => setChosen(e.target.value)} aria-label="Story">
            {list.length === 0 ? <option value="">none saved</option> : list.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
          </select>
        </label>
        <button type="button" className="primary" disabled={!picked} onClick={() => picked && props.onPlay(picked)}>
          Play in presentation
        </button>
        <button type="button" disabled={!picked || lock.disabled} title={lock.title} onClick={() => picked && void remove(picked.id)}>
          Delete
        </button>
      </div>
      <div className="story-row">
        <label>
          Caption <input value={caption} onChange={(e) => setCaption(e.target.value)} maxLength={200} placeholder="6 pm, 15 August: gas carries the peak" aria-label="Step caption" size={40} />
        </label>
        <button type="button" onClick={addStep}>
          Add this view as a step
        </button>
      </div>
      {steps.length > 0 ? (
        <ol className="story-steps">
          {steps.map((s, i) => (
            <li key={i}>
              {titleDate(props.year, s.hour)} · {s.scenarioId} · {s.caption || 'no caption'}{' '}
              <button type="button" onClick={() => setSteps((all) => all.filter((_, j) => j !== i))} aria-label={`Remove step ${i + 1}`}>
                Remove
              </button>
            </li>
          ))}
        </ol>
      ) : null}
      <div className="story-row">
        <label>
          Name <input value={name} onChange={(e) => setName(e.target.value)} maxLength={120} aria-label="Story name" />
        </label>
        <button type="button" disabled={steps.length === 0 || name.trim() === '' || lock.disabled} title={lock.title} onClick={() => void save()}>
          Save story
        </button>
        {message ? <span role="status">{message}</span> : null}
      </div>
    </details>
  );
}

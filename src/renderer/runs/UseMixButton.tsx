import { useState } from 'react';
import { useClient } from '../api/context';
import type { ScenarioSpec } from '../../power-model/scenarios/types';
import { useEditLock } from '../state/read-only';

/** "My mix 2" → "my-mix-2", the scenario id the services accept. */
export function scenarioIdFromName(name: string): string {
  return name.trim().toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 80);
}

/**
 * "Use this mix": saves the optimizer's mix as a scenario of the site (through `scenarios:save`,
 * the same service the scenario editor uses), under the name typed here.
 */
export function UseMixButton(props: { siteId: string; scenario: ScenarioSpec; description: string }) {
  const client = useClient();
  const lock = useEditLock();
  const [name, setName] = useState('Optimized mix');
  const [state, setState] = useState<{ kind: 'idle' } | { kind: 'saving' } | { kind: 'saved'; id: string; created: boolean } | { kind: 'error'; message: string }>({ kind: 'idle' });
  const id = scenarioIdFromName(name);
  const save = async () => {
    if (id === '') return;
    setState({ kind: 'saving' });
    try {
      const saved = await client.scenarios.save({ scenario: { ...props.scenario, id, name: name.trim(), description: props.description }, siteId: props.siteId });
      setState({ kind: 'saved', id: saved.scenario.id, created: saved.created });
    } catch (error) {
      setState({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  };
  return (
    <div className="use-mix">
      <label>
        Scenario name <input value={name} onChange={(e) => setName(e.target.value)} aria-label="Name of the scenario to save" />
      </label>
      <button type="button" className="primary" disabled={id === '' || state.kind === 'saving' || lock.disabled} title={lock.title} onClick={() => void save()}>
        Use this mix
      </button>
      {id === '' ? <span className="field-error">the name needs a letter or digit</span> : null}
      {state.kind === 'saved' ? (
        <span className="note" role="status">
          Saved as scenario “{state.id}” of {props.siteId}{state.created ? '' : ' (replaced)'}; it runs with the workbench’s economic dispatch.
        </span>
      ) : null}
      {state.kind === 'error' ? (
        <span className="field-error" role="alert">
          {state.message}
        </span>
      ) : null}
    </div>
  );
}

import { Field } from '../../site-form/Field';
import { STRATEGIES, SUPPLY_FIELDS, type SupplyDraft, type SupplyField } from '../../results/supply';
import { useEditLock } from '../../state/read-only';

export type ScenarioOption = { id: string; name: string; builtIn: boolean };

/** Pick a scenario, then change its sizes; each change re-runs the model after a short pause in typing. */
export function SupplyPanel(props: {
  scenarios: ScenarioOption[];
  scenarioId: string;
  onPick: (id: string) => void;
  draft: SupplyDraft | null;
  errors: Partial<Record<SupplyField, string>>;
  onChange: (field: SupplyField, text: string) => void;
  onStrategy: (strategy: SupplyDraft['strategy']) => void;
  status: string;
}) {
  // The scenario pick stays: choosing what to look at is not an edit.
  const lock = useEditLock();
  return (
    <form className="supply-panel" aria-label="Supply" onSubmit={(e) => e.preventDefault()} noValidate>
      <fieldset>
        <legend>Supply scenario</legend>
        <Field id="scenario-pick" label="Scenario">
          <select id="scenario-pick" value={props.scenarioId} onChange={(e) => props.onPick(e.target.value)}>
            {props.scenarios.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
                {s.builtIn ? '' : ' (saved)'}
              </option>
            ))}
          </select>
        </Field>
        <Field id="supply-strategy" label="Dispatch strategy">
          <select id="supply-strategy" value={props.draft?.strategy ?? 'economic'} disabled={!props.draft || lock.disabled} title={lock.title} onChange={(e) => props.onStrategy(STRATEGIES.find((s) => s === e.target.value) ?? 'economic')}>
            {STRATEGIES.map((s) => (
              <option key={s}>{s}</option>
            ))}
          </select>
        </Field>
        {SUPPLY_FIELDS.map((f) => (
          <Field key={f.key} id={`supply-${f.key}`} label={f.label} unit={f.unit} error={props.errors[f.key]}>
            <input
              id={`supply-${f.key}`}
              inputMode="decimal"
              value={props.draft?.[f.key] ?? ''}
              disabled={!props.draft || lock.disabled}
              title={lock.title}
              aria-invalid={props.errors[f.key] ? true : undefined}
              aria-describedby={props.errors[f.key] ? `supply-${f.key}-error` : undefined}
              onChange={(e) => props.onChange(f.key, e.target.value)}
            />
          </Field>
        ))}
        <p className="supply-status" role="status" aria-live="polite">
          {props.status}
        </p>
      </fieldset>
    </form>
  );
}

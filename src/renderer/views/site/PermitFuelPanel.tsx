import { Field } from '../../site-form/Field';
import { GAS_SERVICES, PERMIT_FUEL_NUMBERS, PERMIT_ORDERS, type PermitFuelDraft, type PermitFuelField } from '../../results/permit-fuel';
import { useEditLock } from '../../state/read-only';

/**
 * The scenario's air permits and gas supply as inputs: limits (blank = none), SCR, the order the
 * budgets are spent in, the pipeline, firm or interruptible service, backup gas and distillate.
 * Each change re-runs the model after a short pause, saved with the supply edits (undo: Ctrl+Z).
 */
export function PermitFuelPanel(props: { draft: PermitFuelDraft | null; errors: Partial<Record<PermitFuelField, string>>; onChange: (next: PermitFuelDraft, field: PermitFuelField, immediate: boolean) => void }) {
  const lock = useEditLock();
  const d = props.draft;
  const disabled = d === null || lock.disabled;
  const set = <K extends PermitFuelField>(field: K, value: PermitFuelDraft[K], immediate: boolean) => {
    if (d) props.onChange({ ...d, [field]: value }, field, immediate);
  };
  const invalid = (field: PermitFuelField) => ({ 'aria-invalid': props.errors[field] ? true : undefined, 'aria-describedby': props.errors[field] ? `pf-${field}-error` : undefined });
  return (
    <form className="supply-panel permit-fuel-panel" aria-label="Permits and gas supply" onSubmit={(e) => e.preventDefault()} noValidate>
      <fieldset>
        <legend>Permits and gas supply</legend>
        {PERMIT_FUEL_NUMBERS.map((n) => (
          <Field key={n.key} id={`pf-${n.key}`} label={n.label} unit={n.unit} error={props.errors[n.key]}>
            <input id={`pf-${n.key}`} inputMode="decimal" placeholder={n.blank ?? 'no limit'} value={d?.[n.key] ?? ''} disabled={disabled} title={lock.title} {...invalid(n.key)} onChange={(e) => set(n.key, e.target.value, false)} />
          </Field>
        ))}
        <Field id="pf-service" label="Gas transport" error={props.errors.service}>
          <select id="pf-service" value={d?.service ?? 'firm'} disabled={disabled} title={lock.title} {...invalid('service')} onChange={(e) => set('service', GAS_SERVICES.find((s) => s === e.target.value) ?? 'firm', true)}>
            {GAS_SERVICES.map((s) => (
              <option key={s}>{s}</option>
            ))}
          </select>
        </Field>
        <Field id="pf-order" label="Spend budgets" error={props.errors.order}>
          <select id="pf-order" value={d?.order ?? 'chronological'} disabled={disabled} title={lock.title} onChange={(e) => set('order', PERMIT_ORDERS.find((o) => o === e.target.value) ?? 'chronological', true)}>
            {PERMIT_ORDERS.map((o) => (
              <option key={o}>{o}</option>
            ))}
          </select>
        </Field>
        <div className="field">
          <label htmlFor="pf-scr">
            <input id="pf-scr" type="checkbox" checked={d?.scr ?? false} disabled={disabled} title={lock.title} onChange={(e) => set('scr', e.target.checked, true)} /> SCR on every unit that takes one
          </label>
        </div>
      </fieldset>
    </form>
  );
}

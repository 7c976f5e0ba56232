import { useState } from 'react';
import { COOLING_TYPES, GRID_OPERATORS, PHASE_STATUSES, WORKLOADS, type Site } from '../../api/schemas/site';
import { ApiCallError } from '../api/client';
import { useClient } from '../api/context';
import { Field } from './Field';
import { draftFromSite, emptyDraft, slugify, validateDraft, type FieldErrors, type PhaseDraft, type SiteDraft } from './draft';
import { useEditLock } from '../state/read-only';

type Props = { site?: Site; onSaved: (site: Site) => void; onCancel: () => void };

/** Create or edit a site. Validated with the services' schema as you save; nothing is saved while any field is wrong. */
export function SiteForm({ site, onSaved, onCancel }: Props) {
  const client = useClient();
  const lock = useEditLock();
  const [draft, setDraft] = useState<SiteDraft>(() => (site ? draftFromSite(site) : emptyDraft()));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saving, setSaving] = useState(false);
  const [banner, setBanner] = useState<string | null>(null);
  const editing = site !== undefined;

  const set = <K extends keyof SiteDraft>(key: K, value: SiteDraft[K]) => {
    setDraft((d) => {
      const next = { ...d, [key]: value };
      if (key === 'name' && !editing && (d.id === '' || d.id === slugify(d.name))) next.id = slugify(String(value));
      return next;
    });
  };
  const setPhase = (index: number, change: Partial<PhaseDraft>) =>
    setDraft((d) => ({ ...d, phases: d.phases.map((p, i) => (i === index ? { ...p, ...change } : p)) }));
  const err = (path: string) => errors[path] ?? Object.entries(errors).find(([k]) => k.startsWith(path + '.'))?.[1];

  async function save(event: React.FormEvent) {
    event.preventDefault();
    // Enter in a field submits even with the button disabled: a read-only project takes no save.
    if (lock.disabled) return;
    setBanner(null);
    const result = validateDraft(draft, site);
    if (result.errors) {
      setErrors(result.errors);
      setBanner(`Not saved: ${Object.keys(result.errors).length} field(s) need attention.`);
      return;
    }
    setErrors({});
    setSaving(true);
    try {
      const saved = await client.sites.save({ site: result.site });
      onSaved(saved.site);
    } catch (error) {
      if (error instanceof ApiCallError && error.path) setErrors({ [error.path.replace(/^site\./, '')]: error.message });
      setBanner(`Not saved: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setSaving(false);
    }
  }

  return (
    <form className="site-form" onSubmit={(e) => void save(e)} noValidate aria-label={editing ? `Edit ${site.name}` : 'New site'}>
      <h2>{editing ? `Edit ${site.name}` : 'New site'}</h2>
      {banner ? <div className="banner banner-error" role="status">{banner}</div> : null}
      <fieldset>
        <legend>Site</legend>
        <Field id="site-name" label="Name" error={err('name')}>
          <input id="site-name" value={draft.name} onChange={(e) => set('name', e.target.value)} />
        </Field>
        <Field id="site-id" label="Id" error={err('id')}>
          <input id="site-id" value={draft.id} disabled={editing} onChange={(e) => set('id', e.target.value)} />
        </Field>
        <Field id="site-state" label="State" error={err('location.state')}>
          <input id="site-state" value={draft.state} maxLength={2} onChange={(e) => set('state', e.target.value)} />
        </Field>
        <Field id="site-county" label="County" error={err('location.county')}>
          <input id="site-county" value={draft.county} onChange={(e) => set('county', e.target.value)} />
        </Field>
        <Field id="site-lat" label="Latitude" unit="° N" error={err('location.lat')}>
          <input id="site-lat" inputMode="decimal" value={draft.lat} onChange={(e) => set('lat', e.target.value)} />
        </Field>
        <Field id="site-lon" label="Longitude" unit="° E" error={err('location.lon')}>
          <input id="site-lon" inputMode="decimal" value={draft.lon} onChange={(e) => set('lon', e.target.value)} />
        </Field>
        <Field id="site-operator" label="Grid operator" error={err('gridOperator')}>
          <select id="site-operator" value={draft.gridOperator} onChange={(e) => set('gridOperator', e.target.value)}>
            {GRID_OPERATORS.map((g) => (
              <option key={g}>{g}</option>
            ))}
          </select>
        </Field>
        <Field id="site-utility" label="Host utility" error={err('utilityName')}>
          <input id="site-utility" value={draft.utilityName} onChange={(e) => set('utilityName', e.target.value)} />
        </Field>
      </fieldset>
      <fieldset>
        <legend>Design</legend>
        <Field id="site-pue" label="Design PUE" error={err('design.pue')}>
          <input id="site-pue" inputMode="decimal" value={draft.pue} onChange={(e) => set('pue', e.target.value)} />
        </Field>
        <Field id="site-cooling" label="Cooling" error={err('design.coolingType')}>
          <select id="site-cooling" value={draft.coolingType} onChange={(e) => set('coolingType', e.target.value as SiteDraft['coolingType'])}>
            {COOLING_TYPES.map((c) => (
              <option key={c}>{c}</option>
            ))}
          </select>
        </Field>
        <Field id="site-workload" label="Workload" error={err('design.workload')}>
          <select id="site-workload" value={draft.workload} onChange={(e) => set('workload', e.target.value as SiteDraft['workload'])}>
            {WORKLOADS.map((w) => (
              <option key={w}>{w}</option>
            ))}
          </select>
        </Field>
        <Field id="site-poi" label="Grid connection (POI) limit" unit="MW" error={err('grid.poi')}>
          <input id="site-poi" inputMode="decimal" value={draft.poiMW} placeholder="none: islanded" onChange={(e) => set('poiMW', e.target.value)} />
        </Field>
        <Field id="site-poi-year" label="POI available from" unit="year">
          <input id="site-poi-year" inputMode="numeric" value={draft.poiYear} onChange={(e) => set('poiYear', e.target.value)} />
        </Field>
        <Field id="site-energy-price" label="Grid energy price" unit="USD/MWh" error={err('grid.energyPriceUSDPerMWh')}>
          <input id="site-energy-price" inputMode="decimal" value={draft.energyPriceUSDPerMWh} placeholder="state industrial average" onChange={(e) => set('energyPriceUSDPerMWh', e.target.value)} />
        </Field>
      </fieldset>
      <fieldset>
        <legend>Phases</legend>
        {err('phases') && !Object.keys(errors).some((k) => /^phases\.\d/.test(k)) ? <div className="field-error" role="alert">{err('phases')}</div> : null}
        <table className="phase-table">
          <thead>
            <tr>
              <th>Name</th>
              <th>Energized (year)</th>
              <th>Capacity (MW)</th>
              <th>Basis</th>
              <th>Status</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {draft.phases.map((phase, i) => (
              <tr key={i}>
                <td>
                  <Field id={`phase-${i}-name`} label="" error={err(`phases.${i}.name`)}>
                    <input id={`phase-${i}-name`} aria-label={`Phase ${i + 1} name`} value={phase.name} onChange={(e) => setPhase(i, { name: e.target.value })} />
                  </Field>
                </td>
                <td>
                  <Field id={`phase-${i}-year`} label="" error={err(`phases.${i}.energizationYear`)}>
                    <input id={`phase-${i}-year`} aria-label={`Phase ${i + 1} energization year`} inputMode="numeric" value={phase.energizationYear} onChange={(e) => setPhase(i, { energizationYear: e.target.value })} />
                  </Field>
                </td>
                <td>
                  <Field id={`phase-${i}-mw`} label="" error={err(`phases.${i}.mw`)}>
                    <input id={`phase-${i}-mw`} aria-label={`Phase ${i + 1} MW`} inputMode="decimal" value={phase.mw} onChange={(e) => setPhase(i, { mw: e.target.value })} />
                  </Field>
                </td>
                <td>
                  <select aria-label={`Phase ${i + 1} basis`} value={phase.basis} onChange={(e) => setPhase(i, { basis: e.target.value as PhaseDraft['basis'] })}>
                    <option value="IT">IT</option>
                    <option value="facility">facility</option>
                  </select>
                </td>
                <td>
                  <select aria-label={`Phase ${i + 1} status`} value={phase.status} onChange={(e) => setPhase(i, { status: e.target.value as PhaseDraft['status'] })}>
                    {PHASE_STATUSES.map((s) => (
                      <option key={s}>{s}</option>
                    ))}
                  </select>
                </td>
                <td>
                  <button type="button" className="link" disabled={draft.phases.length === 1} onClick={() => setDraft((d) => ({ ...d, phases: d.phases.filter((_, j) => j !== i) }))}>
                    Remove
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <button
          type="button"
          onClick={() =>
            setDraft((d) => ({ ...d, phases: [...d.phases, { name: `Phase ${d.phases.length + 1}`, energizationYear: d.phases[d.phases.length - 1]?.energizationYear ?? '', mw: '', basis: 'IT', status: 'planned' }] }))
          }
        >
          Add phase
        </button>
      </fieldset>
      <div className="form-actions">
        <button type="submit" className="primary" disabled={saving || lock.disabled} title={lock.title}>
          {saving ? 'Saving…' : 'Save site'}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

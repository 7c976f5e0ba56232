import { SiteSchema, type Site } from '../../api/schemas/site';
import { formatZodIssues } from '../../api/schemas/format-issues';
import { SOURCE_USER_ENTERED, type Sourced } from '../../api/schemas/sourced';

/** The form's editable state: strings as typed, so half-typed numbers are not lost. */
export type PhaseDraft = { name: string; energizationYear: string; mw: string; basis: 'IT' | 'facility'; status: Site['phases'][number]['status'] };
export type SiteDraft = {
  id: string;
  name: string;
  state: string;
  county: string;
  lat: string;
  lon: string;
  gridOperator: string;
  utilityName: string;
  pue: string;
  coolingType: Site['design']['coolingType'];
  workload: Site['design']['workload'];
  poiMW: string;
  poiYear: string;
  /** Grid energy price, USD/MWh; empty = the engine's state industrial average, where it has one. */
  energyPriceUSDPerMWh: string;
  phases: PhaseDraft[];
};

export type FieldErrors = Record<string, string>;

const thisYear = () => new Date().getFullYear();

export function slugify(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
}

export function emptyDraft(): SiteDraft {
  const year = String(thisYear() + 1);
  return {
    id: '',
    name: '',
    state: '',
    county: '',
    lat: '',
    lon: '',
    gridOperator: 'ERCOT',
    utilityName: '',
    pue: '1.25',
    coolingType: 'liquid',
    workload: 'training',
    poiMW: '',
    poiYear: year,
    energyPriceUSDPerMWh: '',
    phases: [{ name: 'Phase 1', energizationYear: year, mw: '', basis: 'IT', status: 'planned' }],
  };
}

export function draftFromSite(site: Site): SiteDraft {
  const poi = site.grid.poi[site.grid.poi.length - 1];
  return {
    id: site.id,
    name: site.name,
    state: site.location.state,
    county: site.location.county,
    lat: String(site.location.lat.value),
    lon: String(site.location.lon.value),
    gridOperator: site.gridOperator,
    utilityName: site.utilityName,
    pue: String(site.design.pue.value),
    coolingType: site.design.coolingType,
    workload: site.design.workload,
    poiMW: poi ? String(poi.mw.value) : '',
    poiYear: poi ? String(poi.year) : String(thisYear() + 1),
    energyPriceUSDPerMWh: site.grid.energyPriceUSDPerMWh ? String(site.grid.energyPriceUSDPerMWh.value) : '',
    phases: site.phases.map((p) => ({ name: p.name, energizationYear: String(p.energizationYear), mw: String(p.mw.value), basis: p.basis, status: p.status })),
  };
}

/** A number as typed; empty or non-numeric text becomes NaN so the schema reports "must be a number". */
function num(text: string): number {
  const trimmed = text.trim();
  return trimmed === '' ? Number.NaN : Number(trimmed);
}

/** Keeps an existing figure's source when its value is unchanged; a changed value is user-entered. */
function figure(value: number, unit: string, previous?: Sourced): Sourced {
  if (previous && previous.value === value) return previous;
  return { value, unit, source: SOURCE_USER_ENTERED, year: thisYear() };
}

/**
 * Builds the site the form describes on top of `base` (the site being edited), so fields the
 * form does not show (sources, utility figures, on-site plans) are kept.
 */
export function siteFromDraft(draft: SiteDraft, base?: Site): unknown {
  const poiMW = draft.poiMW.trim();
  const prevPoi = base?.grid.poi[base.grid.poi.length - 1];
  return {
    ...(base ?? { schemaVersion: 1, stargate: false, status: 'planned (user-entered)', sources: [], onsite: [] }),
    schemaVersion: 1,
    id: draft.id.trim(),
    name: draft.name.trim(),
    dataAsOf: base?.dataAsOf ?? new Date().toISOString().slice(0, 10),
    location: {
      ...(base?.location ?? {}),
      state: draft.state.trim().toUpperCase(),
      county: draft.county.trim(),
      lat: figure(num(draft.lat), 'deg N', base?.location.lat),
      lon: figure(num(draft.lon), 'deg E', base?.location.lon),
    },
    gridOperator: draft.gridOperator,
    utilityName: draft.utilityName.trim(),
    phases: draft.phases.map((p, i) => ({
      ...(base?.phases[i] ?? {}),
      name: p.name.trim(),
      energizationYear: num(p.energizationYear),
      mw: figure(num(p.mw), `MW (${p.basis})`, base?.phases[i]?.mw),
      basis: p.basis,
      status: p.status,
    })),
    design: {
      ...(base?.design ?? {}),
      pue: figure(num(draft.pue), 'ratio', base?.design.pue),
      coolingType: draft.coolingType,
      workload: draft.workload,
    },
    grid: {
      ...(base?.grid ?? {}),
      poi: poiMW === '' ? [] : [...(base?.grid.poi.slice(0, -1) ?? []), { year: num(draft.poiYear), mw: figure(num(poiMW), 'MW', prevPoi?.mw) }],
      energyPriceUSDPerMWh: draft.energyPriceUSDPerMWh.trim() === '' ? undefined : figure(num(draft.energyPriceUSDPerMWh), 'USD/MWh', base?.grid.energyPriceUSDPerMWh),
    },
  };
}

/** Validates with the same schema the services use; errors keyed by JSON path. */
export function validateDraft(draft: SiteDraft, base?: Site): { site: Site; errors: null } | { site: null; errors: FieldErrors } {
  const parsed = SiteSchema.safeParse(siteFromDraft(draft, base));
  if (parsed.success) return { site: parsed.data, errors: null };
  const errors: FieldErrors = {};
  for (const issue of formatZodIssues(parsed.error)) errors[issue.path] ??= issue.message;
  return { site: null, errors };
}

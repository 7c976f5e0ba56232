import type { HeadroomAtLimit } from '../../../api/schemas/headroom';
import type { StargridClient } from '../../api/client';
import type { HeadroomFigures } from '../../../power-model/headroom/types';
import type { PublishedHeadroom } from '../../../power-model/headroom/published';
import { PRESET_LIMITS_PCT, SHIPPED_SYSTEMS } from './systems';

export type SystemRow = {
  id: string;
  name: string;
  hosts: string;
  /** Headroom at each preset limit, MW, in PRESET_LIMITS_PCT order. */
  headroomMW: number[];
  /** At the chosen limit: the figures (over all years, or over the picked year). */
  chosen: HeadroomFigures;
  published: PublishedHeadroom | null;
};

/** The figures of a response for the span asked: the picked year's, or all years'. */
export function spanFigures(r: Pick<HeadroomAtLimit, 'allYears' | 'years'>, year: number | null): HeadroomFigures | undefined {
  return year === null ? r.allYears : r.years.find((y) => y.year === year);
}

/**
 * One row per shipped system: headroom at 0.25, 0.5, 1 and 5 % and the curtailment at the chosen
 * limit, over all years or the picked year, from one `headroom:systems` request for the whole
 * table (the prepared series are cached by the service).
 */
export async function loadSystemRows(client: StargridClient, chosenPct: number, year: number | null): Promise<SystemRow[]> {
  const limitsPct = [...new Set<number>([...PRESET_LIMITS_PCT, chosenPct])];
  const answer = await client.headroom.systems({ bas: SHIPPED_SYSTEMS.map((s) => s.id), limitsPct, ...(year === null ? {} : { year }) });
  return SHIPPED_SYSTEMS.map((s, i) => {
    const row = answer.systems[i];
    if (row?.system.id !== s.id) throw new Error(`the answer has no row for ${s.name}`);
    const figures = row.atLimits.map((a) => spanFigures(a, year));
    const chosen = figures[limitsPct.indexOf(chosenPct)];
    if (!chosen) throw new Error(`${s.name} holds no figures for ${year ?? 'all years'}`);
    return { id: s.id, name: s.name, hosts: s.hosts, headroomMW: PRESET_LIMITS_PCT.map((p) => figures[limitsPct.indexOf(p)]?.headroomMW ?? Number.NaN), chosen, published: row.published };
  });
}

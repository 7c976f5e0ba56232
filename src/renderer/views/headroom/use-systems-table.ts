import type { HeadroomSystemResponse } from '../../../api/schemas/headroom';
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
export function spanFigures(r: HeadroomSystemResponse, year: number | null): HeadroomFigures | undefined {
  return year === null ? r.allYears : r.years.find((y) => y.year === year);
}

/**
 * One row per shipped system: headroom at 0.25, 0.5, 1 and 5 % and the curtailment at the chosen
 * limit, over all years or the picked year (the service answers a year's figures per limit, so
 * each limit is its own small request; the prepared series are cached there).
 */
export async function loadSystemRows(client: StargridClient, chosenPct: number, year: number | null): Promise<SystemRow[]> {
  const limits = [...new Set<number>([...PRESET_LIMITS_PCT, chosenPct])];
  return Promise.all(
    SHIPPED_SYSTEMS.map(async (s) => {
      const answers = await Promise.all(limits.map((pct) => client.headroom.system({ ba: s.id, curtailmentPct: pct, ...(year === null ? {} : { year }) })));
      const figures = answers.map((a) => spanFigures(a, year));
      const chosen = figures[limits.indexOf(chosenPct)];
      if (!chosen) throw new Error(`${s.name} holds no figures for ${year ?? 'all years'}`);
      return { id: s.id, name: s.name, hosts: s.hosts, headroomMW: PRESET_LIMITS_PCT.map((p) => figures[limits.indexOf(p)]?.headroomMW ?? Number.NaN), chosen, published: answers[0]?.published ?? null };
    }),
  );
}

/**
 * Duke's published curtailment-enabled headroom: Norris, Profeta, Patiño-Echeverri and
 * Cowie-Haskell, *Rethinking Load Growth: Assessing the Potential for Integration of Large Flexible
 * Loads in US Power Systems*, Nicholas Institute for Energy, Environment & Sustainability, Duke
 * University, February 2025, https://hdl.handle.net/10161/32077 (hourly load 2016–2024 of the 22
 * largest US balancing authorities). The same figures as data/system-load/README.md; Duke gives no
 * figure for El Paso Electric. Keyed by the codes of the shipped files.
 */
export const DUKE_HEADROOM = {
  source: 'Norris et al., Rethinking Load Growth, Nicholas Institute, Duke University, 2025, https://hdl.handle.net/10161/32077 (data 2016–2024)',
  url: 'https://hdl.handle.net/10161/32077',
  dataYears: '2016–2024',
  /** The limit Duke reports each balancing authority at, %. */
  curtailmentPct: 0.5,
  headroomMWByBa: { PJM: 17_800, MISO: 14_800, ERCO: 10_000, SWPP: 9_700 } as Readonly<Record<string, number>>,
  /** Over Duke's 22 balancing authorities: mean curtailed hours a year at 0.25, 0.5 and 1 %, and mean event length at 0.5 %. */
  meanCurtailedHoursPerYearByPct: { '0.25': 85, '0.5': 177, '1': 366 } as Readonly<Record<string, number>>,
  meanEventHoursAtHalfPct: 2.1,
} as const;

/** Duke's headroom for a shipped system, MW at 0.5 %, with its source; null where Duke gives none. */
export type PublishedHeadroom = { headroomMW: number; curtailmentPct: number; dataYears: string; source: string };

export function publishedHeadroom(seriesId: string): PublishedHeadroom | null {
  const headroomMW = DUKE_HEADROOM.headroomMWByBa[seriesId];
  return headroomMW === undefined ? null : { headroomMW, curtailmentPct: DUKE_HEADROOM.curtailmentPct, dataYears: DUKE_HEADROOM.dataYears, source: DUKE_HEADROOM.source };
}

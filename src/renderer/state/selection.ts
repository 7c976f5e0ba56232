import { create } from 'zustand';
import { DEFAULT_SCENARIO_ID } from '../../api/portfolio-defaults';

/** The default supply plan shown for a site until the planner picks another (shared with `serve`'s warm-up). */
export { DEFAULT_SCENARIO_ID };

type SelectionState = {
  /** The scenario each site is shown under, by site id; kept across views and undo. */
  scenarioBySite: Record<string, string>;
  /** The scenarios the Compare view shows, by site id. */
  compareBySite: Record<string, string[]>;
  /** A year the planner chose for a site (workbench and compare); absent = the site's design year. */
  yearBySite: Record<string, number>;
  setScenario: (siteId: string, scenarioId: string) => void;
  setYear: (siteId: string, year: number | null) => void;
  setCompare: (siteId: string, scenarioIds: string[]) => void;
  /** Another project opened: its sites and scenarios are not this one's. */
  reset: () => void;
};

export const useSelection = create<SelectionState>((set) => ({
  scenarioBySite: {},
  compareBySite: {},
  yearBySite: {},
  setYear: (siteId, year) =>
    set((s) => {
      const yearBySite = { ...s.yearBySite };
      if (year === null) delete yearBySite[siteId];
      else yearBySite[siteId] = year;
      return { yearBySite };
    }),
  setScenario: (siteId, scenarioId) => set((s) => ({ scenarioBySite: { ...s.scenarioBySite, [siteId]: scenarioId } })),
  setCompare: (siteId, scenarioIds) => set((s) => ({ compareBySite: { ...s.compareBySite, [siteId]: scenarioIds } })),
  reset: () => set({ scenarioBySite: {}, compareBySite: {} }),
}));

export function scenarioFor(scenarioBySite: Readonly<Record<string, string>>, siteId: string, fallback = DEFAULT_SCENARIO_ID): string {
  return scenarioBySite[siteId] ?? fallback;
}

import { create } from 'zustand';

/** The default supply plan shown for a site until the planner picks another. */
export const DEFAULT_SCENARIO_ID = 'hybrid';

type SelectionState = {
  /** The scenario each site is shown under, by site id; kept across views and undo. */
  scenarioBySite: Record<string, string>;
  /** The scenarios the Compare view shows, by site id. */
  compareBySite: Record<string, string[]>;
  setScenario: (siteId: string, scenarioId: string) => void;
  setCompare: (siteId: string, scenarioIds: string[]) => void;
  /** Another project opened: its sites and scenarios are not this one's. */
  reset: () => void;
};

export const useSelection = create<SelectionState>((set) => ({
  scenarioBySite: {},
  compareBySite: {},
  setScenario: (siteId, scenarioId) => set((s) => ({ scenarioBySite: { ...s.scenarioBySite, [siteId]: scenarioId } })),
  setCompare: (siteId, scenarioIds) => set((s) => ({ compareBySite: { ...s.compareBySite, [siteId]: scenarioIds } })),
  reset: () => set({ scenarioBySite: {}, compareBySite: {} }),
}));

export function scenarioFor(scenarioBySite: Readonly<Record<string, string>>, siteId: string, fallback = DEFAULT_SCENARIO_ID): string {
  return scenarioBySite[siteId] ?? fallback;
}

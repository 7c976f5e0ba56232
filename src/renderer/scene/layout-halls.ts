import type { Site } from '../../api/schemas/site';
import { HALL, ROOFTOP } from './equipment';
import type { Box, HallBox, HallStatus } from './layout-types';

/** A phase's IT MW: its MW when stated as IT, else facility MW ÷ design PUE. */
export function phaseItMW(phase: Site['phases'][number], pue: number): number {
  return phase.basis === 'IT' ? phase.mw.value : phase.mw.value / pue;
}

/**
 * Data halls from the site's phases. Each phase that is not cancelled gets
 * n = ceil(IT MW ÷ HALL.maxItMW) equal buildings; a building of h MW IT has a footprint of
 * h × HALL.squareMetresPerItMW m² in a HALL.lengthToWidth plan. Buildings are placed in
 * energization order, row by row (at least HALL.perRow to a row, more for big campuses so the
 * block stays near square), centred on the origin; each gets a cooling yard on its south side.
 */
export function layoutHalls(site: Site): { halls: HallBox[]; cooling: Box[] } {
  const pue = site.design.pue.value;
  const specs: Omit<HallBox, 'x' | 'z'>[] = [];
  const phases = site.phases.map((phase, phaseIndex) => ({ phase, phaseIndex })).filter((p) => p.phase.status !== 'cancelled');
  phases.sort((a, b) => a.phase.energizationYear - b.phase.energizationYear || a.phaseIndex - b.phaseIndex);
  for (const { phase, phaseIndex } of phases) {
    const itMW = phaseItMW(phase, pue);
    if (!(itMW > 0)) continue;
    const n = Math.ceil(itMW / HALL.maxItMW - 1e-9);
    const hallItMW = itMW / n;
    const areaM2 = hallItMW * HALL.squareMetresPerItMW;
    const widthM = Math.sqrt(areaM2 * HALL.lengthToWidth);
    const depthM = areaM2 / widthM;
    const status: HallStatus = phase.status === 'operating' ? 'operating' : phase.status === 'under-construction' ? 'under-construction' : 'planned';
    const rackKW = (site.design.rackDensityKW?.value ?? 0) > 0 ? (site.design.rackDensityKW?.value ?? ROOFTOP.defaultRackKW) : ROOFTOP.defaultRackKW;
    const racks = Math.round((hallItMW * 1000) / rackKW);
    for (let i = 0; i < n; i++) {
      specs.push({ widthM, depthM, heightM: HALL.heightM, phaseIndex, phaseName: phase.name, status, energizationYear: phase.energizationYear, energizationMonth: phase.energizationMonth, racks, rackKW, itMW: hallItMW, facilityMW: hallItMW * pue, hallInPhase: i + 1, hallsInPhase: n });
    }
  }
  if (specs.length === 0) return { halls: [], cooling: [] };

  const cellW = Math.max(...specs.map((s) => s.widthM)) + HALL.gapM;
  const cellD = Math.max(...specs.map((s) => s.depthM)) + HALL.coolingDepthM + HALL.gapM;
  const perRow = Math.min(specs.length, Math.max(HALL.perRow, Math.ceil(Math.sqrt((specs.length * cellD) / cellW))));
  const rows = Math.ceil(specs.length / perRow);
  const halls: HallBox[] = [];
  const cooling: Box[] = [];
  specs.forEach((spec, i) => {
    const col = i % perRow;
    const row = Math.floor(i / perRow);
    const x = (col - (perRow - 1) / 2) * cellW;
    const cellZ = (row - (rows - 1) / 2) * cellD;
    // The hall sits at the north of its cell, its cooling yard right below it.
    const z = cellZ - (HALL.coolingDepthM + 4) / 2;
    halls.push({ ...spec, x, z });
    cooling.push({ x, z: z + spec.depthM / 2 + 4 + HALL.coolingDepthM / 2, widthM: spec.widthM * 0.9, depthM: HALL.coolingDepthM, heightM: HALL.coolingHeightM });
  });
  return { halls, cooling };
}

import type { PassPlan } from './pass-plan';
import type { CaseTally } from './tally';
import { addYear } from './tally';

/** Causes of lost load per design (LOSS_CAUSES): independent, gas supply, weather grid outage, both. */
export const CAUSES = 4;

/**
 * Each design's state through one simulated year of the hourly pass, in scratch allocated once per
 * run: the battery's state of charge, the year's loss-of-load hours and unserved MWh (in all and
 * per cause, at `d × CAUSES + cause`), and the ride-through trials (at `t × designs + d`: the
 * battery's state carried on without the grid, and the hours served so far — ≥ 0 running, −1 not
 * begun, −2 − n ended short after n hours).
 */
export class DesignYear {
  readonly soc: Float64Array;
  readonly lossOfLoadHours: Float64Array;
  readonly unservedMWh: Float64Array;
  readonly lossOfLoadHoursByCause: Float64Array;
  readonly unservedMWhByCause: Float64Array;
  readonly trialSoc: Float64Array;
  readonly trialServed: Int32Array;

  constructor(private readonly plan: PassPlan) {
    const designCount = plan.designs.length;
    this.soc = new Float64Array(designCount);
    this.lossOfLoadHours = new Float64Array(designCount);
    this.unservedMWh = new Float64Array(designCount);
    this.lossOfLoadHoursByCause = new Float64Array(designCount * CAUSES);
    this.unservedMWhByCause = new Float64Array(designCount * CAUSES);
    this.trialSoc = new Float64Array(plan.startsPerYear * designCount);
    this.trialServed = new Int32Array(plan.startsPerYear * designCount);
  }

  /** A new year: no trial begun, every battery full, nothing lost. */
  start(): void {
    const plan = this.plan;
    if (plan.startsPerYear > 0) this.trialServed.fill(-1);
    for (let d = 0; d < plan.designs.length; d++) this.soc[d] = plan.batteries[d]?.socMaxMWh ?? 0;
    this.lossOfLoadHours.fill(0);
    this.unservedMWh.fill(0);
    this.lossOfLoadHoursByCause.fill(0);
    this.unservedMWhByCause.fill(0);
  }

  /** Adds the year to each design's tally: its loss, the loss per cause, the ride-through trials that reached each duration. */
  addTo(tallies: readonly CaseTally[]): void {
    const plan = this.plan;
    const designCount = plan.designs.length;
    const startsPerYear = plan.startsPerYear;
    const rideThroughHours = plan.rideThroughHours;
    for (let d = 0; d < designCount; d++) {
      const tally = tallies[d];
      if (tally === undefined) continue;
      addYear(tally, this.lossOfLoadHours[d] ?? 0, this.unservedMWh[d] ?? 0);
      for (let c = 0; c < CAUSES; c++) {
        tally.lossOfLoadHoursByCause[c] = (tally.lossOfLoadHoursByCause[c] ?? 0) + (this.lossOfLoadHoursByCause[d * CAUSES + c] ?? 0);
        tally.unservedMWhByCause[c] = (tally.unservedMWhByCause[c] ?? 0) + (this.unservedMWhByCause[d * CAUSES + c] ?? 0);
      }
      if (startsPerYear > 0) {
        tally.rideThroughTrials += startsPerYear;
        for (let t = 0; t < startsPerYear; t++) {
          const raw = this.trialServed[t * designCount + d] ?? -1;
          const served = raw >= 0 ? raw : -2 - raw;
          for (let i = 0; i < rideThroughHours.length; i++) {
            if (served >= (rideThroughHours[i] ?? Infinity)) tally.rideThroughSuccesses[i] = (tally.rideThroughSuccesses[i] ?? 0) + 1;
          }
        }
      }
    }
  }
}

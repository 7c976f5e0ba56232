import { deriveSeed2, Random, scrambledKey, seedKey, seedWithKey } from '../random';
import { addFleetOutageCover, coverBlocks, coverIsQuiet } from './block-cover';
import { addFleetOutageDiffs, BLOCK_SHIFT, collectSpells, markGridOutageDiffs, markTriggeredEventDiffs, type FleetDrawSettings, type OutageSink } from './draws';
import type { PassPlan } from './pass-plan';

const GRID_STREAM = 0;
const RIDE_THROUGH_STREAM = 1;
const FIRST_UNIT_STREAM = 2;
/** The common-mode streams sit at the top of the 32-bit range, clear of any unit's. */
const GAS_SUPPLY_STREAM = -1;
const GRID_WEATHER_STREAM = -2;

/** An added unit's (N+k) down spells this year, walked forward by `extraDownAt` (pass-fleet.ts). */
export type ExtraSpells = { start: number[]; end: number[]; next: number };

/**
 * One simulated year's draws for the single pass (single-pass.ts), in scratch allocated once per
 * run. Streams: one per (seed, year, stream) — the grid's outage events (0), the ride-through
 * start hours (1), each unit's up/down spells (2 + i; the extra copies after the fleet, as
 * `withExtraUnits` lists them), the gas supply (−1) and weather grid-outage (−2) events — so the
 * draws are those separate runs of each design would make, whichever designs are compared.
 *
 * Difference arrays (draws.ts): the fleet's outage MW per unit group (`outDiff`, hours + 1 per
 * group) and in all (`totalDiff`, the same array with one group), grid, gas and weather events in
 * progress; `eventBlocks` marks the blocks an event touches or a ride-through trial starts in, which
 * the hourly pass never passes over. The hourly pass zeroes each entry it
 * reads, so the arrays are clean for the next year; a year passed over whole is cleared here.
 */
export class YearDraws {
  readonly outDiff: Float64Array;
  readonly totalDiff: Float64Array;
  readonly sink: OutageSink;
  readonly eventBlocks: Uint8Array;
  readonly gridDiff: Int32Array;
  readonly gasDiff: Int32Array;
  readonly weatherDiff: Int32Array;
  readonly extraSpells: ExtraSpells[];
  readonly trialStart: Int32Array;
  /** The first look's cover of the fleet's down spells (block-cover.ts), zeroed by each check. */
  private readonly cover: Float64Array;
  /** The hourly pass's running outage per group, nameplate MW. */
  readonly groupOutMW: Float64Array;
  /** Each unit's stream key, scrambled (random.ts `scrambledKey`). */
  private readonly unitKeys: Uint32Array;
  /** This year's seed of each unit's stream. */
  private readonly unitSeeds: Uint32Array;
  private readonly fleet: FleetDrawSettings;
  gridEvents = 0;
  gasEvents = 0;
  weatherEvents = 0;
  private readonly random = new Random(1);

  constructor(private readonly plan: PassPlan) {
    const hours = plan.hours;
    const groupCount = plan.groups.fractions.length;
    const blocks = (hours >> BLOCK_SHIFT) + 1;
    this.outDiff = new Float64Array((hours + 1) * groupCount);
    this.totalDiff = groupCount === 1 ? this.outDiff : new Float64Array(hours + 1);
    this.eventBlocks = new Uint8Array(blocks);
    this.sink = { diff: this.outDiff, total: groupCount === 1 ? null : this.totalDiff, blockGrowthMW: new Float64Array(blocks), blockNetMW: new Float64Array(blocks + 1) };
    this.gridDiff = new Int32Array(hours + 1);
    this.gasDiff = new Int32Array(hours + 1);
    this.weatherDiff = new Int32Array(hours + 1);
    this.extraSpells = plan.extras.map(() => ({ start: [], end: [], next: 0 }));
    this.trialStart = new Int32Array(plan.startsPerYear);
    this.cover = new Float64Array(coverBlocks(hours) + 1);
    this.groupOutMW = new Float64Array(groupCount);
    this.unitKeys = Uint32Array.from(plan.unitCapacityMW, (_, u) => scrambledKey(FIRST_UNIT_STREAM + u));
    this.unitSeeds = new Uint32Array(plan.unitCapacityMW.length);
    this.fleet = { capacityMW: plan.unitCapacityMW, forcedOutageRate: plan.unitForcedOutageRate, upScale: plan.unitUpScale, downScale: plan.unitDownScale, offset: plan.unitOffset };
  }

  /** The year's grid, gas and weather events, and each unit's seed for the year: what comes before the fleet's outages. */
  drawEvents(seed: number, year: number): void {
    const plan = this.plan;
    const random = this.random;
    const hours = plan.hours;
    this.gridEvents = 0;
    if (plan.gridOutage !== undefined && plan.anyGrid) {
      random.reseed(deriveSeed2(seed, year, GRID_STREAM));
      this.gridEvents = markGridOutageDiffs(random, plan.gridOutage.eventsPerYear, plan.gridOutage.meanDurationHours, hours, this.gridDiff, this.eventBlocks);
    }
    this.gasEvents = 0;
    if (plan.gas !== undefined) {
      random.reseed(deriveSeed2(seed, year, GAS_SUPPLY_STREAM));
      this.gasEvents = markTriggeredEventDiffs(random, plan.gasTriggers, plan.gas.eventsPerYear, plan.gas.meanDurationHours, hours, this.gasDiff, this.eventBlocks);
    }
    this.weatherEvents = 0;
    if (plan.gridWeather !== undefined) {
      random.reseed(deriveSeed2(seed, year, GRID_WEATHER_STREAM));
      this.weatherEvents = markTriggeredEventDiffs(random, plan.gridWeatherTriggers, plan.gridWeather.eventsPerYear, plan.gridWeather.meanDurationHours, hours, this.weatherDiff, this.eventBlocks);
    }
    // deriveSeed2(seed, year, FIRST_UNIT_STREAM + u), its (seed, year) part once a year.
    const keyed = seedKey(seed, year);
    const unitKeys = this.unitKeys;
    const unitSeeds = this.unitSeeds;
    for (let u = 0; u < unitSeeds.length; u++) unitSeeds[u] = seedWithKey(keyed, unitKeys[u] ?? 0);
  }

  /**
   * The first look (block-cover.ts): whether the fleet's down spells this year, as their cover of
   * blocks, stay within `coverAbsorbable` everywhere, so that the year is quiet without its hourly
   * outage. Writes nothing the hourly pass reads; after `drawEvents`.
   */
  fleetCoverIsQuiet(coverAbsorbable: Float64Array): boolean {
    addFleetOutageCover(this.unitSeeds, this.fleet, this.plan.hours, this.cover);
    return coverIsQuiet(this.cover, coverAbsorbable);
  }

  /** The fleet's unit outages as difference arrays and block sums: what the quiet-year check and the hourly pass read; after `drawEvents`. */
  drawFleet(): void {
    addFleetOutageDiffs(this.unitSeeds, this.fleet, this.plan.hours, this.sink);
  }

  /** The rest of a year the hourly pass runs: the extra units' down spells and the ride-through start hours. */
  drawDesignExtras(seed: number, year: number): void {
    const plan = this.plan;
    const random = this.random;
    const unitCount = plan.unitCapacityMW.length;
    for (let j = 0; j < plan.extras.length; j++) {
      const unit = plan.extras[j];
      const spells = this.extraSpells[j];
      if (unit === undefined || spells === undefined) continue;
      spells.start.length = 0;
      spells.end.length = 0;
      spells.next = 0;
      if (unit.forcedOutageRate <= 0 || unit.capacityMW <= 0) continue;
      random.reseed(deriveSeed2(seed, year, FIRST_UNIT_STREAM + unitCount + j));
      collectSpells(random, unit.forcedOutageRate, unit.mttrHours, plan.hours, spells.start, spells.end);
    }
    if (plan.startsPerYear > 0) {
      random.reseed(deriveSeed2(seed, year, RIDE_THROUGH_STREAM));
      for (let t = 0; t < plan.startsPerYear; t++) {
        const start = random.nextInt(plan.hours - plan.longest + 1);
        this.trialStart[t] = start;
        // The hourly pass walks the block a trial starts in hour by hour (it runs on from there).
        this.eventBlocks[start >> BLOCK_SHIFT] = 1;
      }
    }
  }

  /** Clears a year passed over whole by the quiet-year check after `drawFleet`: nothing of it was read. */
  clearSkippedYear(): void {
    this.sink.blockGrowthMW.fill(0);
    this.sink.blockNetMW.fill(0);
    this.outDiff.fill(0);
    if (this.totalDiff !== this.outDiff) this.totalDiff.fill(0);
    this.clearEvents();
  }

  /** Clears the events of a year passed over whole (after the first look, which leaves the fleet's arrays as they were: clean). */
  clearEvents(): void {
    this.eventBlocks.fill(0);
    if (this.gridEvents > 0) this.gridDiff.fill(0);
    if (this.gasEvents > 0) this.gasDiff.fill(0);
    if (this.weatherEvents > 0) this.weatherDiff.fill(0);
  }

  /** Clears what the hourly pass leaves of a year: the entries past the last hour and the block sums. */
  clearAfterPass(): void {
    const hours = this.plan.hours;
    const groupCount = this.groupOutMW.length;
    for (let g = 0; g < groupCount; g++) this.outDiff[g * (hours + 1) + hours] = 0;
    this.sink.blockGrowthMW.fill(0);
    this.sink.blockNetMW.fill(0);
    this.eventBlocks.fill(0);
    this.totalDiff[hours] = 0;
    this.gridDiff[hours] = 0;
    this.gasDiff[hours] = 0;
    this.weatherDiff[hours] = 0;
  }
}

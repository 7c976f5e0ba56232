import { z } from 'zod';
import type { InvariantReport } from '../../power-model/invariants';
import type { SimulationSummary } from '../../power-model/simulate';
import { FLOW_NAMES } from '../../power-model/dispatch/types';

/** The hourly series a simulation returns to the UI (charts, 3D scrubber): 8760 values each. */
export const HOURLY_SERIES_NAMES = ['facilityMW', 'solarAvailableMW', 'gridPriceUSDPerMWh', ...FLOW_NAMES] as const;
export type HourlySeriesName = (typeof HOURLY_SERIES_NAMES)[number];

/** The flows that supply the load (plus unserved), whose energy per month every answer carries. */
export const MONTHLY_SUPPLY_NAMES = ['gridToLoadMW', 'thermalToLoadMW', 'solarToLoadMW', 'batteryToLoadMW', 'unservedMW'] as const satisfies readonly HourlySeriesName[];
export type MonthlySupplyName = (typeof MONTHLY_SUPPLY_NAMES)[number];

export const SimulateRequestSchema = z.strictObject({
  siteId: z.string().regex(/^[a-z0-9-]+$/, { error: 'must be a site id' }),
  /** A built-in scenario id (grid-only, btm-gas, hybrid, islanded) or a saved scenario's id. */
  scenarioId: z.string().regex(/^[a-z0-9-]+$/, { error: 'must be a scenario id' }),
  year: z.number().int().gte(2000).lte(2100).optional(),
  /** Leave out the 8760-value series when only the summary is needed (tables). */
  hourly: z.boolean().default(true),
});

/** The thermal units of the simulated fleet, one entry per technology block. */
export type SimulatedThermalBlock = { technologyId: string; name: string; kind: string; units: number; unitMW: number; capacityMW: number };

export type SimulateResponse = {
  summary: SimulationSummary;
  fleet: { thermal: SimulatedThermalBlock[]; solarMWac: number; batteryPowerMW: number; batteryEnergyMWh: number; gridImportLimitMW: number };
  /**
   * Present unless the request said `hourly: false`. Float64Arrays end to end: structured clone
   * over IPC, raw bytes over HTTP (src/api/wire.ts), never numbers spelled out in JSON.
   */
  hourly: Record<HourlySeriesName, Float64Array> | null;
  /**
   * Energy of each supply flow per calendar month (12 values, MWh), in every answer: a table or
   * the monthly chart needs no hourly series.
   */
  monthlyEnergyMWh: Record<MonthlySupplyName, number[]>;
  /** The hourly balance, grid limit, battery bounds and cost lines checked on this run (invariants.ts). */
  invariants: InvariantReport;
};

/** Responses are built by our own services from typed engine output; checked by type, not re-parsed. */
export const SimulateResponseSchema = z.custom<SimulateResponse>((v) => typeof v === 'object' && v !== null && 'summary' in v);

import { z } from 'zod';

/**
 * The input file of `stargrid rate-impact --input FILE` (GitHub issue 5). Field names are the
 * issue's contract; each section may be absent where it does not apply (a capacity-market-only
 * question has only `capacityMarket`). Quantities are non-negative; percentages are 0–100.
 * Cross-field rules (which sections go together, what each utility structure needs) are checked
 * by the engine's `validateRateImpactInput`, which names the field as this schema does.
 */

const quantity = () => z.number({ error: (issue) => (issue.input === undefined ? 'required' : 'must be a number') }).min(0, { error: 'must not be negative' });
const percent = () => quantity().max(100, { error: 'must be at most 100 (a percentage)' });
const monthly = () => z.array(quantity()).length(12, { error: 'needs 12 monthly values, January first' });
const oneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: (issue) => (issue.input === undefined ? 'required' : `must be one of ${values.join(', ')}`) });

const ALLOCATORS = ['energy', '1CP', '4CP', '12CP', 'NCP', 'average-and-excess'] as const;

export const CustomerClassInputSchema = z.strictObject({
  name: oneOf(['residential', 'commercial', 'industrial']),
  customers: quantity(),
  salesMWh: quantity(),
  coincidentPeakMW: quantity(),
  nonCoincidentPeakMW: quantity(),
  monthlyCoincidentPeaksMW: monthly().optional(),
});

export const UtilityInputSchema = z.strictObject({
  name: z.string({ error: 'required' }).min(1, { error: 'must not be empty' }),
  structure: oneOf(['vertically-integrated', 'restructured']),
  revenueRequirementUSD: quantity(),
  poolsPct: z.strictObject({
    generationDemand: percent(),
    generationEnergy: percent(),
    transmission: percent(),
    distribution: percent(),
    customer: percent(),
  }),
  allocation: z.strictObject({
    generation: oneOf(ALLOCATORS).optional(),
    transmission: oneOf(ALLOCATORS),
    distribution: oneOf(ALLOCATORS),
  }),
  classes: z.array(CustomerClassInputSchema).min(1, { error: 'must list at least the residential class' }),
  headroomMW: quantity(),
  planningReserveMarginPct: percent(),
  typicalResidentialKWhPerMonth: quantity(),
  /** Restructured utilities: the residential default-service supply rate, cents/kWh. */
  marketSupplyRateCentsPerKWh: quantity().optional(),
});

export const LargeLoadInputSchema = z.strictObject({
  contractMW: quantity(),
  coincidentPeakMW: quantity(),
  gridPeakMW: quantity(),
  gridEnergyMWh: quantity(),
  /** Restructured utilities: the delivery (wires) tariff; vertically integrated: the bundled tariff. */
  tariff: z.strictObject({
    energyUSDPerMWh: quantity(),
    demandUSDPerKWMonth: quantity(),
    minimumDemandPct: percent(),
  }),
  monthlyPeakMW: monthly().optional(),
  monthlyCoincidentPeaksMW: monthly().optional(),
});

export const IncrementalCostInputSchema = z.strictObject({
  capacityUSDPerKW: quantity().optional(),
  fixedChargeRatePct: percent().optional(),
  preTaxWaccPct: percent().optional(),
  lifeYears: quantity().optional(),
  taxesInsurancePct: percent().optional(),
  fixedOMUSDPerKWYear: quantity().optional(),
  marginalEnergyUSDPerMWh: quantity().optional(),
  transmissionUpgradeUSD: quantity(),
  transmissionTreatment: oneOf(['direct-assign', 'socialize-12CP', 'socialize-energy']),
  elccPct: percent().optional(),
});

export const CapacityMarketInputSchema = z.strictObject({
  priceBeforeUSDPerMWDay: quantity(),
  priceAfterUSDPerMWDay: quantity().optional(),
  obligationMW: quantity(),
  residentialPeakLoadContributionKW: quantity().optional(),
  largeLoadObligationMW: quantity().optional(),
  deliveryDays: quantity().max(366, { error: 'must be at most 366' }).optional(),
  passThroughToResidential: z.boolean({ error: 'must be true or false' }).optional(),
});

export const HorizonInputSchema = z.strictObject({
  startYear: z.number({ error: 'required' }).int({ error: 'must be an integer' }).min(2000, { error: 'must be ≥ 2000' }).max(2100, { error: 'must be ≤ 2100' }),
  years: z.number({ error: 'required' }).int({ error: 'must be an integer' }).min(1, { error: 'must be at least 1' }).max(60, { error: 'must be at most 60' }),
  loadRampPct: z.array(quantity()).optional(),
  capacityPriceAfterUSDPerMWDay: z.array(quantity()).optional(),
});

export const RateImpactInputSchema = z.strictObject({
  /** Where each figure came from: free-form, kept out of the calculation. */
  _sources: z.unknown().optional(),
  /** Fields that are estimates, not sourced figures: dotted path or section prefix → reason. */
  estimates: z.record(z.string(), z.string({ error: 'must be the reason, as text' })).optional(),
  utility: UtilityInputSchema.optional(),
  largeLoad: LargeLoadInputSchema.optional(),
  incrementalCost: IncrementalCostInputSchema.optional(),
  capacityMarket: CapacityMarketInputSchema.optional(),
  horizon: HorizonInputSchema.optional(),
});

export type RateImpactInputFile = z.infer<typeof RateImpactInputSchema>;

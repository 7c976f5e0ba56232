import type { IncrementalCostInput, UtilityInput } from '../../../src/power-model/rate-impact/types';

/**
 * A utility worked by hand: 100 M USD/yr, all of it generation demand, allocated by 1CP between
 * residential (600 MW at peak, 5 TWh) and commercial (400 MW); no headroom, no reserve margin.
 */
export const handWorkedUtility: UtilityInput = {
  name: 'Hand-worked',
  structure: 'vertically-integrated',
  revenueRequirementUSD: 100e6,
  poolsPct: { generationDemand: 100, generationEnergy: 0, transmission: 0, distribution: 0, customer: 0 },
  allocation: { generation: '1CP', transmission: '12CP', distribution: 'NCP' },
  classes: [
    { name: 'residential', customers: 400_000, salesMWh: 5_000_000, coincidentPeakMW: 600, nonCoincidentPeakMW: 650 },
    { name: 'commercial', customers: 40_000, salesMWh: 3_000_000, coincidentPeakMW: 400, nonCoincidentPeakMW: 450 },
  ],
  headroomMW: 0,
  planningReserveMarginPct: 0,
  typicalResidentialKWhPerMonth: 1000,
};

/** New capacity at 1000 USD/kW and a 10 % fixed charge rate (100 USD/kW-yr); upgrades directly assigned. */
export const handWorkedCost: IncrementalCostInput = {
  capacityUSDPerKW: 1000,
  fixedChargeRatePct: 10,
  fixedOMUSDPerKWYear: 0,
  marginalEnergyUSDPerMWh: 0,
  transmissionUpgradeUSD: 0,
  transmissionTreatment: 'direct-assign',
};

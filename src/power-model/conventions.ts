/**
 * Sign and naming conventions of the engine, written once; other modules point here.
 *
 * Signs:
 * - Costs are positive numbers: capex, annual cost lines, NPV of cost ("net present cost"), the
 *   value of unserved energy. A saving is a negative change of a cost.
 * - Energy flows are positive in the direction their name says (`gridToLoadMW`,
 *   `solarToBatteryMW`); nothing is netted, so no flow is ever negative.
 * - A change (`…Change…`, a delta between scenarios, a bill change) is "after − before": positive
 *   when the quantity rises (a bill change of +1.2 USD/month means households pay more).
 *
 * Names:
 * - Units live in names, camelCase, one spelling per quantity: `fixedOMUSDPerKWYear`,
 *   `variableOMUSDPerMWh`, `co2TonnesPerYear`, `fuelUSDPerYear`; annual sheet lines end in
 *   `PerYear` (never `PerYr`), and the summary's cost lines carry the sheet's names.
 * - Summary totals of the simulated year (`energyMWh`, `co2Tonnes`, `annualCostUSD`) are the
 *   values of one calendar year: the year named by `year`.
 */
export {};

import type { BuiltInScenarioId, ScenarioSpec } from './types';

/**
 * The four built-in scenarios, as data. Sizes are relative to the site's full-build facility
 * peak so each fits every site; technology ids are those of data/technologies.json.
 * - grid-only: everything from the grid, as far as the point of interconnection allows.
 * - btm-gas: aeroderivative turbines (the Abilene choice) sized to 1.2 × peak, which covers the
 *   peak at 5% forced outage with margin; the grid, where there is one, only fills gaps.
 * - hybrid: grid + turbines at half the peak + single-axis solar at 1 × peak + a 4-hour battery
 *   at 0.25 × peak, dispatched in merit order with a daily battery look-ahead.
 * - islanded: no grid; reciprocating engines at 1.1 × peak (many small units, as at
 *   Shackelford), solar at 1 × peak and a 4-hour battery at 0.25 × peak.
 */
export const BUILT_IN_SCENARIOS: Record<BuiltInScenarioId, ScenarioSpec> = {
  'grid-only': {
    id: 'grid-only',
    name: 'Grid only',
    description: 'All load from the grid up to the interconnection limit; no on-site generation.',
    strategy: 'grid-first',
    grid: { importAllowed: true },
    btm: { thermal: [], solarMWac: 0, battery: { powerMW: 0, energyMWh: 0 } },
    overrides: {},
  },
  'btm-gas': {
    id: 'btm-gas',
    name: 'Behind-the-meter gas',
    description: 'Aeroderivative gas turbines sized to 1.2 × the facility peak; grid only as backup.',
    strategy: 'btm-first',
    grid: { importAllowed: true },
    btm: { thermal: [{ technology: 'gas-ct-aeroderivative', peakMultiple: 1.2 }], solarMWac: 0, battery: { powerMW: 0, energyMWh: 0 } },
    overrides: {},
  },
  hybrid: {
    id: 'hybrid',
    name: 'Hybrid: grid + gas + solar + battery',
    description: 'Grid plus turbines at 0.5 × peak, solar at 1 × peak and a 4-hour battery at 0.25 × peak, dispatched economically.',
    strategy: 'economic',
    grid: { importAllowed: true },
    btm: {
      thermal: [{ technology: 'gas-ct-aeroderivative', peakMultiple: 0.5 }],
      solarPeakMultiple: 1,
      solarMounting: 'single-axis',
      battery: { powerPeakMultiple: 0.25, durationHours: 4 },
    },
    overrides: {},
  },
  islanded: {
    id: 'islanded',
    name: 'Islanded: solar + gas + battery',
    description: 'No grid: reciprocating engines at 1.1 × peak, solar at 1 × peak and a 4-hour battery at 0.25 × peak.',
    strategy: 'btm-first',
    grid: { importAllowed: false },
    btm: {
      thermal: [{ technology: 'gas-recip-engine', peakMultiple: 1.1 }],
      solarPeakMultiple: 1,
      solarMounting: 'single-axis',
      battery: { powerPeakMultiple: 0.25, durationHours: 4 },
    },
    overrides: {},
  },
};

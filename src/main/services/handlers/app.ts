import type { HandlerRegistry } from '../registry';
import type { ServiceContext } from '../context';

/** Data sources named in Help › About; every figure in data/ carries its own URL as well. */
const DATA_SOURCES = [
  { title: 'NREL Annual Technology Baseline 2024', url: 'https://atb.nrel.gov/electricity/2024/data' },
  { title: 'EIA Annual Energy Outlook 2025 — capital cost assumptions', url: 'https://www.eia.gov/outlooks/aeo/assumptions/' },
  { title: 'NREL TMY3 typical meteorological year weather (NSRDB 1991–2005)', url: 'https://www.nrel.gov/docs/fy08osti/43156.pdf' },
  { title: 'EPA eGRID 2023 grid carbon intensity', url: 'https://www.epa.gov/egrid' },
  { title: 'EIA Electric Power Monthly — residential prices', url: 'https://www.eia.gov/electricity/monthly/' },
];

export function registerAppHandlers(registry: HandlerRegistry, ctx: ServiceContext): void {
  registry.register('app:info', () => ({
    name: 'Stargrid',
    version: ctx.appVersion,
    mode: ctx.mode,
    versions: ctx.versions,
    dataSources: DATA_SOURCES,
    project: ctx.session.info(),
  }));
}

import type { CliCommand } from '../command';

/**
 * Every sub-command, in the order `stargrid --help` lists them. Each module is imported only
 * when its command runs (or for `--help`), so `stargrid sites` never loads the LP solver, the
 * Monte Carlo or the web server.
 */
export type CommandEntry = { name: string; load: () => Promise<CliCommand> };

export const commands: CommandEntry[] = [
  { name: 'firm-capacity', load: async () => (await import('./firm-capacity')).firmCapacityCommand },
  { name: 'headroom', load: async () => (await import('./headroom')).headroomCommand },
  { name: 'optimize', load: async () => (await import('./optimize')).optimizeCommand },
  { name: 'portfolio', load: async () => (await import('./portfolio')).portfolioCommand },
  { name: 'rate-impact', load: async () => (await import('./rate-impact')).rateImpactCommand },
  { name: 'reliability', load: async () => (await import('./reliability')).reliabilityCommand },
  { name: 'sensitivity', load: async () => (await import('./sensitivity')).sensitivityCommand },
  { name: 'serve', load: async () => (await import('./serve')).serveCommand },
  { name: 'simulate', load: async () => (await import('./simulate')).simulateCommand },
  { name: 'sites', load: async () => (await import('./sites')).sitesCommand },
  { name: 'sweep', load: async () => (await import('./sweep')).sweepCommand },
];

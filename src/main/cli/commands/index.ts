import type { CliCommand } from '../command';
import { optimizeCommand } from './optimize';
import { portfolioCommand } from './portfolio';
import { rateImpactCommand } from './rate-impact';
import { reliabilityCommand } from './reliability';
import { sensitivityCommand } from './sensitivity';
import { serveCommand } from './serve';
import { simulateCommand } from './simulate';
import { sitesCommand } from './sites';
import { sweepCommand } from './sweep';

/** Every sub-command, in the order `stargrid --help` lists them. One line per command. */
export const commands: CliCommand[] = [
  optimizeCommand,
  portfolioCommand,
  rateImpactCommand,
  reliabilityCommand,
  sensitivityCommand,
  serveCommand,
  simulateCommand,
  sitesCommand,
  sweepCommand,
];

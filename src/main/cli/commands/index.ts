import type { CliCommand } from '../command';
import { rateImpactCommand } from './rate-impact';
import { serveCommand } from './serve';
import { sitesCommand } from './sites';

/** Every sub-command, in the order `stargrid --help` lists them. One line per command. */
export const commands: CliCommand[] = [
  rateImpactCommand,
  serveCommand,
  sitesCommand,
];

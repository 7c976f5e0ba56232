/** One `stargrid` sub-command. `run` returns the process exit code. */
export type CliIO = {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
};

export type CliCommand = {
  name: string;
  summary: string;
  usage: string;
  run: (argv: string[], io: CliIO) => Promise<number>;
};

/**
 * Bad input from the user. The CLI prints `message` as one line on stderr and exits 2;
 * anything else thrown is a bug and exits 1.
 */
export class CliUsageError extends Error {
  override name = 'CliUsageError';
}

import { CliUsageError, type CliIO } from './command';
import { loadSheetMath } from '../../power-model/sheets/index';
import { commands } from './commands/index';

// Commands evaluate sheets through the services, whose registry loads mathjs only where a sheet
// needs it (registry.ts): the sheets the planner builds compile without it, so `simulate` and
// `portfolio` start without its third of a second. `rate-impact` evaluates a file's sheets in the
// command itself, where a sheet outside the plain compiler's reach would find mathjs missing: it
// loads mathjs first.
const SHEET_COMMANDS: ReadonlySet<string> = new Set(['rate-impact']);

/** The command list with each summary: the one place that loads every command module. */
async function helpText(): Promise<string> {
  const loaded = await Promise.all(commands.map((c) => c.load()));
  const width = Math.max(...loaded.map((c) => c.name.length), 4);
  const lines = loaded.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
  return ['Usage: stargrid <command> [options]', '', 'Commands:', ...lines, '', 'Run `stargrid <command> --help` for its options.'].join('\n');
}

/** Runs the CLI with `argv` (without node and script) and returns the exit code. */
export async function runCli(argv: string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout((await helpText()) + '\n');
    return name === undefined ? 2 : 0;
  }
  const entry = commands.find((c) => c.name === name);
  if (!entry) {
    io.stderr(`stargrid: unknown command "${name}" (try: ${commands.map((c) => c.name).join(', ')})\n`);
    return 2;
  }
  const command = await entry.load();
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(`Usage: ${command.usage}\n\n${command.summary}\n`);
    return 0;
  }
  try {
    if (SHEET_COMMANDS.has(name)) await loadSheetMath();
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof CliUsageError) {
      io.stderr(`stargrid ${name}: ${error.message}\n`);
      return 2;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`stargrid ${name}: ${message.split('\n')[0]}\n`);
    return 1;
  }
}

const isEntry = process.argv[1] !== undefined && /cli[\\/]index\.(ts|js|mjs)$/.test(process.argv[1]);
if (isEntry) {
  const io: CliIO = {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
  };
  runCli(process.argv.slice(2), io).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`stargrid: ${String(error)}\n`);
      process.exitCode = 1;
    },
  );
}

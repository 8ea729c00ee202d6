// `reviewguard <command>`: dispatches to one module per subcommand.
import { type CliIO, EXIT_USAGE, UsageError } from './io.ts';
import { useReadableErrors } from '../protocol.ts';

useReadableErrors();

const USAGE = `Usage: reviewguard <command> [options]

Commands:
  lint       Check a buyer message against Amazon's messaging rules (stdin)
  classify   Decide whether a review / feedback can be reported for removal (stdin)

Run "reviewguard <command> --help" for a command's options.
`;

type Runner = (args: string[], io: CliIO) => Promise<number>;

const COMMANDS: Record<string, () => Promise<Runner>> = {
  lint: async () => (await import('./lint.ts')).run,
  classify: async () => (await import('./classify.ts')).run,
};

export async function main(argv: string[], io: CliIO): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    (command ? io.stdout : io.stderr)(USAGE);
    return command ? 0 : EXIT_USAGE;
  }
  const load = COMMANDS[command];
  if (!load) {
    io.stderr(`reviewguard: unknown command "${command}"\n\n${USAGE}`);
    return EXIT_USAGE;
  }
  try {
    return await (await load())(rest, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`reviewguard ${command}: ${e.message}\nRun "reviewguard ${command} --help" for usage.\n`);
      return EXIT_USAGE;
    }
    io.stderr(`reviewguard ${command}: ${(e as Error).message}\n`);
    return EXIT_USAGE;
  }
}

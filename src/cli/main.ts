/**
 * The `cuohe` command: `match`, `schedule`, `validate`, `calibrate` and `report` for organisers and procurement
 * teams working from spreadsheets. Exit codes: 0 ok, 1 invalid input, 2 usage error.
 */
import { CommanderError } from 'commander';
import { program } from './program.js';
import { EXIT, localeOf, reportError } from './report.js';

export async function main(argv: string[]): Promise<number> {
  try {
    // The help is in the language of --locale (never the machine's): read before parsing, for --help.
    await program(localeOf(argv)).parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : EXIT.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end with code 0; unknown options and missing arguments are usage errors.
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    return reportError(error, 200, localeOf(argv));
  }
}

// `cuohe match … | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(typeof process.exitCode === 'number' ? process.exitCode : EXIT.ok);
});

process.exitCode = await main(process.argv);

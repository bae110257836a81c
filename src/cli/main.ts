/**
 * The `cuohe` command: `match`, `schedule`, `validate`, `calibrate` and `report` for organisers and procurement
 * teams working from spreadsheets. Exit codes: 0 ok, 1 invalid input, 2 usage error.
 */
import { Command, CommanderError, Option } from 'commander';
import { registerCalibrate } from './commands/calibrate.js';
import { runMatch } from './commands/match.js';
import { registerReport } from './commands/report.js';
import { runSchedule } from './commands/schedule.js';
import { runValidate } from './commands/validate.js';
import { EXIT, localeOf, reportError } from './report.js';
import { packageVersion } from './version.js';

const SHEET = '--sheet <name|number>';
const SHEET_HELP =
  'worksheet of .xlsx inputs: its name or its position (1 = first tab); default: the first visible sheet';

export function program(): Command {
  const cli = new Command('cuohe')
    .description('Cross-border supplier–buyer matchmaking: rank pairs and schedule one-to-one meetings.')
    .version(packageVersion(), '-V, --version', 'print the version (版本)')
    .exitOverride()
    .showHelpAfterError();

  cli
    .command('match')
    .description('rank the best suppliers for every buyer')
    .requiredOption('--suppliers <file>', 'exhibitors / suppliers (.csv, .json or .xlsx)')
    .requiredOption('--buyers <file>', 'buyers / purchase lines (.csv, .json or .xlsx)')
    .option('--top <n>', 'matches per buyer', '10')
    .option('--min-score <x>', 'only matches scoring at least this (0–1)')
    .option(
      '--weights <spec>',
      'component weights, e.g. industry=0.5,region=0.2, or a weights.json from cuohe calibrate',
    )
    .option('--as-of <date>', 'reference date for deadlines (YYYY-MM-DD; default today)')
    .addOption(new Option('--locale <locale>', 'language of the reasons').choices(['en', 'zh']).default('en'))
    .option('--encoding <name>', 'file encoding (utf-8, gb18030, gbk); default: detect')
    .option('--columns <file>', 'JSON mapping of column headers to field names')
    .option('--ignore-columns <names>', 'comma-separated CSV columns to leave out (other unknown columns are errors)')
    .option('--skip-invalid', 'continue with the valid rows')
    .option('--rejects <file>', 'write the invalid rows and their problems here (CSV)')
    .option('--out <file>', 'write the matches (.csv, .json or .xlsx)')
    .option('--format <format>', 'csv, json or xlsx (default: from the --out extension)')
    .option(SHEET, SHEET_HELP)
    .option('--suppliers-sheet <name|number>', 'worksheet of an .xlsx --suppliers file (overrides --sheet)')
    .option('--buyers-sheet <name|number>', 'worksheet of an .xlsx --buyers file (overrides --sheet)')
    .option('--bom', 'start CSV output (matches and rejects) with a UTF-8 BOM (for Excel)')
    .action(async (o) => {
      process.exitCode = await runMatch(o);
    });

  cli
    .command('schedule')
    .description('turn matches into one-to-one meetings and agendas')
    .requiredOption(
      '--matches <file>',
      'matches .csv or .xlsx (from cuohe match): buyerId, supplierId, mutual or score',
    )
    .option('--slots <file>', 'slots CSV with start,end columns (ISO 8601 with offset)')
    .option('--date <YYYY-MM-DD>', 'event day, to generate slots')
    .option('--timezone <zone>', 'venue time zone (IANA), to generate slots')
    .option('--start <HH:mm>', 'first slot', '09:00')
    .option('--slot-minutes <n>', 'meeting length', '20')
    .option('--count <n>', 'number of slots', '16')
    .option('--tables <n>', 'meetings at once')
    .option('--max-meetings <n>', 'default meetings per participant')
    .option('--min-per-supplier <n>', 'fairness floor: meetings every supplier should get')
    .option(
      '--participants <file>',
      'CSV or .xlsx with id, side, maxMeetings, available (start/end;start/end), name, email, timeZone',
    )
    .option('--encoding <name>', 'file encoding; default: detect')
    .option(
      '--out <dir>',
      'write schedule.csv and agendas/*.csv, *.ics here (a folder named agendas gets the agenda files itself)',
    )
    .addOption(
      new Option('--format <format>', 'csv, or xlsx for schedule.xlsx and agendas/*.xlsx').choices(['csv', 'xlsx']),
    )
    .option(SHEET, SHEET_HELP)
    .option('--bom', 'start CSV output with a UTF-8 BOM (for Excel)')
    .addOption(
      new Option('--locale <locale>', 'language of the summary and the calendar entries (.ics)').choices(['en', 'zh']),
    )
    .option(
      '--previous <file>',
      'repair this earlier schedule.csv: meetings that can stay keep slot and table; writes changes.csv',
    )
    .option(
      '--organizer <"Name <mail>">',
      'calendar organiser: .ics files become invitations (METHOD:REQUEST) for participants with an e-mail; ' +
        'with --previous, dropped meetings get .cancel.ics files (METHOD:CANCEL)',
    )
    .action(async (o) => {
      process.exitCode = await runSchedule(o);
    });

  cli
    .command('validate')
    .description('report every problem in a profile file, row by row')
    .argument('<file>', 'suppliers or buyers (.csv, .json or .xlsx)')
    .addOption(
      new Option('--kind <kind>', 'default: buyers when there is a "wants" column (after --columns)').choices([
        'suppliers',
        'buyers',
      ]),
    )
    .option(SHEET, SHEET_HELP)
    .option('--encoding <name>', 'file encoding; default: detect')
    .option('--columns <file>', 'JSON mapping of column headers to field names')
    .option('--ignore-columns <names>', 'comma-separated CSV columns to leave out (other unknown columns are errors)')
    .addOption(new Option('--locale <locale>', 'language of the problems reported').choices(['en', 'zh']).default('en'))
    .action(async (file, o) => {
      process.exitCode = await runValidate(file, o);
    });
  registerCalibrate(cli);
  registerReport(cli);
  return cli;
}

export async function main(argv: string[]): Promise<number> {
  try {
    await program().parseAsync(argv);
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

/** The `cuohe` command tree: its commands, their options, and its help in English or Chinese. */
import { Command, Option } from 'commander';
import { registerCalibrate } from './commands/calibrate.js';
import { runMatch } from './commands/match.js';
import { registerReport } from './commands/report.js';
import { runSchedule } from './commands/schedule.js';
import { runValidate } from './commands/validate.js';
import { applyHelpTexts, type HelpLocale } from './help.js';
import { packageVersion } from './version.js';

const SHEET = '--sheet <name|number>';

/**
 * The command tree, with its help in English or Chinese (help-text.ts has the descriptions).
 * @example
 * program('zh').commands.find((c) => c.name() === 'match')!.helpInformation(); // 用法：cuohe match [options] …
 */
export function program(locale: HelpLocale = 'en'): Command {
  const cli = new Command('cuohe').version(packageVersion(), '-V, --version').exitOverride().showHelpAfterError();

  cli
    .command('match')
    .requiredOption('--suppliers <file>')
    .requiredOption('--buyers <file>')
    .addOption(new Option('--top <n>').default('10'))
    .option('--min-score <x>')
    .option('--weights <spec>')
    .option('--as-of <date>')
    .addOption(new Option('--locale <locale>').choices(['en', 'zh']).default('en'))
    .option('--encoding <name>')
    .option('--columns <file>')
    .option('--ignore-columns <names>')
    .option('--skip-invalid')
    .option('--rejects <file>')
    .option('--out <file>')
    .option('--format <format>')
    .option(SHEET)
    .option('--suppliers-sheet <name|number>')
    .option('--buyers-sheet <name|number>')
    .option('--bom')
    .action(async (o) => {
      process.exitCode = await runMatch(o);
    });

  cli
    .command('schedule')
    .requiredOption('--matches <file>')
    .option('--slots <file>')
    .option('--date <YYYY-MM-DD>')
    .option('--timezone <zone>')
    .addOption(new Option('--start <HH:mm>').default('09:00'))
    .addOption(new Option('--slot-minutes <n>').default('20'))
    .addOption(new Option('--count <n>').default('16'))
    .option('--tables <n>')
    .option('--max-meetings <n>')
    .option('--min-per-supplier <n>')
    .option('--participants <file>')
    .option('--encoding <name>')
    .option('--out <dir>')
    .addOption(new Option('--format <format>').choices(['csv', 'xlsx']))
    .option(SHEET)
    .option('--bom')
    .addOption(new Option('--locale <locale>').choices(['en', 'zh']))
    .option('--previous <file>')
    .option('--organizer <"Name <mail>">')
    .action(async (o) => {
      process.exitCode = await runSchedule(o);
    });

  cli
    .command('validate')
    .argument('<file>')
    .addOption(new Option('--kind <kind>').choices(['suppliers', 'buyers']))
    .option(SHEET)
    .option('--encoding <name>')
    .option('--columns <file>')
    .option('--ignore-columns <names>')
    .addOption(new Option('--locale <locale>').choices(['en', 'zh']).default('en'))
    .action(async (file, o) => {
      process.exitCode = await runValidate(file, o);
    });
  registerCalibrate(cli);
  registerReport(cli);
  return applyHelpTexts(cli, locale);
}

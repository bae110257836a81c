/** `cuohe report`: the matches and the schedule (and the profiles) as one self-contained HTML report. */
import { basename } from 'node:path';
import { type Command, Option } from 'commander';
import { isTimeZone } from '../../geo/timezone.js';
import { type ReportCsvFiles, reportInputFromCsv } from '../../report/data/read-csv.js';
import type { ReportInput, ReportOptions } from '../../report/types.js';
import { loadProfiles, readText } from '../load.js';
import { checkOutputs, staged } from '../output.js';
import { OptionError, reportError, say } from '../report.js';

interface ReportCommandOptions {
  matches: string;
  schedule: string;
  suppliers?: string;
  buyers?: string;
  tables?: string;
  locale: 'en' | 'zh';
  title?: string;
  timezone?: string;
  encoding?: string;
  columns?: string;
  out: string;
}

const SAID = {
  en: (file: string, kb: number, meetings: number, people: number) =>
    `wrote ${file} (${kb} KB): ${meetings} meetings, ${people} participants\n`,
  zh: (file: string, kb: number, meetings: number, people: number) =>
    `已写入 ${file}（${kb} KB）：洽谈 ${meetings} 场，参会方 ${people} 家\n`,
};

export function registerReport(cli: Command): void {
  cli
    .command('report')
    .requiredOption('--matches <file>')
    .requiredOption('--schedule <file>')
    .option('--suppliers <file>')
    .option('--buyers <file>')
    .option('--tables <n>')
    .addOption(new Option('--locale <locale>').choices(['en', 'zh']).default('en'))
    .option('--title <text>')
    .option('--timezone <zone>')
    .option('--encoding <name>')
    .option('--columns <file>')
    .requiredOption('--out <file>')
    .action((o: ReportCommandOptions) => {
      const job = prepareReport(o);
      // The chart library is loaded by this command only, so that the others start fast; the
      // exit code is set when the report is written.
      void import('../../report/render-report.js')
        .then(({ renderReport }) => {
          process.exitCode = writeReport(job, renderReport);
        })
        .catch((error: unknown) => {
          process.exitCode = reportError(error, 200, o.locale);
        });
    });
}

interface ReportJob {
  o: ReportCommandOptions;
  input: ReportInput;
  options: ReportOptions;
}

/** Options checked and files read (usage and file errors are thrown here, before any chart is drawn). */
function prepareReport(o: ReportCommandOptions): ReportJob {
  let tables: number | undefined;
  if (o.tables !== undefined) {
    tables = Number(o.tables);
    if (o.tables.trim() === '' || !Number.isInteger(tables) || tables < 1)
      throw new OptionError('--tables', { rule: 'not-whole-from-1', value: o.tables });
  }
  if (o.timezone !== undefined && !isTimeZone(o.timezone))
    throw new OptionError('--timezone', { rule: 'not-timezone-example', value: o.timezone });
  checkOutputs(
    {
      '--matches': o.matches,
      '--schedule': o.schedule,
      '--suppliers': o.suppliers,
      '--buyers': o.buyers,
      '--columns': o.columns,
    },
    { '--out': o.out },
  );
  const load = {
    ...(o.encoding !== undefined ? { encoding: o.encoding } : {}),
    ...(o.columns !== undefined ? { columns: o.columns } : {}),
  };
  const files: ReportCsvFiles = {
    matches: readText(o.matches, o.encoding),
    schedule: readText(o.schedule, o.encoding),
    matchesName: basename(o.matches),
    scheduleName: basename(o.schedule),
  };
  if (o.suppliers) files.suppliers = loadProfiles('suppliers', o.suppliers, load).profiles;
  if (o.buyers) files.buyers = loadProfiles('buyers', o.buyers, load).profiles;
  if (tables !== undefined) files.tables = tables;
  const input = reportInputFromCsv(files);
  const options: ReportOptions = {
    locale: o.locale,
    ...(o.title !== undefined ? { title: o.title } : {}),
    ...(o.timezone !== undefined ? { venueTimeZone: o.timezone } : {}),
  };
  return { o, input, options };
}

/** The report rendered and put in place as a whole (a failure leaves the previous file). */
function writeReport(
  { o, input, options }: ReportJob,
  renderReport: (input: ReportInput, options: ReportOptions) => string,
): number {
  const html = renderReport(input, options);
  staged((out) => out.file(o.out, html));
  const people = new Set([...input.pairs, ...input.meetings].flatMap((p) => [`b:${p.buyerId}`, `s:${p.supplierId}`]));
  for (const p of input.suppliers ?? []) people.add(`s:${p.id}`);
  for (const p of input.buyers ?? []) people.add(`b:${p.id}`);
  say(SAID[o.locale](o.out, Math.round(Buffer.byteLength(html) / 1024), input.meetings.length, people.size));
  return 0;
}

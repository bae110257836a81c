/** Printing for the CLI: errors as `file:line: field: message`, and exit codes. */
import {
  type IssueCode,
  type IssueLocale,
  type IssueParams,
  issue,
  issueMessage,
  ValidationError,
  type ValidationIssue,
} from '../model/validation-error.js';

export const EXIT = { ok: 0, invalid: 1, usage: 2 } as const;

/** A bad option value (`--top abc`, `--date 2026-13-01`): a usage error, exit code 2. */
export class OptionError extends ValidationError {
  /** `problem`: a rule and its params (model/issue-rules.ts), or English specifics. */
  constructor(flag: string, problem: IssueParams | string, code: IssueCode = 'invalid-value') {
    super([issue([flag], code, problem)], `invalid ${flag}`);
  }
}

/**
 * Text from input files made safe for a terminal: control characters (escape sequences that
 * could recolour, retitle or rewrite the screen, NUL, bidi overrides) are shown as \u{…}.
 */
export function printable(text: string): string {
  return text.replace(
    /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g,
    (c) => `\\u{${c.charCodeAt(0).toString(16)}}`,
  );
}

/** Writes to stdout with `printable` applied. */
export function say(text: string): void {
  process.stdout.write(printable(text));
}

/** The words of the error report, in English and Chinese. */
const SAID = {
  en: {
    option: (flag: string, message: string) => `error: option ${flag}: ${message}`,
    row: (where: string) => `, ${where}`,
    more: (n: number) => `… and ${n} more problems`,
    found: (n: number) => `${n} problem${n === 1 ? '' : 's'} found`,
    line: 'file:N is line N of the file, the header being line 1',
    rows: "rows are the spreadsheet's row numbers, the header row being row 1",
    records: 'records are counted from 1',
    separator: '; ',
    brackets: (text: string) => ` (${text})`,
    error: (message: string) => `error: ${message}`,
  },
  zh: {
    option: (flag: string, message: string) => `错误：选项 ${flag}：${message}`,
    row: (where: string) => {
      const [kind, n] = where.split(' ');
      return kind === 'record' ? `，第 ${n} 条记录` : `，第 ${n} 行`;
    },
    more: (n: number) => `……另有 ${n} 个问题`,
    found: (n: number) => `共发现 ${n} 个问题`,
    line: 'file:N 指文件的第 N 行，表头为第 1 行',
    rows: '行号为电子表格的行号，表头为第 1 行',
    records: '记录从 1 开始计数',
    separator: '；',
    brackets: (text: string) => `（${text}）`,
    error: (message: string) => `错误：${message}`,
  },
} as const;

/**
 * One issue as `file:line: field: message (id …)`, the message in English or Chinese.
 */
export function formatLocated(issue: ValidationIssue, locale: IssueLocale = 'en'): string {
  const [file, where, ...rest] = issue.path;
  // CSV lines as editors show them (file:5:), spreadsheet rows and JSON records by name.
  const line =
    typeof where === 'string' && where.startsWith('line ')
      ? `:${where.slice(5)}`
      : typeof where === 'string' && /^(row|record) \d+$/.test(where)
        ? SAID[locale].row(where)
        : where !== undefined
          ? ` [${String(where)}]`
          : '';
  const field = rest.length ? ` ${rest.join('.')}:` : '';
  const id = issue.id !== undefined ? ` (id ${issue.id})` : '';
  return `${String(file ?? '')}${line}:${field} ${issueMessage(issue, locale)}${id}`;
}

/** Prints a ValidationError's issues (at most `max`), in English or Chinese, and returns the exit code. */
export function reportError(error: unknown, max = 200, locale: IssueLocale = 'en'): number {
  const said = SAID[locale];
  if (error instanceof OptionError) {
    for (const issue of error.issues)
      process.stderr.write(`${said.option(String(issue.path[0]), printable(issueMessage(issue, locale)))}\n`);
    return EXIT.usage;
  }
  if (error instanceof ValidationError) {
    for (const issue of error.issues.slice(0, max))
      process.stderr.write(`${printable(formatLocated(issue, locale))}\n`);
    if (error.issues.length > max) process.stderr.write(`${said.more(error.issues.length - max)}\n`);
    process.stderr.write(`${said.found(error.issues.length)}${numbering(error.issues, locale)}\n`);
    return EXIT.invalid;
  }
  process.stderr.write(`${said.error(printable(String((error as Error)?.message ?? error)))}\n`);
  return EXIT.invalid;
}

/** How the numbers in the messages count, said once: every number is 1-based. */
function numbering(issues: readonly ValidationIssue[], locale: IssueLocale): string {
  const kinds = new Set(
    issues.map((i) => (typeof i.path[1] === 'string' ? /^(line|row|record) /.exec(i.path[1])?.[1] : undefined)),
  );
  const said: string[] = [];
  if (kinds.has('line')) said.push(SAID[locale].line);
  if (kinds.has('row')) said.push(SAID[locale].rows);
  if (kinds.has('record')) said.push(SAID[locale].records);
  return said.length ? SAID[locale].brackets(said.join(SAID[locale].separator)) : '';
}

/**
 * The language a command line asks for (`--locale zh` or `--locale=zh`), for its error report.
 */
export function localeOf(argv: readonly string[]): IssueLocale {
  for (let i = 0; i < argv.length; i++) {
    const value =
      argv[i] === '--locale' ? argv[i + 1] : argv[i]!.startsWith('--locale=') ? argv[i]!.slice(9) : undefined;
    if (value === 'zh') return 'zh';
  }
  return 'en';
}

/** Printing for the CLI: errors as `file:line: field: message`, and exit codes. */
import { ValidationError, type ValidationIssue } from '../model/validation-error.js';

export const EXIT = { ok: 0, invalid: 1, usage: 2 } as const;

/** A bad option value (`--top abc`, `--date 2026-13-01`): a usage error, exit code 2. */
export class OptionError extends ValidationError {
  constructor(flag: string, message: string) {
    super([{ path: [flag], message }], `invalid ${flag}`);
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

export function formatLocated(issue: ValidationIssue): string {
  const [file, where, ...rest] = issue.path;
  // CSV lines as editors show them (file:5:), spreadsheet rows and JSON records by name.
  const line =
    typeof where === 'string' && where.startsWith('line ')
      ? `:${where.slice(5)}`
      : typeof where === 'string' && /^(row|record) \d+$/.test(where)
        ? `, ${where}`
        : where !== undefined
          ? ` [${String(where)}]`
          : '';
  const field = rest.length ? ` ${rest.join('.')}:` : '';
  const id = issue.id !== undefined ? ` (id ${issue.id})` : '';
  return `${String(file ?? '')}${line}:${field} ${issue.message}${id}`;
}

/** Prints a ValidationError's issues (at most `max`) and returns the exit code. */
export function reportError(error: unknown, max = 200): number {
  if (error instanceof OptionError) {
    for (const issue of error.issues)
      process.stderr.write(`error: option ${String(issue.path[0])}: ${printable(issue.message)}\n`);
    return EXIT.usage;
  }
  if (error instanceof ValidationError) {
    for (const issue of error.issues.slice(0, max)) process.stderr.write(`${printable(formatLocated(issue))}\n`);
    if (error.issues.length > max) process.stderr.write(`… and ${error.issues.length - max} more problems\n`);
    process.stderr.write(
      `${error.issues.length} problem${error.issues.length === 1 ? '' : 's'} found${numbering(error.issues)}\n`,
    );
    return EXIT.invalid;
  }
  process.stderr.write(`error: ${printable(String((error as Error)?.message ?? error))}\n`);
  return EXIT.invalid;
}

/** How the numbers in the messages count, said once: every number is 1-based. */
function numbering(issues: readonly ValidationIssue[]): string {
  const kinds = new Set(
    issues.map((i) => (typeof i.path[1] === 'string' ? /^(line|row|record) /.exec(i.path[1])?.[1] : undefined)),
  );
  const said: string[] = [];
  if (kinds.has('line')) said.push('file:N is line N of the file, the header being line 1');
  if (kinds.has('row')) said.push("rows are the spreadsheet's row numbers, the header row being row 1");
  if (kinds.has('record')) said.push('records are counted from 1');
  return said.length ? ` (${said.join('; ')})` : '';
}

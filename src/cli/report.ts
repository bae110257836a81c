/** Printing for the CLI: errors as `file:line: field: message`, and exit codes. */
import { ValidationError, type ValidationIssue } from '../model/validation-error.js';

export const EXIT = { ok: 0, invalid: 1, usage: 2 } as const;

export function formatLocated(issue: ValidationIssue): string {
  const [file, where, ...rest] = issue.path;
  const line = typeof where === 'string' && where.startsWith('line ') ? `:${where.slice(5)}` : where !== undefined ? ` [${String(where)}]` : '';
  const field = rest.length ? ` ${rest.join('.')}:` : '';
  const id = issue.id !== undefined ? ` (id ${issue.id})` : '';
  return `${String(file ?? '')}${line}:${field} ${issue.message}${id}`;
}

/** Prints a ValidationError's issues (at most `max`) and returns the exit code. */
export function reportError(error: unknown, max = 200): number {
  if (error instanceof ValidationError) {
    for (const issue of error.issues.slice(0, max)) process.stderr.write(`${formatLocated(issue)}\n`);
    if (error.issues.length > max) process.stderr.write(`… and ${error.issues.length - max} more problems\n`);
    process.stderr.write(`${error.issues.length} problem${error.issues.length === 1 ? '' : 's'} found\n`);
    return EXIT.invalid;
  }
  process.stderr.write(`error: ${(error as Error)?.message ?? String(error)}\n`);
  return EXIT.invalid;
}

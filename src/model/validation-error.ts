/**
 * One problem found in the input: where (record index, then field) and what.
 * @example
 * const issue: ValidationIssue = { path: [12, 'products', 0], message: '"8504x" is not an HS code', id: 'S13' };
 */
export interface ValidationIssue {
  path: (string | number)[];
  message: string;
  /** The record's id, when it has a readable one. */
  id?: string;
}

/**
 * Thrown by every public function given bad input. `issues` lists every problem found,
 * each with a path naming the record and the field, e.g. `[12, 'products', 0]`.
 * @example
 * try { parseSuppliers(rows); } catch (e) { if (e instanceof ValidationError) e.issues.forEach((i) => console.log(i.path, i.message)); }
 */
export class ValidationError extends Error {
  readonly issues: ValidationIssue[];

  constructor(issues: ValidationIssue[], context?: string) {
    const shown = issues.slice(0, 5).map(formatIssue).join('; ');
    const more = issues.length > 5 ? ` (and ${issues.length - 5} more)` : '';
    super(`${context ? `${context}: ` : ''}${shown}${more}`);
    this.name = 'ValidationError';
    this.issues = issues;
  }
}

/** `[12, 'products', 0]: "8504x" is not an HS code` */
export function formatIssue(issue: ValidationIssue): string {
  const path = issue.path.length ? `[${issue.path.map((p) => JSON.stringify(p)).join(', ')}]` : '[]';
  const id = issue.id !== undefined ? ` (id ${JSON.stringify(issue.id)})` : '';
  return `${path}${id}: ${issue.message}`;
}

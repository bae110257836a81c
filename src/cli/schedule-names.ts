/**
 * Names and contact details for `cuohe schedule`: company names from the matches file
 * (`buyerName`, `supplierName`, as `cuohe match` writes them) and the `name`, `email` and
 * `timeZone` columns of the participants file, so agendas and calendars name people.
 */

import { isTimeZone } from '../geo/timezone.js';
import { issue, ValidationError, type ValidationIssue } from '../model/validation-error.js';
import { isEmail } from '../schedule/agenda.js';
import type { Participant } from '../schedule/types.js';
import { participantKey } from '../schedule/validate.js';

/** Names by participant key (side + id) from a matches table (CSV or sheet); the first non-empty name of an id wins. */
export function matchNames({
  header,
  rows,
}: {
  header: readonly string[];
  rows: readonly { cells: Record<string, string | undefined> }[];
}): Map<string, string> {
  const names = new Map<string, string>();
  for (const [side, idColumn, nameColumn] of [
    ['buyer', 'buyerId', 'buyerName'],
    ['supplier', 'supplierId', 'supplierName'],
  ] as const) {
    if (!header.includes(nameColumn)) continue;
    for (const r of rows) {
      const id = r.cells[idColumn];
      const name = r.cells[nameColumn]?.trim();
      if (id && name && !names.has(participantKey(side, id))) names.set(participantKey(side, id), name);
    }
  }
  return names;
}

/** The optional `name`, `email` and `timeZone` cells of a participants row onto `p` (checked later by `agendas`). */
export function participantDetailCells(p: Participant, cells: Record<string, string>): void {
  const name = cells.name?.trim();
  const email = cells.email?.trim();
  const timeZone = cells.timeZone?.trim();
  if (name) p.name = name;
  if (email) p.email = email;
  if (timeZone) p.timeZone = timeZone;
}

/** Participants without a name of their own get the one from the matches file. */
export function nameFromMatches(participants: Participant[], names: Map<string, string>): void {
  for (const p of participants) {
    const name = names.get(participantKey(p.side, p.id));
    if (p.name === undefined && name !== undefined) p.name = name;
  }
}

/** A participants file's bad e-mail or time zone, reported with its line and column. */
export function checkParticipantRowDetails(p: Participant, file: string, line: number): void {
  const issues: ValidationIssue[] = [];
  if (p.email !== undefined && !isEmail(p.email))
    issues.push(issue([file, `line ${line}`, 'email'], 'invalid-value', `"${p.email}" is not an e-mail address`));
  if (p.timeZone !== undefined && !isTimeZone(p.timeZone))
    issues.push(
      issue(
        [file, `line ${line}`, 'timeZone'],
        'invalid-value',
        `"${p.timeZone}" is not an IANA time zone (e.g. America/New_York)`,
      ),
    );
  if (issues.length) throw new ValidationError(issues);
}

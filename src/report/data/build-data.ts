/** The report's data model, computed once from the validated input; the HTML parts only read it. */
import type { ReportInput, ReportPair } from '../types.js';
import { type Figures, headlineFigures } from './figures.js';
import { type HeatTable, heatTable } from './heat.js';
import { type Histogram, scoreHistogram } from './histogram.js';
import { type NoMeeting, whoHasNoMeeting } from './no-meeting.js';
import { collectPeople, type Person } from './people.js';
import { validateReportInput } from './validate-input.js';

export interface ReportData {
  input: ReportInput;
  people: Map<string, Person>;
  tables: number;
  figures: Figures;
  heat: HeatTable | null;
  histogram: Histogram;
  noMeeting: NoMeeting[];
  /** Proposed pair by `pairKey` (for names and reasons in the grid and agendas). */
  pairs: Map<string, ReportPair>;
  /** Unplaced pairs by reason. */
  unplacedByReason: Map<string, number>;
}

export const pairKey = (buyerId: string, supplierId: string) => `${buyerId}\u0000${supplierId}`;

export function buildReportData(input: ReportInput): ReportData {
  validateReportInput(input);
  const people = collectPeople(input);
  const tables = input.tables ?? input.meetings.reduce((t, m) => Math.max(t, m.table), 0);
  const pairs = new Map<string, ReportPair>();
  for (const p of input.pairs) {
    const key = pairKey(p.buyerId, p.supplierId);
    const known = pairs.get(key);
    if (!known || p.score > known.score) pairs.set(key, p);
  }
  const unplacedByReason = new Map<string, number>();
  for (const u of input.unscheduled ?? []) unplacedByReason.set(u.reason, (unplacedByReason.get(u.reason) ?? 0) + 1);
  return {
    input,
    people,
    tables,
    figures: headlineFigures(input, people, tables),
    heat: heatTable(input),
    histogram: scoreHistogram(
      [...pairs.values()].map((p) => p.score),
      input.meetings.map((m) => m.score),
    ),
    noMeeting: whoHasNoMeeting(input, people),
    pairs,
    unplacedByReason,
  };
}

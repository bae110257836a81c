/** The headline figures of the day. */
import type { ReportInput } from '../types.js';
import type { Person } from './people.js';

export interface Figures {
  buyers: number;
  suppliers: number;
  meetings: number;
  tables: number;
  /** Slots × tables. */
  tableSlots: number;
  /** Meetings / table-slots, 0–1 (0 when there is no table-slot). */
  utilisation: number;
  buyersWithMeeting: number;
  suppliersWithMeeting: number;
  /** Mean score of the placed meetings; null without meetings. */
  meanScore: number | null;
  proposedPairs: number;
  unplacedPairs: number;
}

export function headlineFigures(input: ReportInput, people: Map<string, Person>, tables: number): Figures {
  let buyers = 0;
  let suppliers = 0;
  let buyersWithMeeting = 0;
  let suppliersWithMeeting = 0;
  for (const p of people.values()) {
    if (p.side === 'buyer') {
      buyers++;
      if (p.meetings > 0) buyersWithMeeting++;
    } else {
      suppliers++;
      if (p.meetings > 0) suppliersWithMeeting++;
    }
  }
  const tableSlots = input.slots.length * tables;
  const total = input.meetings.reduce((s, m) => s + m.score, 0);
  return {
    buyers,
    suppliers,
    meetings: input.meetings.length,
    tables,
    tableSlots,
    utilisation: tableSlots > 0 ? input.meetings.length / tableSlots : 0,
    buyersWithMeeting,
    suppliersWithMeeting,
    meanScore: input.meetings.length ? total / input.meetings.length : null,
    proposedPairs: input.pairs.length,
    unplacedPairs: input.unscheduled?.length ?? 0,
  };
}

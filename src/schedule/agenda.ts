/** Per-participant agendas from a schedule, and CSV exports of them. */
import type { Meeting, Schedule, ScheduleInput } from './types.js';
import { toCsv } from './csv.js';
import { participantKey } from './validate.js';

/**
 * One meeting in a participant's agenda.
 * @example
 * const line = `${item.start} table ${item.table}: ${item.counterpartName ?? item.counterpartId}`;
 */
export interface AgendaItem {
  slot: number;
  start: string;
  end: string;
  table: number;
  counterpartId: string;
  counterpartName?: string;
  score: number;
  /** Why the two were matched, when the caller supplies reasons. */
  reasons: string[];
}

/**
 * A participant's meetings in time order.
 * @example
 * const [first] = agendas(schedule, input);
 * console.log(first.participantId, first.items.length);
 */
export interface Agenda {
  participantId: string;
  name?: string;
  side: 'buyer' | 'supplier';
  items: AgendaItem[];
}

/**
 * Names and reasons to put into agendas.
 * @example
 * agendas(schedule, input, { names: { S1: 'Dongguan Power' }, reasons: (b, s) => engine.score(buyerById.get(b)!, s).reasons.slice(0, 3) });
 */
export interface AgendaOptions {
  /** Display names by participant id (for both sides; see `buyerNames` / `supplierNames`). */
  names?: Record<string, string>;
  /** Display names of buyers by id; before `names` (ids are per side: buyer 1 is not supplier 1). */
  buyerNames?: Record<string, string>;
  /** Display names of suppliers by id; before `names`. */
  supplierNames?: Record<string, string>;
  /** Reason lines for a pair, e.g. from `engine.score(buyer, supplierId).reasons`. */
  reasons?: (buyerId: string, supplierId: string) => string[];
}

/**
 * Every participant's meetings in time order (participants without meetings get an empty
 * agenda, so nobody is forgotten).
 * @example
 * for (const agenda of agendas(schedule, input, { names })) send(agenda.participantId, agendaToICalendar(agenda));
 */
export function agendas(schedule: Schedule, input: ScheduleInput, options: AgendaOptions = {}): Agenda[] {
  const nameOf = (side: 'buyer' | 'supplier', id: string) => sideName(options, side, id);
  const byParticipant = new Map<string, Meeting[]>();
  for (const m of schedule.meetings) {
    for (const key of [participantKey('buyer', m.buyerId), participantKey('supplier', m.supplierId)]) {
      const list = byParticipant.get(key) ?? [];
      list.push(m);
      byParticipant.set(key, list);
    }
  }
  return input.participants.map((p) => {
    const items = (byParticipant.get(participantKey(p.side, p.id)) ?? [])
      .slice()
      .sort((a, b) => a.slot - b.slot)
      .map((m) => {
        const counterpartId = p.side === 'buyer' ? m.supplierId : m.buyerId;
        const slot = input.slots[m.slot]!;
        const item: AgendaItem = {
          slot: m.slot,
          start: slot.start,
          end: slot.end,
          table: m.table,
          counterpartId,
          score: m.score,
          reasons: options.reasons?.(m.buyerId, m.supplierId) ?? [],
        };
        const name = nameOf(p.side === 'buyer' ? 'supplier' : 'buyer', counterpartId);
        if (name !== undefined) item.counterpartName = name;
        return item;
      });
    const agenda: Agenda = { participantId: p.id, side: p.side, items };
    const name = nameOf(p.side, p.id);
    if (name !== undefined) agenda.name = name;
    return agenda;
  });
}

function sideName(options: AgendaOptions, side: 'buyer' | 'supplier', id: string): string | undefined {
  const own = side === 'buyer' ? options.buyerNames : options.supplierNames;
  for (const names of [own, options.names]) if (names && Object.prototype.hasOwnProperty.call(names, id)) return names[id];
  return undefined;
}

/**
 * One participant's agenda as CSV: slot, start, end, table, counterpart, score, reasons.
 * @example
 * writeFileSync(`${agenda.participantId}.csv`, agendaToCsv(agenda, { bom: true }));
 */
export function agendaToCsv(agenda: Agenda, options: { bom?: boolean } = {}): string {
  return toCsv(
    ['slot', 'start', 'end', 'table', 'counterpartId', 'counterpartName', 'score', 'reasons'],
    agenda.items.map((i) => [i.slot + 1, i.start, i.end, i.table, i.counterpartId, i.counterpartName ?? '', i.score.toFixed(4), i.reasons.join(' | ')]),
    options,
  );
}

/**
 * The whole schedule as CSV (one row per meeting), then the unplaced pairs with reasons.
 * @example
 * writeFileSync('schedule.csv', scheduleToCsv(schedule, input, { bom: true }));
 */
export function scheduleToCsv(schedule: Schedule, input: ScheduleInput, options: { bom?: boolean } = {}): string {
  const rows: unknown[][] = schedule.meetings.map((m) => {
    const slot = input.slots[m.slot]!;
    return ['scheduled', m.slot + 1, slot.start, slot.end, m.table, m.buyerId, m.supplierId, m.score.toFixed(4), ''];
  });
  for (const u of schedule.unscheduled) rows.push(['unscheduled', '', '', '', '', u.buyerId, u.supplierId, u.score.toFixed(4), `${u.reason}: ${u.message}`]);
  return toCsv(['status', 'slot', 'start', 'end', 'table', 'buyerId', 'supplierId', 'score', 'reason'], rows, options);
}

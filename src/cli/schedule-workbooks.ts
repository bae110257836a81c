/**
 * `cuohe schedule --format xlsx`: the schedule and every agenda as workbooks. They are made
 * from the CSV tables the command writes otherwise (same columns, same order), so the two
 * formats always agree; slot, table and score columns become numbers.
 */

import { agendaToCsv, scheduleToCsv } from '../io/schedule-csv.js';
import { csvToXlsx } from '../io/xlsx/write.js';
import type { Agenda } from '../schedule/agenda.js';
import type { Schedule, ScheduleInput } from '../schedule/types.js';

const NUMBER_COLUMNS = ['slot', 'table', 'score', 'mutual', 'rank', 'meetings'];

export async function scheduleWorkbooks(
  schedule: Schedule,
  input: ScheduleInput,
  agendas: readonly Agenda[],
): Promise<{ schedule: Uint8Array; agendas: Uint8Array[] }> {
  const workbooks: Uint8Array[] = [];
  for (const a of agendas)
    workbooks.push(
      await csvToXlsx(agendaToCsv(a), { sheet: `${a.side} ${a.participantId}`, numberColumns: NUMBER_COLUMNS }),
    );
  return {
    schedule: await csvToXlsx(scheduleToCsv(schedule, input), { sheet: 'schedule', numberColumns: NUMBER_COLUMNS }),
    agendas: workbooks,
  };
}

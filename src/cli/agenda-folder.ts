/**
 * Where `cuohe schedule --out <dir>` writes: `<dir>/schedule.csv` (or .xlsx) and `<dir>/agendas/`; but
 * when the folder given is itself called `agendas` (`--out agendas/`), the agenda files go
 * straight into it, with schedule.csv beside them — never `agendas/agendas/`.
 */
import { basename, join, resolve } from 'node:path';

export function agendaFolder(
  out: string,
  format: 'csv' | 'xlsx' = 'csv',
): { agendas: string; schedule: string; scheduleInAgendas: boolean } {
  const schedule = `schedule.${format}`;
  if (basename(resolve(out)).toLowerCase() === 'agendas')
    return { agendas: join(out), schedule: join(out, schedule), scheduleInAgendas: true };
  return { agendas: join(out, 'agendas'), schedule: join(out, schedule), scheduleInAgendas: false };
}

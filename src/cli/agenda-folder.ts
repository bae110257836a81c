/**
 * Where `cuohe schedule --out <dir>` writes: `<dir>/schedule.csv` and `<dir>/agendas/`; but
 * when the folder given is itself called `agendas` (`--out agendas/`), the agenda files go
 * straight into it, with schedule.csv beside them — never `agendas/agendas/`.
 */
import { basename, join, resolve } from 'node:path';

export function agendaFolder(out: string): { agendas: string; schedule: string; scheduleInAgendas: boolean } {
  if (basename(resolve(out)).toLowerCase() === 'agendas') return { agendas: join(out), schedule: join(out, 'schedule.csv'), scheduleInAgendas: true };
  return { agendas: join(out, 'agendas'), schedule: join(out, 'schedule.csv'), scheduleInAgendas: false };
}

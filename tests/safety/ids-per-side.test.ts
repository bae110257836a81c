/** Ids are per side (buyer 1 is not supplier 1), and every participant gets agenda files of its own. */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { participantFileNames } from '../../src/cli/file-names.js';
import { agendas, type ScheduleInput, scheduleMeetings } from '../../src/index.js';
import { cuoheIn, DAY, freshDir } from '../cli/run-cli.js';

describe('ids per side', () => {
  it('scheduleMeetings and agendas keep buyer "1" and supplier "1" apart', () => {
    const input: ScheduleInput = {
      slots: [
        { start: '2026-11-23T09:00:00+08:00', end: '2026-11-23T09:20:00+08:00' },
        { start: '2026-11-23T09:20:00+08:00', end: '2026-11-23T09:40:00+08:00' },
      ],
      participants: [
        { id: '1', side: 'buyer' },
        { id: '2', side: 'buyer' },
        { id: '1', side: 'supplier' },
        { id: '2', side: 'supplier' },
      ],
      candidates: [
        { buyerId: '1', supplierId: '1', score: 0.9 },
        { buyerId: '1', supplierId: '2', score: 0.8 },
        { buyerId: '2', supplierId: '1', score: 0.7 },
      ],
    };
    const schedule = scheduleMeetings(input);
    expect(schedule.meetings).toHaveLength(3);
    const list = agendas(schedule, input, {
      buyerNames: { '1': 'Berlin Energy', '2': 'Lyon Retail' },
      supplierNames: { '1': 'Shenzhen Power', '2': 'Hanoi Cable' },
    });
    const buyer1 = list.find((a) => a.side === 'buyer' && a.participantId === '1')!;
    const supplier1 = list.find((a) => a.side === 'supplier' && a.participantId === '1')!;
    expect(buyer1.name).toBe('Berlin Energy');
    expect(buyer1.items.map((i) => i.counterpartName).sort()).toEqual(['Hanoi Cable', 'Shenzhen Power']);
    expect(supplier1.name).toBe('Shenzhen Power');
    expect(supplier1.items.map((i) => i.counterpartName).sort()).toEqual(['Berlin Energy', 'Lyon Retail']);
  });

  it("cuohe match prints each side's own name, and schedule runs on the result", () => {
    const dir = freshDir();
    writeFileSync(
      join(dir, 's.csv'),
      'id,name,country,products\n1,Shenzhen Power,CN,850440\n2,Hanoi Cable,VN,850440\n',
    );
    writeFileSync(join(dir, 'b.csv'), 'id,name,country,wants\n1,Berlin Energy,DE,850440\n2,Lyon Retail,FR,850440\n');
    const m = cuoheIn(dir, [
      'match',
      '--suppliers',
      's.csv',
      '--buyers',
      'b.csv',
      '--as-of',
      '2026-11-22',
      '--out',
      'm.csv',
    ]);
    expect(m.code).toBe(0);
    const rows = readFileSync(join(dir, 'm.csv'), 'utf8')
      .split('\r\n')
      .slice(1)
      .filter(Boolean)
      .map((l) => l.split(','));
    for (const r of rows) {
      expect(r[1]).toBe(r[0] === '1' ? 'Berlin Energy' : 'Lyon Retail');
      expect(r[4]).toBe(r[3] === '1' ? 'Shenzhen Power' : 'Hanoi Cable');
    }
    const s = cuoheIn(dir, ['schedule', '--matches', 'm.csv', ...DAY, '--out', 'day']);
    expect(s.err).toBe('');
    expect(s.code).toBe(0);
    expect(readdirSync(join(dir, 'day/agendas')).sort()).toEqual([
      'buyer-1.csv',
      'buyer-1.ics',
      'buyer-2.csv',
      'buyer-2.ics',
      'supplier-1.csv',
      'supplier-1.ics',
      'supplier-2.csv',
      'supplier-2.ics',
    ]);
  });
});

describe('agenda file names', () => {
  it('A/B, A:B, A B, A_B, ab and AB get distinct names, also case-insensitively', () => {
    const ids = ['A/B', 'A:B', 'A B', 'A_B', 'ab', 'AB', 'S1', '..', 'CON'];
    const names = participantFileNames(ids.map((id) => ({ side: 'supplier' as const, id })));
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(ids.length);
    expect(names[ids.indexOf('A_B')]).toBe('supplier-A_B');
    expect(names[ids.indexOf('S1')]).toBe('supplier-S1');
    for (const n of names) expect(n).toMatch(/^supplier-[\p{L}\p{N}._~-]+$/u);
  });

  it('cuohe schedule --out writes one file pair per participant (24 participants, 48 files)', () => {
    const dir = freshDir();
    const suppliers = ['A/B', 'A:B', 'A B', 'A_B', 'ab', 'AB', 'x?y', 'x*y'];
    const lines = suppliers.map((s, i) => `B${i},${s},0.9`);
    writeFileSync(
      join(dir, 'm.csv'),
      `buyerId,supplierId,score\n${lines.join('\n')}\n${suppliers.map((s, i) => `b${i},${s},0.5`).join('\n')}\n`,
    );
    const r = cuoheIn(dir, ['schedule', '--matches', 'm.csv', ...DAY, '--out', 'day']);
    expect(r.code).toBe(0);
    const files = readdirSync(join(dir, 'day/agendas'));
    expect(r.out).toMatch(/and 48 agenda files/);
    expect(files).toHaveLength(48);
    expect(new Set(files.map((f) => f.toLowerCase())).size).toBe(48);
  });
});

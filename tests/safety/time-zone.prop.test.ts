/**
 * Results never depend on the machine's time zone: the engine (deadlines against `asOf`,
 * timing scores, exclusions, explanations) and the slot helpers run in child processes
 * under several `TZ` values and must print byte-identical output.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rawBuyers, rawSuppliers, ZONES } from '../arbitraries.js';
import { freshDir, root, TSX } from '../cli/run-cli.js';

const TIME_ZONES = [
  'UTC',
  'America/Los_Angeles',
  'Pacific/Kiritimati',
  'Pacific/Pago_Pago',
  'Asia/Shanghai',
  'Europe/London',
];

/** Calendar dates around month ends and DST changes, so a day's shift changes the answer. */
const day = fc
  .date({ min: new Date('2026-02-20T00:00:00Z'), max: new Date('2027-04-10T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

const caseArb = fc
  .record({
    suppliers: rawSuppliers(6).map((ss) => ss.map((s) => ({ ...s, leadTimeDays: (s.leadTimeDays ?? 20) % 40 }))),
    buyers: fc
      .tuple(rawBuyers(3), fc.array(day, { minLength: 3, maxLength: 3 }))
      .map(([bs, days]) => bs.map((b, i) => ({ ...b, deadline: days[i], hard: ['deadline'] as const }))),
    asOf: day,
    slots: fc.record({
      date: day,
      timeZone: fc.constantFrom(...ZONES, 'Pacific/Auckland'),
      start: fc.constantFrom('00:00', '09:00', '23:00'),
    }),
  })
  // Deadlines a few days after asOf, where one day decides between feasible and not.
  .map((c) => ({ ...c, buyers: c.buyers.map((b, i) => ({ ...b, deadline: shift(c.asOf, 5 + 7 * i) })) }));

function shift(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

function run(tz: string, file: string): string {
  const r = spawnSync(process.execPath, [...TSX, join(root, 'tests/safety/engine-output.child.ts'), file], {
    env: { ...process.env, TZ: tz },
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return r.stdout;
}

describe('time zone independence', () => {
  it('engine, slots and availability print byte-identical output under every TZ (200 generated cases)', () => {
    const cases = fc.sample(caseArb, { numRuns: 200, seed: 20261122 });
    const file = join(freshDir('cuohe-tz-'), 'cases.json');
    writeFileSync(file, JSON.stringify(cases));
    const [reference, ...others] = TIME_ZONES.map((tz) => run(tz, file));
    const parsed = JSON.parse(reference!) as { scored: { excluded: string[] }[] }[];
    expect(parsed).toHaveLength(200);
    // The cases reach both sides of the deadline check.
    expect(parsed.some((c) => c.scored.some((m) => m.excluded.includes('deadline-infeasible')))).toBe(true);
    expect(parsed.some((c) => c.scored.some((m) => !m.excluded.includes('deadline-infeasible')))).toBe(true);
    for (const [i, output] of others.entries()) {
      expect({ tz: TIME_ZONES[i + 1], same: output === reference }).toEqual({ tz: TIME_ZONES[i + 1], same: true });
    }
  }, 180_000);
});

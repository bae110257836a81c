/** Invariants of the report over random days: everyone accounted for, counts add up, text always inert. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildReportData } from '../../src/report/data/build-data.js';
import { keyOf } from '../../src/report/data/people.js';
import { agendasHtml } from '../../src/report/html/agendas.js';
import { escapeHtml } from '../../src/report/html/escape.js';
import { gridHtml } from '../../src/report/html/grid.js';
import { EN } from '../../src/report/i18n/messages.js';
import type { ReportInput, ReportUnscheduled } from '../../src/report/types.js';

const REASONS = ['capacity', 'no-common-slot', 'slots-full', 'forbidden', 'no-gain', 'required-infeasible'] as const;

/** A random day: meetings on distinct (slot, table) seats, a buyer and a supplier at most once per slot. */
const day = fc
  .record({
    slots: fc.integer({ min: 1, max: 5 }),
    tables: fc.integer({ min: 1, max: 4 }),
    buyers: fc.array(fc.string({ maxLength: 6 }), { minLength: 1, maxLength: 6 }),
    suppliers: fc.array(fc.string({ maxLength: 6 }), { minLength: 1, maxLength: 6 }),
    wishes: fc.array(
      fc.record({
        b: fc.nat(),
        s: fc.nat(),
        slot: fc.nat(),
        table: fc.nat(),
        score: fc.double({ min: -1, max: 2, noNaN: true }),
      }),
      { maxLength: 30 },
    ),
    unplaced: fc.array(
      fc.record({
        b: fc.nat(),
        s: fc.nat(),
        reason: fc.constantFrom(...REASONS),
        score: fc.double({ min: 0, max: 1, noNaN: true }),
      }),
      { maxLength: 10 },
    ),
    names: fc.array(fc.string({ maxLength: 8 }), { maxLength: 12 }),
  })
  .map(({ slots, tables, buyers, suppliers, wishes, unplaced, names }): ReportInput => {
    const buyerIds = buyers.map((x, i) => `B${i}${x}`);
    const supplierIds = suppliers.map((x, i) => `S${i}${x}`);
    const seats = new Set<string>();
    const busy = new Set<string>();
    const meetings: ReportInput['meetings'] = [];
    for (const w of wishes) {
      const [b, s, slot, table] = [
        buyerIds[w.b % buyerIds.length]!,
        supplierIds[w.s % supplierIds.length]!,
        w.slot % slots,
        1 + (w.table % tables),
      ];
      if (seats.has(`${slot}|${table}`) || busy.has(`b${b}|${slot}`) || busy.has(`s${s}|${slot}`)) continue;
      seats.add(`${slot}|${table}`);
      busy.add(`b${b}|${slot}`).add(`s${s}|${slot}`);
      meetings.push({ buyerId: b, supplierId: s, slot, table, score: w.score });
    }
    const unscheduled: ReportUnscheduled[] = unplaced.map((u) => ({
      buyerId: buyerIds[u.b % buyerIds.length]!,
      supplierId: supplierIds[u.s % supplierIds.length]!,
      reason: u.reason,
      score: u.score,
    }));
    const pairs = [...meetings, ...unscheduled].map((p, i) => ({
      buyerId: p.buyerId,
      supplierId: p.supplierId,
      score: p.score,
      buyerName: names[i % Math.max(1, names.length)] ?? '',
      reasons: names.slice(0, 2),
    }));
    const slotList = Array.from({ length: slots }, (_, i) => ({
      start: `2026-11-23T0${i}:00:00+08:00`,
      end: `2026-11-23T0${i}:20:00+08:00`,
    }));
    return { pairs, slots: slotList, tables, meetings, unscheduled };
  });

describe('report data (property)', () => {
  it('everyone has a meeting or is listed once with a reason; figures and histogram count every meeting', () => {
    fc.assert(
      fc.property(day, (input) => {
        const d = buildReportData(input);
        const listed = d.noMeeting.map((x) => keyOf(x.person.side, x.person.id));
        expect(new Set(listed).size).toBe(listed.length);
        for (const [key, person] of d.people) expect(person.meetings > 0).toBe(!listed.includes(key));
        // Their reason is that of one of their own unplaced pairs (or not-scheduled when they have none).
        for (const x of d.noMeeting) {
          const own = (input.unscheduled ?? []).filter(
            (u) => (x.person.side === 'buyer' ? u.buyerId : u.supplierId) === x.person.id,
          );
          if (own.length) expect(own.map((u) => u.reason)).toContain(x.reason);
          else expect(x.reason).toBe('not-scheduled');
        }
        expect(d.figures.meetings).toBe(input.meetings.length);
        expect(d.figures.utilisation).toBeCloseTo(input.meetings.length / (input.slots.length * input.tables!), 12);
        expect(d.histogram.meetings.reduce((a, b) => a + b, 0)).toBe(input.meetings.length);
        expect(d.histogram.pairs.reduce((a, b) => a + b, 0)).toBe(d.pairs.size);
        const perPerson = [...d.people.values()].reduce((a, p) => a + p.meetings, 0);
        expect(perPerson).toBe(2 * input.meetings.length);
      }),
      { numRuns: 300 },
    );
  });

  it('the grid has one cell per meeting and every table-slot once; one agenda page per participant met', () => {
    fc.assert(
      fc.property(day, (input) => {
        const d = buildReportData(input);
        const grid = gridHtml(d, EN);
        expect(grid.match(/<td class="meeting /g)?.length ?? 0).toBe(input.meetings.length);
        expect(grid.match(/<td class="free"/g)?.length ?? 0).toBe(
          input.slots.length * input.tables! - input.meetings.length,
        );
        const agendas = agendasHtml(d, undefined, EN);
        expect(agendas.match(/<section class="agenda">/g)?.length ?? 0).toBe(
          [...d.people.values()].filter((p) => p.meetings > 0).length,
        );
        // Whatever the names and ids, nothing in them becomes markup.
        expect(grid.replace(/<\/?(td|tr|th|span|div|b|br|ul|li|p|small|table|thead|tbody)\b[^>]*>/g, '')).not.toMatch(
          /[<>]/,
        );
      }),
      { numRuns: 300 },
    );
  });

  it('escapeHtml leaves no markup character and decodes back to the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-composite' }), (text) => {
        const escaped = escapeHtml(text);
        expect(escaped).not.toMatch(/[<>"']/);
        expect(escaped.replace(/&(?!amp;|lt;|gt;|quot;|#39;)/g, '')).toBe(escaped);
        const decoded = escaped
          .replace(/&lt;/g, '<')
          .replace(/&gt;/g, '>')
          .replace(/&quot;/g, '"')
          .replace(/&#39;/g, "'")
          .replace(/&amp;/g, '&');
        expect(decoded).toBe(text);
      }),
      { numRuns: 300 },
    );
  });
});

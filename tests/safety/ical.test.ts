/** iCalendar files: nothing in a name or id can add lines or control characters, and UIDs never collide. */

import fc from 'fast-check';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { agendaToICalendar } from '../../src/calendar.js';
import type { Agenda } from '../../src/index.js';

const agenda = (
  participantId: string,
  name: string,
  counterpartId: string,
  counterpartName: string,
  side: Agenda['side'] = 'buyer',
): Agenda => ({
  participantId,
  name,
  side,
  items: [
    {
      slot: 0,
      start: '2026-11-23T09:00:00+08:00',
      end: '2026-11-23T09:20:00+08:00',
      table: 1,
      counterpartId,
      counterpartName,
      score: 1,
      reasons: ['line\r\nX-INJECTED:1'],
    },
  ],
});

const lines = (ics: string) => ics.split('\r\n').filter(Boolean);
const NAMES = [
  'BEGIN|END|VERSION|PRODID|METHOD|NAME|X-WR-CALNAME|UID|SEQUENCE|STATUS',
  'DTSTAMP|DTSTART|DTEND|SUMMARY|LOCATION|DESCRIPTION|ORGANIZER|ATTENDEE',
].join('|');
const PROPERTY = new RegExp(`^(${NAMES})[:;]|^[ \t]`);

describe('iCalendar', () => {
  it('line breaks and NUL in names and ids inject nothing', () => {
    const ics = agendaToICalendar(
      agenda('B1\r\nX-EVIL:1', 'N\rBEGIN:VEVENT\u0000', 'C\nATTENDEE:mailto:x@y', 'Na\rme\u0000'),
    );
    expect(ics).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of lines(ics)) expect(line).toMatch(PROPERTY);
    const events = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent');
    expect(events).toHaveLength(1);
    expect(events[0]!.getFirstPropertyValue('summary')).toBe('Meeting: Na\nme');
  });

  it('property: any texts give a file of known property lines with one event per meeting (300 runs)', () => {
    const nasty = fc.string({
      unit: fc.oneof(
        fc.constantFrom('\r', '\n', '\u0000', '\u001b', ';', ',', '\\', ':', 'BEGIN:VEVENT', ' '),
        fc.string({ maxLength: 1 }),
      ),
    });
    fc.assert(
      fc.property(nasty, nasty, nasty, nasty, (id, name, cid, cname) => {
        const ics = agendaToICalendar(agenda(id || 'x', name, cid || 'y', cname));
        for (const line of lines(ics)) expect(line).toMatch(PROPERTY);
        expect(new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent')).toHaveLength(1);
      }),
      { numRuns: 300 },
    );
  });

  it('UIDs cannot collide: A-B/C vs A/B-C, and buyer 1 vs supplier 1', () => {
    const uid = (a: Agenda) =>
      new ICAL.Component(ICAL.parse(agendaToICalendar(a))).getFirstSubcomponent('vevent')!.getFirstPropertyValue('uid');
    expect(uid(agenda('A-B', 'n', 'C', 'm'))).not.toBe(uid(agenda('A', 'n', 'B-C', 'm')));
    expect(uid(agenda('1', 'n', '2', 'm', 'buyer'))).not.toBe(uid(agenda('1', 'n', '2', 'm', 'supplier')));
    fc.assert(
      fc.property(fc.tuple(fc.string(), fc.string()), fc.tuple(fc.string(), fc.string()), ([a, b], [c, d]) => {
        fc.pre(a !== c || b !== d);
        expect(uid(agenda(a || '_', 'n', b || '_', 'm'))).not.toBe(uid(agenda(c || '_', 'n', d || '_', 'm')));
      }),
      { numRuns: 200 },
    );
    expect(() => agendaToICalendar(agenda('A', 'n', 'B', 'm'), { uidDomain: 'x\r\nEVIL:1' })).toThrow(/uidDomain/);
  });
});

/**
 * examples/event-day/repair.ts: a no-show and a late joiner repaired, and the calendar updates
 * of the repair, read back with ical.js.
 */
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { calendarFiles, concerned, late, noShow, planned, repaired } from '../../examples/event-day/repair.js';
import { meetingUid } from '../../src/calendar.js';

const read = (text: string) => {
  const cal = new ICAL.Component(ICAL.parse(text));
  return {
    method: String(cal.getFirstPropertyValue('method')),
    events: cal.getAllSubcomponents('vevent').map((v) => ({
      uid: String(v.getFirstPropertyValue('uid')),
      sequence: Number(v.getFirstPropertyValue('sequence')),
      status: String(v.getFirstPropertyValue('status')),
    })),
  };
};

describe('examples/event-day/repair.ts', () => {
  it('repairs the day: the no-show’s meetings cancelled, the late buyer seated, nobody else moved', () => {
    const { kept, moved, cancelled, added } = repaired.changes;
    expect(cancelled.length).toBeGreaterThan(0);
    expect(cancelled.every((c) => c.meeting.supplierId === noShow && c.reason === 'participant-gone')).toBe(true);
    expect(added.some((m) => m.buyerId === late.id)).toBe(true);
    const involved = (m: { buyerId: string; supplierId: string }) => m.supplierId === noShow || m.buyerId === late.id;
    expect(moved.filter((x) => !involved(x.before))).toStrictEqual([]);
    expect(kept.length + moved.length + cancelled.length).toBe(planned.meetings.length);
  });

  it('writes the calendar updates of the repair: CANCEL for the dropped meetings, invitations for the new', () => {
    const cancelled = repaired.changes.cancelled.map((c) => c.meeting);
    // Each buyer who lost a meeting with the no-show gets a METHOD:CANCEL file naming exactly those UIDs.
    for (const buyerId of new Set(cancelled.map((m) => m.buyerId))) {
      const file = calendarFiles.get(`buyer-${buyerId}.cancel.ics`);
      expect(file, buyerId).toBeDefined();
      const { method, events } = read(file!);
      expect(method).toBe('CANCEL');
      expect(events.map((e) => e.uid).sort()).toStrictEqual(
        cancelled
          .filter((m) => m.buyerId === buyerId)
          .map((m) => meetingUid(m.buyerId, noShow))
          .sort(),
      );
      expect(events.every((e) => e.status === 'CANCELLED' && e.sequence === 1)).toBe(true);
    }
    // The no-show (its address from the morning's agenda): a CANCEL file for all its meetings, no invitation.
    expect(calendarFiles.has(`supplier-${noShow}.ics`)).toBe(false);
    const gone = read(calendarFiles.get(`supplier-${noShow}.cancel.ics`)!);
    expect(gone.method).toBe('CANCEL');
    expect(gone.events.map((e) => e.uid).sort()).toStrictEqual(
      cancelled.map((m) => meetingUid(m.buyerId, noShow)).sort(),
    );
    // The late buyer: an invitation (REQUEST) with one event per new meeting, at SEQUENCE 0.
    const invite = read(calendarFiles.get(`buyer-${late.id}.ics`)!);
    expect(invite.method).toBe('REQUEST');
    const ofLate = repaired.meetings.filter((m) => m.buyerId === late.id);
    expect(invite.events.map((e) => e.uid).sort()).toStrictEqual(
      ofLate.map((m) => meetingUid(late.id, m.supplierId)).sort(),
    );
    expect(invite.events.every((e) => e.sequence === 0 && e.status === 'CONFIRMED')).toBe(true);
    // Only the people concerned get a file.
    const names = new Set(concerned.map((a) => `${a.side}-${a.participantId}`));
    for (const file of calendarFiles.keys()) expect(names.has(file.replace(/(\.cancel)?\.ics$/, ''))).toBe(true);
  });
});

/** The texts of calendar entries, in English and Chinese. */

/**
 * Language of calendar texts: summaries, descriptions, table names, the calendar's name.
 * @example
 * agendaToICalendar(agenda, { locale: 'zh' }); // SUMMARY:洽谈：东莞电子, LOCATION:7 号桌
 */
export type CalendarLocale = 'en' | 'zh';

export const CALENDAR_LOCALES: readonly CalendarLocale[] = ['en', 'zh'];

interface CalendarTexts {
  calendarName: (participant: string) => string;
  table: (table: number) => string;
  summary: (counterpart: string) => string;
  cancelledSummary: (counterpart: string) => string;
  description: (location: string, counterpart: string, counterpartId: string) => string;
  cancelledNote: string;
}

export const CALENDAR_TEXTS: Record<CalendarLocale, CalendarTexts> = {
  en: {
    calendarName: (p) => `Meetings of ${p}`,
    table: (t) => `Table ${t}`,
    summary: (c) => `Meeting: ${c}`,
    cancelledSummary: (c) => `Cancelled: meeting with ${c}`,
    description: (location, c, id) => `${location}, with ${c} (${id})`,
    cancelledNote: 'This meeting is cancelled.',
  },
  zh: {
    calendarName: (p) => `${p} 的洽谈日程`,
    table: (t) => `${t} 号桌`,
    summary: (c) => `洽谈：${c}`,
    cancelledSummary: (c) => `已取消：与 ${c} 的洽谈`,
    description: (location, c, id) => `${location}，与 ${c}（${id}）洽谈`,
    cancelledNote: '此洽谈已取消。',
  },
};

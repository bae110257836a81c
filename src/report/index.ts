/**
 * `cuohe/report`: the organiser's view of a matchmaking day as one self-contained HTML page.
 * Browser-safe; the chart library lives here, out of the core bundle.
 */

export { type ReportCsvFiles, reportInputFromCsv } from './data/read-csv.js';
export { renderReport } from './render-report.js';
export type {
  NoMeetingReason,
  ReportInput,
  ReportMeeting,
  ReportOptions,
  ReportPair,
  ReportSlot,
  ReportUnscheduled,
} from './types.js';

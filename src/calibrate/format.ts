/** The before / after table of a calibration, as plain text in English or Chinese. */
import { COMPONENTS } from '../model/types.js';
import type { Locale } from '../score/context.js';
import { EN as EXPLAIN_EN, ZH as EXPLAIN_ZH } from '../score/explain/messages.js';
import type { CalibrationResult } from './calibrate.js';
import { calibrationMessages } from './messages.js';
import type { RankingMetrics } from './metrics.js';

/**
 * Options of `formatCalibration`.
 * @example
 * formatCalibration(result, { locale: 'zh', groups: 5 });
 */
export interface FormatOptions {
  /** Default `'en'`. */
  locale?: Locale;
  /** Groups shown per breakdown (countries, chapters), most judged pairs first. Default 8; 0 hides them. */
  groups?: number;
}

/** Columns as wide as East Asian text needs (CJK characters take two cells). */
function width(text: string): number {
  let w = 0;
  for (const ch of text)
    w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch)
      ? 2
      : 1;
  return w;
}
const pad = (text: string, cells: number, right = false) => {
  const fill = ' '.repeat(Math.max(0, cells - width(text)));
  return right ? fill + text : text + fill;
};

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => width(r[c] ?? ''))));
  return rows
    .map((r) =>
      r
        .map((cell, c) => pad(cell, widths[c]!, c > 0))
        .join('   ')
        .trimEnd(),
    )
    .join('\n');
}

const num = (x: number | null, na: string) => (x === null ? na : x.toFixed(3));
const change = (a: number | null, b: number | null, na: string) =>
  a === null || b === null ? na : `${b - a >= 0 ? '+' : '−'}${Math.abs(b - a).toFixed(3)}`;

/**
 * The calibration as a person reads it: the held-out metrics before and after, the weights
 * before and fitted, and nDCG per buyer country and wanted HS chapter.
 * @example
 * console.log(formatCalibration(calibrateWeights(suppliers, buyers, outcomes), { locale: 'zh' }));
 */
export function formatCalibration(result: CalibrationResult, options: FormatOptions = {}): string {
  const m = calibrationMessages(options.locale);
  const t = m.table;
  const names = (options.locale === 'zh' ? EXPLAIN_ZH : EXPLAIN_EN).component;
  const groups = options.groups ?? 8;
  const { before, after } = result;
  const k = before.k;
  const metric = (label: string, pick: (r: RankingMetrics) => number | null) => [
    label,
    num(pick(before.overall), t.noRelevant),
    num(pick(after.overall), t.noRelevant),
    change(pick(before.overall), pick(after.overall), t.noRelevant),
  ];
  const out: string[] = [
    t.judged(before.overall.judgedPairs, before.overall.buyers, result.folds.length),
    '',
    table([
      [t.metric, t.before, t.after, t.change],
      metric(m.metricNames.ndcg(k), (r) => r.ndcg),
      metric(m.metricNames.recall(k), (r) => r.recall),
      metric(m.metricNames.precision(k), (r) => r.precision),
      metric(m.metricNames.mrr, (r) => r.mrr),
      metric(m.metricNames.coverage(k), (r) => r.coverage),
    ]),
    '',
    table([
      [t.weights, t.defaults, t.fitted],
      ...COMPONENTS.map((c) => [names[c], result.priorWeights[c].toFixed(3), result.weights[c].toFixed(3)]),
    ]),
  ];
  const breakdown = (title: string, b: Record<string, RankingMetrics>, a: Record<string, RankingMetrics>) => {
    const keys = Object.keys(b)
      .sort((x, y) => b[y]!.judgedPairs - b[x]!.judgedPairs || (x < y ? -1 : 1))
      .slice(0, groups);
    if (keys.length === 0) return;
    out.push(
      '',
      table([
        [title, t.buyers, t.pairs, t.before, t.after],
        ...keys.map((key) => [
          key,
          String(b[key]!.buyers),
          String(b[key]!.judgedPairs),
          num(b[key]!.ndcg, t.noRelevant),
          num(a[key]?.ndcg ?? null, t.noRelevant),
        ]),
      ]),
    );
  };
  breakdown(t.byCountry, before.byCountry, after.byCountry);
  breakdown(t.byChapter, before.byChapter, after.byChapter);
  return `${out.join('\n')}\n`;
}

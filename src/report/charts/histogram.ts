/** The distribution of scores (proposed pairs and meetings side by side), as SVG. */
import type { Histogram } from '../data/histogram.js';
import type { ReportMessages } from '../i18n/messages.js';
import { renderSvg } from './svg-chart.js';

export function histogramSvg(h: Histogram, m: ReportMessages): string {
  const labels = h.edges.map((lo) => lo.toFixed(2));
  return renderSvg(
    'histogram',
    {
      legend: { top: 4, data: [m.scores.pairs, m.scores.meetings] },
      grid: { left: 56, right: 16, top: 40, bottom: 48 },
      xAxis: {
        type: 'category',
        name: m.scores.score,
        nameLocation: 'middle',
        nameGap: 30,
        data: labels,
        axisLabel: { fontSize: 10 },
      },
      yAxis: { type: 'value', name: m.scores.count },
      series: [
        { name: m.scores.pairs, type: 'bar', data: h.pairs, itemStyle: { color: '#9ecae1' } },
        { name: m.scores.meetings, type: 'bar', data: h.meetings, itemStyle: { color: '#08519c' } },
      ],
    },
    760,
    300,
  );
}

/**
 * Charts drawn by ECharts as SVG text at build time (its server-side renderer: no DOM, no
 * canvas), so the report needs no script to show them. Only the parts used are registered,
 * which keeps `cuohe/report` smaller than the whole of ECharts.
 */

import { BarChart, HeatmapChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TitleComponent, VisualMapComponent } from 'echarts/components';
import { type EChartsCoreOption, init, use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

use([BarChart, HeatmapChart, GridComponent, LegendComponent, TitleComponent, VisualMapComponent, SVGRenderer]);

export const FONT =
  'system-ui, -apple-system, "Segoe UI", "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif';

/**
 * The chart as SVG text. ECharts names its CSS classes and ids after a counter that runs on
 * across charts (`zr14-cls-3`); they are renamed here after `key` in order of appearance, so the
 * same input gives the same page and two charts of one page never share a class.
 */
export function renderSvg(key: string, option: EChartsCoreOption, width: number, height: number): string {
  const chart = init(null, null, { renderer: 'svg', ssr: true, width, height });
  let svg: string;
  try {
    chart.setOption({ animation: false, textStyle: { fontFamily: FONT }, ...option });
    svg = chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
  const names = new Map<string, string>();
  return svg.replace(/\bzr\d+-[a-z]+-\d+\b/g, (name) => {
    let renamed = names.get(name);
    if (renamed === undefined) names.set(name, (renamed = `${key}-${names.size}`));
    return renamed;
  });
}

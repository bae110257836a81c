/**
 * Charts drawn by ECharts as SVG text at build time (its server-side renderer: no DOM, no
 * canvas), so the report needs no script to show them. Only the parts used are registered,
 * which keeps `cuohe/report` smaller than the whole of ECharts.
 */
import { init, use, type EChartsCoreOption } from 'echarts/core';
import { BarChart, HeatmapChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TitleComponent, VisualMapComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

use([BarChart, HeatmapChart, GridComponent, LegendComponent, TitleComponent, VisualMapComponent, SVGRenderer]);

export const FONT = 'system-ui, -apple-system, "Segoe UI", "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif';

export function renderSvg(option: EChartsCoreOption, width: number, height: number): string {
  const chart = init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption({ animation: false, textStyle: { fontFamily: FONT }, ...option });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

/**
 * The report's one stylesheet: screen layout, the grid's hover / focus details, and print
 * (agendas only, a page each).
 */
import { FONT } from '../charts/svg-chart.js';
import { bandStyles } from './score-colour.js';

export function styles(): string {
  return `
*{box-sizing:border-box}
body{font-family:${FONT};margin:0;color:#111;background:#fafafa;line-height:1.4}
header,main,footer{max-width:1400px;margin:0 auto;padding:0 20px}
header h1{margin:16px 0 4px}
nav a{margin-right:14px;color:#08519c}
section.part{background:#fff;border:1px solid #ddd;border-radius:6px;padding:12px 16px;margin:16px 0}
.cards{display:flex;flex-wrap:wrap;gap:12px}
.card{flex:1 1 180px;border:1px solid #ddd;border-radius:6px;padding:10px 12px;background:#fff}
.card .label{font-size:13px;color:#555}
.card .value{font-size:28px;font-weight:600}
.card .detail{font-size:12px;color:#666}
.grid-wrap{overflow:auto;max-height:80vh;border:1px solid #ddd}
table.grid{border-collapse:collapse;font-size:11px}
table.grid th{position:sticky;top:0;background:#f0f0f0;border:1px solid #ccc;padding:2px 4px;z-index:2}
table.grid tbody th{left:0;position:sticky;z-index:1}
table.grid td{border:1px solid #ddd;min-width:110px;max-width:140px;height:34px;padding:2px 4px;
  vertical-align:top;position:relative}
table.grid td.free{background:#fff}
td.meeting{cursor:pointer}
td.meeting .who{display:block;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
td.meeting .tip{display:none;position:absolute;left:0;top:100%;z-index:5;width:320px;background:#fff;color:#111;
  border:1px solid #888;border-radius:4px;padding:6px 8px;box-shadow:0 2px 8px rgba(0,0,0,.25);white-space:normal;
  font-size:12px}
td.meeting:hover .tip,td.meeting:focus .tip{display:block}
td.meeting .tip ul{margin:2px 0 0 16px;padding:0}
.legend span{display:inline-block;padding:0 6px;font-size:11px;border:1px solid #ddd}
.charts{display:flex;flex-wrap:wrap;gap:12px}
.charts figure{margin:0}
table.list{border-collapse:collapse;font-size:13px;margin:6px 0}
table.list th,table.list td{border:1px solid #ddd;padding:3px 6px;text-align:left;vertical-align:top}
table.list th{background:#f0f0f0}
td.num{text-align:right}
.agendas{max-height:70vh;overflow:auto}
section.agenda{border-top:1px dashed #bbb;padding:6px 0}
section.agenda h3{margin:4px 0}
p.who{margin:0 0 4px;color:#555}
table.agenda-table{table-layout:fixed;width:100%;max-width:1000px}
.c-time{width:15%}.c-local{width:13%}.c-table{width:7%}.c-with{width:28%}.c-score{width:7%}
${bandStyles()}
@media print{
  body{background:#fff}
  header,nav,footer,.no-print,section.part:not(#agendas){display:none}
  section.part{border:0;padding:0;margin:0}
  #agendas>h2{display:none}
  .agendas{max-height:none;overflow:visible}
  section.agenda{border:0;break-after:page;page-break-after:always}
  section.agenda:last-child{break-after:auto;page-break-after:auto}
  table.list{font-size:10pt;width:100%}
}
`;
}

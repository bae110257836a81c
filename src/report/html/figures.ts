/** The headline figures as cards. */
import type { Figures } from '../data/figures.js';
import type { ReportMessages } from '../i18n/messages.js';

const percent = (x: number) => `${(100 * x).toFixed(1)} %`;

export function figuresHtml(f: Figures, slots: number, m: ReportMessages): string {
  const card = (label: string, value: string, detail: string) =>
    `<div class="card"><div class="label">${label}</div><div class="value">${value}</div>` +
    `<div class="detail">${detail}</div></div>`;
  const share = (n: number, total: number) => (total > 0 ? percent(n / total) : '—');
  const utilisation = f.tableSlots > 0 ? percent(f.utilisation) : '—';
  const suppliersMet = m.figures.ofTotal(f.suppliersWithMeeting, f.suppliers);
  return `<div class="cards" id="figures-cards">
${card(m.figures.participants, String(f.buyers + f.suppliers), m.figures.buyersAndExhibitors(f.buyers, f.suppliers))}
${card(m.figures.meetings, String(f.meetings), m.figures.pairs(f.proposedPairs, f.unplacedPairs))}
${card(m.figures.utilisation, utilisation, m.figures.utilisationDetail(f.tableSlots, slots, f.tables))}
${card(m.figures.buyersMet, share(f.buyersWithMeeting, f.buyers), m.figures.ofTotal(f.buyersWithMeeting, f.buyers))}
${card(m.figures.suppliersMet, share(f.suppliersWithMeeting, f.suppliers), suppliersMet)}
${card(m.figures.meanScore, f.meanScore === null ? '—' : f.meanScore.toFixed(3), '')}
</div>`;
}

/**
 * The page around the parts: one HTML document with its stylesheet inline and a
 * Content-Security-Policy that forbids every fetch, so it opens from disk with no network.
 */
import type { ReportMessages } from '../i18n/messages.js';
import { escapeHtml } from './escape.js';
import { styles } from './styles.js';

export interface Part {
  id: string;
  heading: string;
  body: string;
}

const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

export function shellHtml(title: string, parts: Part[], m: ReportMessages): string {
  const t = escapeHtml(title);
  return `<!doctype html>
<html lang="${m.lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${t}</title>
<style>${styles()}</style>
</head>
<body>
<header><h1>${t}</h1>
<nav>${parts.map((p) => `<a href="#${p.id}">${p.heading}</a>`).join('')}</nav></header>
<main>
${parts.map((p) => `<section class="part" id="${p.id}"><h2>${p.heading}</h2>\n${p.body}\n</section>`).join('\n')}
</main>
<footer><p>${m.footer}</p></footer>
</body>
</html>
`;
}

/**
 * Chinese titles of ISIC Rev.4 codes, from the Chinese ISIC tree in data/isic-zh/ (source, licence
 * and date in data/README.md). Imported by data/generate.mjs; deterministic (input order, no clock).
 *
 * The source tree follows ISIC Rev.5 (plus a few project extensions), so a title is only taken
 * where it names the Rev.4 category, decided code by code in data/isic-zh/isic4-mapping.csv:
 * - a Rev.4 code not listed there takes the source's title of the same code;
 * - a listed code takes the titles of the listed source codes, joined by "；" (a Rev.4 category
 *   that the source splits or renumbers, e.g. 4661 → 4671, 451 → 4661+4781);
 * - a listed code marked "-", or a code the source lacks, takes the title of its nearest
 *   ancestor (group, then division, then section) — so 3100 reads 家具的制造 (group 310).
 * No title is translated here: every character comes from the source file.
 */

/** Source tree: code → Chinese title, as transcribed (one row per category, tree order). */
function readSource(read, parseCsv) {
  const source = new Map();
  for (const r of parseCsv(read('isic-zh/tiangong-isic-zh-CN.csv'))) {
    if (source.has(r.code)) throw new Error(`isic-zh source: duplicate code ${r.code}`);
    source.set(r.code, r.name_zh.trim());
  }
  return source;
}

/** Rev.4 code → list of source codes (empty: use the ancestor's title). */
function readMapping(read, parseCsv, source, isicCodes) {
  const mapping = new Map();
  for (const r of parseCsv(read('isic-zh/isic4-mapping.csv'))) {
    if (!isicCodes.has(r.isic4)) throw new Error(`isic-zh mapping: ${r.isic4} is not an ISIC Rev.4 code`);
    if (mapping.has(r.isic4)) throw new Error(`isic-zh mapping: duplicate ${r.isic4}`);
    const from = r.source === '-' ? [] : r.source.split('+');
    for (const code of from)
      if (!source.has(code)) throw new Error(`isic-zh mapping: ${r.isic4} → ${code}, not in the source`);
    mapping.set(r.isic4, from);
  }
  return mapping;
}

/**
 * @typedef {{ code: string, level: string, parent: string }} IsicRow
 * @param {{ read: (file: string) => string, write: Function, parseCsv: Function, isic: IsicRow[] }} io
 * @returns {Record<string, string>} every ISIC Rev.4 code → Chinese title (also written to the generated table)
 */
export function generateIsicZh({ read, write, parseCsv, isic }) {
  const source = readSource(read, parseCsv);
  const parents = new Map(isic.map((r) => [r.code, r.parent]));
  const mapping = readMapping(read, parseCsv, source, parents);
  const zh = {};
  const how = { source: 0, mapped: 0, ancestor: 0 };
  // isic4.csv lists every parent before its children, so an ancestor is always resolved first.
  for (const r of isic) {
    const from = mapping.get(r.code) ?? (source.has(r.code) ? [r.code] : []);
    if (from.length > 0) {
      zh[r.code] = from.map((code) => source.get(code)).join('；');
      how[mapping.has(r.code) ? 'mapped' : 'source'] += 1;
    } else {
      const title = zh[r.parent];
      if (!title) throw new Error(`isic-zh: no Chinese title for ${r.code} and no ancestor title`);
      zh[r.code] = title;
      how.ancestor += 1;
    }
  }
  write(
    'src/taxonomy/generated/isic-descriptions-zh.generated.ts',
    [
      'Simplified Chinese titles of ISIC Rev.4 codes. Source: TianGong LCA (linancn/tiangong-lca-next, MIT), ' +
        'Chinese ISIC tree',
      '(commit 218cd078), matched to Rev.4 code by code in data/isic-zh/isic4-mapping.csv; ' +
        "gaps take the nearest ancestor's title.",
    ],
    [
      '/** Every ISIC Rev.4 code (section, division, group, class) → simplified Chinese title. */',
      `export const ISIC_DESCRIPTIONS_ZH: Readonly<Record<string, string>> = ${JSON.stringify(zh)};`,
    ].join('\n'),
  );
  console.log(
    `ISIC Chinese titles: ${Object.keys(zh).length} (same code in the source ${how.source}, ` +
      `mapped ${how.mapped}, ancestor's title ${how.ancestor})`,
  );
  return zh;
}

/** Table rows from cells that are already HTML (escaped by the caller). */

/** A `<tr>` of `<th>` cells. */
export const headRow = (cells: readonly string[]): string => `<tr>${cells.map((c) => `<th>${c}</th>`).join('')}</tr>`;

/** A `<tr>` of `<td>` cells; `attributes` go into the `<tr>` tag as written (e.g. ` class="x"`). */
export const bodyRow = (cells: readonly string[], attributes = ''): string =>
  `<tr${attributes}>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;

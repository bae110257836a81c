/**
 * Exact bipartite edge colouring (König): a bipartite multigraph whose nodes have degree at
 * most `colours` can be coloured with `colours` colours so that no node has two edges of one
 * colour. Here colours are time slots, so when everyone is free in every slot and tables are
 * unlimited, every selected meeting gets a slot. Alternating-path (Kempe chain) recolouring.
 */
export function colourBipartite(nodeCount: number, colours: number, edges: readonly { u: number; v: number }[]): number[] {
  const at = new Int32Array(nodeCount * colours).fill(-1); // at[node * colours + c] = edge
  const colour = new Array<number>(edges.length).fill(-1);
  const freeColour = (node: number): number => {
    for (let c = 0; c < colours; c++) if (at[node * colours + c] === -1) return c;
    throw new RangeError('node degree exceeds the number of colours');
  };
  edges.forEach(({ u, v }, e) => {
    const a = freeColour(u);
    const b = freeColour(v);
    if (at[v * colours + a] !== -1) {
      // Swap a and b along the path from v that alternates a, b, a, … In a bipartite graph
      // it cannot reach u, and afterwards a is free at v (and still free at u).
      const path: number[] = [];
      let node = v;
      let c = a;
      for (;;) {
        const edge = at[node * colours + c]!;
        if (edge === -1) break;
        path.push(edge);
        const { u: x, v: y } = edges[edge]!;
        node = x === node ? y : x;
        c = c === a ? b : a;
      }
      for (const edge of path) {
        const { u: x, v: y } = edges[edge]!;
        at[x * colours + colour[edge]!] = -1;
        at[y * colours + colour[edge]!] = -1;
      }
      for (const edge of path) {
        const next = colour[edge] === a ? b : a;
        colour[edge] = next;
        const { u: x, v: y } = edges[edge]!;
        at[x * colours + next] = edge;
        at[y * colours + next] = edge;
      }
    }
    colour[e] = a;
    at[u * colours + a] = e;
    at[v * colours + a] = e;
  });
  return colour;
}

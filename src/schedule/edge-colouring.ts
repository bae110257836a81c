/**
 * Exact bipartite edge colouring (König): a bipartite multigraph whose nodes have degree at
 * most `colours` can be coloured with `colours` colours so that no node has two edges of one
 * colour. Here colours are time slots, so when everyone is free in every slot and tables are
 * unlimited, every selected meeting gets a slot. Alternating-path (Kempe chain) recolouring.
 */
export function colourBipartite(
  nodeCount: number,
  colours: number,
  edges: readonly { u: number; v: number }[],
): number[] {
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

/**
 * Evens out a proper edge colouring so that no colour has more than `cap` edges, when
 * `cap` ≥ ⌈edges / colours⌉ (de Werra: bipartite graphs have equitable edge colourings).
 * While a colour a is over `cap`, take the colour b with fewest edges: the a/b edges form
 * paths and even cycles, and some path has one more a-edge than b-edges; swapping its
 * colours moves one edge from a to b and keeps the colouring proper. Colours are slots
 * here and `cap` the tables, so every chosen meeting keeps a slot with a table.
 */
export function balanceColours(
  nodeCount: number,
  colours: number,
  edges: readonly { u: number; v: number }[],
  colour: number[],
  cap: number,
): void {
  const at = new Int32Array(nodeCount * colours).fill(-1);
  const size = new Array<number>(colours).fill(0);
  edges.forEach(({ u, v }, e) => {
    at[u * colours + colour[e]!] = e;
    at[v * colours + colour[e]!] = e;
    size[colour[e]!]!++;
  });
  for (;;) {
    let a = 0;
    let b = 0;
    for (let c = 1; c < colours; c++) {
      if (size[c]! > size[a]!) a = c;
      if (size[c]! < size[b]!) b = c;
    }
    if (size[a]! <= cap || size[a]! - size[b]! < 2) return;
    // A path component of the a/b subgraph that starts and ends with an a-edge: start at a
    // node with an a-edge and no b-edge, follow the alternation, and check the last edge.
    let path: number[] | null = null;
    for (let e = 0; e < edges.length && !path; e++) {
      if (colour[e] !== a) continue;
      for (const start of [edges[e]!.u, edges[e]!.v]) {
        if (at[start * colours + b] !== -1) continue;
        const walk: number[] = [];
        let node = start;
        let c = a;
        for (;;) {
          const edge = at[node * colours + c]!;
          if (edge === -1) break;
          walk.push(edge);
          node = edges[edge]!.u === node ? edges[edge]!.v : edges[edge]!.u;
          c = c === a ? b : a;
        }
        if (walk.length % 2 === 1) {
          path = walk;
          break;
        }
      }
    }
    if (!path) return;
    for (const e of path) {
      at[edges[e]!.u * colours + colour[e]!] = -1;
      at[edges[e]!.v * colours + colour[e]!] = -1;
    }
    for (const e of path) {
      colour[e] = colour[e] === a ? b : a;
      at[edges[e]!.u * colours + colour[e]!] = e;
      at[edges[e]!.v * colours + colour[e]!] = e;
    }
    size[a]!--;
    size[b]!++;
  }
}

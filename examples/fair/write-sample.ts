/**
 * Writes the bundled sample fair (2,000 suppliers, 300 buyers) to examples/fair/*.json.
 * Run: npx tsx examples/fair/write-sample.ts [suppliers] [buyers] [seed]
 */
import { writeFileSync } from 'node:fs';
import { generateFair } from './synthetic-fair.js';

const [suppliers = 2000, buyers = 300, seed = 20261122] = process.argv.slice(2).map(Number);
const fair = generateFair({ suppliers, buyers, seed });
const dir = new URL('.', import.meta.url);
writeFileSync(new URL('suppliers.json', dir), `${JSON.stringify(fair.suppliers, null, 1)}\n`);
writeFileSync(new URL('buyers.json', dir), `${JSON.stringify(fair.buyers, null, 1)}\n`);
console.log(`wrote ${fair.suppliers.length} suppliers and ${fair.buyers.length} buyers (seed ${seed})`);

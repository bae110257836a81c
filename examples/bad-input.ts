/**
 * Bad input, as a program and as a person see it: every problem has a code to match on, a
 * path naming the record and field, and a message in English and Chinese.
 * Run: npx tsx examples/bad-input.ts
 */
import { issueMessage, parseSuppliers, ValidationError } from 'cuohe';

const rows = [
  { id: 'S1', name: 'Foshan Motor Co.', country: 'CN', products: ['8501'] },
  { id: 'S2', name: 'Hanoi Cable', country: 'VN', products: ['8544x'], certification: ['CE'] },
  { id: 'S1', name: 'Shenzhen Power', country: 'CN', products: ['8504'], moq: -5 },
];

try {
  parseSuppliers(rows);
} catch (error) {
  if (!(error instanceof ValidationError)) throw error;
  for (const issue of error.issues) {
    console.log(`${issue.code.padEnd(14)} ${JSON.stringify(issue.path)}`);
    console.log(`  en: ${issue.message}`);
    console.log(`  zh: ${issueMessage(issue, 'zh')}`);
  }
  // A program decides by code: typos in column names are fixed differently from bad values.
  const typos = error.issues.filter((i) => i.code === 'unknown-key').map((i) => i.params?.suggestion);
  console.log(`\nDid you mean: ${typos.join(', ')}`);
  console.log(`\n${error.format('zh')}`);
}

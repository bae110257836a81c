/** Every exported symbol of every entry point has a TSDoc comment with an example (TypeDoc's view). */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

interface Reflection {
  name: string;
  kind: number;
  comment?: { blockTags?: { tag: string }[] };
  signatures?: Reflection[];
  children?: Reflection[];
}

const MODULE = 2;

describe('API docs', () => {
  it('every exported symbol has a comment with an example', () => {
    const root = new URL('../..', import.meta.url).pathname;
    const out = join(mkdtempSync(join(tmpdir(), 'cuohe-docs-')), 'api.json');
    execFileSync(
      process.execPath,
      [join(root, 'node_modules/typedoc/bin/typedoc'), '--json', out, '--emit', 'docs', '--logLevel', 'Error'],
      { cwd: root, stdio: 'pipe' },
    );
    const project = JSON.parse(readFileSync(out, 'utf8')) as Reflection;
    const missing: string[] = [];
    const hasExample = (r: Reflection) =>
      [r, ...(r.signatures ?? [])].some((x) => x.comment?.blockTags?.some((t) => t.tag === '@example'));
    const visit = (module: Reflection, path: string) => {
      for (const child of module.children ?? []) {
        if (child.kind === MODULE) visit(child, `${path}${child.name}/`);
        else if (!hasExample(child)) missing.push(`${path}${child.name}`);
      }
    };
    visit(project, '');
    expect(missing).toStrictEqual([]);
  }, 120_000);
});

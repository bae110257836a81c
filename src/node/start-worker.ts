/** Starts one of this folder's worker modules, from the build (.js) or, under tsx and vitest, from source (.ts). */
import { Worker } from 'node:worker_threads';

export function startWorker(name: string): Worker {
  // From source the worker is the .ts file: register the tsx loader first.
  const fromSource = import.meta.url.endsWith('.ts');
  const url = new URL(fromSource ? `./${name}.ts` : `./${name}.js`, import.meta.url);
  return fromSource
    ? new Worker(
        `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(url.href)}); })`,
        { eval: true, execArgv: [] },
      )
    : // Not the host's flags (e.g. --input-type=module, --max-old-space-size): the worker is our module alone.
      new Worker(url, { execArgv: [] });
}

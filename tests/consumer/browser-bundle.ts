/**
 * One entry point bundled for the browser as a user's bundler would (esbuild, minified ESM):
 * its gzipped size and its inputs.
 */
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

export async function browserBundle(entry: string): Promise<{ gz: number; inputs: string[] }> {
  const result = await build({
    entryPoints: [new URL(`../../${entry}`, import.meta.url).pathname],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  return { gz: gzipSync(result.outputFiles[0]!.contents).length, inputs: Object.keys(result.metafile.inputs) };
}

/**
 * Writing the CLI's results without losing anything: every file goes to a temporary name
 * in its own folder and is renamed into place only when the whole run has succeeded, so a
 * failed or killed run leaves the previous output as it was; a schedule's `agendas/` folder
 * is replaced as a whole (no stale agendas from an earlier run); and no output may be one of
 * the run's input files.
 */
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { OptionError } from './report.js';

/** Same file on disk (also through links, or a different case on case-insensitive systems). */
function sameFile(a: string, b: string): boolean {
  if (resolve(a) === resolve(b)) return true;
  try {
    const x = statSync(a);
    const y = statSync(b);
    return x.dev === y.dev && x.ino === y.ino;
  } catch {
    return false;
  }
}

/** A usage error when an output (flag → path) would overwrite an input or another output. */
export function checkOutputs(
  inputs: Record<string, string | undefined>,
  outputs: Record<string, string | undefined>,
): void {
  const ins = Object.entries(inputs).filter((e): e is [string, string] => e[1] !== undefined);
  const outs = Object.entries(outputs).filter((e): e is [string, string] => e[1] !== undefined);
  for (const [outFlag, out] of outs) {
    for (const [inFlag, input] of ins) {
      if (sameFile(out, input)) throw new OptionError(outFlag, { rule: 'overwrites-input', key: inFlag, value: input });
    }
  }
  for (let i = 0; i < outs.length; i++) {
    for (let j = i + 1; j < outs.length; j++)
      if (sameFile(outs[i]![1], outs[j]![1]))
        throw new OptionError(outs[j]![0], { rule: 'same-output', key: outs[i]![0] });
  }
}

/** Files and folders staged under temporary names, put in place together by `commit`. */
export class StagedOutput {
  private readonly files: { temp: string; target: string }[] = [];
  private readonly folders: { temp: string; target: string; stage: string }[] = [];

  /** Stages `text` (or bytes) for `target`, in the target's folder (so the rename cannot cross devices). */
  file(target: string, text: string | Uint8Array): void {
    mkdirSync(dirname(resolve(target)), { recursive: true });
    const temp = join(dirname(resolve(target)), `.${basename(target)}.${process.pid}.${this.files.length}.tmp`);
    this.files.push({ temp, target: resolve(target) });
    writeFileSync(temp, text);
  }

  /** A fresh folder to fill; on commit it replaces `target` as a whole. */
  folder(target: string): string {
    const parent = dirname(resolve(target));
    mkdirSync(parent, { recursive: true });
    const stage = mkdtempSync(join(parent, `.${basename(target)}.staging-`));
    const temp = join(stage, 'new');
    mkdirSync(temp);
    this.folders.push({ temp, target: resolve(target), stage });
    return temp;
  }

  /** Renames everything into place; the previous output stays until its replacement is complete. */
  commit(): void {
    for (const f of this.folders) {
      const old = join(f.stage, 'old');
      if (existsSync(f.target)) renameSync(f.target, old);
      renameSync(f.temp, f.target);
      rmSync(f.stage, { recursive: true, force: true });
    }
    for (const f of this.files) renameSync(f.temp, f.target);
    this.files.length = 0;
    this.folders.length = 0;
  }

  /** Removes whatever was staged (after a failure); the previous output is untouched. */
  discard(): void {
    for (const f of this.files) rmSync(f.temp, { force: true });
    for (const f of this.folders) rmSync(f.stage, { recursive: true, force: true });
    this.files.length = 0;
    this.folders.length = 0;
  }
}

/** Runs `build` with a staging area: commits when it returns, discards when it throws. */
export function staged<T>(build: (out: StagedOutput) => T): T {
  const out = new StagedOutput();
  try {
    const result = build(out);
    out.commit();
    return result;
  } catch (error) {
    out.discard();
    throw error;
  }
}

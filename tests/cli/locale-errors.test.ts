/** With --locale zh, the commands report input problems in Chinese; without it, in English. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cuoheIn, freshDir } from './run-cli.js';

const CJK = /[\u4e00-\u9fff]/;

describe('cuohe errors in Chinese', () => {
  it('validate --locale zh: each problem and the count in Chinese, file and line as in English', () => {
    const dir = freshDir();
    writeFileSync(join(dir, 's.csv'), 'id,name,country,products,certification\nS1,Tea,CN,0902,CE\nS2,Power,CN,8504,\n');
    const en = cuoheIn(dir, ['validate', 's.csv']);
    const zh = cuoheIn(dir, ['validate', 's.csv', '--locale', 'zh']);
    expect(en.code).toBe(1);
    expect(zh.code).toBe(1);
    const enLines = en.err.split('\n').filter(Boolean);
    const zhLines = zh.err.split('\n').filter(Boolean);
    expect(enLines[0]).toBe('s.csv:1: certification: unknown column "certification": did you mean "certifications"?');
    expect(zhLines[0]).toBe('s.csv:1: certification: 未知的列 "certification"：是否想写 "certifications"？');
    expect(enLines.at(-1)).toMatch(/^1 problem found/);
    expect(zhLines.at(-1)).toMatch(/^共发现 1 个问题（file:N 指文件的第 N 行，表头为第 1 行）$/);
    expect(en.err).not.toMatch(CJK);
  }, 180_000);

  it('validate --locale zh: the summary of a valid file in Chinese', () => {
    const dir = freshDir();
    writeFileSync(join(dir, 's.csv'), 'id,name,country,products\nS1,Tea,CN,0902\n');
    expect(cuoheIn(dir, ['validate', 's.csv', '--locale', 'zh']).out).toBe('s.csv：1 个供应商，全部有效\n');
  }, 180_000);

  it('match --locale zh: a bad file and a bad option value in Chinese', () => {
    const dir = freshDir();
    writeFileSync(join(dir, 's.csv'), 'id,name,country,products\nS1,Tea,CN,0902\n');
    writeFileSync(join(dir, 'b.csv'), 'id,name,country,wants,volume\nB1,Shop,DE,0902,lots\n');
    const r = cuoheIn(dir, ['match', '--suppliers', 's.csv', '--buyers', 'b.csv', '--locale', 'zh']);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^b\.csv:2: volume: /m);
    expect(r.err).toMatch(/共发现 1 个问题/);
    const usage = cuoheIn(dir, ['match', '--suppliers', 's.csv', '--buyers', 'b.csv', '--top', 'abc', '--locale=zh']);
    expect(usage.code).toBe(2);
    expect(usage.err).toMatch(/^错误：选项 --top：/m);
  }, 180_000);
});

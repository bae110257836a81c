/** The help of the program and of every command, in English and in Chinese (--locale zh). */
import type { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { helpKey } from '../../src/cli/help.js';
import { HELP_TEXT } from '../../src/cli/help-text.js';
import { program } from '../../src/cli/program.js';
import { cuoheIn, freshDir } from './run-cli.js';

const CJK = /[\u4e00-\u9fff]/;
const commandsOf = (cli: Command) => [cli, ...cli.commands.filter((c) => c.name() !== 'help')];
/** Every table key a command tree uses: commands, options and arguments. */
const keysOf = (cli: Command) =>
  commandsOf(cli).flatMap((c) => [
    c.parent ? c.name() : 'cuohe',
    ...c.options.filter((o) => o.long !== '--help').map((o) => helpKey(c, o.long!)),
    ...c.registeredArguments.map((a) => helpKey(c, `<${a.name()}>`)),
  ]);

describe('CLI help', () => {
  it('the English and the Chinese table have the same keys, and every command, option and argument has one', () => {
    expect(Object.keys(HELP_TEXT.zh).sort()).toEqual(Object.keys(HELP_TEXT.en).sort());
    const used = keysOf(program('en'));
    expect(used.length).toBeGreaterThan(60);
    for (const key of used) {
      expect(HELP_TEXT.en, key).toHaveProperty([key]);
      expect(HELP_TEXT.zh, key).toHaveProperty([key]);
    }
    for (const [key, text] of Object.entries(HELP_TEXT.zh)) if (key !== 'default') expect(text, key).toMatch(CJK);
  });

  it('--locale zh: the help of the program and of every command is Chinese and names every option', () => {
    const zh = program('zh');
    for (const command of commandsOf(zh)) {
      const help = command.helpInformation();
      expect(help).toContain(command.parent ? `用法： cuohe ${command.name()}` : '用法： cuohe');
      const description = command.parent ? HELP_TEXT.zh[command.name() as 'match'] : HELP_TEXT.zh.cuohe;
      expect(help).toContain(description.slice(0, 8));
      for (const option of command.options) expect(help).toContain(option.long!);
      for (const argument of command.registeredArguments) expect(help).toContain(argument.name());
      // Every option's line is Chinese, not the English text.
      for (const line of help.split('\n').filter((l) => /^ {2}-/.test(l))) expect(line).toMatch(CJK);
      expect(help).not.toMatch(/Usage:|Options:|default:|display help/);
    }
    const match = zh.commands.find((c) => c.name() === 'match')!.helpInformation();
    expect(match).toMatch(/--locale <locale>\s+匹配理由与所报告问题的语言（可选值："en"、"zh"；默认："en"）/);
  });

  it('without --locale the help is English, as commander writes it', () => {
    for (const command of commandsOf(program('en'))) {
      const help = command.helpInformation();
      expect(help).toMatch(/^Usage: cuohe/);
      expect(help).not.toMatch(CJK);
      for (const option of command.options) expect(help).toContain(option.long!);
    }
    const match = program('en')
      .commands.find((c) => c.name() === 'match')!
      .helpInformation();
    expect(match).toMatch(/--top <n>\s+matches per buyer \(default: "10"\)/);
  });

  it('cuohe --help --locale zh and cuohe match --locale zh --help print Chinese help, whatever LANG says', () => {
    const dir = freshDir();
    const main = cuoheIn(dir, ['--help', '--locale', 'zh'], { LANG: 'en_US.UTF-8' });
    expect(main.code).toBe(0);
    expect(main.out).toContain('跨境供采撮合');
    const match = cuoheIn(dir, ['match', '--locale=zh', '--help'], { LANG: 'en_US.UTF-8' });
    expect(match.out).toContain('每个采购商的匹配数');
    const english = cuoheIn(dir, ['match', '--help'], { LANG: 'zh_CN.UTF-8', LC_ALL: 'zh_CN.UTF-8' });
    expect(english.code).toBe(0);
    expect(english.out).toContain('matches per buyer');
    expect(english.out).not.toMatch(CJK);
  });
});

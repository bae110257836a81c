/**
 * Puts the help texts of one language (help-text.ts) on a command tree: descriptions of the
 * commands, their options and arguments, and commander's own words (headings, defaults, choices).
 */
import type { Command, Option } from 'commander';
import { HELP_TEXT, type HelpKey } from './help-text.js';

export type HelpLocale = keyof typeof HELP_TEXT;

/** The table key of an option (`match --top`) or argument (`validate <file>`) of `command`. */
export const helpKey = (command: Command, item: string): string =>
  command.parent ? `${command.name()} ${item}` : `cuohe ${item}`;

/**
 * Sets every description of `program` and its commands from the table of `locale`. Options and
 * arguments without a key keep the description they were given.
 */
export function applyHelpTexts(program: Command, locale: HelpLocale): Command {
  const text = HELP_TEXT[locale];
  const lookup = (key: string): string | undefined => (Object.hasOwn(text, key) ? text[key as HelpKey] : undefined);
  for (const command of [program, ...program.commands]) {
    command.configureHelp({
      styleTitle: (title) => lookup(title) ?? title,
      displayWidth,
      // As commander does: an option's default is shown when the option takes a value.
      optionDescription: (option) => withExtras(option.description, option, option.required || option.optional, locale),
      argumentDescription: (argument) => withExtras(argument.description, argument, true, locale),
    });
    command.helpOption('-h, --help', text.help);
    const own = lookup(command.parent ? command.name() : 'cuohe');
    if (own !== undefined) command.description(own);
    for (const option of command.options)
      option.description = lookup(helpKey(command, option.long ?? '')) ?? option.description;
    for (const argument of command.registeredArguments)
      argument.description = lookup(helpKey(command, `<${argument.name()}>`)) ?? argument.description;
  }
  program.helpCommand('help [command]', text.help);
  program.addHelpText('after', `\n${text['cuohe locale']}`);
  return program;
}

/** The description followed by the choices and the default, in the words of `locale`. */
function withExtras(
  description: string,
  item: Pick<Option, 'argChoices' | 'defaultValue' | 'defaultValueDescription'>,
  showDefault: boolean,
  locale: HelpLocale,
): string {
  const text = HELP_TEXT[locale];
  const zh = locale === 'zh';
  const extras: string[] = [];
  const label = (key: 'choices' | 'default') => `${text[key]}${zh ? '：' : ': '}`;
  if (item.argChoices) extras.push(`${label('choices')}${item.argChoices.map(show).join(zh ? '、' : ', ')}`);
  if (item.defaultValue !== undefined && showDefault)
    extras.push(`${label('default')}${item.defaultValueDescription || show(item.defaultValue)}`);
  if (!extras.length) return description;
  const joined = zh ? `（${extras.join('；')}）` : `(${extras.join(', ')})`;
  return description ? `${description}${zh ? '' : ' '}${joined}` : joined;
}

const show = (value: unknown): string => JSON.stringify(value);

/** Columns a text takes in a terminal: Chinese characters and full-width punctuation take two. */
function displayWidth(text: string): number {
  let width = 0;
  for (const c of text.replace(/\u001b\[[\d;]*m/g, '')) width += WIDE.test(c) ? 2 : 1;
  return width;
}
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;

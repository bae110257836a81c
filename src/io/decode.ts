/**
 * Bytes to text for spreadsheet exports: UTF-8 with or without BOM, or GB18030/GBK as saved
 * by Chinese Excel. Without an explicit encoding, strict UTF-8 is tried first and GB18030
 * (a superset of GBK) is the fallback — but only when the bytes really read as GB18030:
 * a file that mixes UTF-8 lines with lines in another encoding, or a Latin-1 / Windows-1252
 * file ("Société Générale" saved by Western Excel), is a ValidationError naming a line, never garbled
 * names that pass as valid. Uses the platform's TextDecoder (Node and browsers).
 */
import { issue, ValidationError, type ValidationIssue } from '../model/validation-error.js';
import type { Encoding } from './types.js';

const HINT =
  're-save the file as UTF-8, or name its encoding ' +
  '(--encoding / decodeBytes(bytes, encoding): utf-8, gb18030, gbk, windows-1252)';

/**
 * The text of a file's bytes, in the encoding given or else detected: UTF-8 (with or without
 * a BOM), else GB18030. A file that mixes encodings, or looks like a Western single-byte
 * encoding, is a ValidationError naming the line (give the encoding to read it anyway).
 * @example
 * const { text, encoding } = decodeBytes(readFileSync('exhibitors.csv')); // encoding: 'gb18030' for a GBK file
 */
export function decodeBytes(bytes: Uint8Array, encoding?: Encoding): { text: string; encoding: string } {
  if (encoding !== undefined) {
    let decoder: TextDecoder;
    try {
      decoder = new TextDecoder(encoding, { fatal: true });
    } catch {
      throw new ValidationError([
        issue(
          ['encoding'],
          'invalid-value',
          `unknown encoding "${encoding}" (use utf-8, gb18030, gbk or windows-1252)`,
        ),
      ]);
    }
    try {
      return { text: stripBom(decoder.decode(bytes)), encoding: decoder.encoding };
    } catch {
      throw new ValidationError([issue(['encoding'], 'unreadable', `the file is not valid ${decoder.encoding}`)]);
    }
  }
  try {
    return { text: stripBom(new TextDecoder('utf-8', { fatal: true }).decode(bytes)), encoding: 'utf-8' };
  } catch {
    // Not UTF-8 as a whole: find out why before reading it as GB18030.
  }
  const problem = notGb18030(bytes);
  if (problem) throw new ValidationError([problem], 'the file encoding cannot be read safely');
  return { text: stripBom(new TextDecoder('gb18030').decode(bytes)), encoding: 'gb18030' };
}

/**
 * Why the bytes (not UTF-8 as a whole) are not a GB18030 file, or undefined when they are:
 * some lines UTF-8 and others not (mixed encodings); invalid GB18030; or the mark of a
 * single-byte Western encoding — an accented byte alone between two ASCII letters (the é of "Société"),
 * which in GBK would have to be a rare extension character glued to Latin letters.
 */
function notGb18030(bytes: Uint8Array): ValidationIssue | undefined {
  const utf8 = new TextDecoder('utf-8', { fatal: true });
  const gb = new TextDecoder('gb18030', { fatal: true });
  let firstUtf8: number | undefined;
  let firstOther: number | undefined;
  let others = 0;
  let certainUtf8 = 0;
  let likelyUtf8 = 0;
  let firstWestern: { line: number; text: string } | undefined;
  let lineNo = 0;
  forEachLine(bytes, (start, end) => {
    lineNo++;
    let high = false;
    for (let i = start; i < end; i++) {
      if (bytes[i]! < 0x80) continue;
      high = true;
      if (!firstWestern && i > start && i + 1 < end && isAsciiLetter(bytes[i - 1]!) && isAsciiLetter(bytes[i + 1]!)) {
        firstWestern = {
          line: lineNo,
          text: new TextDecoder('windows-1252').decode(bytes.subarray(start, end)).trim().slice(0, 60),
        };
      }
    }
    if (!high) return;
    const line = bytes.subarray(start, end);
    const text = readsAs(utf8, line);
    if (text === undefined) {
      others++;
      firstOther ??= lineNo;
    } else if (readsAs(gb, line) === undefined) {
      // UTF-8 and impossible in GB18030: certainly a UTF-8 line.
      certainUtf8++;
      firstUtf8 ??= lineNo;
    } else if (/[\u0800-\uffff]/.test(text)) {
      // Readable both ways (short CJK runs can be): counts only as a majority.
      likelyUtf8++;
      firstUtf8 ??= lineNo;
    }
  });
  if (others > 0 && (certainUtf8 > 0 || likelyUtf8 > others)) {
    return issue(
      ['encoding', `line ${firstOther}`],
      'invalid-value',
      `line ${firstOther} is not UTF-8 while line ${firstUtf8} is: the file mixes encodings; ${HINT}`,
    );
  }
  if (firstWestern) {
    return issue(
      ['encoding', `line ${firstWestern.line}`],
      'invalid-value',
      `line ${firstWestern.line} looks like Latin-1 / Windows-1252 text ("${firstWestern.text}"), ` +
        `not UTF-8 or GB18030; ${HINT}`,
    );
  }
  try {
    gb.decode(bytes);
  } catch {
    return issue(['encoding'], 'invalid-value', `the file is neither UTF-8 nor GB18030; ${HINT}`);
  }
  return undefined;
}

function readsAs(decoder: TextDecoder, bytes: Uint8Array): string | undefined {
  try {
    return decoder.decode(bytes);
  } catch {
    return undefined;
  }
}

function forEachLine(bytes: Uint8Array, visit: (start: number, end: number) => void): void {
  let start = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b === 0x0a || b === 0x0d) {
      visit(start, i);
      if (b === 0x0d && bytes[i + 1] === 0x0a) i++;
      start = i + 1;
    }
  }
  if (start < bytes.length) visit(start, bytes.length);
}

function isAsciiLetter(b: number): boolean {
  return (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a);
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

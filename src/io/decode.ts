/**
 * Bytes to text for spreadsheet exports: UTF-8 with or without BOM, or GB18030/GBK as saved
 * by Chinese Excel. Without an explicit encoding, strict UTF-8 is tried first and GB18030
 * (a superset of GBK) is the fallback. Uses the platform's TextDecoder (Node and browsers).
 */
import { ValidationError } from '../model/validation-error.js';

export type Encoding = 'utf-8' | 'gb18030' | 'gbk' | (string & {});

export function decodeBytes(bytes: Uint8Array, encoding?: Encoding): { text: string; encoding: string } {
  if (encoding !== undefined) {
    let decoder: TextDecoder;
    try {
      decoder = new TextDecoder(encoding, { fatal: true });
    } catch {
      throw new ValidationError([{ path: ['encoding'], message: `unknown encoding "${encoding}" (use utf-8, gb18030 or gbk)` }]);
    }
    try {
      return { text: stripBom(decoder.decode(bytes)), encoding: decoder.encoding };
    } catch {
      throw new ValidationError([{ path: ['encoding'], message: `the file is not valid ${decoder.encoding}` }]);
    }
  }
  try {
    return { text: stripBom(new TextDecoder('utf-8', { fatal: true }).decode(bytes)), encoding: 'utf-8' };
  } catch {
    return { text: stripBom(new TextDecoder('gb18030').decode(bytes)), encoding: 'gb18030' };
  }
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

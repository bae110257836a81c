import { LANGUAGE_NAMES } from './generated/languages.generated.js';

/** ISO 639-1 code (lower case) known to the country table, or any two-letter code Intl can name. */
export function isLanguageCode(code: string): boolean {
  if (Object.hasOwn(LANGUAGE_NAMES, code)) return true;
  if (!/^[a-z]{2}$/.test(code)) return false;
  try {
    const name = new Intl.DisplayNames('en', { type: 'language', fallback: 'none' }).of(code);
    return name !== undefined;
  } catch {
    return false;
  }
}

/** Display name of a language; Chinese via Intl, falling back to English. */
export function languageName(code: string, locale: 'en' | 'zh' = 'en'): string | undefined {
  if (locale === 'zh') {
    try {
      const name = new Intl.DisplayNames('zh', { type: 'language', fallback: 'none' }).of(code);
      if (name) return name;
    } catch {
      // fall through to English
    }
  }
  return Object.hasOwn(LANGUAGE_NAMES, code) ? LANGUAGE_NAMES[code] : undefined;
}

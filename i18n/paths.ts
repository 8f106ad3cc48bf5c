import type { Locale } from './routing';

/** A site path as it appears in a page: "/help/" becomes "/es/help/". The one place URLs get a language. */
export function localePath(locale: Locale, path: `/${string}` = '/'): string {
  return `/${locale}${path}`;
}

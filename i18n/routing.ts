import { hasLocale } from 'next-intl';
import { defineRouting } from 'next-intl/routing';

/** Every language the site offers. Adding one: see "Adding a language" in the README. */
export const locales = ['en', 'es', 'zh', 'ar', 'pl', 'ht', 'vi', 'ko', 'tl', 'ru', 'uk', 'fr', 'pt', 'hi', 'ur', 'fa', 'ps', 'pa', 'zh-Hant', 'so'] as const;
export type Locale = (typeof locales)[number];

export const routing = defineRouting({
  locales,
  defaultLocale: 'en',
  // Static export: no proxy runs, so every page lives under /<locale>/ and nothing is detected.
  localePrefix: 'always',
  localeDetection: false,
  localeCookie: false,
});

export function isLocale(value: unknown): value is Locale {
  return hasLocale(locales, value);
}

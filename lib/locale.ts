/**
 * Locale-dependent behaviour in one place: text direction, language names, dates.
 * Everything goes through Intl so a new language needs no code here.
 */
import type { Locale } from '../i18n/routing';
import { weekdays } from './content/schemas/primitives';

/** The tag Intl should use for a locale (zh means Simplified Chinese here). */
const intlTag: Partial<Record<Locale, string>> = { zh: 'zh-Hans' };
const intlLocale = (locale: Locale): string => intlTag[locale] ?? locale;

/** 'rtl' for Arabic and other right-to-left scripts, from the locale's own data. */
export function textDirection(locale: string): 'ltr' | 'rtl' {
  const info = new Intl.Locale(locale) as Intl.Locale & { getTextInfo?: () => { direction: string }; textInfo?: { direction: string } };
  const direction = info.getTextInfo?.().direction ?? info.textInfo?.direction;
  if (direction) return direction === 'rtl' ? 'rtl' : 'ltr';
  return ['ar', 'fa', 'he', 'ur', 'ps'].includes(info.language) ? 'rtl' : 'ltr';
}

/**
 * Locale data that the JavaScript engines do not ship yet (Haitian Creole has no CLDR data in
 * Node or most browsers). Keyed by locale; everything else comes from Intl.
 */
const missingIntlData: Partial<Record<Locale, { name: string; months: string[]; weekdays: string[] }>> = {
  ht: {
    name: 'Kreyòl ayisyen',
    weekdays: ['lendi', 'madi', 'mèkredi', 'jedi', 'vandredi', 'samdi', 'dimanch'],
    months: ['janvye', 'fevriye', 'mas', 'avril', 'me', 'jen', 'jiyè', 'out', 'septanm', 'oktòb', 'novanm', 'desanm'],
  },
};

/**
 * Names Intl gives differently from what readers call their language: Intl names tl "Filipino",
 * but the communities and the red-card programmes call it Tagalog.
 */
const preferredNames: Partial<Record<string, string>> = { tl: 'Tagalog' };

/** A language named in its own script ("Español", "العربية"), for the language chooser. */
export function nativeLanguageName(locale: Locale): string {
  const known = preferredNames[locale] ?? missingIntlData[locale]?.name;
  if (known) return known;
  const name = new Intl.DisplayNames([intlLocale(locale)], { type: 'language' }).of(intlLocale(locale)) ?? locale;
  return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
}

/** A language named in the reader's language, e.g. "polaco" for pl when reading Spanish. */
export function languageName(code: string, inLocale: Locale): string {
  try {
    return new Intl.DisplayNames([intlLocale(inLocale)], { type: 'language', fallback: 'code' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** A language named in itself, as a sentence in it would write it: "español", "English", "中文". */
export function ownLanguageName(locale: Locale): string {
  return preferredNames[locale] ?? missingIntlData[locale]?.name ?? languageName(locale, locale);
}

export function countryName(code: string, inLocale: Locale): string {
  return new Intl.DisplayNames([intlLocale(inLocale)], { type: 'region' }).of(code) ?? code;
}

/**
 * "20 November 2026" in the reader's language; content dates are calendar days, not instants.
 * Always the Gregorian calendar: court dates and deadlines are, and Intl would give Farsi and
 * Pashto readers the Solar Hijri calendar.
 */
export function formatDate(iso: string, locale: Locale): string {
  const months = missingIntlData[locale]?.months;
  if (months) {
    const [year, month, day] = iso.split('-').map(Number);
    return `${day} ${months[month - 1]} ${year}`;
  }
  return new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'long', timeZone: 'UTC', calendar: 'gregory' }).format(new Date(`${iso}T00:00:00Z`));
}

/** "Tue" / "mar" / "周二": a weekday of the contact contract, named in the reader's language. */
export function weekdayName(day: (typeof weekdays)[number], locale: Locale): string {
  const index = weekdays.indexOf(day);
  const known = missingIntlData[locale]?.weekdays;
  if (known) return known[index];
  // 2024-01-01 was a Monday.
  return new Intl.DateTimeFormat(intlLocale(locale), { weekday: 'short', timeZone: 'UTC', calendar: 'gregory' }).format(new Date(Date.UTC(2024, 0, 1 + index)));
}

/** "08:30" as the reader writes times ("8:30 AM" in English, "08:30" in Polish). */
export function formatTime(hhmm: string, locale: Locale): string {
  const [hours, minutes] = hhmm.split(':').map(Number);
  const tag = missingIntlData[locale] ? 'fr' : intlLocale(locale);
  return new Intl.DateTimeFormat(tag, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, 1, hours, minutes)));
}

/** A list of names joined as the reader's language joins them ("A, B and C"). */
export function formatList(items: string[], locale: Locale): string {
  if (missingIntlData[locale]) return items.join(', ');
  return new Intl.ListFormat(intlLocale(locale), { style: 'long', type: 'conjunction' }).format(items);
}

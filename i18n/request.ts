import { locale as rootLocale } from 'next/root-params';
import { notFound } from 'next/navigation';
import { getRequestConfig } from 'next-intl/server';
import { isLocale, type Locale, routing } from './routing';

export default getRequestConfig(async ({ locale: requested }) => {
  const candidate = requested ?? (await rootLocale());
  const locale = candidate && isLocale(candidate) ? candidate : routing.defaultLocale;
  return {
    locale,
    messages: (await import(`../messages/${locale}.json`)).default,
    timeZone: 'America/Chicago',
  };
});

/** The locale of a page's [locale] segment: only the site's languages are exported, anything else is a 404. */
export function pageLocale(segment: string): Locale {
  if (!isLocale(segment)) notFound();
  return segment;
}

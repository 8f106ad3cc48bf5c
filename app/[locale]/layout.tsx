import type { Metadata, Viewport } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { isLocale, locales } from '@/i18n/routing';
import { textDirection } from '@/lib/locale';
import { THEME_COLOR } from '@/lib/offline/web-app-manifest';
import '../globals.css';
import { pageLocale } from '@/i18n/request';

export const dynamicParams = false;

export function generateStaticParams() {
  return locales.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: LayoutProps<'/[locale]'>): Promise<Metadata> {
  const locale = pageLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: 'site' });
  return {
    title: { default: t('name'), template: `%s · ${t('name')}` },
    description: t('tagline'),
    referrer: 'no-referrer',
    formatDetection: { telephone: false },
    manifest: `/${locale}/manifest.webmanifest`,
    icons: { icon: [{ url: '/icons/icon.svg', type: 'image/svg+xml' }], apple: '/icons/apple-touch-icon.png' },
  };
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: THEME_COLOR };

/** The document shell of every page in a language: lang and dir come from the locale. */
export default async function LocaleLayout({ children, params }: LayoutProps<'/[locale]'>) {
  const locale = pageLocale((await params).locale);
  if (!isLocale(locale)) notFound();
  return (
    <html lang={locale} dir={textDirection(locale)}>
      {/* enhance/offline-saving.ts saves this language for offline use. */}
      <body className="min-h-screen print:min-h-0" data-module="offline-saving" data-locale={locale}>
        {children}
      </body>
    </html>
  );
}

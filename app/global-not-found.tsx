import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { InEveryLanguage } from '@/components/InEveryLanguage';
import { LanguageChooser } from '@/components/LanguageChooser';
import './globals.css';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations({ locale: 'en', namespace: 'notFound' });
  return { title: t('title'), referrer: 'no-referrer' };
}

/** Served as 404.html for any unknown address; the language is unknown, so it offers them all. */
export default async function GlobalNotFound() {
  const t = await getTranslations({ locale: 'en', namespace: 'notFound' });
  return (
    <html lang="en" dir="ltr">
      <body className="min-h-screen">
        <main id="main" className="mx-auto max-w-3xl px-4 py-8">
          <h1 id="lost" className="mb-2 text-3xl font-bold">
            {t('title')}
          </h1>
          <p className="text-lg">{t('body')}</p>
          <InEveryLanguage message="notFound.body" />
          <LanguageChooser headingId="lost" />
        </main>
      </body>
    </html>
  );
}

import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { localePath } from '@/i18n/paths';
import { pageLocale } from '@/i18n/request';
import { SpeakPhraseButton } from '@/components/SpeakPhraseButton';

export async function generateMetadata({ params }: PageProps<'/[locale]/card'>): Promise<Metadata> {
  const t = await getTranslations({ locale: pageLocale((await params).locale), namespace: 'card' });
  return { title: t('title') };
}

const lines = ['line1', 'line2', 'line3', 'line4'] as const;

/** Full screen, no site chrome: the reader holds it up to an agent. English first, large. */
export default async function CardPage({ params }: PageProps<'/[locale]/card'>) {
  const locale = pageLocale((await params).locale);
  const t = await getTranslations('card');
  const english = await getTranslations({ locale: 'en', namespace: 'card' });
  return (
    <main id="main" className="on-dark flex min-h-screen flex-col bg-black px-5 py-6 text-white print:min-h-0 print:p-0">
      <h1 className="sr-only">{t('title')}</h1>
      <ul lang="en" dir="ltr" className="space-y-5">
        {lines.map((line) => (
          <li key={line} className="text-3xl font-extrabold leading-tight sm:text-4xl">
            <span className="block">{english(line)}</span>
            <SpeakPhraseButton phrase={english(line)} locale={locale} tone="dark" />
          </li>
        ))}
      </ul>
      {locale !== 'en' && (
        <section aria-labelledby="local" className="mt-8 border-t-2 border-white/60 pt-5 print:border-black">
          <h2 id="local" className="mb-3 text-base font-semibold text-gray-200">
            {t('yourLanguage')}
          </h2>
          <ul className="space-y-3">
            {lines.map((line) => (
              <li key={line} className="text-xl font-semibold leading-snug text-yellow-200">
                {t(line)}
              </li>
            ))}
          </ul>
        </section>
      )}
      <p className="mt-8 text-lg text-gray-200">{t('hint')}</p>
      <p className="no-print mt-auto pt-8">
        <a
          href={localePath(locale)}
          className="inline-flex tap-target items-center rounded-md border-2 border-white px-4 text-lg font-semibold text-white no-underline"
        >
          {t('back')}
        </a>
      </p>
    </main>
  );
}

import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ReportEmailLink } from '@/components/ReportEmailLink';
import { pageLocale } from '@/i18n/request';
import { localePath } from '@/i18n/paths';
import { getContent } from '@/lib/content';
import { nativeLanguageName, textDirection } from '@/lib/locale';
import { translationStatus } from '@/lib/translation-status';

export async function generateMetadata({ params }: PageProps<'/[locale]/about/translations'>): Promise<Metadata> {
  const t = await getTranslations({ locale: pageLocale((await params).locale), namespace: 'translations' });
  return { title: t('title') };
}

export default async function TranslationStatusPage() {
  const t = await getTranslations('translations');
  const rows = translationStatus(getContent());
  return (
    <>
      <h1 className="mt-2 text-3xl font-bold">{t('title')}</h1>
      <p className="my-3">{t('intro')}</p>
      {/* A list, not a table: each language reads as one block on a 320 px phone and at 200% text. */}
      <ul className="grid-cols-fit grid gap-3">
        {rows.map((row) => (
          <li key={row.locale} className="rounded-md border border-gray-300 px-4 py-2">
            <a
              href={localePath(row.locale)}
              lang={row.locale}
              hrefLang={row.locale}
              dir={textDirection(row.locale)}
              className="tap-target flex items-center text-lg font-bold"
            >
              {nativeLanguageName(row.locale)}
            </a>
            <dl className="grid grid-cols-[1fr_auto] gap-x-3 text-base">
              <dt>{t('topics')}</dt>
              <dd>{t('ofTotal', { count: row.translated, total: row.total })}</dd>
              {/* English is the reference: it is not a translation to check. */}
              {row.locale !== 'en' && (
                <>
                  <dt>{t('reviewed')}</dt>
                  <dd>{row.reviewed}</dd>
                  <dt>{t('machine')}</dt>
                  <dd>{row.machine}</dd>
                  <dt>{t('outdated')}</dt>
                  <dd>{row.outdated}</dd>
                </>
              )}
            </dl>
          </li>
        ))}
      </ul>
      <h2 className="mb-2 mt-6 text-2xl font-bold">{t('helpHeading')}</h2>
      <p>
        {t.rich('help', {
          email: () => <ReportEmailLink />,
        })}
      </p>
    </>
  );
}

import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { BreakableAddress } from '@/components/BreakableAddress';
import { pageLocale } from '@/i18n/request';
import { localePath } from '@/i18n/paths';
import { getContent } from '@/lib/content';
import { nativeLanguageName, textDirection } from '@/lib/locale';
import { translationStatus } from '@/lib/translation-status';
import { siteConfig } from '@/site.config';

export async function generateMetadata({ params }: PageProps<'/[locale]/about/translations'>): Promise<Metadata> {
  const t = await getTranslations({ locale: pageLocale((await params).locale), namespace: 'translations' });
  return { title: t('title') };
}

export default async function TranslationStatusPage() {
  const t = await getTranslations('translations');
  const rows = translationStatus(getContent());
  const cell = 'border-b border-gray-300 px-2 py-2';
  return (
    <>
      <h1 className="mt-2 text-3xl font-bold">{t('title')}</h1>
      <p className="my-3">{t('intro')}</p>
      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-start text-base">
          <thead>
            <tr>
              {(['language', 'topics', 'reviewed', 'machine', 'outdated'] as const).map((key) => (
                <th key={key} scope="col" className={`${cell} text-start align-bottom font-semibold`}>{t(key)}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.locale}>
                <th scope="row" className={`${cell} text-start font-normal`}>
                  <a href={localePath(row.locale)} lang={row.locale} hrefLang={row.locale} dir={textDirection(row.locale)} className="inline-flex tap-target items-center">
                    {nativeLanguageName(row.locale)}
                  </a>
                </th>
                <td className={cell}>{t('ofTotal', { count: row.translated, total: row.total })}</td>
                {/* English is the reference: it is not a translation to check. */}
                {[row.reviewed, row.machine, row.outdated].map((value, index) => (
                  <td key={index} className={cell}>{row.locale === 'en' ? '—' : value}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2 className="mb-2 mt-6 text-2xl font-bold">{t('helpHeading')}</h2>
      <p>
        {t.rich('help', {
          email: () => <a href={`mailto:${siteConfig.reportEmail}`} dir="ltr" className="wrap-anywhere"><BreakableAddress address={siteConfig.reportEmail} /></a>,
        })}
      </p>
    </>
  );
}

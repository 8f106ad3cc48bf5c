import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ReportEmailLink } from '@/components/ReportEmailLink';
import { pageLocale } from '@/i18n/request';
import { localePath } from '@/i18n/paths';

export async function generateMetadata({ params }: PageProps<'/[locale]/about'>): Promise<Metadata> {
  const t = await getTranslations({ locale: pageLocale((await params).locale), namespace: 'about' });
  return { title: t('title') };
}

const sections = [
  { heading: 'privacyHeading', paragraphs: ['privacy1', 'privacy2', 'privacy3', 'privacy4'] },
  { heading: 'sourcesHeading', paragraphs: ['sources1', 'sources2'] },
  { heading: 'reviewHeading', paragraphs: ['review1', 'review2'] },
] as const;

export default async function AboutPage({ params }: PageProps<'/[locale]/about'>) {
  const locale = pageLocale((await params).locale);
  const t = await getTranslations('about');
  const tTranslations = await getTranslations('translations');
  return (
    <>
      <h1 className="mt-2 text-3xl font-bold">{t('title')}</h1>
      {sections.map(({ heading, paragraphs }) => (
        <section key={heading} aria-labelledby={heading}>
          <h2 id={heading} className="mb-2 mt-6 text-2xl font-bold">
            {t(heading)}
          </h2>
          {paragraphs.map((key) => (
            <p key={key} className="my-2">
              {t(key)}
            </p>
          ))}
        </section>
      ))}
      <p className="my-2">
        <a href={localePath(locale, '/about/translations/')} className="inline-flex tap-target items-center font-semibold">
          {tTranslations('link')}
        </a>
      </p>
      <section aria-labelledby="report">
        <h2 id="report" className="mb-2 mt-6 text-2xl font-bold">
          {t('reportHeading')}
        </h2>
        <p>
          {t.rich('report1', {
            email: () => <ReportEmailLink />,
          })}
        </p>
      </section>
      <p className="mt-8 font-semibold">{t('notLegalAdvice')}</p>
    </>
  );
}

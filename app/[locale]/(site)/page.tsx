import { getTranslations } from 'next-intl/server';
import { getContent, topicView } from '@/lib/content';
import { EmergencyButtons } from '@/components/EmergencyButtons';
import { TopicLinks } from '@/components/TopicLinks';
import { localePath } from '@/i18n/paths';
import { pageLocale } from '@/i18n/request';

export default async function HomePage({ params }: PageProps<'/[locale]'>) {
  const locale = pageLocale((await params).locale);
  const t = await getTranslations('home');
  const plan = await getTranslations('plan');
  const topics = getContent().topics.map((topic) => topicView(topic, locale));
  const bySituation = (situation: string) => topics.filter((topic) => topic.meta.situation === situation);
  return (
    <>
      <h1 className="mb-2 mt-2 text-3xl font-bold">{t('title')}</h1>
      <p className="mb-5 text-lg">{t('intro')}</p>
      <section aria-labelledby="now">
        <h2 id="now" className="mb-3 text-2xl font-bold">
          {t('emergencyHeading')}
        </h2>
        <EmergencyButtons locale={locale} />
      </section>
      {(
        [
          ['urgentHeading', 'emergency'],
          ['prepareHeading', 'prepare'],
          ['learnHeading', 'learn'],
        ] as const
      ).map(([heading, situation]) => (
        <section key={situation} aria-labelledby={situation} className="mt-8">
          <h2 id={situation} className="mb-3 text-2xl font-bold">
            {t(heading)}
          </h2>
          <TopicLinks topics={bySituation(situation)} locale={locale} />
        </section>
      ))}
      <ul className="mt-8 space-y-1">
        <li>
          <a href={localePath(locale, '/plan/')} className="inline-flex tap-target items-center font-semibold">
            {plan('homeLink')}
          </a>
        </li>
        <li>
          <a href={localePath(locale, '/print/')} className="inline-flex tap-target items-center font-semibold">
            {t('printLink')}
          </a>
        </li>
      </ul>
    </>
  );
}

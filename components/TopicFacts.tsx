import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { getContent, regionChain, regionName, type TopicView } from '@/lib/content';
import { formatDate } from '@/lib/locale';
import { SourceList } from './SourceList';

/** Where the guidance applies, when it changed, whether a lawyer reviewed it, and its sources. */
export async function TopicFacts({ topic, locale }: { topic: TopicView; locale: Locale }) {
  const t = await getTranslations('topic');
  const { meta } = topic;
  const region = regionChain(getContent().regions, meta.jurisdiction)[0];
  const review = meta.review;
  return (
    <>
      <section aria-labelledby="sources" className="mt-8 border-t border-gray-300 pt-4 text-base">
        <p>
          {t('appliesIn', {
            region: region ? regionName(region, locale) : meta.jurisdiction,
          })}
        </p>
        <p>{t('updated', { date: formatDate(meta.updated, locale) })}</p>
        <p className="font-semibold">
          {review.status === 'reviewed' && review.by && review.on
            ? t('reviewReviewed', {
                by: [review.by, review.organization].filter(Boolean).join(', '),
                date: formatDate(review.on, locale),
              })
            : t('reviewUnreviewed')}
        </p>
        <p className="mt-2">{t('notLegalAdvice')}</p>
        <h2 id="sources" className="mb-2 mt-4 text-lg font-bold">
          {t('sourcesHeading')}
        </h2>
        <SourceList sources={meta.sources} />
      </section>
      {meta.facts.in_flux.length > 0 && (
        <section aria-labelledby="in-flux" className="mt-4 text-base">
          <h2 id="in-flux" className="mb-2 text-lg font-bold">
            {t('inFluxHeading')}
          </h2>
          <ul className="list-disc space-y-1 ps-6" lang="en" dir="ltr">
            {meta.facts.in_flux.map((item) => (
              <li key={item.fact}>
                {item.fact}{' '}
                <a href={item.source} rel="noopener noreferrer" className="break-words">
                  ({new URL(item.source).hostname})
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import type { TopicView } from '@/lib/content';
import { flyerCautions } from '@/lib/flyer';
import { formatDate, languageName, ownLanguageName } from '@/lib/locale';
import { AlsoInEnglish } from './AlsoInEnglish';

type Props = { topics: TopicView[]; updated: string; locale: Locale; bilingual: boolean };

/**
 * The small print at the foot of a printout, from the topics it carries: when they last changed,
 * whether a lawyer reviewed them, that this is not legal advice, and any translation caution.
 * Sizes are in em, so each printout sets them from its own type size, never below 10 pt.
 * `data-t` keys let the flyer builder print a second language beside each.
 */
export async function PrintFootnotes({ topics, updated, locale, bilingual }: Props) {
  const t = await getTranslations({ locale, namespace: 'print' });
  const en = await getTranslations({ locale: 'en', namespace: 'print' });
  const topic = await getTranslations({ locale, namespace: 'topic' });
  const enTopic = await getTranslations({ locale: 'en', namespace: 'topic' });
  const { unreviewed, machineDraft, outdated, fallback } = flyerCautions(topics);
  const footnotes: [key: string, local: string, english: string][] = [
    ['updated', t('updated', { date: formatDate(updated, locale) }), en('updated', { date: formatDate(updated, 'en') })],
    unreviewed ? ['review', topic('reviewUnreviewed'), enTopic('reviewUnreviewed')] : ['review', t('reviewed'), en('reviewed')],
    ['advice', topic('notLegalAdvice'), enTopic('notLegalAdvice')],
    ...(machineDraft ? [['machine', t('machineDraft'), en('machineDraft')] as [string, string, string]] : []),
    ...(outdated ? [['outdated', topic('outdated'), enTopic('outdated')] as [string, string, string]] : []),
    ...(fallback
      ? [
          ['fallback', t('fallback', { language: ownLanguageName(locale) }), en('fallback', { language: languageName(locale, 'en') })] as [
            string,
            string,
            string,
          ],
        ]
      : []),
  ];
  return (
    <footer className="mt-[2.5mm] border-t-[0.4mm] border-black pt-[1.5mm] text-[max(0.8em,10pt)] leading-snug">
      <p>
        {footnotes.map(([key, local, english]) => (
          <span key={key} className="me-[0.8em] inline">
            <span data-t={`foot:${key}`}>{local}</span>
            {bilingual && <AlsoInEnglish text={english} local={local} separator=" " />}
          </span>
        ))}
      </p>
    </footer>
  );
}

import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { isDueForLegalRecheck } from '@/lib/content';
import { renderMarkdown } from '@/lib/content/markdown';
import type { GuardianNote as Note } from '@/lib/family-plan';
import { formatDate } from '@/lib/locale';
import { siteConfig } from '@/site.config';
import { localePath } from '@/i18n/paths';
import { FactsChecked } from './FactsChecked';
import { SourceList } from './SourceList';

type Props = { note: Note; locale: Locale; legalHelp: string };

/**
 * The legal paper that lets a caregiver act for a child in Illinois, as the family-plan topic says
 * it (its own section, in the reader's language where translated), with when its facts were
 * checked, the law it comes from, and "talk to a lawyer". On screen only: the paper is the plan.
 */
export async function GuardianNote({ note, locale, legalHelp }: Props) {
  const t = await getTranslations({ locale, namespace: 'plan' });
  const topic = await getTranslations({ locale, namespace: 'topic' });
  const { topic: view, markdown, lang, sources } = note;
  const html = await renderMarkdown(markdown, locale);
  return (
    <section className="no-print mt-10 border-t-2 border-brand pt-2">
      <div className="prose-body" lang={lang} dir={lang === locale ? undefined : 'ltr'} dangerouslySetInnerHTML={{ __html: html }} />
      <FactsChecked
        due={isDueForLegalRecheck({ meta: view.meta })}
        labels={{
          checked: topic('factsChecked', { date: formatDate(view.meta.facts.checked_on, locale) }),
          mayHaveChanged: topic('factsMayHaveChanged', { days: siteConfig.lawRecheckAfterDays }),
        }}
      />
      <p className="mt-4 text-xl font-bold">{t('guardianLawyer')}</p>
      <p className="mt-2">
        <a href={legalHelp} className="inline-flex tap-target items-center font-semibold">
          {t('legalHelp')}
        </a>
      </p>
      {view.meta.review.status !== 'reviewed' && <p className="mt-2 text-base">{topic('reviewUnreviewed')}</p>}
      {sources.length > 0 && (
        <>
          <p className="mt-3 text-base font-semibold">{t('guardianSources')}</p>
          <div className="text-base">
            <SourceList sources={sources} />
          </div>
        </>
      )}
      <p className="mt-4">
        <a href={localePath(locale, `/rights/${view.id}/`)} className="inline-flex tap-target items-center font-semibold">
          {t('guideLink', { title: view.title })}
        </a>
      </p>
    </section>
  );
}

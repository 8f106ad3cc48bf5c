import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { findTopic, getContent, isDueForLegalRecheck, topicView } from '@/lib/content';
import { expandHoursReferences } from '@/lib/content/contact-references';
import { renderMarkdown } from '@/lib/content/markdown';
import { hoursSentence } from '@/lib/contact-display';
import { formatDate } from '@/lib/locale';
import { siteConfig } from '@/site.config';
import { FactsChecked } from '@/components/FactsChecked';
import { TopicNotices } from '@/components/TopicNotices';
import { SayPhrases } from '@/components/SayPhrases';
import { ListenControls } from '@/components/ListenControls';
import { TopicFacts } from '@/components/TopicFacts';
import { PhoneText } from '@/components/PhoneText';
import { localePath } from '@/i18n/paths';
import { pageLocale } from '@/i18n/request';

export const dynamicParams = false;

export function generateStaticParams() {
  return getContent().topics.map((topic) => ({ topic: topic.id }));
}

export async function generateMetadata({ params }: PageProps<'/[locale]/rights/[topic]'>): Promise<Metadata> {
  const { locale: segment, topic: id } = await params;
  const locale = pageLocale(segment);
  const topic = findTopic(getContent(), id);
  if (!topic) return {};
  const view = topicView(topic, locale);
  return { title: view.title, description: view.summary };
}

export default async function TopicPage({ params }: PageProps<'/[locale]/rights/[topic]'>) {
  const { locale: raw, topic: id } = await params;
  const locale = pageLocale(raw);
  const content = getContent();
  const topic = findTopic(content, id);
  if (!topic) notFound();
  const view = topicView(topic, locale);
  const t = await getTranslations('topic');
  const tContact = await getTranslations('contact');
  // Hours come from the contact's own file, so they have one owner in every language.
  const body = expandHoursReferences(view.body, (contactId) =>
    hoursSentence(content.contacts.find((contact) => contact.id === contactId)?.hours, locale, {
      everyDay: tContact('everyDay'),
      allDay: tContact('allDay'),
      hoursOfLine: (hours) => t('hoursOfLine', { hours }),
    }),
  );
  const html = await renderMarkdown(body, locale);
  // A topic not yet translated is shown in English: marked so, and laid out left to right.
  const bodyLang = view.fallback ? 'en' : locale;
  const bodyDir = view.fallback ? 'ltr' : undefined;
  return (
    <article>
      <TopicNotices
        view={view}
        labels={{ fallback: t('fallback'), machineDraft: t('machineDraft'), outdated: t('outdated'), englishVersion: t('englishVersion') }}
      />
      {/* What `data-listen` marks is what Listen reads aloud. */}
      <h1 className="mt-2 text-3xl font-bold leading-tight" lang={bodyLang} dir={bodyDir} data-listen>
        {view.title}
      </h1>
      <ListenControls />
      <p className="mt-3 text-xl font-semibold" lang={bodyLang} dir={bodyDir} data-listen>
        <PhoneText text={view.summary} />
      </p>
      <FactsChecked
        due={isDueForLegalRecheck(topic)}
        labels={{
          checked: t('factsChecked', { date: formatDate(topic.meta.facts.checked_on, locale) }),
          mayHaveChanged: t('factsMayHaveChanged', { days: siteConfig.lawRecheckAfterDays }),
        }}
      />
      <SayPhrases say={view.say} locale={locale} />
      <div className="prose-body" lang={bodyLang} dir={bodyDir} data-listen dangerouslySetInnerHTML={{ __html: html }} />
      <nav className="no-print mt-6 flex flex-wrap gap-3">
        <a
          href={localePath(locale, '/help/')}
          className="flex tap-target grow items-center justify-center rounded-md bg-brand px-4 py-2 text-center font-bold text-white no-underline"
        >
          {t('findHelp')}
        </a>
        <a
          href={localePath(locale, '/card/')}
          className="flex tap-target grow items-center justify-center rounded-md border-2 border-brand px-4 py-2 text-center font-bold no-underline"
        >
          {t('showCard')}
        </a>
      </nav>
      <TopicFacts topic={view} locale={locale} />
    </article>
  );
}

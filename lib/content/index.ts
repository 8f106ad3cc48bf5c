/** What pages use: validated content, loaded once per build, and the questions pages ask of it. */
import type { Locale } from '../../i18n/routing';
import { siteConfig } from '../../site.config';
import { type Content, type ContactEntry, loadContent, type TopicEntry } from './load';
import { daysBetween, todayIso } from './verification';
import { formatProblem } from './problems';
import type { Region } from './schema';

export type { Content, ContactEntry, TopicEntry } from './load';

class ContentError extends Error {
  constructor(readonly lines: string[]) {
    super(`The content has ${lines.length} problem(s):\n${lines.join('\n')}\nRun npm run content:check for details.`);
    this.name = 'ContentError';
  }
}

let cached: Content | undefined;

/** All content, or a ContentError listing every problem, so a build never half-succeeds. */
export function getContent(): Content {
  if (cached) return cached;
  const { content, problems } = loadContent();
  if (problems.length > 0) throw new ContentError(problems.map(formatProblem));
  cached = content;
  return content;
}

/** The region and its ancestors, nearest first: a city, its state, the country. */
export function regionChain(regions: Region[], id: string): Region[] {
  const chain: Region[] = [];
  let current = regions.find((region) => region.id === id);
  while (current && !chain.includes(current)) {
    chain.push(current);
    current = regions.find((region) => region.id === current?.parent);
  }
  return chain;
}

/** Contacts listed on a region's page: its own and those of every parent region. */
export function contactsForRegion(content: Content, id: string): ContactEntry[] {
  const ids = regionChain(content.regions, id).map((region) => region.id);
  return content.contacts.filter((contact) => ids.includes(contact.region));
}

export function regionName(region: Region, locale: Locale): string {
  return region.name[locale] ?? region.name.en ?? region.id;
}

export { type VerificationState, verificationState } from './verification';

/** A topic's legal facts need a re-check once their last check is older than the law re-check period. */
export function isDueForLegalRecheck(topic: Pick<TopicEntry, 'meta'>, today = todayIso(), periodDays: number = siteConfig.lawRecheckAfterDays): boolean {
  return daysBetween(topic.meta.facts.checked_on, today) > periodDays;
}

/** Topics due for a legal re-check, the oldest check first. */
export function topicsDueForLegalRecheck(content: Pick<Content, 'topics'>, today = todayIso(), periodDays: number = siteConfig.lawRecheckAfterDays): TopicEntry[] {
  return content.topics
    .filter((topic) => isDueForLegalRecheck(topic, today, periodDays))
    .sort((a, b) => a.meta.facts.checked_on.localeCompare(b.meta.facts.checked_on) || a.id.localeCompare(b.id));
}

export type TopicView = {
  id: string;
  title: string;
  summary: string;
  /** Each phrase in English and in the reader's language (the same text when reading English). */
  say: { en: string; local: string }[];
  body: string;
  /** The body is the English one because this topic has no translation in the reader's language. */
  fallback: boolean;
  translation: { status: string; outdated: boolean } | null;
  meta: TopicEntry['meta'];
};

export function topicView(topic: TopicEntry, locale: Locale): TopicView {
  const translation = locale === 'en' ? undefined : topic.translations[locale];
  return {
    id: topic.id,
    title: translation?.title ?? topic.meta.title,
    summary: translation?.summary ?? topic.meta.summary,
    say: topic.meta.say.map((en, index) => ({ en, local: translation?.say[index] ?? en })),
    body: translation?.body ?? topic.body,
    fallback: locale !== 'en' && !translation,
    translation: translation ? { status: translation.translation.status, outdated: translation.outdated } : null,
    meta: topic.meta,
  };
}

export function findRegion(content: Pick<Content, 'regions'>, id: string): Region | undefined {
  return content.regions.find((region) => region.id === id);
}

export function findTopic(content: Content, id: string): TopicEntry | undefined {
  return content.topics.find((topic) => topic.id === id);
}

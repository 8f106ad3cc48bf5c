/**
 * What the family emergency plan page (/<locale>/plan/) asks of content: pure choices over validated
 * content, unit-tested. The page stores nothing; enhance/plan.ts only copies what is typed onto the
 * wallet cards on the same page.
 */
import type { Locale } from '../i18n/routing';
import { type Content, findTopic, regionChain, type TopicView, topicView, verificationState } from './content';
import { sectionContaining } from './content/markdown';
import type { TopicMeta } from './content/schema';
import { callNumber, type FlyerNumber, verificationOrder } from './flyer';

/**
 * How many rows of each kind the page renders, so the form can be printed and filled by hand with
 * no script, and how many enhance/plan.ts may add: the plan for the home must stay one page.
 */
export const planRows = {
  person: { rendered: 4, max: 5 },
  child: { rendered: 3, max: 5 },
  health: { rendered: 2, max: 3 },
  adult: { rendered: 2, max: 8 },
} as const;

/** The first people to call, in order, that each adult's wallet card lists. */
export const CARD_PEOPLE = 4;

/**
 * Where the plan's note on the legal paper for a caregiver comes from: the family-plan topic's
 * section that cites the Illinois short-term guardian law, and that topic's sources published by
 * the legislature. The page shows that section rather than a second copy of its facts;
 * content:check warns when the topic loses it (lib/content/rules.ts).
 */
export const guardianSource = { topic: 'family-plan', citation: '11-5.4', lawPublisher: 'Illinois General Assembly' } as const;

export type GuardianNote = {
  topic: TopicView;
  /** The section as Markdown, in the reader's language, or in English (`lang`) where the translation lacks it or is out of date. */
  markdown: string;
  lang: Locale;
  /** The law itself, as the legislature publishes it. */
  sources: TopicMeta['sources'];
};

/** The note, or null where the content has no such topic or section (a deployment outside Illinois). */
export function guardianNote(content: Content, locale: Locale): GuardianNote | null {
  const topic = findTopic(content, guardianSource.topic);
  const english = topic && sectionContaining(topic.body, guardianSource.citation);
  if (!topic || !english) return null;
  const translation = locale === 'en' ? undefined : topic.translations[locale];
  // An out-of-date translation may state a legal fact the English has since corrected.
  const own = translation && !translation.outdated ? sectionContaining(translation.body, guardianSource.citation) : null;
  return {
    topic: topicView(topic, locale),
    markdown: own ?? english,
    lang: own ? locale : 'en',
    sources: topic.meta.sources.filter((source) => source.publisher === guardianSource.lawPublisher),
  };
}

/**
 * The lawyers and legal-aid lines a family may pick for their plan: the directory's legal-aid
 * contacts of the region and its parents that have a number to call, nearest region first, then
 * checked before due before not checked, then by name.
 */
export function legalAidChoices(content: Content, regionId: string, today?: string): FlyerNumber[] {
  const chain = regionChain(content.regions, regionId);
  const nearness = (region: string) => chain.findIndex((candidate) => candidate.id === region);
  return content.contacts
    .flatMap((contact) => {
      const phone = contact.kind === 'legal-aid' && nearness(contact.region) >= 0 ? callNumber(contact) : undefined;
      return phone ? [{ contact, phone, state: verificationState(contact, today) }] : [];
    })
    .sort(
      (a, b) =>
        nearness(a.contact.region) - nearness(b.contact.region) ||
        verificationOrder.indexOf(a.state) - verificationOrder.indexOf(b.state) ||
        a.contact.name.localeCompare(b.contact.name, 'en'),
    );
}

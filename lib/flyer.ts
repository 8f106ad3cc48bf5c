/** What a printed flyer shows for a region: pure choices over validated content, unit-tested. */
import type { Locale } from '../i18n/routing';
import { type Content, type ContactEntry, regionChain, type TopicView, topicView, verificationState, type VerificationState } from './content';
import { type PhoneLink, phoneLinks } from './contact-display';
import { phoneLabelMeaning, phoneLabels, type Region, type Service } from './content/schema';
import { formatDate } from './locale';

/** Services that matter when agents come or someone is detained; a flyer's numbers offer one of them. */
const emergencyServices: readonly Service[] = [
  'raid-reporting',
  'family-support',
  'detention',
  'detainee-locator',
  'deportation-defense',
  'legal-advice',
  'consular-protection',
];

/** Voice lines, best first (phoneLabelMeaning's flyer rank); fax, text and WhatsApp numbers are not printed. */
const callableLabels = phoneLabels
  .filter((label) => phoneLabelMeaning[label].flyerRank !== null)
  .sort((a, b) => (phoneLabelMeaning[a].flyerRank ?? 0) - (phoneLabelMeaning[b].flyerRank ?? 0));

/** The number to print for a contact: its best voice line (hotline, emergency, main, appointments), if it has one. */
export function callNumber(contact: Pick<ContactEntry, 'phones'>): PhoneLink | undefined {
  const phones = phoneLinks(contact);
  return callableLabels.map((label) => phones.find((candidate) => candidate.label === label)).find(Boolean);
}

/** Fewer numbers than this and a flyer is not worth printing: content:check says so. */
export const FLYER_MIN_NUMBERS = 4;
const FLYER_MAX_NUMBERS = 6;
/** The most urgent emergency topics (lowest order) that still fit one page in two languages; the rest are a QR scan away. */
const FLYER_MAX_TOPICS = 6;
const PER_GROUP = 3;

export type FlyerNumber = { contact: ContactEntry; phone: PhoneLink; state: VerificationState };

type Group = 'hotline' | 'legal-aid' | 'one-nationality';

function groupOf(contact: ContactEntry): Group | null {
  if (contact.kind === 'consulate' || (contact.kind === 'hotline' && contact.country)) return 'one-nationality';
  if (contact.kind === 'hotline' || contact.kind === 'legal-aid') return contact.kind;
  return null;
}

const groupOrder: readonly Group[] = ['hotline', 'legal-aid', 'one-nationality'];
/** Checked numbers before numbers due for a re-check before numbers nobody has called. */
export const verificationOrder: readonly VerificationState[] = ['verified', 'due', 'unverified'];

/**
 * The 4–6 numbers a flyer prints for a region. The same content always gives the same flyer:
 * 1. Only contacts of the region and its parents that help in an emergency (at least one of
 *    `emergencyServices`) and have a number to call: one per contact, its hotline number first,
 *    then emergency, main, appointments.
 * 2. Three groups, in this order: hotlines, legal help, then consulates and lines for one
 *    nationality (a hotline with a `country`), because those help only part of the readers.
 *    Government offices and community groups are left to the website.
 * 3. Within a group: more emergency services first, then the nearer region (city before state
 *    before country), then checked before due before not checked, then by id.
 * 4. Up to 3 from each group in turn, so one kind does not fill the flyer; places left are then
 *    filled from the rest, in the same order, up to 6.
 */
export function pickFlyerNumbers(contacts: ContactEntry[], chain: Region[], today?: string): FlyerNumber[] {
  const nearness = (contact: ContactEntry) => chain.findIndex((region) => region.id === contact.region);
  const score = (contact: ContactEntry) => contact.services.filter((service) => emergencyServices.includes(service)).length;
  const candidates = contacts.flatMap((contact) => {
    const group = groupOf(contact);
    if (!group || nearness(contact) < 0 || score(contact) === 0) return [];
    const phone = callNumber(contact);
    return phone ? [{ contact, phone, group, state: verificationState(contact, today) }] : [];
  });
  candidates.sort(
    (a, b) =>
      groupOrder.indexOf(a.group) - groupOrder.indexOf(b.group) ||
      score(b.contact) - score(a.contact) ||
      nearness(a.contact) - nearness(b.contact) ||
      verificationOrder.indexOf(a.state) - verificationOrder.indexOf(b.state) ||
      a.contact.id.localeCompare(b.contact.id),
  );
  const first = groupOrder.flatMap((group) => candidates.filter((candidate) => candidate.group === group).slice(0, PER_GROUP));
  const rest = candidates.filter((candidate) => !first.includes(candidate));
  const picked = new Set([...first, ...rest].slice(0, FLYER_MAX_NUMBERS));
  return candidates.filter((candidate) => picked.has(candidate)).map(({ contact, phone, state }) => ({ contact, phone, state }));
}

type VerificationMessages = (key: 'checked' | 'due' | 'unverified', values?: { date: string }) => string;

/** How sure we are of a printed number, in a few words: "Checked 20 November 2026", "Not yet checked". */
export function verificationLabel(number: FlyerNumber, locale: Locale, t: VerificationMessages): string {
  const checkedOn = number.contact.verification.checked_on;
  if (number.state === 'verified' && checkedOn) return t('checked', { date: formatDate(checkedOn, locale) });
  if (number.state === 'due' && checkedOn) return t('due', { date: formatDate(checkedOn, locale) });
  return t('unverified');
}

/**
 * The phrases to print, at most `max`: those most of the topics share first ("I want to remain
 * silent" is in nearly all of them), then in the order the topics give them.
 */
export function pickFlyerPhrases(topics: Pick<TopicView, 'say'>[], max = 6): TopicView['say'] {
  const seen = new Map<string, { phrase: TopicView['say'][number]; count: number; position: number }>();
  for (const phrase of topics.flatMap((topic) => topic.say)) {
    const known = seen.get(phrase.en);
    if (known) known.count += 1;
    else seen.set(phrase.en, { phrase, count: 1, position: seen.size });
  }
  return [...seen.values()]
    .sort((a, b) => b.count - a.count || a.position - b.position)
    .slice(0, max)
    .map(({ phrase }) => phrase);
}

/** The day the newest of these topics last changed: the date a flyer is current as of. */
export function latestUpdate(topics: Pick<TopicView, 'meta'>[]): string {
  return topics.reduce((latest, topic) => (topic.meta.updated > latest ? topic.meta.updated : latest), '');
}

/** Which cautions a flyer's footer must print, from the topics it carries: any one topic is enough. */
export function flyerCautions(topics: Pick<TopicView, 'meta' | 'translation' | 'fallback'>[]) {
  return {
    unreviewed: topics.some((view) => view.meta.review.status !== 'reviewed'),
    machineDraft: topics.some((view) => view.translation?.status === 'machine-draft'),
    outdated: topics.some((view) => Boolean(view.translation?.outdated)),
    fallback: topics.some((view) => view.fallback),
  };
}

export type FlyerData = {
  region: Region;
  /** The emergency topics that apply in the region, in the reader's language (English where missing). */
  topics: TopicView[];
  /** The same topics in English, for the bilingual flyer. */
  english: TopicView[];
  phrases: TopicView['say'];
  numbers: FlyerNumber[];
  updated: string;
};

/** Everything one region's flyer prints, or null for an unknown region. */
export function flyerData(content: Content, regionId: string, locale: Locale): FlyerData | null {
  const chain = regionChain(content.regions, regionId);
  const region = chain[0];
  if (!region) return null;
  const applies = content.topics
    .filter((topic) => topic.meta.situation === 'emergency' && chain.some((candidate) => candidate.id === topic.meta.jurisdiction))
    .sort((a, b) => a.meta.order - b.meta.order || a.id.localeCompare(b.id))
    .slice(0, FLYER_MAX_TOPICS);
  const topics = applies.map((topic) => topicView(topic, locale));
  const contacts = content.contacts.filter((contact) => chain.some((candidate) => candidate.id === contact.region));
  return {
    region,
    topics,
    english: applies.map((topic) => topicView(topic, 'en')),
    phrases: pickFlyerPhrases(topics),
    numbers: pickFlyerNumbers(contacts, chain),
    updated: latestUpdate(topics),
  };
}

/**
 * Chinese, Japanese and Korean characters and full-width forms: a glyph is 1 em wide, about twice an
 * average Latin letter; with the taller CJK line they take about 2.4 letters' room (measured).
 */
const WIDE = /[\u1100-\u11FF\u2E80-\uA4CF\uAC00-\uD7AF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/u;

/** How much room a flyer's varying text needs, in Latin-character widths. */
export function flyerTextAmount(data: Pick<FlyerData, 'topics' | 'english' | 'phrases'>, bilingual: boolean): number {
  const texts = [
    ...data.topics.flatMap((topic) => [topic.title, topic.summary]),
    ...(bilingual ? data.english.filter((_, index) => !data.topics[index]?.fallback).flatMap((topic) => [topic.title, topic.summary]) : []),
    ...data.phrases.flatMap((phrase) => (phrase.local === phrase.en ? [phrase.en] : [phrase.en, phrase.local])),
  ];
  return texts.reduce((sum, text) => sum + [...text].reduce((width, char) => width + (WIDE.test(char) ? 2.4 : 1), 0), 0);
}

/** Root type sizes a flyer may print at, in pt, largest first. Below 8 pt it is hard to read. */
export const flyerTypeSizes = [11, 10.5, 10, 9.5, 9, 8.5, 8] as const;
export type FlyerTypeSize = (typeof flyerTypeSizes)[number];

/*
 * How tall a flyer prints, in mm, for a root size in pt, measured in Chromium with the Noto fonts
 * at A4's width (190 mm inside the margins): size × fixed + size² × perCharacter × text amount.
 * `fixed` is the header, headings, numbers and footer, which a bilingual flyer prints twice over.
 * It must stay under Letter's 259 mm, less 5% for other browsers and fonts.
 */
const heightModel = { fixed: { single: 14.6, bilingual: 16.5 }, perCharacter: 0.00075, room: 259.4 * 0.95 };

/** The largest type size at which a flyer with this much text still fits on one page. */
export function flyerTypeSize(amount: number, bilingual: boolean): FlyerTypeSize {
  const fixed = heightModel.fixed[bilingual ? 'bilingual' : 'single'];
  const fits = (size: number) => size * fixed + size * size * heightModel.perCharacter * amount <= heightModel.room;
  return flyerTypeSizes.find(fits) ?? flyerTypeSizes[flyerTypeSizes.length - 1];
}

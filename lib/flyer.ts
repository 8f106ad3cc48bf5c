/** What a printed flyer shows for a region: pure choices over validated content, unit-tested. */
import type { Locale } from '../i18n/routing';
import { type Content, type ContactEntry, findRegion, regionChain, type TopicView, topicView, verificationState, type VerificationState } from './content';
import { type PhoneLink, phoneLinks } from './contact-display';
import { phoneLabelMeaning, phoneLabels, type Region, type Service } from './content/schema';
import { type FlyerChoices, type RightsBlock, rightsBlocks } from './flyer-choices';
import { formatDate } from './locale';
import { siteConfig } from '../site.config';

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

/** Fewer numbers than this and a flyer is not worth printing: content:check says so. */
export const FLYER_MIN_NUMBERS = 4;
const FLYER_MAX_NUMBERS = 6;
const PER_GROUP = 3;

export type FlyerNumber = { contact: ContactEntry; phone: PhoneLink; state: VerificationState };

type Group = 'hotline' | 'legal-aid';

/** Consulates and lines for one nationality (a hotline with a `country`) print by country instead. */
function groupOf(contact: ContactEntry): Group | null {
  if (contact.kind === 'consulate' || contact.country) return null;
  if (contact.kind === 'hotline' || contact.kind === 'legal-aid') return contact.kind;
  return null;
}

const groupOrder: readonly Group[] = ['hotline', 'legal-aid'];
/** Checked numbers before numbers due for a re-check before numbers nobody has called. */
export const verificationOrder: readonly VerificationState[] = ['verified', 'due', 'unverified'];

/** The number to print for a contact: its best voice line (hotline, emergency, main, appointments), if it has one. */
export function callNumber(contact: Pick<ContactEntry, 'phones'>): PhoneLink | undefined {
  const phones = phoneLinks(contact);
  return callableLabels.map((label) => phones.find((candidate) => candidate.label === label)).find(Boolean);
}

/**
 * The hotlines and legal help a flyer for a region may print, best first:
 * 1. Only contacts of the region and its parents that help in an emergency (at least one of
 *    `emergencyServices`) and have a number to call: one per contact, its hotline number first,
 *    then emergency, main, appointments. Consulates print by country (`consularLines`);
 *    government offices and community groups are left to the website.
 * 2. Hotlines before legal help; within a group, more emergency services first, then the nearer
 *    region (city before state before country), then checked before due before not checked, then by id.
 */
function flyerLineCandidates(contacts: ContactEntry[], chain: Region[], today?: string): (FlyerNumber & { group: Group })[] {
  const nearness = (contact: ContactEntry) => chain.findIndex((region) => region.id === contact.region);
  const score = (contact: ContactEntry) => contact.services.filter((service) => emergencyServices.includes(service)).length;
  const candidates = contacts.flatMap((contact) => {
    const group = groupOf(contact);
    if (!group || nearness(contact) < 0 || score(contact) === 0) return [];
    const phone = callNumber(contact);
    return phone ? [{ contact, phone, group, state: verificationState(contact, today) }] : [];
  });
  return candidates.sort(
    (a, b) =>
      groupOrder.indexOf(a.group) - groupOrder.indexOf(b.group) ||
      score(b.contact) - score(a.contact) ||
      nearness(a.contact) - nearness(b.contact) ||
      verificationOrder.indexOf(a.state) - verificationOrder.indexOf(b.state) ||
      a.contact.id.localeCompare(b.contact.id),
  );
}

/**
 * The 4–6 hotlines and legal-aid numbers a region's flyer prints unless the organizer chooses
 * others. The same content always gives the same flyer: up to 3 of each group in turn, so one
 * kind does not fill the flyer; places left are then filled from the rest, in order, up to 6.
 */
export function pickFlyerNumbers(contacts: ContactEntry[], chain: Region[], today?: string): FlyerNumber[] {
  const candidates = flyerLineCandidates(contacts, chain, today);
  const first = groupOrder.flatMap((group) => candidates.filter((candidate) => candidate.group === group).slice(0, PER_GROUP));
  const rest = candidates.filter((candidate) => !first.includes(candidate));
  const picked = new Set([...first, ...rest].slice(0, FLYER_MAX_NUMBERS));
  return candidates.filter((candidate) => picked.has(candidate)).map(({ contact, phone, state }) => ({ contact, phone, state }));
}

/** One country's line on a flyer: a number to call, or only a website where no source gives a number. */
export type ConsularLine = { country: string; contact: ContactEntry; phone: PhoneLink | null; state: VerificationState };

/**
 * Each country with a consulate or a consular line (a hotline with a `country`) for the region or
 * its parents, and the one line its flyer entry prints: the nearest contact with a number to call,
 * a consulate before a call centre; where none has a number, the nearest with a website.
 */
export function consularLines(contacts: ContactEntry[], chain: Region[], today?: string): ConsularLine[] {
  const nearness = (contact: ContactEntry) => chain.findIndex((region) => region.id === contact.region);
  const ofCountries = contacts
    .filter((contact) => contact.country && nearness(contact) >= 0 && (contact.kind === 'consulate' || contact.kind === 'hotline'))
    .sort((a, b) => nearness(a) - nearness(b) || Number(b.kind === 'consulate') - Number(a.kind === 'consulate') || a.id.localeCompare(b.id));
  const countries = [...new Set(ofCountries.map((contact) => contact.country as string))];
  return countries.flatMap((country) => {
    const own = ofCountries.filter((contact) => contact.country === country);
    const withPhone = own.find((contact) => callNumber(contact));
    const contact = withPhone ?? own.find((candidate) => candidate.website);
    if (!contact) return [];
    return [{ country, contact, phone: withPhone ? (callNumber(withPhone) ?? null) : null, state: verificationState(contact, today) }];
  });
}

/** Which topic prints for each rights block an organizer can choose. */
const rightsBlockTopics: Record<RightsBlock, string> = {
  door: 'agents-at-door',
  street: 'stopped-on-street',
  car: 'stopped-in-car',
  work: 'agents-at-work',
  arrest: 'if-arrested',
  sign: 'do-not-sign',
};

/** Printed unless the organizer turns them off: what happens most, with agents and at arrest. */
const defaultRights: readonly RightsBlock[] = ['door', 'street', 'car', 'work', 'arrest'];

/** The communities a region's ready-made flyer serves: the nearest region in the chain that names them. */
function communitiesOf(chain: Region[]): string[] {
  return chain.find((region) => region.flyer_communities)?.flyer_communities ?? [];
}

/** What a region's flyer prints when nobody chose: its communities' consulates, the default lines, five rights and the phrases. */
export function defaultFlyerChoices(content: Content, regionId: string): FlyerChoices | null {
  const chain = regionChain(content.regions, regionId);
  if (chain.length === 0) return null;
  const contacts = content.contacts;
  const available = new Set(consularLines(contacts, chain).map((line) => line.country));
  return {
    region: regionId,
    also: null,
    countries: communitiesOf(chain).filter((country) => available.has(country)),
    lines: pickFlyerNumbers(contacts, chain).map((number) => number.contact.id),
    rights: defaultRights.filter((block) => content.topics.some((topic) => topic.id === rightsBlockTopics[block])),
    say: true,
    orgName: '',
    orgPhone: '',
  };
}

type VerificationMessages = (key: 'checked' | 'due' | 'unverified', values?: { date: string }) => string;

/** How sure we are of a printed number, in a few words: "Checked 20 November 2026", "Not yet checked". */
export function verificationLabel(number: Pick<FlyerNumber, 'contact' | 'state'>, locale: Locale, t: VerificationMessages): string {
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

export type FlyerTopic = { view: TopicView; english: TopicView; block: RightsBlock; shown: boolean };
export type FlyerLine = FlyerNumber & { shown: boolean; regions: string[] };
export type FlyerConsulate = ConsularLine & { region: string; shown: boolean };

/**
 * Everything a flyer prints. A ready-made flyer holds only what it prints; the builder's holds
 * every choice for every region, with `shown` saying what prints before anyone chooses, and its
 * browser module turns the rest on and off (`data-block` in the markup).
 */
export type FlyerData = {
  /** The region the flyer is for (the builder's starting region). */
  region: Region;
  regions: { region: Region; shown: boolean }[];
  topics: FlyerTopic[];
  /** The phrases to say, in English and the flyer's language; printed when `say`. */
  phrases: TopicView['say'];
  say: boolean;
  numbers: FlyerLine[];
  consulates: FlyerConsulate[];
  /** The organizer's own line; null when none is given (the builder always has the block). */
  org: { name: string; phone: string; shown: boolean } | null;
  updated: string;
};

/** The rights blocks whose topics exist, each with its topic in the flyer's language and in English. */
function blockTopics(content: Content, locale: Locale, chain: Region[]): Omit<FlyerTopic, 'shown'>[] {
  return rightsBlocks.flatMap((block) => {
    const topic = content.topics.find((candidate) => candidate.id === rightsBlockTopics[block]);
    if (!topic || !chain.some((region) => region.id === topic.meta.jurisdiction)) return [];
    return [{ block, view: topicView(topic, locale), english: topicView(topic, 'en') }];
  });
}

/** What a flyer prints for an organizer's choices, in one language; null for an unknown region. */
export function flyerFromChoices(content: Content, choices: FlyerChoices, locale: Locale, today?: string, phraseCount = 6): FlyerData | null {
  const chain = regionChain(content.regions, choices.region);
  const region = chain[0];
  if (!region) return null;
  const topics = blockTopics(content, locale, chain)
    .filter((topic) => choices.rights.includes(topic.block))
    .map((topic) => ({ ...topic, shown: true }));
  const lines = flyerLineCandidates(content.contacts, chain, today);
  const consular = consularLines(content.contacts, chain, today);
  const views = topics.map((topic) => topic.view);
  return {
    region,
    regions: [{ region, shown: true }],
    topics,
    phrases: choices.say ? pickFlyerPhrases(views, phraseCount) : [],
    say: choices.say,
    numbers: choices.lines
      .flatMap((id) => lines.filter((line) => line.contact.id === id))
      .map(({ contact, phone, state }) => ({ contact, phone, state, shown: true, regions: [region.id] })),
    consulates: choices.countries
      .flatMap((country) => consular.filter((line) => line.country === country))
      .map((line) => ({ ...line, region: region.id, shown: true })),
    org: choices.orgName || choices.orgPhone ? { name: choices.orgName, phone: choices.orgPhone, shown: true } : null,
    updated: latestUpdate(views),
  };
}

/**
 * The flyer builder's flyer: every rights block, every line and every country's consulate for
 * every region, shown as the starting region's defaults print.
 */
export function flyerBuilderData(content: Content, locale: Locale, start: FlyerChoices, today?: string): FlyerData | null {
  const region = findRegion(content, start.region);
  if (!region) return null;
  const everywhere = content.regions.map((candidate) => ({ region: candidate, chain: regionChain(content.regions, candidate.id) }));
  const numbers = new Map<string, FlyerLine>();
  for (const { region: where, chain } of everywhere)
    for (const { contact, phone, state } of flyerLineCandidates(content.contacts, chain, today)) {
      const known = numbers.get(contact.id);
      if (known) known.regions.push(where.id);
      else numbers.set(contact.id, { contact, phone, state, shown: start.lines.includes(contact.id), regions: [where.id] });
    }
  const consulates = everywhere.flatMap(({ region: where, chain }) =>
    consularLines(content.contacts, chain, today).map((line) => ({
      ...line,
      region: where.id,
      shown: where.id === start.region && start.countries.includes(line.country),
    })),
  );
  const topics = blockTopics(content, locale, content.regions).map((topic) => ({
    ...topic,
    shown: start.rights.includes(topic.block),
  }));
  const views = topics.map((topic) => topic.view);
  return {
    region,
    regions: content.regions.map((candidate) => ({ region: candidate, shown: candidate.id === start.region })),
    topics,
    phrases: pickFlyerPhrases(views),
    say: start.say,
    numbers: [...numbers.values()],
    consulates,
    org: { name: start.orgName, phone: start.orgPhone, shown: Boolean(start.orgName || start.orgPhone) },
    updated: latestUpdate(views),
  };
}

/** Whether no number the flyer holds has been called yet: then one line says so for all of them. */
export const noneChecked = (data: Pick<FlyerData, 'numbers' | 'consulates'>) =>
  [...data.numbers, ...data.consulates].every((line) => line.state === 'unverified');

/** A ready-made flyer with English beside each text has room for the three most shared phrases, one row. */
const phrasesOnFlyer = (bilingual: boolean) => (bilingual ? 3 : 6);

/** A region's ready-made choices: its defaults, less what would not fit one page at a legible size. */
export function fittedFlyerChoices(content: Content, regionId: string, locale: Locale, bilingual = false): FlyerChoices | null {
  let choices = defaultFlyerChoices(content, regionId);
  while (choices) {
    const data = flyerFromChoices(content, choices, locale, undefined, phrasesOnFlyer(bilingual));
    const smaller = dropOne(choices);
    if (!data || flyerFits(data, bilingual) || !smaller) return choices;
    choices = smaller;
  }
  return null;
}

/** A region's ready-made flyer in one language (with English beside it when bilingual). */
export function flyerData(content: Content, regionId: string, locale: Locale, bilingual = false): FlyerData | null {
  const choices = fittedFlyerChoices(content, regionId, locale, bilingual);
  return choices && flyerFromChoices(content, choices, locale, undefined, phrasesOnFlyer(bilingual));
}

/**
 * What a ready-made flyer gives up first when it does not fit: the rights at work and in a car
 * (the door, the street and arrest stay), then consulates beyond the region's first three
 * communities (it lists its largest first), then lines beyond three (one row). The builder lets an organizer
 * choose otherwise.
 */
function dropOne(choices: FlyerChoices): FlyerChoices | null {
  const spare = (['work', 'car'] as const).find((block) => choices.rights.includes(block));
  if (spare) return { ...choices, rights: choices.rights.filter((block) => block !== spare) };
  if (choices.countries.length > 3) return { ...choices, countries: choices.countries.slice(0, -1) };
  if (choices.lines.length > 3) return { ...choices, lines: choices.lines.slice(0, -1) };
  return null;
}

/**
 * Chinese, Japanese and Korean characters and full-width forms: a glyph is 1 em wide, about twice an
 * average Latin letter; with the taller CJK line they take about 2.4 letters' room (measured).
 */
const WIDE = /[\u1100-\u11FF\u2E80-\uA4CF\uAC00-\uD7AF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/u;

/** How much room a flyer's varying text needs, in Latin-character widths. */
export function flyerTextAmount(data: Pick<FlyerData, 'topics' | 'phrases'>, bilingual: boolean): number {
  const shown = data.topics.filter((topic) => topic.shown);
  const texts = [
    ...shown.flatMap((topic) => [topic.view.title, topic.view.summary]),
    ...(bilingual ? shown.filter((topic) => !topic.view.fallback).flatMap((topic) => [topic.english.title, topic.english.summary]) : []),
    ...data.phrases.flatMap((phrase) => (phrase.local === phrase.en ? [phrase.en] : [phrase.en, phrase.local])),
  ];
  return texts.reduce((sum, text) => sum + [...text].reduce((width, char) => width + (WIDE.test(char) ? 2.4 : 1), 0), 0);
}

/** Root type sizes a flyer may print at, in pt, largest first. Body text is never below 10 pt; numbers print at 16 pt or more. */
export const flyerTypeSizes = [12, 11.5, 11, 10.5, 10] as const;
export type FlyerTypeSize = (typeof flyerTypeSizes)[number];

/*
 * How tall a flyer prints, in mm, at 10 pt: fitted by least squares to the heights the flyer builder
 * measured at paper width (190 mm) for 80 flyers in 11 languages (2–5 rights, 0–10 consulates, alone
 * and with English), Chromium with the Noto fonts: base + perCharacter × text amount + perRow ×
 * rows of numbers + bilingual. The fit was off by up to 25 mm, so `margin` adds that much: a
 * ready-made flyer errs small. Larger sizes grow by `growth` (the numbers stay 16 pt until 11 pt).
 * It must stay under Letter's 259 mm, less 3% for other printers.
 */
const heightModel = { base: 96.3, perCharacter: 0.0796, perRow: 21.3, bilingual: 22.7, margin: 25, room: 259.4 * 0.97 };
const growth = (size: number) => 1 + 0.045 * (size - 10) + 0.03 * (size - 10) ** 2;

function predictedHeight(data: Pick<FlyerData, 'topics' | 'phrases' | 'numbers' | 'consulates'>, bilingual: boolean, size: number): number {
  const rows = Math.ceil(data.numbers.filter((line) => line.shown).length / 3) + Math.ceil(data.consulates.filter((line) => line.shown).length / 3);
  const atTen =
    heightModel.base +
    heightModel.perCharacter * flyerTextAmount(data, bilingual) +
    heightModel.perRow * rows +
    (bilingual ? heightModel.bilingual : 0) +
    heightModel.margin;
  return atTen * growth(size);
}

/** The largest type size at which a ready-made flyer fits on one page, or null when none does. */
function fittingTypeSize(data: FlyerData, bilingual: boolean): FlyerTypeSize | null {
  return flyerTypeSizes.find((size) => predictedHeight(data, bilingual, size) <= heightModel.room) ?? null;
}

const flyerFits = (data: FlyerData, bilingual: boolean) => fittingTypeSize(data, bilingual) !== null;

/** The type size a ready-made flyer prints at: the largest that fits, and never below 10 pt. */
export function flyerTypeSize(data: FlyerData, bilingual: boolean): FlyerTypeSize {
  return fittingTypeSize(data, bilingual) ?? flyerTypeSizes[flyerTypeSizes.length - 1];
}

/** The one number a small printout names (the wallet cards, the door sign): the first the home region's flyer prints, a hotline when there is one. */
export function homeHelpNumber(content: Content, locale: Locale): FlyerNumber | undefined {
  return flyerData(content, siteConfig.homeRegion, locale)?.numbers[0];
}

/**
 * Every rule that joins files or needs more than one file to judge: the region graph, unique ids,
 * dates in the future, translations against their English page, links against the site's real
 * routes, reading level and length, the numbers each region's flyer prints, the section the
 * family plan page shows, and contact hours in topics. Each returns plain-English problems for
 * `content:check`, like the schemas' own, so a volunteer hears of every rule they can break. The
 * loader only reads and parses files.
 */
import { toString } from 'mdast-util-to-string';
import type { Link } from 'mdast';
import { visit } from 'unist-util-visit';
import { guardianSource } from '../family-plan';
import { consularLines, FLYER_MIN_NUMBERS, pickFlyerNumbers } from '../flyer';
import { readability } from '../readability';
import { readerRoutes } from '../site-routes';
import { regionChain } from './index';
import type { Content, ContactEntry, TopicEntry } from './load';
import { hoursReferences } from './contact-references';
import { parseMarkdown, sectionContaining, textBlocksOf } from './markdown';
import type { ContentProblem } from './problems';
import type { Region } from './schema';

/** What the loader read: parsed entries where a file was valid, raw data where rules need it anyway. */
export type ReadContent = {
  regions: { file: string; raw: unknown[]; entries: { index: number; region: Region }[] };
  contacts: { folders: string[]; files: { file: string; folder: string; id: string; raw: unknown; contact: ContactEntry | null }[] };
  topics: { id: string; file: string; raw: unknown; entry: TopicEntry | null; links: { file: string; url: string; field: string }[] }[];
};

/** Limits for English pages: a frightened reader with little schooling must follow them. */
const readingLimits = { maxGrade: 10, maxWords: 900, maxAverageGrade: 8 } as const;

const isDateText = (value: unknown): value is string => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);

// ---------------------------------------------------------------- regions

function regionRules({ file, raw, entries }: ReadContent['regions']): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const regions = entries.map((entry) => entry.region);
  const ids = new Set<string>();
  for (const { index, region } of entries) {
    if (ids.has(region.id)) problems.push({ file, field: `[${index}].id`, message: `"${region.id}" is used twice; each region needs its own id` });
    ids.add(region.id);
  }
  // A parent may be a region whose other fields are wrong: that one is reported on its own.
  const rawIds = new Set(raw.map((entry) => (entry as { id?: unknown })?.id).filter((id): id is string => typeof id === 'string'));
  for (const { index, region } of entries) {
    if (region.parent === region.id) problems.push({ file, field: `[${index}].parent`, message: `"${region.parent}" is the region itself; a parent must be another region, e.g. us` });
    else if (region.parent && !rawIds.has(region.parent))
      problems.push({ file, field: `[${index}].parent`, message: `"${region.parent}" is not a region in this file; use one of: ${[...rawIds].join(', ')}` });
    if (!region.parent && region.id !== 'us') problems.push({ file, field: `[${index}].parent`, message: 'is missing; every region but "us" needs a parent region' });
  }
  // A parent chain must end at the country; a loop would hide the national lines.
  for (const { index, region } of entries) {
    const seen = new Set<string>([region.id]);
    let parent = region.parent;
    while (parent && parent !== region.id) {
      if (seen.has(parent)) break;
      seen.add(parent);
      parent = regions.find((candidate) => candidate.id === parent)?.parent ?? null;
    }
    if (parent === region.id && region.parent !== region.id)
      problems.push({ file, field: `[${index}].parent`, message: `makes a loop (${[...seen].join(' → ')} → ${region.id}); each chain of parents must end at us` });
  }
  return problems;
}

// ---------------------------------------------------------------- contacts

function contactRules({ folders, files }: ReadContent['contacts'], regionIds: Set<string>, today: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const folder of folders)
    if (!regionIds.has(folder))
      problems.push({ file: `content/contacts/${folder}/`, field: '(folder)', message: `"${folder}" is not a region in content/regions.yaml; rename the folder or add the region` });
  const seen = new Map<string, string>();
  for (const { file, id, raw } of files) {
    if (seen.has(id)) problems.push({ file, field: '(file name)', message: `the id "${id}" is already used by ${seen.get(id)}; each contact needs its own file name` });
    else seen.set(id, file);
    // Checked on the raw file, so a date in the future shows up with every other problem.
    const data = (raw ?? {}) as { verification?: { checked_on?: unknown }; sources?: unknown };
    const checkedOn = data.verification?.checked_on;
    if (isDateText(checkedOn) && checkedOn > today)
      problems.push({ file, field: 'verification.checked_on', message: `${checkedOn} is in the future; write the date the check was made` });
    if (Array.isArray(data.sources))
      data.sources.forEach((source, index) => {
        const retrieved = (source as { retrieved?: unknown })?.retrieved;
        if (isDateText(retrieved) && retrieved > today)
          problems.push({ file, field: `sources[${index}].retrieved`, message: `${retrieved} is in the future; write the date the source was read` });
      });
  }
  return problems;
}

// ---------------------------------------------------------------- topics

let routesCache: string[][] | undefined;

/** Whether an internal link (no language prefix) opens a page: a real route, with a region or topic that exists. */
function opensAPage(url: string, values: Record<string, Set<string>>): boolean {
  const pathOnly = url.split('#')[0];
  if (!pathOnly.endsWith('/')) return false;
  const parts = pathOnly.split('/').filter(Boolean);
  routesCache ??= readerRoutes();
  return routesCache.some(
    (route) =>
      route.length === parts.length &&
      route.every((segment, index) => {
        const param = /^\[(.+)\]$/.exec(segment)?.[1];
        return param ? (values[param]?.has(parts[index]) ?? false) : segment === parts[index];
      }),
  );
}

function topicRules(topics: ReadContent['topics'], regionIds: Set<string>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const values = { region: regionIds, topic: new Set(topics.map((topic) => topic.id)) };
  for (const { file, raw, entry, links } of topics) {
    const jurisdiction = (raw as { jurisdiction?: unknown } | undefined)?.jurisdiction;
    if (typeof jurisdiction === 'string' && /^[a-z0-9-]+$/.test(jurisdiction) && !regionIds.has(jurisdiction))
      problems.push({ file, field: 'jurisdiction', message: `"${jurisdiction}" is not a region in content/regions.yaml; use one of: ${[...regionIds].join(', ')}` });
    for (const translation of Object.values(entry?.translations ?? {}))
      if (entry && translation.say.length !== entry.meta.say.length)
        problems.push({ file: translation.file, field: 'say', message: `has ${translation.say.length} phrases but en.md has ${entry.meta.say.length}; translate every phrase, in the same order` });
    for (const link of links)
      if (!opensAPage(link.url, values))
        problems.push({ file: link.file, field: link.field, message: `link "${link.url}" goes to no page; use a path like /help/, /help/us-il-chicago/, /rights/<topic>/ or /card/ (no language prefix, ending in /)` });
  }
  return problems;
}

/** Reading level and length of a topic's English page: title, answer, phrases and body. */
export function topicReadability(topic: Pick<TopicEntry, 'meta' | 'body'>) {
  return readability([topic.meta.title, topic.meta.summary, ...topic.meta.say, ...textBlocksOf(topic.body)]);
}

function plainLanguageRules(topics: TopicEntry[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const levels = topics.map((topic) => ({ topic, ...topicReadability(topic) }));
  for (const { topic, grade, words } of levels) {
    if (grade > readingLimits.maxGrade)
      problems.push({ file: topic.file, field: '(reading level)', message: `reads at grade ${grade} (Flesch-Kincaid), above the limit of ${readingLimits.maxGrade}; use shorter sentences and common words` });
    if (words > readingLimits.maxWords)
      problems.push({ file: topic.file, field: '(length)', message: `has ${words} words, more than ${readingLimits.maxWords}; cut it or split it into two topics` });
  }
  const average = levels.reduce((sum, level) => sum + level.grade, 0) / Math.max(1, levels.length);
  if (average > readingLimits.maxAverageGrade)
    problems.push({ file: 'content/rights/', field: '(reading level)', message: `the English topics read at grade ${average.toFixed(1)} on average, above the limit of ${readingLimits.maxAverageGrade}; simplify the hardest ones first` });
  return problems;
}

/** Every region's printed flyer needs enough numbers to be worth handing out. */
function flyerRules(regions: ReadContent['regions'], contacts: ContactEntry[]): ContentProblem[] {
  const all = regions.entries.map((entry) => entry.region);
  return regions.entries.flatMap(({ index, region }) => {
    const chain = regionChain(all, region.id);
    const communities = chain.find((candidate) => candidate.flyer_communities)?.flyer_communities ?? [];
    const consulates = consularLines(contacts, chain).filter((line) => line.phone && communities.includes(line.country));
    const count = pickFlyerNumbers(contacts, chain).length + consulates.length;
    return count >= FLYER_MIN_NUMBERS
      ? []
      : [{ file: regions.file, field: `[${index}]`, message: `the flyer for "${region.id}" would print ${count} phone number(s), fewer than ${FLYER_MIN_NUMBERS}; add hotlines or legal-aid contacts with a phone in this region or a parent region, or consulates to its flyer_communities` }];
  });
}

/** A region's flyer communities must each have a consulate or consular line to print. */
function flyerCommunityRules(regions: ReadContent['regions'], contacts: ContactEntry[]): ContentProblem[] {
  const all = regions.entries.map((entry) => entry.region);
  return regions.entries.flatMap(({ index, region }) => {
    const available = new Set(consularLines(contacts, regionChain(all, region.id)).map((line) => line.country));
    return (region.flyer_communities ?? []).flatMap((country, position) =>
      available.has(country)
        ? []
        : [
            {
              file: regions.file,
              field: `[${index}].flyer_communities[${position}]`,
              message: `"${country}" has no consulate or consular line in "${region.id}" or its parent regions; add its contact under content/contacts/ first, or remove it from the list`,
            },
          ],
    );
  });
}

/**
 * The family plan page shows the family-plan topic's section on the Illinois short-term guardian
 * law and cites the law from the topic's sources (lib/family-plan.ts). Without them the page
 * still builds, without that note: a warning.
 */
function familyPlanRules(topics: TopicEntry[]): ContentProblem[] {
  const { topic: id, citation, lawPublisher } = guardianSource;
  const topic = topics.find((candidate) => candidate.id === id);
  if (!topic) return [];
  const problems: ContentProblem[] = [];
  if (!sectionContaining(topic.body, citation))
    problems.push({ file: topic.file, field: 'body', message: `no "## " section cites ${citation} any more, so the family plan page (/plan/) shows no note on short-term guardians; keep the law's number in that section` });
  if (!topic.meta.sources.some((source) => source.publisher === lawPublisher))
    problems.push({ file: topic.file, field: 'sources', message: `no source is published by the ${lawPublisher}, so the family plan page (/plan/) cites no law; keep the statute among the sources` });
  return problems;
}

// ---------------------------------------------------------------- contact hours in topics

/** Words that claim a line never closes. */
const ALWAYS_OPEN = /\b24 hours\b|\b24\/7\b|\b24-hour\b|around the clock|day and night/i;

type Body = { file: string; body: string; bodyLine: number };

/** `{hours:id}` must name a contact that has hours; a translation keeps every reference of its English page. */
function checkHoursReferences(topics: TopicEntry[], contacts: ContactEntry[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const byId = new Map(contacts.map((contact) => [contact.id, contact]));
  for (const topic of topics) {
    const english = hoursReferences(topic.body).map((reference) => reference.id);
    const bodies: Body[] = [{ file: topic.file, body: topic.body, bodyLine: topic.bodyLine }, ...Object.values(topic.translations).map((t) => ({ file: t.file, body: t.body, bodyLine: t.bodyLine }))];
    for (const { file, body, bodyLine } of bodies)
      for (const { id, line } of hoursReferences(body)) {
        const contact = byId.get(id);
        const field = `body (line ${line + bodyLine})`;
        if (!contact) problems.push({ file, field, message: `{hours:${id}} names no contact; use the file name of a contact, e.g. {hours:icirr-family-support-hotline}` });
        else if (!contact.hours) problems.push({ file, field, message: `{hours:${id}} shows the hours of ${contact.file}, but that file has no hours; add "hours:" there or remove the reference` });
      }
    for (const translation of Object.values(topic.translations)) {
      if (translation.outdated) continue; // an out-of-date translation is already flagged as such
      const own = hoursReferences(translation.body).map((reference) => reference.id);
      for (const id of english)
        if (own.filter((x) => x === id).length < english.filter((x) => x === id).length)
          problems.push({ file: translation.file, field: 'body', message: `en.md shows {hours:${id}} but this translation does not; copy {hours:${id}} into the same sentence, unchanged` });
    }
  }
  return problems;
}

/**
 * A topic must not say a line is open day and night when the line's own file gives other hours:
 * the contact file owns the hours, and the topic refers to them with {hours:id}.
 */
function checkAlwaysOpenClaims(topics: TopicEntry[], contacts: ContactEntry[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const byNumber = new Map<string, ContactEntry>();
  for (const contact of contacts)
    for (const phone of contact.phones) if ('e164' in phone) byNumber.set(phone.e164, contact);
  for (const topic of topics)
    visit(parseMarkdown(topic.body), ['paragraph', 'listItem'], (node) => {
      const text = toString(node);
      if (!ALWAYS_OPEN.test(text)) return;
      const named = new Set<ContactEntry>();
      visit(node, 'link', (link: Link) => {
        const contact = link.url.startsWith('tel:') ? byNumber.get(link.url.slice(4)) : undefined;
        if (contact) named.add(contact);
      });
      for (const contact of named)
        if (contact.hours !== '24/7')
          problems.push({
            file: topic.file,
            field: `body (line ${(node.position?.start.line ?? 1) + topic.bodyLine})`,
            message: `says a line is open 24 hours, but ${contact.file} does not give "24/7" hours; write {hours:${contact.id}} to show the hours from the contact file`,
          });
      return 'skip';
    });
  return problems;
}

/** A legal fact check cannot be in the future. */
function checkFactDates(topics: TopicEntry[], today: string): ContentProblem[] {
  return topics
    .filter((topic) => topic.meta.facts.checked_on > today)
    .map((topic) => ({ file: topic.file, field: 'facts.checked_on', message: `${topic.meta.facts.checked_on} is in the future; write the date the facts were checked` }));
}

/**
 * Runs every rule over what the loader read, and returns the content pages may use. Problems stop
 * the build; warnings are printed by content:check and the site still builds (a new region's
 * flyer may be thin while its volunteers are still adding contacts).
 */
export function contentRules(read: ReadContent, today: string): { content: Content; problems: ContentProblem[]; warnings: ContentProblem[] } {
  const regions = read.regions.entries.map((entry) => entry.region);
  const regionIds = new Set(regions.map((region) => region.id));
  // A contact in a folder that is no region appears on no page.
  const contacts = read.contacts.files.flatMap(({ contact }) => (contact && regionIds.has(contact.region) ? [contact] : []));
  const topics = read.topics
    .flatMap(({ entry }) => (entry ? [entry] : []))
    .sort((a, b) => a.meta.order - b.meta.order || a.id.localeCompare(b.id));
  const problems = [
    ...regionRules(read.regions),
    ...contactRules(read.contacts, regionIds, today),
    ...topicRules(read.topics, regionIds),
    ...plainLanguageRules(topics),
    ...checkHoursReferences(topics, contacts),
    ...checkAlwaysOpenClaims(topics, contacts),
    ...checkFactDates(topics, today),
    ...flyerCommunityRules(read.regions, contacts),
  ];
  return { content: { regions, contacts, topics }, problems, warnings: [...flyerRules(read.regions, contacts), ...familyPlanRules(topics)] };
}

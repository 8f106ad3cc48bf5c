/**
 * Rules that join files: a topic and the contacts it names. Each rule returns plain-English
 * problems for `content:check`, like the schema's own, so a volunteer hears of every one.
 */
import type { ContactEntry, TopicEntry } from './load';
import type { ContentProblem } from './problems';
import { hoursReferences } from './contact-references';
import { parseMarkdown } from './markdown';
import { parsePhone } from '../phone';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { Link } from 'mdast';

/** Words that claim a line never closes. */
const ALWAYS_OPEN = /\b24 hours\b|\b24\/7\b|\b24-hour\b|around the clock|day and night/i;

type Body = { file: string; body: string; bodyLine: number };

/** `{hours:id}` must name a contact that has hours; a translation keeps every reference of its English page. */
export function checkHoursReferences(topics: TopicEntry[], contacts: ContactEntry[]): ContentProblem[] {
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
export function checkAlwaysOpenClaims(topics: TopicEntry[], contacts: ContactEntry[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const byNumber = new Map<string, ContactEntry>();
  for (const contact of contacts)
    for (const phone of contact.phones) {
      const parsed = phone.number ? parsePhone(phone.number) : null;
      if (parsed) byNumber.set(parsed.e164, contact);
    }
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
export function checkFactDates(topics: TopicEntry[], today: string): ContentProblem[] {
  return topics
    .filter((topic) => topic.meta.facts.checked_on > today)
    .map((topic) => ({ file: topic.file, field: 'facts.checked_on', message: `${topic.meta.facts.checked_on} is in the future; write the date the facts were checked` }));
}

export function crossFileProblems(topics: TopicEntry[], contacts: ContactEntry[], today: string): ContentProblem[] {
  return [...checkHoursReferences(topics, contacts), ...checkAlwaysOpenClaims(topics, contacts), ...checkFactDates(topics, today)];
}

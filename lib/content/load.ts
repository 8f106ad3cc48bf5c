/**
 * Reads every file under content/, validates it against the contract and returns the content
 * together with every problem found: a volunteer sees all their mistakes in one run.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { locales, type Locale } from '../../i18n/routing';
import { findMarkdownProblems, internalLinks } from './markdown';
import { crossFileProblems } from './rules';
import { type ContentProblem, problemsFromIssues, uniqueProblems } from './problems';
import {
  type Contact,
  contactSchema,
  type Region,
  regionSchema,
  regionsFileSchema,
  type TopicMeta,
  topicSchema,
  type TranslationMeta,
  translationSchema,
} from './schema';

export type ContactEntry = Contact & { id: string; region: string; file: string };

export type Translation = TranslationMeta & { body: string; file: string; outdated: boolean; /** lines before the body, to point at a body line */ bodyLine: number };

export type TopicEntry = {
  id: string;
  meta: TopicMeta;
  body: string;
  file: string;
  /** Lines before the body (front matter), to point a volunteer at a body line. */
  bodyLine: number;
  /** sha256 of en.md, first 12 hex digits: what a translation's source_hash must match. */
  hash: string;
  translations: Partial<Record<Locale, Translation>>;
};

export type Content = { regions: Region[]; contacts: ContactEntry[]; topics: TopicEntry[] };
export type LoadResult = { content: Content; problems: ContentProblem[] };
export type LoadOptions = { root?: string; today?: string };

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function hashOf(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 12);
}

function listDir(dir: string): string[] {
  try {
    return readdirSync(dir).filter((name) => !name.startsWith('.')).sort();
  } catch {
    return [];
  }
}

const isDir = (p: string) => statSync(p).isDirectory();

/** Parses YAML; a syntax error becomes one problem naming its line. */
function readYaml(absolute: string, file: string, problems: ContentProblem[], text = readFileSync(absolute, 'utf8'), firstLine = 1): { ok: boolean; data: unknown } {
  try {
    return { ok: true, data: parseYaml(text, { uniqueKeys: true }) };
  } catch (error) {
    if (!(error instanceof YAMLParseError)) throw error;
    const at = error.linePos?.[0]?.line;
    const line = at === undefined ? undefined : at + firstLine - 1;
    const what = error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
    problems.push({
      file,
      field: line ? `line ${line}` : '(file)',
      message: `the file is not valid YAML (${what}); check the indentation and quotes around this line`,
    });
    return { ok: false, data: undefined };
  }
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

function splitFrontMatter(text: string): { yaml: string; body: string; bodyLine: number } | null {
  const match = FRONT_MATTER.exec(text);
  if (!match) return null;
  return { yaml: match[1], body: text.slice(match[0].length), bodyLine: match[0].split('\n').length - 1 };
}

function loadRegions(root: string, problems: ContentProblem[]): Region[] {
  const file = 'content/regions.yaml';
  const absolute = path.join(root, 'regions.yaml');
  let text: string;
  try {
    text = readFileSync(absolute, 'utf8');
  } catch {
    problems.push({ file, field: '(file)', message: 'is missing; create it with at least the region "us"' });
    return [];
  }
  const { ok, data } = readYaml(absolute, file, problems, text);
  if (!ok) return [];
  if (!Array.isArray(data)) {
    const parsed = regionsFileSchema.safeParse(data);
    if (!parsed.success) problems.push(...problemsFromIssues(file, data, parsed.error.issues));
    return [];
  }
  // Each region is checked on its own, so one typo does not hide the regions that are right.
  const regions: Region[] = [];
  const position = new Map<Region, number>();
  data.forEach((entry, index) => {
    const parsed = regionSchema.safeParse(entry);
    if (!parsed.success) return problems.push(...problemsFromIssues(file, data, parsed.error.issues, [index]));
    regions.push(parsed.data);
    position.set(parsed.data, index);
  });
  const indexOf = (region: Region) => position.get(region);
  const ids = new Set<string>();
  regions.forEach((region) => {
    if (ids.has(region.id)) problems.push({ file, field: `[${indexOf(region)}].id`, message: `"${region.id}" is used twice; each region needs its own id` });
    ids.add(region.id);
  });
  const rawIds = new Set(data.map((entry) => (entry as { id?: unknown })?.id).filter((id): id is string => typeof id === 'string'));
  for (const region of regions) {
    const index = indexOf(region);
    if (region.parent === region.id) problems.push({ file, field: `[${index}].parent`, message: `"${region.parent}" is the region itself; a parent must be another region, e.g. us` });
    else if (region.parent && !rawIds.has(region.parent))
      problems.push({ file, field: `[${index}].parent`, message: `"${region.parent}" is not a region in this file; use one of: ${[...rawIds].join(', ')}` });
    if (!region.parent && region.id !== 'us') problems.push({ file, field: `[${index}].parent`, message: 'is missing; every region but "us" needs a parent region' });
  }
  // A parent chain must end at the country; a loop would hide the national lines.
  for (const region of regions) {
    const seen = new Set<string>([region.id]);
    let parent = region.parent;
    while (parent && parent !== region.id) {
      if (seen.has(parent)) break;
      seen.add(parent);
      parent = regions.find((candidate) => candidate.id === parent)?.parent ?? null;
    }
    if (parent === region.id && region.parent !== region.id)
      problems.push({ file, field: `[${indexOf(region)}].parent`, message: `makes a loop (${[...seen].join(' → ')} → ${region.id}); each chain of parents must end at us` });
  }
  return regions;
}

const isDateText = (value: unknown): value is string => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);

/** Dates in the future are mistakes; checked on the raw file so they show up with every other problem. */
function checkContactDates(file: string, data: unknown, today: string, problems: ContentProblem[]) {
  const raw = (data ?? {}) as { verification?: { checked_on?: unknown }; sources?: unknown };
  const checkedOn = raw.verification?.checked_on;
  if (isDateText(checkedOn) && checkedOn > today)
    problems.push({ file, field: 'verification.checked_on', message: `${checkedOn} is in the future; write the date the check was made` });
  if (Array.isArray(raw.sources))
    raw.sources.forEach((source, index) => {
      const retrieved = (source as { retrieved?: unknown })?.retrieved;
      if (isDateText(retrieved) && retrieved > today)
        problems.push({ file, field: `sources[${index}].retrieved`, message: `${retrieved} is in the future; write the date the source was read` });
    });
}

function loadContacts(root: string, regions: Region[], today: string, problems: ContentProblem[]): ContactEntry[] {
  const base = path.join(root, 'contacts');
  const regionIds = new Set(regions.map((region) => region.id));
  const contacts: ContactEntry[] = [];
  const seen = new Map<string, string>();
  for (const folder of listDir(base)) {
    const folderPath = path.join(base, folder);
    if (!isDir(folderPath)) {
      if (folder.endsWith('.md')) continue; // a README for volunteers
      problems.push({ file: `content/contacts/${folder}`, field: '(file)', message: 'contact files go in a folder named after their region, e.g. content/contacts/us-il-chicago/' });
      continue;
    }
    if (!regionIds.has(folder))
      problems.push({ file: `content/contacts/${folder}/`, field: '(folder)', message: `"${folder}" is not a region in content/regions.yaml; rename the folder or add the region` });
    for (const name of listDir(folderPath)) {
      const file = `content/contacts/${folder}/${name}`;
      if (!name.endsWith('.yaml')) {
        problems.push({ file, field: '(file)', message: name.endsWith('.yml') ? 'rename the file to end in .yaml' : 'is not a contact file; contact files end in .yaml' });
        continue;
      }
      const id = name.slice(0, -'.yaml'.length);
      if (!ID.test(id)) {
        problems.push({ file, field: '(file name)', message: 'the file name is the contact id: use only lowercase letters, digits and hyphens' });
        continue;
      }
      if (seen.has(id)) problems.push({ file, field: '(file name)', message: `the id "${id}" is already used by ${seen.get(id)}; each contact needs its own file name` });
      seen.set(id, file);
      const { ok, data } = readYaml(path.join(folderPath, name), file, problems);
      if (!ok) continue;
      checkContactDates(file, data, today, problems);
      const parsed = contactSchema.safeParse(data);
      if (!parsed.success) {
        problems.push(...problemsFromIssues(file, data, parsed.error.issues));
        continue;
      }
      const contact = parsed.data;
      if (regionIds.has(folder)) contacts.push({ ...contact, id, region: folder, file });
    }
  }
  return contacts;
}

const INTERNAL_ROUTES = [/^\/$/, /^\/help\/$/, /^\/help\/([a-z0-9-]+)\/$/, /^\/rights\/([a-z0-9-]+)\/$/, /^\/card\/$/, /^\/about\/$/, /^\/print\/$/];

function loadTopics(root: string, regions: Region[], problems: ContentProblem[]): TopicEntry[] {
  const base = path.join(root, 'rights');
  const regionIds = new Set(regions.map((region) => region.id));
  const topics: TopicEntry[] = [];
  const pendingLinks: { file: string; url: string; field: string }[] = [];

  const readTopicFile = (absolute: string, file: string) => {
    const text = readFileSync(absolute, 'utf8');
    const parts = splitFrontMatter(text);
    if (!parts) {
      problems.push({ file, field: '(front matter)', message: 'the file must start with front matter between two "---" lines' });
      return null;
    }
    // The front matter starts on line 2, after the opening ---.
    const { ok, data } = readYaml(absolute, file, problems, parts.yaml, 2);
    if (!ok) return null;
    for (const problem of findMarkdownProblems(parts.body))
      problems.push({ file, field: problem.line ? `body (line ${problem.line + parts.bodyLine})` : 'body', message: problem.message });
    for (const link of internalLinks(parts.body))
      pendingLinks.push({ file, url: link.url, field: link.line ? `body (line ${link.line + parts.bodyLine})` : 'body' });
    return { text, data, body: parts.body, bodyLine: parts.bodyLine };
  };

  for (const id of listDir(base)) {
    const dir = path.join(base, id);
    if (!isDir(dir)) continue;
    const folder = `content/rights/${id}`;
    if (!ID.test(id)) {
      problems.push({ file: `${folder}/`, field: '(folder)', message: 'the folder name is the topic id: use only lowercase letters, digits and hyphens' });
      continue;
    }
    const files = listDir(dir);
    if (!files.includes('en.md')) {
      problems.push({ file: `${folder}/en.md`, field: '(file)', message: 'is missing; every topic needs an English version, en.md' });
      continue;
    }
    const en = readTopicFile(path.join(dir, 'en.md'), `${folder}/en.md`);
    const parsed = en ? topicSchema.safeParse(en.data) : null;
    if (en && parsed && !parsed.success) problems.push(...problemsFromIssues(`${folder}/en.md`, en.data, parsed.error.issues));
    const meta = parsed?.success ? parsed.data : null;
    const jurisdiction = (en?.data as { jurisdiction?: unknown } | undefined)?.jurisdiction;
    if (typeof jurisdiction === 'string' && /^[a-z0-9-]+$/.test(jurisdiction) && !regionIds.has(jurisdiction))
      problems.push({ file: `${folder}/en.md`, field: 'jurisdiction', message: `"${jurisdiction}" is not a region in content/regions.yaml; use one of: ${[...regionIds].join(', ')}` });
    const topic: TopicEntry | null = en && meta ? { id, meta, body: en.body, bodyLine: en.bodyLine, file: `${folder}/en.md`, hash: hashOf(en.text), translations: {} } : null;

    for (const name of files) {
      if (name === 'en.md') continue;
      const file = `${folder}/${name}`;
      const locale = name.replace(/\.md$/, '');
      if (!name.endsWith('.md') || !(locales as readonly string[]).includes(locale)) {
        problems.push({ file, field: '(file name)', message: `is not a language this site offers; name translations after one of: ${locales.filter((l) => l !== 'en').map((l) => `${l}.md`).join(', ')}` });
        continue;
      }
      const translated = readTopicFile(path.join(dir, name), file);
      if (!translated) continue;
      const result = translationSchema.safeParse(translated.data);
      if (!result.success) {
        problems.push(...problemsFromIssues(file, translated.data, result.error.issues));
        continue;
      }
      if (meta && result.data.say.length !== meta.say.length)
        problems.push({ file, field: 'say', message: `has ${result.data.say.length} phrases but en.md has ${meta.say.length}; translate every phrase, in the same order` });
      if (topic)
        topic.translations[locale as Locale] = { ...result.data, body: translated.body, bodyLine: translated.bodyLine, file, outdated: result.data.translation.source_hash !== topic.hash };
    }
    if (topic) topics.push(topic);
  }

  const topicIds = new Set(listDir(base));
  for (const link of pendingLinks) {
    const pathOnly = link.url.split('#')[0];
    const route = INTERNAL_ROUTES.map((pattern) => pattern.exec(pathOnly)).find(Boolean);
    const target = route?.[1];
    const known = route && (!target || (pathOnly.startsWith('/help/') ? regionIds.has(target) : topicIds.has(target)));
    if (!known)
      problems.push({ file: link.file, field: link.field, message: `link "${link.url}" goes to no page; use a path like /help/, /help/us-il-chicago/, /rights/<topic>/ or /card/ (no language prefix, ending in /)` });
  }
  return topics.sort((a, b) => a.meta.order - b.meta.order || a.id.localeCompare(b.id));
}

export function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Reads and validates everything under `root` (default: ./content). Never throws on bad content. */
export function loadContent({ root = path.join(process.cwd(), 'content'), today = todayIso() }: LoadOptions = {}): LoadResult {
  const problems: ContentProblem[] = [];
  const regions = loadRegions(root, problems);
  const contacts = loadContacts(root, regions, today, problems);
  const topics = loadTopics(root, regions, problems);
  problems.push(...crossFileProblems(topics, contacts, today));
  return { content: { regions, contacts, topics }, problems: uniqueProblems(problems) };
}

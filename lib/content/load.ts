/**
 * Reads every file under content/ and validates each against its schema; the rules that join
 * files (lib/content/rules.ts) run next. Returns the content together with every problem found,
 * so a volunteer sees all their mistakes in one run.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { isLocale, locales, type Locale } from '../../i18n/routing';
import { findMarkdownProblems, internalLinks } from './markdown';
import { type ContentProblem, problemsFromIssues, uniqueProblems } from './problems';
import { contentRules, type ReadContent } from './rules';
import { todayIso } from './verification';
import {
  type Contact,
  contactSchema,
  plainWordsError,
  type Region,
  regionSchema,
  regionsFileSchema,
  type TopicMeta,
  topicSchema,
  type TranslationMeta,
  translationSchema,
} from './schema';

export type ContactEntry = Contact & { id: string; region: string; file: string };

export type Translation = TranslationMeta & {
  body: string;
  file: string;
  outdated: boolean;
  /** Lines before the body (front matter), to point a volunteer at a body line. */
  bodyLine: number;
};

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
/** Problems stop the build; warnings are worth a volunteer's attention but do not. */
export type LoadResult = { content: Content; problems: ContentProblem[]; warnings: ContentProblem[] };
type LoadOptions = { root?: string; today?: string };

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function hashOf(text: string): string {
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
function readYaml(file: string, text: string, problems: ContentProblem[], firstLine = 1): { ok: boolean; data: unknown } {
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

function readRegions(root: string, problems: ContentProblem[]): ReadContent['regions'] {
  const file = 'content/regions.yaml';
  let text: string;
  try {
    text = readFileSync(path.join(root, 'regions.yaml'), 'utf8');
  } catch {
    problems.push({ file, field: '(file)', message: 'is missing; create it with at least the region "us"' });
    return { file, raw: [], entries: [] };
  }
  const { ok, data } = readYaml(file, text, problems);
  if (!ok) return { file, raw: [], entries: [] };
  if (!Array.isArray(data)) {
    const parsed = regionsFileSchema.safeParse(data, { error: plainWordsError });
    if (!parsed.success) problems.push(...problemsFromIssues(file, data, parsed.error.issues));
    return { file, raw: [], entries: [] };
  }
  // Each region is checked on its own, so one typo does not hide the regions that are right.
  const entries: ReadContent['regions']['entries'] = [];
  data.forEach((entry, index) => {
    const parsed = regionSchema.safeParse(entry, { error: plainWordsError });
    if (!parsed.success) problems.push(...problemsFromIssues(file, data, parsed.error.issues, [index]));
    else entries.push({ index, region: parsed.data });
  });
  return { file, raw: data, entries };
}

function readContacts(root: string, problems: ContentProblem[]): ReadContent['contacts'] {
  const base = path.join(root, 'contacts');
  const read: ReadContent['contacts']['files'] = [];
  for (const folder of listDir(base)) {
    const folderPath = path.join(base, folder);
    if (!isDir(folderPath)) {
      if (folder.endsWith('.md')) continue; // a README for volunteers
      problems.push({ file: `content/contacts/${folder}`, field: '(file)', message: 'contact files go in a folder named after their region, e.g. content/contacts/us-il-chicago/' });
      continue;
    }
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
      const { ok, data } = readYaml(file, readFileSync(path.join(folderPath, name), 'utf8'), problems);
      if (!ok) {
        read.push({ file, folder, id, raw: undefined, contact: null });
        continue;
      }
      const parsed = contactSchema.safeParse(data, { error: plainWordsError });
      if (!parsed.success) problems.push(...problemsFromIssues(file, data, parsed.error.issues));
      read.push({ file, folder, id, raw: data, contact: parsed.success ? { ...parsed.data, id, region: folder, file } : null });
    }
  }
  return { folders: listDir(base).filter((folder) => isDir(path.join(base, folder))), files: read };
}

type ReadMarkdown = { text: string; raw: unknown; body: string; bodyLine: number };

function readMarkdownFile(absolute: string, file: string, problems: ContentProblem[]): ReadMarkdown | null {
  const text = readFileSync(absolute, 'utf8');
  const parts = splitFrontMatter(text);
  if (!parts) {
    problems.push({ file, field: '(front matter)', message: 'the file must start with front matter between two "---" lines' });
    return null;
  }
  // The front matter starts on line 2, after the opening ---.
  const { ok, data } = readYaml(file, parts.yaml, problems, 2);
  if (!ok) return null;
  for (const problem of findMarkdownProblems(parts.body))
    problems.push({ file, field: problem.line ? `body (line ${problem.line + parts.bodyLine})` : 'body', message: problem.message });
  return { text, raw: data, body: parts.body, bodyLine: parts.bodyLine };
}

function readTopics(root: string, problems: ContentProblem[]): ReadContent['topics'] {
  const base = path.join(root, 'rights');
  const read: ReadContent['topics'] = [];
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
    const enFile = `${folder}/en.md`;
    const en = readMarkdownFile(path.join(dir, 'en.md'), enFile, problems);
    const parsed = en ? topicSchema.safeParse(en.raw, { error: plainWordsError }) : null;
    if (en && parsed && !parsed.success) problems.push(...problemsFromIssues(enFile, en.raw, parsed.error.issues));
    const entry: TopicEntry | null =
      en && parsed?.success ? { id, meta: parsed.data, body: en.body, bodyLine: en.bodyLine, file: enFile, hash: hashOf(en.text), translations: {} } : null;
    const bodies = en ? [{ file: enFile, body: en.body, bodyLine: en.bodyLine }] : [];

    for (const name of files) {
      if (name === 'en.md') continue;
      const file = `${folder}/${name}`;
      const locale = name.replace(/\.md$/, '');
      if (!name.endsWith('.md') || !isLocale(locale)) {
        problems.push({ file, field: '(file name)', message: `is not a language this site offers; name translations after one of: ${locales.filter((l) => l !== 'en').map((l) => `${l}.md`).join(', ')}` });
        continue;
      }
      const translated = readMarkdownFile(path.join(dir, name), file, problems);
      if (!translated) continue;
      bodies.push({ file, body: translated.body, bodyLine: translated.bodyLine });
      const result = translationSchema.safeParse(translated.raw, { error: plainWordsError });
      if (!result.success) {
        problems.push(...problemsFromIssues(file, translated.raw, result.error.issues));
        continue;
      }
      if (entry)
        entry.translations[locale] = {
          ...result.data,
          body: translated.body,
          bodyLine: translated.bodyLine,
          file,
          outdated: result.data.translation.source_hash !== entry.hash,
        };
    }
    read.push({
      id,
      file: enFile,
      raw: en?.raw,
      entry,
      links: bodies.flatMap(({ file, body, bodyLine }) =>
        internalLinks(body).map((link) => ({ file, url: link.url, field: link.line ? `body (line ${link.line + bodyLine})` : 'body' })),
      ),
    });
  }
  return read;
}

/** Reads and validates everything under `root` (default: ./content). Never throws on bad content. */
export function loadContent({ root = path.join(process.cwd(), 'content'), today = todayIso() }: LoadOptions = {}): LoadResult {
  const problems: ContentProblem[] = [];
  const read: ReadContent = { regions: readRegions(root, problems), contacts: readContacts(root, problems), topics: readTopics(root, problems) };
  const { content, problems: ruleProblems, warnings } = contentRules(read, today);
  return { content, problems: uniqueProblems([...problems, ...ruleProblems]), warnings };
}

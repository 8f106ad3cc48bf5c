/**
 * Small content folders written to a temporary directory, one per scenario, so each test shows
 * exactly the files a volunteer would have on disk. Valid building blocks are defined here once;
 * a test changes only the field its situation is about.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { stringify } from 'yaml';

export type Files = Record<string, string>;
type Fields = Record<string, unknown>;

const made: string[] = [];

/**
 * Writes `files` (paths relative to content/) under <tmp>/content/.
 * `dir` is the project root a CLI would run in; `root` is the content folder itself.
 */
export function contentTree(files: Files): { dir: string; root: string } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'content-tree-'));
  made.push(dir);
  const root = path.join(dir, 'content');
  mkdirSync(root);
  for (const [file, text] of Object.entries(files)) {
    const absolute = path.join(root, file);
    mkdirSync(path.dirname(absolute), { recursive: true });
    writeFileSync(absolute, text);
  }
  return { dir, root };
}

export function removeContentTrees(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** YAML as a volunteer would write it; fields set to undefined are left out of the file. */
export const yaml = (value: unknown): string => stringify(value);

/** A Markdown file with front matter, the way rights topics are written. */
const markdownFile = (frontMatter: Fields, body = '## What to do\n\nStay calm.\n'): string => `---\n${yaml(frontMatter)}---\n\n${body}`;

/** The country, a state and a city: the shape of every deployment. */
const threeRegions = [
  { id: 'us', name: { en: 'United States', es: 'Estados Unidos' }, parent: null },
  { id: 'us-il', name: { en: 'Illinois' }, parent: 'us' },
  { id: 'us-il-chicago', name: { en: 'Chicago', zh: '芝加哥' }, parent: 'us-il' },
];
export const regionsYaml = yaml(threeRegions);

/** A contact that satisfies the contract, modelled on a real Chicago legal-aid listing. */
export function contact(overrides: Fields = {}): string {
  return yaml({
    kind: 'legal-aid',
    name: 'National Immigrant Justice Center',
    phones: [{ number: '(312) 660-1370', label: 'main' }],
    website: 'https://immigrantjustice.org',
    languages: ['en', 'es'],
    services: ['deportation-defense', 'asylum'],
    cost: 'free',
    verification: { status: 'unverified' },
    sources: [{ url: 'https://immigrantjustice.org/contact', retrieved: '2026-11-01', says: 'Call 312-660-1370' }],
    ...overrides,
  });
}

export const verified = { status: 'verified', checked_on: '2026-11-20', checked_by: 'jd', method: 'phone-call' };

export const topicFields = (overrides: Fields = {}): Fields => ({
  title: 'If agents come to your home',
  summary: 'Keep the door closed. You do not have to let them in without a warrant signed by a judge.',
  order: 1,
  situation: 'emergency',
  jurisdiction: 'us',
  updated: '2026-11-20',
  say: ['I do not consent to your entry.', 'I want to remain silent.'],
  sources: [
    { title: 'Know your rights when ICE comes to your door', publisher: 'National Immigrant Justice Center', url: 'https://immigrantjustice.org/kyr' },
    { title: 'Red Cards', publisher: 'Immigrant Legal Resource Center', url: 'https://www.ilrc.org/red-cards-tarjetas-rojas' },
  ],
  facts: { checked_on: '2026-11-20', checked_by: 'jd' },
  review: { status: 'unreviewed', by: null, organization: null, on: null },
  ...overrides,
});

/** en.md of a valid topic; pass a body to test what the writer put below the front matter. */
export const topic = (overrides: Fields = {}, body?: string): string => markdownFile(topicFields(overrides), body);

/** A machine-draft Spanish translation of `topic()`, pointing at the given English hash. */
export const translation = (sourceHash: string, overrides: Fields = {}, body = '## Qué hacer\n\nMantenga la calma.\n'): string =>
  markdownFile(
    {
      title: 'Si los agentes llegan a su casa',
      summary: 'Mantenga la puerta cerrada.',
      say: ['No doy mi consentimiento para que entren.', 'Quiero permanecer en silencio.'],
      translation: { status: 'machine-draft', source_hash: sourceHash, reviewed_by: null, reviewed_on: null },
      ...overrides,
    },
    body,
  );

/** 1-based line of the first line of `text` containing `needle`: where a volunteer would look. */
export function lineOf(text: string, needle: string): number {
  const index = text.split('\n').findIndex((line) => line.includes(needle));
  if (index < 0) throw new Error(`"${needle}" is not in the fixture`);
  return index + 1;
}

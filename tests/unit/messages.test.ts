/**
 * The interface text in messages/<locale>.json. A key missing in one language, or a placeholder
 * a translator renamed ({fecha} for {date}), breaks that language's pages at build time or shows
 * readers a raw "{date}". English is the reference every other file must match.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { locales } from '@/i18n/routing';
import { contactKinds, costs, phoneLabels, services, verificationMethods } from '@/lib/content/schema';

const messagesDir = fileURLToPath(new URL('../../messages', import.meta.url));
type Messages = { [key: string]: string | Messages };

const read = (locale: string): Messages => JSON.parse(readFileSync(path.join(messagesDir, `${locale}.json`), 'utf8'));

/** Every message as "section.key" → text, however deeply nested. */
function flatten(messages: Messages, prefix = ''): Map<string, unknown> {
  const flat = new Map<string, unknown>();
  for (const [key, value] of Object.entries(messages)) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) for (const entry of flatten(value, name)) flat.set(...entry);
    else flat.set(name, value);
  }
  return flat;
}

/**
 * The arguments an ICU message expects, e.g. ["date"] or ["count, plural"], and its rich-text
 * tags such as <email>. Throws on text ICU cannot parse (an unbalanced brace, a plural without
 * "other"), which would fail when the page is built.
 */
function placeholdersOf(message: string): string[] {
  const found = new Set<string>();
  let i = 0;

  const fail = (why: string): never => {
    throw new Error(`${why} at position ${i} of "${message}"`);
  };

  // Message text up to the "}" that closes it (nested) or the end. In ICU an apostrophe quotes
  // a brace ('{'), '' is a literal apostrophe, and any other apostrophe is just text ("country's").
  const readText = (nested: boolean, inPlural: boolean) => {
    while (i < message.length) {
      const char = message[i];
      const next = message[i + 1];
      if (char === "'" && next === "'") i += 2;
      else if (char === "'" && (next === '{' || next === '}' || (inPlural && next === '#'))) {
        const end = message.indexOf("'", i + 1);
        i = end < 0 ? message.length : end + 1;
      } else if (char === '{') {
        i += 1;
        readArgument();
      } else if (char === '}') {
        if (nested) return;
        fail('a "}" closes nothing');
      } else i += 1;
    }
    if (nested) fail('a "{" is never closed');
  };

  const readArgument = () => {
    const head = /^\s*([^\s,{}]+)\s*(?:,\s*([a-z]+)\s*)?/.exec(message.slice(i));
    if (!head) return fail('an argument has no name');
    const [whole, name, type] = head;
    i += whole.length;
    found.add(type ? `${name}, ${type}` : name);
    if (message[i] === '}') {
      i += 1;
      return;
    }
    if (!type || message[i] !== ',') fail(`argument "${name}" is not closed`);
    i += 1;
    if (type === 'plural' || type === 'selectordinal' || type === 'select') {
      const cases: string[] = [];
      for (;;) {
        const rest = message.slice(i);
        const close = /^\s*\}/.exec(rest);
        if (close) {
          i += close[0].length;
          break;
        }
        const option = /^\s*(?:offset:\d+\s+)?([^\s{}]+)\s*\{/.exec(rest);
        if (!option) return fail(`a case of "${name}" is not written "key {text}"`);
        cases.push(option[1]);
        i += option[0].length;
        readText(true, type !== 'select');
        i += 1;
      }
      if (!cases.includes('other')) fail(`"${name}" has no "other" case`);
    } else {
      const end = message.indexOf('}', i);
      if (end < 0) fail(`argument "${name}" is not closed`);
      i = end + 1;
    }
  };

  readText(false, false);
  for (const [, tag] of message.matchAll(/<([A-Za-z][\w-]*)>/g)) found.add(`<${tag}>`);
  return [...found].sort();
}

const english = flatten(read('en'));
const translated = locales.filter((locale) => locale !== 'en');

describe('the placeholder reader used by these tests', () => {
  it('finds simple arguments, plural arguments and rich-text tags', () => {
    expect(placeholdersOf('Checked {date} by {method}.')).toEqual(['date', 'method']);
    expect(placeholdersOf('{count, plural, one {# contact} other {# contacts}}')).toEqual(['count, plural']);
    expect(placeholdersOf('Write to <email></email>.')).toEqual(['<email>']);
  });

  it('treats an apostrophe in words as text, and a quoted brace as text', () => {
    expect(placeholdersOf("Help from your country's consulate")).toEqual([]);
    expect(placeholdersOf("Type '{'date'}' literally")).toEqual([]);
  });

  it('tells a renamed placeholder apart from the English one', () => {
    expect(placeholdersOf('Revisado el {fecha}.')).not.toEqual(placeholdersOf('Checked {date}.'));
  });

  it('rejects messages that would not build', () => {
    expect(() => placeholdersOf('Checked {date.')).toThrow(/"date\." is not closed/);
    expect(() => placeholdersOf('{count, plural, one {# contact other {# contacts}}')).toThrow();
    expect(() => placeholdersOf('Checked date}.')).toThrow(/closes nothing/);
    expect(() => placeholdersOf('{count, plural, one {# contact}}')).toThrow(/no "other" case/);
  });
});

describe('a translator opens the messages of a language', () => {
  it.each(locales)('messages/%s.json exists for every language the site offers', (locale) => {
    expect(existsSync(path.join(messagesDir, `${locale}.json`))).toBe(true);
  });

  it('finds no messages file for a language the site does not offer', () => {
    const files = readdirSync(messagesDir).filter((name) => name.endsWith('.json'));
    expect(files.map((name) => name.replace(/\.json$/, '')).filter((locale) => !(locales as readonly string[]).includes(locale))).toEqual([]);
  });

  it('finds only text in English, every message valid ICU', () => {
    const problems: string[] = [];
    for (const [key, value] of english) {
      if (typeof value !== 'string') problems.push(`${key}: is not text`);
      else
        try {
          placeholdersOf(value);
        } catch (error) {
          problems.push(`${key}: ${(error as Error).message}`);
        }
    }
    expect(problems).toEqual([]);
  });
});

describe.each(translated)('a translator works on %s', (locale) => {
  const messages = () => flatten(read(locale));

  it('has exactly the keys of English, no more and no fewer', () => {
    const keys = [...messages().keys()];
    expect({
      missing: [...english.keys()].filter((key) => !keys.includes(key)),
      extra: keys.filter((key) => !english.has(key)),
    }).toEqual({ missing: [], extra: [] });
  });

  it('keeps every placeholder and tag of the English message, renames none and adds none', () => {
    const mismatches: string[] = [];
    for (const [key, value] of messages()) {
      const source = english.get(key);
      if (typeof source !== 'string') continue;
      if (typeof value !== 'string') {
        mismatches.push(`${key}: is not text`);
        continue;
      }
      try {
        const expected = placeholdersOf(source);
        const actual = placeholdersOf(value);
        if (expected.join(' | ') !== actual.join(' | ')) mismatches.push(`${key}: English has [${expected.join(', ')}], ${locale} has [${actual.join(', ')}]`);
      } catch (error) {
        mismatches.push(`${key}: ${(error as Error).message}`);
      }
    }
    expect(mismatches).toEqual([]);
  });
});

describe.each(locales)('a screen reader user speaking to their phone in %s', (locale) => {
  it('can name the "Say it in English" button by the words it shows (WCAG 2.5.3, label in name)', () => {
    const messages = flatten(read(locale));
    const name = String(messages.get('speech.sayAloudName')).replace('{phrase}', 'I want to remain silent.');
    expect(name.startsWith(String(messages.get('speech.sayAloud')))).toBe(true);
    expect(name).toContain('I want to remain silent.');
  });
});

describe('a developer extends a list of the content contract', () => {
  const keysUnder = (section: string) =>
    [...english.keys()]
      .filter((key) => key.startsWith(`${section}.`))
      .map((key) => key.slice(section.length + 1))
      .sort();

  it.each([
    ['services', services],
    ['kinds', contactKinds],
    ['contact.labels', phoneLabels],
    ['contact.cost', costs],
    ['contact.method', verificationMethods],
  ] as const)('finds an English message under %s for each value the schema accepts, and none extra', (section, values) => {
    expect(keysUnder(section)).toEqual([...values].sort());
  });
});

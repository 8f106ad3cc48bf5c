/**
 * What the editor reads from a content file and writes back: every file survives a save with
 * nothing changed byte for byte, and the shapes a form cannot show as they are ("24/7" or a
 * list, a file that is a list, Markdown with front matter) come back as they were.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contactSchema, plainWordsError } from '@/lib/content/schema';
import { entryShapes } from '@/lib/editor/editor-config';
import { entryFormat, ORIGINAL_FILE, storedData, wordSwitchName } from '@/lib/editor/entry-format';
import { changedNumberProblem, newNumbers } from '@/lib/editor/record-check';

const shapes = entryShapes();
const contact = entryFormat(shapes.contact);
const regions = entryFormat(shapes.region);
const topic = entryFormat(shapes.topic);

const contactFiles = readdirSync('content/contacts', { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.yaml'))
  .map((file) => `content/contacts/${file}`);
const topicFiles = readdirSync('content/rights').map((id) => `content/rights/${id}/en.md`);
const read = (file: string) => readFileSync(file, 'utf8');

describe('a volunteer opens a file and saves it without changing anything', () => {
  it.each(contactFiles)('%s comes back byte for byte', (file) => {
    expect(contact.toFile(contact.fromFile(read(file)))).toBe(read(file));
  });

  it('regions.yaml comes back byte for byte', () => {
    expect(regions.toFile(regions.fromFile(read('content/regions.yaml')))).toBe(read('content/regions.yaml'));
  });

  it.each(topicFiles)('%s comes back byte for byte, front matter and text', (file) => {
    expect(topic.toFile(topic.fromFile(read(file)))).toBe(read(file));
  });
});

describe('a line open day and night', () => {
  const file = 'content/contacts/us/eoir-case-status-hotline.yaml';

  it('shows "24/7" as a switch that is on, with no opening periods', () => {
    const data = contact.fromFile(read(file));
    expect(data[wordSwitchName('hours')]).toBe(true);
    expect(data.hours).toBeUndefined();
  });

  it('writes opening periods instead when the switch is turned off', () => {
    const data = { ...contact.fromFile(read(file)), [wordSwitchName('hours')]: false, hours: [{ days: ['mon'], open: '08:00', close: '17:00' }] };
    const written = contact.toFile(data);
    expect(written).toContain('hours:\n  - days: [mon]\n    open: "08:00"\n    close: "17:00"\n');
    expect(written).not.toContain('24/7');
  });
});

describe('what a form leaves behind is not written', () => {
  it('a cleared text box or an emptied list leaves no empty field in the file', () => {
    const data = { ...contact.fromFile(read('content/contacts/us-il-chicago/nijc.yaml')), email: '', name_en: '', languages: [] };
    expect(contact.toFile(data)).toBe(read('content/contacts/us-il-chicago/nijc.yaml'));
  });

  it('the file as the form holds it passes the schema content:check uses', () => {
    const data = contact.fromFile(read('content/contacts/us-il-chicago/nijc.yaml'));
    expect(data[ORIGINAL_FILE]).toBe(read('content/contacts/us-il-chicago/nijc.yaml'));
    expect(contactSchema.safeParse(storedData(data, shapes.contact), { error: plainWordsError }).success).toBe(true);
  });
});

describe('a rights topic', () => {
  const file = 'content/rights/agents-at-door/en.md';

  it('records a legal fact check by changing that one line', () => {
    const data = topic.fromFile(read(file)) as { facts: { checked_on: string } };
    data.facts.checked_on = '2026-12-02';
    expect(topic.toFile(data)).toBe(read(file).replace('facts:\n  checked_on: 2026-12-01\n', 'facts:\n  checked_on: 2026-12-02\n'));
  });

  it('keeps its text exactly as written', () => {
    expect(topic.fromFile(read(file)).body).toBe(read(file).split('\n---\n').slice(1).join('\n---\n'));
  });
});

describe('a changed number needs a source or a note of the call', () => {
  const before = {
    phones: [{ number: '312-660-1370', label: 'main' }],
    sources: [{ url: 'https://a.example/', retrieved: '2026-11-01' }],
    verification: { status: 'unverified' },
  };
  const withNumber = (number: string) => ({ ...before, phones: [{ number, label: 'main' }] });

  it('writing the same number another way is no change', () => {
    expect(newNumbers(before, withNumber('(312) 660-1370'))).toEqual([]);
    expect(changedNumberProblem(before, withNumber('(312) 660-1370'))).toBeNull();
  });

  it('a new number with neither is refused, in words that say what to add', () => {
    expect(changedNumberProblem(before, withNumber('(312) 660-1300'))).toMatch(
      /add where the new number is published under Sources .* or write what you heard on the call/,
    );
  });

  it('a new number with a note of the call, or with a new source, is accepted', () => {
    const noted = { ...withNumber('(312) 660-1300'), verification: { status: 'verified', call_note: 'The recording gave the new number.' } };
    expect(changedNumberProblem(before, noted)).toBeNull();
    const sourced = {
      ...withNumber('(312) 660-1300'),
      sources: [...before.sources, { url: 'https://b.example/', retrieved: '2026-12-02', says: 'Call (312) 660-1300' }],
    };
    expect(changedNumberProblem(before, sourced)).toBeNull();
  });

  it('removing a number needs neither: a missing number is safer than a wrong one', () => {
    expect(changedNumberProblem(before, { ...before, phones: [] })).toBeNull();
  });
});

/**
 * A volunteer saves a contact from the editor: the file changes only where the values changed,
 * so the pull request a reviewer reads shows those lines and nothing else.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { editYaml, freshYaml, type KeyOrder } from '@/lib/editor/yaml-edit';

const nijc = readFileSync('content/contacts/us-il-chicago/nijc.yaml', 'utf8');

const contactOrder: KeyOrder = {
  keys: [
    'kind',
    'name',
    'name_en',
    'country',
    'phones',
    'address',
    'website',
    'email',
    'hours',
    'languages',
    'services',
    'cost',
    'notes',
    'verification',
    'sources',
  ],
  nested: {
    phones: { keys: ['number', 'dial', 'label'], nested: {} },
    verification: { keys: ['status', 'checked_on', 'checked_by', 'method', 'note'], nested: {} },
    sources: { keys: ['url', 'retrieved', 'says'], nested: {} },
  },
};

/** The lines that differ, as a unified diff would show them (- before, + after), in order. */
function changedLines(before: string, after: string): string[] {
  const a = before.split('\n');
  const b = after.split('\n');
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start += 1;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA -= 1;
    endB -= 1;
  }
  return [...a.slice(start, endA).map((line) => `- ${line}`), ...b.slice(start, endB).map((line) => `+ ${line}`)];
}

const data = () => parse(nijc) as Record<string, unknown> & { phones: { number: string; label: string }[]; sources: unknown[] };

describe('a volunteer saves a contact without changing anything', () => {
  it('writes the file back byte for byte, comments and folded text included', () => {
    expect(editYaml(nijc, data(), contactOrder)).toBe(nijc);
  });
});

describe('the number changed', () => {
  it('rewrites only the number line', () => {
    const changed = data();
    changed.phones[0].number = '312-660-1371';
    expect(changedLines(nijc, editYaml(nijc, changed, contactOrder))).toEqual(['-   - number: 312-660-1370', '+   - number: 312-660-1371']);
  });

  it('adds a new source after the others, leaving their comments', () => {
    const changed = data();
    changed.sources.push({ url: 'https://immigrantjustice.org/contact', retrieved: '2026-12-02', says: 'Call 312-660-1371' });
    const after = editYaml(nijc, changed, contactOrder);
    expect(changedLines(nijc, after)).toEqual([
      '+   - url: https://immigrantjustice.org/contact',
      '+     retrieved: 2026-12-02',
      '+     says: Call 312-660-1371',
    ]);
    expect(parse(after)).toEqual(changed);
  });
});

describe('called, it works', () => {
  it('rewrites the verification block only', () => {
    const changed = { ...data(), verification: { status: 'verified', checked_on: '2026-12-02', checked_by: 'jd', method: 'phone-call' } };
    const after = editYaml(nijc, changed, contactOrder);
    expect(changedLines(nijc, after)).toEqual([
      '-   status: unverified',
      '+   status: verified',
      '+   checked_on: 2026-12-02',
      '+   checked_by: jd',
      '+   method: phone-call',
    ]);
    expect(parse(after)).toEqual(changed);
  });
});

describe('removing and changing fields', () => {
  it('removes a field with the comment lines above it', () => {
    const changed = data();
    changed.sources.splice(1, 1);
    const after = editYaml(nijc, changed, contactOrder);
    expect(after).not.toContain('Source of the current address');
    expect(after).toContain('# Program pages: source of the services list.');
    expect(parse(after)).toEqual(changed);
  });

  it('rewrites an inline list inline', () => {
    const changed = { ...data(), services: ['legal-advice', 'asylum'] };
    expect(changedLines(nijc, editYaml(nijc, changed, contactOrder))).toEqual([
      '- services: [legal-advice, deportation-defense, asylum, family-petitions, naturalization, tps, u-t-visas]',
      '+ services: [legal-advice, asylum]',
    ]);
  });

  it('turns a phone number into a keypad code by rewriting that phone', () => {
    const changed = data();
    changed.phones[0] = { dial: '*9233#', label: 'hotline' } as never;
    const after = editYaml(nijc, changed, contactOrder);
    expect(changedLines(nijc, after)).toEqual(['-   - number: 312-660-1370', '-     label: main', '+   - dial: "*9233#"', '+     label: hotline']);
    expect(parse(after)).toEqual(changed);
  });

  it('adds a new field where the form lists it', () => {
    const changed = { ...data(), email: 'help@example.org' };
    const after = editYaml(nijc, changed, contactOrder);
    expect(changedLines(nijc, after)).toEqual(['+ email: help@example.org']);
    expect(after.indexOf('email:')).toBeGreaterThan(after.indexOf('website:'));
    expect(after.indexOf('email:')).toBeLessThan(after.indexOf('hours:'));
  });
});

describe('a new contact', () => {
  it('is written in the style of the content files', () => {
    const text = freshYaml(
      {
        name: 'Example Legal Aid',
        kind: 'legal-aid',
        phones: [{ label: 'main', number: '(312) 555-0100' }],
        hours: [{ days: ['mon', 'tue'], open: '09:00', close: '17:00' }],
        verification: { status: 'unverified' },
        sources: [{ url: 'https://example.org/contact', retrieved: '2026-12-02' }],
      },
      contactOrder,
    );
    expect(text).toBe(
      [
        'kind: legal-aid',
        'name: Example Legal Aid',
        'phones:',
        '  - number: (312) 555-0100',
        '    label: main',
        'hours:',
        '  - days: [mon, tue]',
        '    open: "09:00"',
        '    close: "17:00"',
        'verification:',
        '  status: unverified',
        'sources:',
        '  - url: https://example.org/contact',
        '    retrieved: 2026-12-02',
        '',
      ].join('\n'),
    );
  });
});

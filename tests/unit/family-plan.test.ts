import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { loadContent } from '@/lib/content/load';
import { formatProblem } from '@/lib/content/problems';
import { guardianNote, legalAidChoices } from '@/lib/family-plan';
import { contact, contentTree, regionsYaml, removeContentTrees, topic, translation, verified } from './support/content-tree';

afterEach(removeContentTrees);

const load = (files: Record<string, string>) => loadContent({ root: contentTree({ 'regions.yaml': regionsYaml, ...files }).root, today: '2026-12-01' });
const hashOf = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 12);

const englishBody =
  '## What to do\n\nChoose a trusted adult.\n\n## What is a short-term guardian in Illinois?\n\nA parent can name one in writing. This comes from 755 ILCS 5/11-5.4.\n\n- It can last up to 365 days.\n\n## When does this apply?\n\nEvery family can make a plan.\n';
const spanishBody =
  '## Qué hacer\n\nElija a un adulto de confianza.\n\n## ¿Qué es un tutor a corto plazo en Illinois?\n\nUn padre puede nombrarlo por escrito. Viene de 755 ILCS 5/11-5.4.\n\n## ¿Cuándo aplica?\n\nCada familia puede hacer un plan.\n';
const sources = [
  { title: 'Probate Act, 755 ILCS 5/11-5.4', publisher: 'Illinois General Assembly', url: 'https://ilga.gov/legislation/ilcs/example' },
  { title: 'Family preparedness plan', publisher: 'Immigrant Legal Resource Center', url: 'https://ilrc.org/example' },
];
const familyPlan = (body = englishBody, fields = {}) => topic({ title: 'Make a family safety plan', say: [], sources, ...fields }, body);
const spanish = (english: string, body = spanishBody) => translation(hashOf(english), { title: 'Haga un plan', summary: 'Decida ahora.', say: [] }, body);

describe('a parent reads, on the plan page, about the paper that lets a caregiver act for a child', () => {
  it('sees the topic’s own section on the Illinois short-term guardian, not the rest of the topic, with the law as its source', () => {
    const { content } = load({ 'contacts/us/line.yaml': contact(), 'rights/family-plan/en.md': familyPlan() });
    const note = guardianNote(content, 'en')!;
    expect(note.lang).toBe('en');
    expect(note.markdown).toBe(
      '## What is a short-term guardian in Illinois?\n\nA parent can name one in writing. This comes from 755 ILCS 5/11-5.4.\n\n- It can last up to 365 days.',
    );
    expect(note.sources.map((source) => source.publisher)).toEqual(['Illinois General Assembly']);
    expect(note.topic.id).toBe('family-plan');
  });

  it('reads it in Spanish where the Spanish topic is current', () => {
    const english = familyPlan();
    const { content } = load({ 'contacts/us/line.yaml': contact(), 'rights/family-plan/en.md': english, 'rights/family-plan/es.md': spanish(english) });
    const note = guardianNote(content, 'es')!;
    expect(note.lang).toBe('es');
    expect(note.markdown).toMatch(/^## ¿Qué es un tutor a corto plazo en Illinois\?/);
    expect(note.markdown).not.toContain('Cuándo');
  });

  it('reads the English where the translation is out of date, since a legal fact may have changed', () => {
    const english = familyPlan();
    const { content } = load({
      'contacts/us/line.yaml': contact(),
      'rights/family-plan/en.md': english,
      'rights/family-plan/es.md': spanish('an older English page'),
    });
    expect(guardianNote(content, 'es')).toMatchObject({ lang: 'en', markdown: expect.stringMatching(/^## What is a short-term guardian/) });
  });

  it('reads the English where there is no translation, or the translation lost the section', () => {
    const english = familyPlan();
    const { content } = load({
      'contacts/us/line.yaml': contact(),
      'rights/family-plan/en.md': english,
      'rights/family-plan/es.md': spanish(english, '## Qué hacer\n\nElija a un adulto de confianza.\n'),
    });
    expect(guardianNote(content, 'zh')?.lang).toBe('en');
    expect(guardianNote(content, 'es')?.lang).toBe('en');
  });

  it('sees no note where the deployment has no such topic, and the site still builds', () => {
    const { content, problems } = load({ 'contacts/us/line.yaml': contact(), 'rights/door/en.md': topic() });
    expect(problems).toEqual([]);
    expect(guardianNote(content, 'en')).toBeNull();
  });
});

describe('a volunteer edits the family-plan topic', () => {
  it('is warned by content:check when the section citing the law is gone, or the law is no longer a source', () => {
    const { problems, warnings } = load({
      'contacts/us/line.yaml': contact(),
      'rights/family-plan/en.md': familyPlan('## What to do\n\nChoose a trusted adult.\n', {
        sources: sources.slice(1).concat({ ...sources[1], url: 'https://ilrc.org/other' }),
      }),
    });
    expect(problems).toEqual([]);
    expect(warnings.map(formatProblem)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^content\/rights\/family-plan\/en\.md: body: no "## " section cites 11-5\.4 any more/),
        expect.stringMatching(/^content\/rights\/family-plan\/en\.md: sources: no source is published by the Illinois General Assembly/),
      ]),
    );
  });
});

describe('a parent picks the lawyer to call from the directory', () => {
  const files = {
    'contacts/us-il-chicago/city-unchecked.yaml': contact({ name: 'A City Legal Aid' }),
    'contacts/us-il-chicago/city-checked.yaml': contact({
      name: 'Z City Legal Aid',
      phones: [{ number: '(312) 660-1371', label: 'main' }],
      verification: verified,
    }),
    'contacts/us-il/state.yaml': contact({ name: 'State Legal Aid', phones: [{ number: '(217) 555-0100', label: 'main' }] }),
    'contacts/us-il-chicago/fax-only.yaml': contact({ name: 'Fax Only', phones: [{ number: '(312) 555-0101', label: 'fax' }] }),
    'contacts/us/hotline.yaml': contact({ kind: 'hotline', name: 'A Hotline', phones: [{ number: '(800) 555-0102', label: 'hotline' }] }),
  };

  it('is offered the legal-aid lines of the city and its state with a number to call: the city first, checked ones first', () => {
    const { content } = load(files);
    const offered = legalAidChoices(content, 'us-il-chicago', '2026-12-01');
    expect(offered.map(({ contact: entry }) => entry.name)).toEqual(['Z City Legal Aid', 'A City Legal Aid', 'State Legal Aid']);
    expect(offered[0].phone.display).toBe('(312) 660-1371');
  });

  it('is not offered a city’s lines from a statewide page', () => {
    const { content } = load(files);
    expect(legalAidChoices(content, 'us-il', '2026-12-01').map(({ contact: entry }) => entry.name)).toEqual(['State Legal Aid']);
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { loadContent } from '@/lib/content/load';
import { formatProblem } from '@/lib/content/problems';
import { readability } from '@/lib/readability';
import { contact, contentTree, regionsYaml, removeContentTrees, topic } from './support/content-tree';

afterEach(removeContentTrees);

describe('the reading level measure', () => {
  it('rates short sentences with common words as easy', () => {
    expect(readability(['Keep the door closed. Do not open it. Ask them to show the warrant.']).grade).toBeLessThan(4);
  });

  it('rates long sentences with long words as hard', () => {
    const legal =
      'Notwithstanding the aforementioned administrative determination, individuals subject to expedited removal proceedings must demonstrate continuous physical presence through documentary evidence satisfactory to immigration authorities.';
    expect(readability([legal]).grade).toBeGreaterThan(16);
  });

  it('counts every word a reader sees', () => {
    expect(readability(['What should I do?', 'Stay calm. Call a lawyer.']).words).toBe(9);
  });
});

const legalese =
  'Notwithstanding the aforementioned administrative determination, individuals subject to expedited removal proceedings must demonstrate continuous physical presence through documentary evidence satisfactory to immigration authorities.';
const check = (files: Record<string, string>) =>
  loadContent({ root: contentTree({ 'regions.yaml': regionsYaml, 'contacts/us/line.yaml': contact(), ...files }).root, today: '2026-12-01' }).problems.map(
    formatProblem,
  );

describe('a volunteer writes an English rights page', () => {
  it('in short sentences and common words: the checker is content', () => {
    expect(check({ 'rights/door/en.md': topic() })).toEqual([]);
  });

  it('in legal language: hears the grade it reads at and how to fix it, in one line', () => {
    const problems = check({ 'rights/door/en.md': topic({}, `## What to do\n\n${legalese}\n`), 'rights/calm/en.md': topic() });
    expect(problems).toContainEqual(
      expect.stringMatching(
        /^content\/rights\/door\/en\.md: \(reading level\): reads at grade \d+(\.\d)? \(Flesch-Kincaid\), above the limit of 10; use shorter sentences and common words$/,
      ),
    );
  });

  it('so long a reader gives up: hears the word count and the limit', () => {
    const long = `## What to do\n\n${Array.from({ length: 320 }, () => 'Stay calm. Call a lawyer.').join(' ')}\n`;
    expect(check({ 'rights/door/en.md': topic({}, long) })).toContainEqual(
      expect.stringMatching(/^content\/rights\/door\/en\.md: \(length\): has \d+ words, more than 900;/),
    );
  });

  it('when the pages together read above grade 8 on average: hears it once, for the whole folder', () => {
    const problems = check({ 'rights/door/en.md': topic({}, `## What to do\n\n${legalese}\n`) });
    expect(problems.filter((line) => line.startsWith('content/rights/: (reading level): the English topics read at grade'))).toHaveLength(1);
  });
});

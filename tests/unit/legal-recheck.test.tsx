import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it } from 'vitest';
import { FactsChecked } from '@/components/FactsChecked';
import { legalRecheckText } from '@/lib/call-sheet';
import { isDueForLegalRecheck, topicsDueForLegalRecheck } from '@/lib/content';
import { loadContent } from '@/lib/content/load';
import { formatProblem } from '@/lib/content/problems';
import en from '@/messages/en.json';
import { contact, contentTree, regionsYaml, removeContentTrees, topic } from './support/content-tree';

afterEach(removeContentTrees);

const load = (files: Record<string, string>, today = '2026-12-01') =>
  loadContent({ root: contentTree({ 'regions.yaml': regionsYaml, 'contacts/us/line.yaml': contact(), ...files }).root, today });

const checkedOn = (date: string) => ({ facts: { checked_on: date, checked_by: 'jd' } });

describe('a rights topic whose legal facts were checked some time ago', () => {
  it('is current for 60 days after the check and due for a legal re-check on the 61st', () => {
    const entry = { meta: { facts: { checked_on: '2026-10-01', checked_by: 'jd', in_flux: [] } } } as unknown as Parameters<typeof isDueForLegalRecheck>[0];
    expect(isDueForLegalRecheck(entry, '2026-11-30', 60)).toBe(false);
    expect(isDueForLegalRecheck(entry, '2026-12-01', 60)).toBe(true);
  });

  it('is listed for the volunteers oldest check first, with the facts known to move and their sources', () => {
    const { content, problems } = load({
      'rights/door/en.md': topic(checkedOn('2026-09-01')),
      'rights/street/en.md': topic({
        facts: { checked_on: '2026-06-15', checked_by: 'jd', in_flux: [{ fact: 'The memo is in court.', source: 'https://example.org/memo' }] },
      }),
      'rights/card/en.md': topic(checkedOn('2026-11-25')),
    });
    expect(problems).toEqual([]);
    const due = topicsDueForLegalRecheck(content, '2026-12-01', 60);
    expect(due.map((entry) => entry.id)).toEqual(['street', 'door']);
    const sheet = legalRecheckText(due, 60);
    expect(sheet).toContain('Facts last checked: 2026-06-15');
    expect(sheet).toContain('In flux: The memo is in court.');
    expect(sheet).toContain('Source: https://example.org/memo');
    expect(sheet.indexOf('[street]')).toBeLessThan(sheet.indexOf('[door]'));
  });

  it('tells the reader near the top when the facts were checked, and warns once that is past the period', () => {
    const labels = { checked: en.topic.factsChecked.replace('{date}', '1 October 2026'), mayHaveChanged: en.topic.factsMayHaveChanged.replace('{days}', '60') };
    const current = renderToStaticMarkup(<FactsChecked due={false} labels={labels} />);
    expect(current).toContain('Facts checked on 1 October 2026.');
    expect(current).not.toContain('may have changed');
    const stale = renderToStaticMarkup(<FactsChecked due labels={labels} />);
    expect(stale).toContain('Facts checked on 1 October 2026.');
    expect(stale).toContain('more than 60 days ago. Some facts may have changed');
  });
});

describe('a volunteer records a legal fact check', () => {
  it('is told when the topic has no fact check at all', () => {
    const { problems } = load({ 'rights/door/en.md': topic({ facts: undefined }) });
    expect(problems.map(formatProblem)).toEqual([expect.stringMatching(/^content\/rights\/door\/en\.md: facts: /)]);
  });

  it('is told when the check date is in the future', () => {
    const { problems } = load({ 'rights/door/en.md': topic(checkedOn('2027-01-05')) });
    expect(problems.map(formatProblem)).toEqual([
      'content/rights/door/en.md: facts.checked_on: 2027-01-05 is in the future; write the date the facts were checked',
    ]);
  });

  it('is told when a fact in flux has no source', () => {
    const { problems } = load({
      'rights/door/en.md': topic({ facts: { checked_on: '2026-11-20', checked_by: 'jd', in_flux: [{ fact: 'The memo is in court.' }] } }),
    });
    expect(problems.map(formatProblem)).toEqual([expect.stringMatching(/^content\/rights\/door\/en\.md: facts\.in_flux\[0\]\.source: /)]);
  });
});

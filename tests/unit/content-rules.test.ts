import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { loadContent } from '@/lib/content/load';
import { formatProblem } from '@/lib/content/problems';
import { contact, contentTree, regionsYaml, removeContentTrees, topic } from './support/content-tree';

afterEach(removeContentTrees);

const load = (files: Record<string, string>) => loadContent({ root: contentTree({ 'regions.yaml': regionsYaml, ...files }).root, today: '2026-12-01' });
const withLink = (url: string) => topic({}, `## What to do\n\nSee [this page](${url}).\n`);

describe('a volunteer links from a rights topic to another page of the site', () => {
  it.each(['/print/', '/print/cards/', '/print/flyer/us-il-chicago/', '/help/us-il/', '/rights/door/#what-to-do', '/about/', '/card/'])(
    'may link to %s, a page the site really has',
    (url) => {
      expect(load({ 'contacts/us/line.yaml': contact(), 'rights/door/en.md': withLink(url) }).problems).toEqual([]);
    },
  );

  it.each(['/print/flyer/us-ny/', '/prints/', '/help', '/rights/'])('is told %s goes to no page', (url) => {
    const { problems } = load({ 'contacts/us/line.yaml': contact(), 'rights/door/en.md': withLink(url) });
    expect(problems.map(formatProblem)).toEqual([expect.stringContaining(`link "${url}" goes to no page`)]);
  });
});

describe('a new city whose volunteers have added few numbers yet', () => {
  it('still builds, and content:check warns which flyer would be thin and what to add', () => {
    const { problems, warnings } = load({ 'contacts/us/line.yaml': contact(), 'rights/door/en.md': topic() });
    expect(problems).toEqual([]);
    expect(warnings.map(formatProblem)).toContainEqual(
      'content/regions.yaml: [2]: the flyer for "us-il-chicago" would print 1 phone number(s), fewer than 4; add hotlines or legal-aid contacts with a phone in this region or a parent region, or consulates to its flyer_communities',
    );
  });
});

describe('another part of the program that uses zod', () => {
  it('keeps zod’s own messages: the content schemas change nothing process-wide', () => {
    load({ 'rights/door/en.md': topic() });
    const message = z.object({ a: z.string() }).safeParse({ a: 1 }).error?.issues[0].message;
    expect(message).not.toBe('must be text');
    expect(message).toMatch(/expected string/i);
  });
});

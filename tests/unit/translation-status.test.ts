import { afterEach, describe, expect, it } from 'vitest';
import { loadContent } from '@/lib/content/load';
import { translationStatus } from '@/lib/translation-status';
import { contact, contentTree, regionsYaml, removeContentTrees, topic, translation } from './support/content-tree';

afterEach(removeContentTrees);

describe('a community translator looks at how far their language has come', () => {
  it('sees per language how many topics exist, how many a person checked, how many are machine drafts and how many are out of date', () => {
    const files = { 'regions.yaml': regionsYaml, 'contacts/us/line.yaml': contact(), 'rights/door/en.md': topic(), 'rights/street/en.md': topic({ order: 2 }) };
    const hash = loadContent({ root: contentTree(files).root, today: '2026-12-01' }).content.topics.find((entry) => entry.id === 'door')!.hash;
    const { content, problems } = loadContent({
      root: contentTree({
        ...files,
        'rights/door/es.md': translation(hash, {
          translation: { status: 'community-reviewed', source_hash: hash, reviewed_by: 'mg', reviewed_on: '2026-11-30' },
        }),
        'rights/street/es.md': translation('000000000000'),
        'rights/door/pl.md': translation(hash),
      }).root,
      today: '2026-12-01',
    });
    expect(problems).toEqual([]);
    const byLocale = Object.fromEntries(translationStatus(content).map((row) => [row.locale, row]));
    expect(byLocale.es).toMatchObject({ translated: 2, reviewed: 1, machine: 1, outdated: 1, total: 2 });
    expect(byLocale.pl).toMatchObject({ translated: 1, reviewed: 0, machine: 1, outdated: 0, total: 2 });
    expect(byLocale.zh).toMatchObject({ translated: 0, total: 2 });
    expect(byLocale.en).toMatchObject({ translated: 2, total: 2 });
  });
});

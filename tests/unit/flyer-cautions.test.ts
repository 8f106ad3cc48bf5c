import { afterEach, describe, expect, it } from 'vitest';
import { topicView } from '@/lib/content';
import { loadContent } from '@/lib/content/load';
import { flyerCautions } from '@/lib/flyer';
import { contentTree, regionsYaml, removeContentTrees, topic, translation } from './support/content-tree';

afterEach(removeContentTrees);

/** The cautions a Spanish flyer prints for a door topic written in these files. */
function cautions(files: Record<string, string>) {
  const tree = contentTree({ 'regions.yaml': regionsYaml, 'rights/door/en.md': topic(), ...files });
  const { content, problems } = loadContent({ root: tree.root, today: '2026-12-01' });
  expect(problems).toEqual([]);
  return flyerCautions(content.topics.map((entry) => topicView(entry, 'es')));
}

function currentHash() {
  const tree = contentTree({ 'regions.yaml': regionsYaml, 'rights/door/en.md': topic() });
  return loadContent({ root: tree.root, today: '2026-12-01' }).content.topics[0].hash;
}

describe('an organizer prints a Spanish flyer: its footer says what to be careful of', () => {
  it('says a machine translated it, and not that it is out of date, when the translation is current', () => {
    expect(cautions({ 'rights/door/es.md': translation(currentHash()) })).toEqual({
      unreviewed: true,
      machineDraft: true,
      outdated: false,
      fallback: false,
    });
  });

  it('says the translation may be out of date when the English changed after it was made', () => {
    expect(cautions({ 'rights/door/es.md': translation('000000000000') }).outdated).toBe(true);
  });

  it('says part of it is in English when a topic has no Spanish yet', () => {
    expect(cautions({})).toMatchObject({ fallback: true, machineDraft: false, outdated: false });
  });
});

import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it } from 'vitest';
import { TopicNotices } from '@/components/TopicNotices';
import { topicView } from '@/lib/content';
import { loadContent } from '@/lib/content/load';
import es from '@/messages/es.json';
import { contact, contentTree, regionsYaml, removeContentTrees, topic, translation } from './support/content-tree';

afterEach(removeContentTrees);

const labels = { fallback: es.topic.fallback, machineDraft: es.topic.machineDraft, outdated: es.topic.outdated, englishVersion: es.topic.englishVersion };

function notices(files: Record<string, string>) {
  const tree = contentTree({ 'regions.yaml': regionsYaml, 'contacts/us/line.yaml': contact(), ...files });
  const { content, problems } = loadContent({ root: tree.root, today: '2026-12-01' });
  expect(problems).toEqual([]);
  return renderToStaticMarkup(<TopicNotices view={topicView(content.topics[0], 'es')} labels={labels} />);
}

describe('a Spanish reader opens a rights topic', () => {
  it('is told, in Spanish, when the topic is not yet in their language and they read English', () => {
    const html = notices({ 'rights/door/en.md': topic() });
    expect(html).toContain(es.topic.fallback);
    expect(html).not.toContain(es.topic.machineDraft);
  });

  it('is told a machine made the translation and no human has checked it, with a link to the English', () => {
    const tree = contentTree({ 'regions.yaml': regionsYaml, 'rights/door/en.md': topic() });
    const hash = loadContent({ root: tree.root, today: '2026-12-01' }).content.topics[0].hash;
    const html = notices({ 'rights/door/en.md': topic(), 'rights/door/es.md': translation(hash) });
    expect(html).toContain(es.topic.machineDraft);
    expect(html).toContain('href="/en/rights/door/"');
    expect(html).not.toContain(es.topic.fallback);
    expect(html).not.toContain(es.topic.outdated);
  });

  it('is warned the translation may be out of date when the English changed since', () => {
    const html = notices({ 'rights/door/en.md': topic(), 'rights/door/es.md': translation('000000000000') });
    expect(html).toContain(es.topic.outdated);
  });
});

import { describe, expect, it } from 'vitest';
import { topicReadability } from '@/lib/content';
import { loadContent } from '@/lib/content/load';
import { readability } from '@/lib/readability';

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

describe('a frightened reader opens an English rights page', () => {
  const { content } = loadContent();
  const levels = content.topics.map((topic) => ({ id: topic.id, ...topicReadability(topic) }));

  it('finds the site has rights topics to measure', () => {
    expect(levels.length).toBeGreaterThanOrEqual(12);
  });

  it('reads English at grade 8 or below on average', () => {
    const average = levels.reduce((sum, level) => sum + level.grade, 0) / levels.length;
    expect(average).toBeLessThanOrEqual(8);
  });

  it.each(levels.map((level) => [level.id, level] as const))('%s is no harder than grade 10 and no longer than about 900 words', (_id, level) => {
    expect(level.grade).toBeLessThanOrEqual(10);
    expect(level.words).toBeLessThanOrEqual(900);
  });
});

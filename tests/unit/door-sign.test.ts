import { afterEach, describe, expect, it } from 'vitest';
import { findTopic, getContent } from '@/lib/content';
import { loadContent } from '@/lib/content/load';
import { doorSignData } from '@/lib/door-sign';
import { homeHelpNumber } from '@/lib/flyer';
import { contentTree, regionsYaml, removeContentTrees, topic } from './support/content-tree';

afterEach(removeContentTrees);

describe('a family prints the door sign', () => {
  const content = getContent();

  it('in Spanish, it says through the door the phrases of the "agents at your door" topic, each in English with the Spanish beside it', () => {
    const door = findTopic(content, 'agents-at-door')!;
    const { topic: view } = doorSignData(content, 'es');
    expect(view.say.map((phrase) => phrase.en)).toEqual(door.meta.say);
    expect(view.say.map((phrase) => phrase.local)).toEqual(door.translations.es!.say);
    expect(view.say.every((phrase) => phrase.local !== phrase.en)).toBe(true);
  });

  it('names the same number to call as the wallet cards: a hotline of the home region', () => {
    const { help } = doorSignData(content, 'ar');
    expect(help).toEqual(homeHelpNumber(content, 'ar'));
    expect(help?.contact.kind).toBe('hotline');
  });

  it('tells whoever removed the door topic which folder the sign needs, instead of printing a sign without phrases', () => {
    const tree = contentTree({ 'regions.yaml': regionsYaml, 'rights/stopped-on-street/en.md': topic() });
    const { content: other } = loadContent({ root: tree.root, today: '2026-12-01' });
    expect(() => doorSignData(other, 'en')).toThrow('content/rights/agents-at-door/');
  });
});

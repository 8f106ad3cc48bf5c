/** What pages ask of the content: which contacts a region's page lists, and how a topic reads in a language. */
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contactsForRegion, regionChain, regionName, topicView, type Content } from '@/lib/content';
import { loadContent } from '@/lib/content/load';
import { contact, contentTree, regionsYaml, removeContentTrees, topic, translation, yaml } from './support/content-tree';

afterAll(removeContentTrees);

const sha12 = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 12);

let content: Content;

beforeAll(() => {
  const en = topic();
  const { root } = contentTree({
    'regions.yaml': `${regionsYaml}${yaml([{ id: 'us-ny', name: { en: 'New York' }, parent: 'us' }])}`,
    'contacts/us/uscis.yaml': contact({ kind: 'government', name: 'USCIS' }),
    'contacts/us-il/icirr.yaml': contact({ kind: 'hotline', name: 'ICIRR Family Support Hotline' }),
    'contacts/us-il-chicago/nijc.yaml': contact(),
    'contacts/us-ny/nyic.yaml': contact({ name: 'New York Immigration Coalition' }),
    'rights/agents-at-door/en.md': en,
    'rights/agents-at-door/es.md': translation(sha12(en)),
    'rights/if-arrested/en.md': topic({ title: 'If you are arrested', order: 2 }),
    'rights/if-arrested/ar.md': translation('000000000000', { title: 'إذا تم القبض عليك', say: ['لا أوافق على دخولكم.', 'أريد أن ألتزم الصمت.'] }),
  });
  const result = loadContent({ root, today: '2026-12-01' });
  expect(result.problems).toEqual([]);
  content = result.content;
});

const ids = (items: { id: string }[]) => items.map((item) => item.id);

describe('a reader in Chicago opens the help page', () => {
  it('climbs from the city to the state to the country', () => {
    expect(ids(regionChain(content.regions, 'us-il-chicago'))).toEqual(['us-il-chicago', 'us-il', 'us']);
  });

  it('sees Chicago contacts, Illinois lines and national hotlines', () => {
    expect(ids(contactsForRegion(content, 'us-il-chicago')).sort()).toEqual(['icirr', 'nijc', 'uscis']);
  });

  it('does not see another state’s contacts', () => {
    expect(ids(contactsForRegion(content, 'us-il-chicago'))).not.toContain('nyic');
  });
});

describe('a reader opens the Illinois page or the national page', () => {
  it('sees statewide and national lines on the Illinois page, but no city contacts', () => {
    expect(ids(contactsForRegion(content, 'us-il')).sort()).toEqual(['icirr', 'uscis']);
  });

  it('sees only national lines on the national page', () => {
    expect(ids(contactsForRegion(content, 'us'))).toEqual(['uscis']);
  });
});

describe('a page asks for a region that does not exist', () => {
  it('gets no chain and no contacts', () => {
    expect(regionChain(content.regions, 'us-tx')).toEqual([]);
    expect(contactsForRegion(content, 'us-tx')).toEqual([]);
  });

  it('stops when regions name each other as parents', () => {
    const looped = [
      { id: 'us-a', name: { en: 'A' }, parent: 'us-b' },
      { id: 'us-b', name: { en: 'B' }, parent: 'us-a' },
    ];
    expect(ids(regionChain(looped, 'us-a'))).toEqual(['us-a', 'us-b']);
  });
});

describe('a region is named in the reader’s language', () => {
  it('uses the translated name, and English where there is none', () => {
    const [us, illinois, chicago] = content.regions;
    expect(regionName(us, 'es')).toBe('Estados Unidos');
    expect(regionName(chicago, 'zh')).toBe('芝加哥');
    expect(regionName(illinois, 'pl')).toBe('Illinois');
  });
});

describe('a reader opens a rights topic', () => {
  const agentsAtDoor = () => content.topics.find((entry) => entry.id === 'agents-at-door')!;
  const ifArrested = () => content.topics.find((entry) => entry.id === 'if-arrested')!;

  it('lists topics in their order', () => {
    expect(ids(content.topics)).toEqual(['agents-at-door', 'if-arrested']);
  });

  it('in English: reads the reference version, the phrases once', () => {
    const view = topicView(agentsAtDoor(), 'en');
    expect(view).toMatchObject({ title: 'If agents come to your home', fallback: false, translation: null });
    expect(view.say[0]).toEqual({ en: 'I do not consent to your entry.', local: 'I do not consent to your entry.' });
  });

  it('in Spanish: reads the translation, each phrase beside its English original, marked as a machine draft', () => {
    const view = topicView(agentsAtDoor(), 'es');
    expect(view).toMatchObject({ title: 'Si los agentes llegan a su casa', fallback: false, translation: { status: 'machine-draft', outdated: false } });
    expect(view.body).toContain('Mantenga la calma.');
    expect(view.say).toEqual([
      { en: 'I do not consent to your entry.', local: 'No doy mi consentimiento para que entren.' },
      { en: 'I want to remain silent.', local: 'Quiero permanecer en silencio.' },
    ]);
  });

  it('in Polish, with no translation: falls back to English and says so', () => {
    const view = topicView(agentsAtDoor(), 'pl');
    expect(view).toMatchObject({ title: 'If agents come to your home', fallback: true, translation: null });
    expect(view.body).toBe(agentsAtDoor().body);
    expect(view.say.every((phrase) => phrase.local === phrase.en)).toBe(true);
  });

  it('in Arabic, translated before the English changed: is told the translation may be out of date', () => {
    expect(topicView(ifArrested(), 'ar')).toMatchObject({ title: 'إذا تم القبض عليك', translation: { outdated: true } });
  });
});

import { describe, expect, it } from 'vitest';
import type { ContactEntry, TopicView } from '@/lib/content';
import { getContent } from '@/lib/content';
import { phoneSchema, type Region } from '@/lib/content/schema';
import { flyerData, flyerTextAmount, flyerTypeSize, flyerTypeSizes, latestUpdate, pickFlyerNumbers, pickFlyerPhrases, verificationLabel } from '@/lib/flyer';
import { locales } from '@/i18n/routing';

const chain: Region[] = [
  { id: 'us-il-chicago', name: { en: 'Chicago' }, parent: 'us-il' },
  { id: 'us-il', name: { en: 'Illinois' }, parent: 'us' },
  { id: 'us', name: { en: 'United States' }, parent: null },
];

let serial = 0;
function contact(overrides: Partial<ContactEntry> & Pick<ContactEntry, 'id'>): ContactEntry {
  serial += 1;
  return {
    kind: 'hotline',
    name: overrides.id,
    country: null,
    languages: [],
    services: ['detention'],
    cost: 'unknown',
    verification: { status: 'unverified' },
    sources: [{ url: 'https://example.org', retrieved: '2026-11-01' }],
    region: 'us-il-chicago',
    file: `content/contacts/${overrides.id}.yaml`,
    ...overrides,
    // Phones as pages get them: validated, so parsed once.
    phones: (overrides.phones ?? [{ number: `(312) 555-${String(1000 + serial)}`, label: 'hotline' }]).map((phone) => phoneSchema.parse(phone)),
  } as ContactEntry;
}

const ids = (numbers: { contact: ContactEntry }[]) => numbers.map((number) => number.contact.id);

describe('an organizer prints a flyer: which numbers it carries', () => {
  it('puts hotlines first, then legal help, then consulates, at most three of each while others wait', () => {
    const contacts = [
      contact({ id: 'consulate-a', kind: 'consulate', country: 'MX', services: ['consular-protection'] }),
      contact({ id: 'legal-a', kind: 'legal-aid', services: ['legal-advice'] }),
      contact({ id: 'legal-b', kind: 'legal-aid', services: ['legal-advice'] }),
      ...['hot-a', 'hot-b', 'hot-c', 'hot-d', 'hot-e'].map((id) => contact({ id })),
    ];
    expect(ids(pickFlyerNumbers(contacts, chain))).toEqual(['hot-a', 'hot-b', 'hot-c', 'legal-a', 'legal-b', 'consulate-a']);
  });

  it('fills places a group leaves empty from the rest, up to six', () => {
    const contacts = ['hot-a', 'hot-b', 'hot-c', 'hot-d', 'hot-e', 'hot-f', 'hot-g'].map((id) => contact({ id }));
    expect(ids(pickFlyerNumbers(contacts, chain))).toEqual(['hot-a', 'hot-b', 'hot-c', 'hot-d', 'hot-e', 'hot-f']);
  });

  it('prefers lines with more emergency services, then the nearer region, then checked ones, then the id', () => {
    const contacts = [
      contact({ id: 'national', region: 'us', services: ['detention', 'family-support'] }),
      contact({ id: 'city-b', services: ['detention', 'family-support'] }),
      contact({ id: 'city-a', services: ['detention', 'family-support'] }),
      contact({
        id: 'city-checked',
        services: ['detention', 'family-support'],
        verification: { status: 'verified', checked_on: '2026-11-20', checked_by: 'jd', method: 'phone-call' },
      }),
      contact({ id: 'city-one-service', services: ['detention'] }),
    ];
    expect(ids(pickFlyerNumbers(contacts, chain, '2026-11-26'))).toEqual(['city-checked', 'city-a', 'city-b', 'national', 'city-one-service']);
  });

  it('gives the same flyer whatever order the files were read in', () => {
    const contacts = [
      contact({ id: 'x', services: ['raid-reporting'] }),
      contact({ id: 'y', kind: 'legal-aid', services: ['deportation-defense'] }),
      contact({ id: 'z', region: 'us-il', services: ['raid-reporting'] }),
    ];
    expect(ids(pickFlyerNumbers([...contacts].reverse(), chain))).toEqual(ids(pickFlyerNumbers(contacts, chain)));
  });

  it('treats a hotline for one nationality like a consulate: it helps only part of the readers', () => {
    const contacts = [
      contact({ id: 'for-mexicans', country: 'MX', services: ['consular-protection', 'detention', 'legal-advice'] }),
      contact({ id: 'legal', kind: 'legal-aid', services: ['legal-advice'] }),
    ];
    expect(ids(pickFlyerNumbers(contacts, chain))).toEqual(['legal', 'for-mexicans']);
  });

  it('leaves out offices, community groups, lines for other needs and lines outside the region', () => {
    const contacts = [
      contact({ id: 'government', kind: 'government' }),
      contact({ id: 'community', kind: 'community', services: ['family-support'] }),
      contact({ id: 'fraud-line', services: ['fraud-reporting'] }),
      contact({ id: 'elsewhere', region: 'us-ny' }),
      contact({ id: 'kept' }),
    ];
    expect(ids(pickFlyerNumbers(contacts, chain))).toEqual(['kept']);
  });

  it('prints one voice number per contact, the hotline first, and never a fax, text or WhatsApp number', () => {
    const contacts = [
      contact({
        id: 'many',
        phones: [
          { number: '(312) 555-0101', label: 'main' },
          { number: '(312) 555-0102', label: 'hotline' },
        ],
      }),
      contact({
        id: 'no-voice',
        phones: [
          { number: '(312) 555-0103', label: 'fax' },
          { number: '+504 8833-8635', label: 'whatsapp' },
        ],
      }),
    ];
    const picked = pickFlyerNumbers(contacts, chain);
    expect(picked.map((number) => number.phone.display)).toEqual(['(312) 555-0102']);
  });
});

describe('an organizer prints a flyer: what it says', () => {
  const view = (say: string[], local = (text: string) => text): Pick<TopicView, 'say'> => ({ say: say.map((en) => ({ en, local: local(en) })) });

  it('prints the phrases most topics share first, then in the order the topics give them', () => {
    const topics = [view(['No entry.', 'Silent.', 'Lawyer.']), view(['Free to go?', 'Silent.', 'Lawyer.']), view(['Silent.', 'No search.'])];
    expect(pickFlyerPhrases(topics).map((phrase) => phrase.en)).toEqual(['Silent.', 'Lawyer.', 'No entry.', 'Free to go?', 'No search.']);
  });

  it('prints at most six phrases, each with its translation', () => {
    const topics = [view(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'], (text) => text.toUpperCase())];
    const phrases = pickFlyerPhrases(topics);
    expect(phrases).toHaveLength(6);
    expect(phrases[0]).toEqual({ en: 'a', local: 'A' });
  });

  it('is dated by its newest topic', () => {
    const meta = (updated: string) => ({ meta: { updated } }) as Pick<TopicView, 'meta'>;
    expect(latestUpdate([meta('2026-01-05'), meta('2026-11-26'), meta('2026-03-01')])).toBe('2026-11-26');
  });

  it('names how sure we are of a number in a few words', () => {
    const t = (key: string, values?: { date: string }) => (values ? `${key} ${values.date}` : key);
    const [number] = pickFlyerNumbers(
      [contact({ id: 'checked', verification: { status: 'verified', checked_on: '2026-11-20', checked_by: 'jd', method: 'phone-call' } })],
      chain,
      '2026-11-26',
    );
    expect(verificationLabel(number, 'en', t)).toBe('checked November 20, 2026');
    expect(verificationLabel({ ...number, state: 'due' }, 'en', t)).toBe('due November 20, 2026');
    expect(verificationLabel({ ...number, state: 'unverified' }, 'en', t)).toBe('unverified');
  });
});

describe('an organizer prints a flyer: it fits on one page', () => {
  const amountOf = (summary: string) => flyerTextAmount({ topics: [{ title: '', summary, fallback: false } as TopicView], english: [], phrases: [] }, false);

  it('counts a Chinese character as wider than a Latin letter', () => {
    expect(amountOf('保持沉默')).toBeGreaterThan(amountOf('stay'));
  });

  it('prints longer text smaller, never below 8 pt, and a bilingual flyer no larger than a single one', () => {
    let previous: number = flyerTypeSizes[0];
    for (let amount = 0; amount <= 6000; amount += 250) {
      const size = flyerTypeSize(amount, false);
      expect(size).toBeLessThanOrEqual(previous);
      expect(flyerTypeSize(amount, true)).toBeLessThanOrEqual(size);
      previous = size;
    }
    expect(flyerTypeSize(100_000, true)).toBe(8);
  });
});

describe('the flyers built from the content', () => {
  const content = getContent();

  for (const region of content.regions) {
    it(`the ${region.id} flyer prints 4 to 6 numbers and the emergency topics that apply there`, () => {
      for (const locale of locales) {
        const data = flyerData(content, region.id, locale)!;
        expect(data.numbers.length).toBeGreaterThanOrEqual(4);
        expect(data.numbers.length).toBeLessThanOrEqual(6);
        expect(data.topics.length).toBeGreaterThan(0);
        expect(data.topics.every((topic) => topic.meta.situation === 'emergency')).toBe(true);
        expect(data.updated).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
    });
  }

  it('an unknown region has no flyer', () => {
    expect(flyerData(content, 'us-zz-nowhere', 'en')).toBeNull();
  });
});

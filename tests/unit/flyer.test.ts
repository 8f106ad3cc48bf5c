import { describe, expect, it } from 'vitest';
import type { ContactEntry, TopicView } from '@/lib/content';
import { getContent } from '@/lib/content';
import { phoneSchema, type Region } from '@/lib/content/schema';
import {
  consularLines,
  defaultFlyerChoices,
  flyerData,
  flyerFromChoices,
  flyerTextAmount,
  flyerTypeSize,
  flyerTypeSizes,
  latestUpdate,
  pickFlyerNumbers,
  pickFlyerPhrases,
  verificationLabel,
} from '@/lib/flyer';
import { choicesFromQuery, choicesToQuery, type FlyerChoices } from '@/lib/flyer-choices';
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
  it('puts hotlines first, then legal help, at most three of each while others wait; consulates print by country instead', () => {
    const contacts = [
      contact({ id: 'consulate-a', kind: 'consulate', country: 'MX', services: ['consular-protection'] }),
      contact({ id: 'legal-a', kind: 'legal-aid', services: ['legal-advice'] }),
      contact({ id: 'legal-b', kind: 'legal-aid', services: ['legal-advice'] }),
      ...['hot-a', 'hot-b', 'hot-c', 'hot-d', 'hot-e'].map((id) => contact({ id })),
    ];
    expect(ids(pickFlyerNumbers(contacts, chain))).toEqual(['hot-a', 'hot-b', 'hot-c', 'hot-d', 'legal-a', 'legal-b']);
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

  it('prints a hotline for one nationality with the consulates, not among the lines for everyone', () => {
    const contacts = [
      contact({ id: 'for-mexicans', country: 'MX', services: ['consular-protection', 'detention', 'legal-advice'] }),
      contact({ id: 'legal', kind: 'legal-aid', services: ['legal-advice'] }),
    ];
    expect(ids(pickFlyerNumbers(contacts, chain))).toEqual(['legal']);
    expect(consularLines(contacts, chain).map((line) => [line.country, line.contact.id])).toEqual([['MX', 'for-mexicans']]);
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

describe('an organizer chooses the consulates of their community', () => {
  const consulate = (id: string, country: string, overrides: Partial<ContactEntry> = {}) =>
    contact({ id, kind: 'consulate', country, services: ['consular-protection'], ...overrides });

  it('prints the nearest consulate with a number, before a national call centre', () => {
    const contacts = [contact({ id: 'national-line', region: 'us', country: 'MX', services: ['consular-protection'] }), consulate('city-consulate', 'MX')];
    const [line] = consularLines(contacts, chain);
    expect(line.contact.id).toBe('city-consulate');
    expect(line.phone?.href).toMatch(/^tel:\+1312/);
  });

  it("falls back to a parent region's call centre when the city consulate has only a website", () => {
    const contacts = [
      consulate('web-only', 'HN', { phones: [], website: 'https://example.org/hn' }),
      contact({ id: 'call-centre', region: 'us', country: 'HN', services: ['consular-protection'] }),
    ];
    expect(consularLines(contacts, chain).map((line) => line.contact.id)).toEqual(['call-centre']);
  });

  it('prints the website, and no number, where no source gives one', () => {
    const [line] = consularLines([consulate('web-only', 'CO', { phones: [], website: 'https://example.org/co' })], chain);
    expect(line.phone).toBeNull();
    expect(line.contact.website).toBe('https://example.org/co');
  });
});

describe("an organizer's choices make the flyer, and the address keeps them", () => {
  const content = getContent();
  const choices: FlyerChoices = {
    region: 'us-il-chicago',
    also: 'en',
    countries: ['MX', 'GT', 'HN'],
    lines: ['icirr-family-support-hotline', 'nijc'],
    rights: ['door', 'arrest'],
    say: true,
    orgName: 'Consejo Vecinal',
    orgPhone: '(312) 555-0199',
  };
  const known = { regions: content.regions.map((region) => region.id), languages: [...locales] };

  it('prints exactly the chosen rights, lines and consulates, in the order chosen', () => {
    const data = flyerFromChoices(content, choices, 'es')!;
    expect(data.topics.map((topic) => topic.block)).toEqual(['door', 'arrest']);
    expect(data.numbers.map((line) => line.contact.id)).toEqual(['icirr-family-support-hotline', 'nijc']);
    expect(data.consulates.map((line) => line.country)).toEqual(['MX', 'GT', 'HN']);
    expect(data.org).toEqual({ name: 'Consejo Vecinal', phone: '(312) 555-0199', shown: true });
    expect(data.phrases.length).toBeGreaterThan(0);
  });

  it('leaves out the phrases when the "what to say" box is off', () => {
    expect(flyerFromChoices(content, { ...choices, say: false }, 'es')!.phrases).toEqual([]);
  });

  it('reads back from its address exactly as chosen', () => {
    const query = new URLSearchParams(choicesToQuery(choices));
    expect(choicesFromQuery(query, defaultFlyerChoices(content, 'us')!, known)).toEqual(choices);
  });

  it("keeps the defaults for an address that is not a flyer's, and drops what it cannot print", () => {
    const defaults = defaultFlyerChoices(content, 'us-il-chicago')!;
    expect(choicesFromQuery(new URLSearchParams(''), defaults, known)).toBe(defaults);
    const odd = choicesFromQuery(new URLSearchParams('region=us-il-chicago&also=xx&country=mexico&rights=roof&rights=door'), defaults, known);
    expect(odd).toMatchObject({ also: null, countries: [], rights: ['door'], lines: [] });
  });

  it("starts Chicago with the Mexican, Guatemalan and Honduran consulates, the region's communities first", () => {
    expect(defaultFlyerChoices(content, 'us-il-chicago')!.countries.slice(0, 3)).toEqual(['MX', 'GT', 'HN']);
  });
});

describe('an organizer prints a flyer: it fits on one page', () => {
  const content = getContent();

  it('counts a Chinese character as wider than a Latin letter', () => {
    const amountOf = (summary: string) =>
      flyerTextAmount(
        { topics: [{ view: { title: '', summary, fallback: false } as TopicView, english: {} as TopicView, block: 'door', shown: true }], phrases: [] },
        false,
      );
    expect(amountOf('保持沉默')).toBeGreaterThan(amountOf('stay'));
  });

  it('prints more text smaller, never below 10 pt, and a bilingual flyer no larger than a single one', () => {
    const defaults = defaultFlyerChoices(content, 'us-il-chicago')!;
    const few = flyerFromChoices(content, { ...defaults, rights: ['door'], countries: [] }, 'es')!;
    const many = flyerFromChoices(content, defaults, 'es')!;
    expect(flyerTypeSize(many, false)).toBeLessThanOrEqual(flyerTypeSize(few, false));
    expect(flyerTypeSize(many, true)).toBeLessThanOrEqual(flyerTypeSize(many, false));
    expect(flyerTypeSizes.at(-1)).toBe(10);
  });
});

describe('the ready-made flyers built from the content', () => {
  const content = getContent();

  for (const region of content.regions) {
    it(`the ${region.id} flyer prints at least 4 numbers, at most 6 lines for everyone, and at least three rights in every language`, () => {
      for (const locale of locales) {
        for (const bilingual of [false, true]) {
          const data = flyerData(content, region.id, locale, bilingual)!;
          expect(data.numbers.length + data.consulates.filter((line) => line.phone).length).toBeGreaterThanOrEqual(4);
          expect(data.numbers.length).toBeLessThanOrEqual(6);
          expect(data.topics.length).toBeGreaterThanOrEqual(3);
          expect(data.updated).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        }
      }
    });
  }

  it('the Chicago flyer prints the consulates of its communities, Mexico, Guatemala and Honduras first', () => {
    for (const locale of locales)
      expect(
        flyerData(content, 'us-il-chicago', locale, true)!
          .consulates.map((line) => line.country)
          .slice(0, 3),
      ).toEqual(['MX', 'GT', 'HN']);
  });

  it('an unknown region has no flyer', () => {
    expect(flyerData(content, 'us-zz-nowhere', 'en')).toBeNull();
  });
});

/**
 * The content contract (docs/content-contract.md), rule by rule: for each rule a volunteer can get
 * right or wrong, a folder that passes and one that fails, and the line the volunteer reads.
 * Every failing line must name the file, the field, and say how to fix it.
 */
import { createHash } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { loadContent, type LoadResult } from '@/lib/content/load';
import { formatProblem } from '@/lib/content/problems';
import { contactKinds, costs, phoneLabels, services, verificationMethods } from '@/lib/content/schema';
import { locales } from '@/i18n/routing';
import {
  contact,
  contentTree,
  type Files,
  lineOf,
  regionsYaml,
  removeContentTrees,
  topic,
  topicFields,
  translation,
  verified,
  yaml,
} from './support/content-tree';

afterAll(removeContentTrees);

/** Fixed so "in the future" does not depend on the day the tests run. */
const TODAY = '2026-12-01';

type Checked = LoadResult & { lines: string[] };

function check(files: Files): Checked {
  const { root } = contentTree(files);
  const result = loadContent({ root, today: TODAY });
  return { ...result, lines: result.problems.map(formatProblem) };
}

const withRegions = (files: Files): Files => ({ 'regions.yaml': regionsYaml, ...files });

const NIJC = 'contacts/us-il-chicago/nijc.yaml';
const checkContact = (overrides: Record<string, unknown> = {}) => check(withRegions({ [NIJC]: contact(overrides) }));

const sha12 = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 12);

function expectNoProblems(result: Checked) {
  expect(result.lines).toEqual([]);
}

/** The line for `file` and `field` exists and its advice matches. */
function expectProblem(result: Checked, file: string, field: string, advice: RegExp) {
  const prefix = `content/${file}: ${field}: `;
  const line = result.lines.find((candidate) => candidate.startsWith(prefix));
  expect(line, `expected a line starting "${prefix}", got:\n${result.lines.join('\n') || '(no problems)'}`).toBeDefined();
  expect(line?.slice(prefix.length)).toMatch(advice);
}

/** One mistake gives exactly one line, and it is the right one. */
function expectOnlyProblem(result: Checked, file: string, field: string, advice: RegExp) {
  expectProblem(result, file, field, advice);
  expect(result.lines, `one mistake should give exactly one line, got:\n${result.lines.join('\n')}`).toHaveLength(1);
}

// ------------------------------------------------------------------------------------ regions

describe('a volunteer sets up the regions of a new deployment', () => {
  it('accepts the country, a state and a city, with names in several languages', () => {
    const result = check({ 'regions.yaml': regionsYaml });
    expectNoProblems(result);
    expect(result.content.regions.map((region) => region.id)).toEqual(['us', 'us-il', 'us-il-chicago']);
    expect(result.content.regions[0].name.es).toBe('Estados Unidos');
  });

  it('rejects an id with capitals or spaces', () => {
    const result = check({
      'regions.yaml': yaml([
        { id: 'us', name: { en: 'US' } },
        { id: 'US IL', name: { en: 'Illinois' }, parent: 'us' },
      ]),
    });
    expectOnlyProblem(result, 'regions.yaml', '[1].id', /lowercase letters, digits and hyphens, e\.g\. us-il-chicago/);
  });

  it('rejects a name given only in Spanish, because English is what every language falls back to', () => {
    const result = check({
      'regions.yaml': yaml([
        { id: 'us', name: { en: 'US' } },
        { id: 'us-pr', name: { es: 'Puerto Rico' }, parent: 'us' },
      ]),
    });
    expectOnlyProblem(result, 'regions.yaml', '[1].name', /add "en: \.\.\."/);
  });

  it('asks for an English name when the name is left out altogether', () => {
    const result = check({
      'regions.yaml': yaml([
        { id: 'us', name: { en: 'US' } },
        { id: 'us-il', parent: 'us' },
      ]),
    });
    expectOnlyProblem(result, 'regions.yaml', '[1].name', /\ben\b/);
  });

  it('rejects a name in a language the site does not offer', () => {
    const result = check({ 'regions.yaml': yaml([{ id: 'us', name: { en: 'US', qaa: 'Local' } }]) });
    expectOnlyProblem(result, 'regions.yaml', '[0].name.qaa', /not a known field|not a language this site offers/);
  });

  it('rejects a parent that is not in the file, and lists the regions that are', () => {
    const result = check({
      'regions.yaml': yaml([
        { id: 'us', name: { en: 'US' } },
        { id: 'us-il-chicago', name: { en: 'Chicago' }, parent: 'us-ill' },
      ]),
    });
    expectOnlyProblem(result, 'regions.yaml', '[1].parent', /"us-ill" is not a region in this file; use one of: us, us-il-chicago/);
  });

  it('lets only "us" go without a parent', () => {
    const ok = check({ 'regions.yaml': yaml([{ id: 'us', name: { en: 'US' }, parent: null }]) });
    expectNoProblems(ok);
    const orphan = check({
      'regions.yaml': yaml([
        { id: 'us', name: { en: 'US' } },
        { id: 'us-ca', name: { en: 'California' } },
      ]),
    });
    expectOnlyProblem(orphan, 'regions.yaml', '[1].parent', /every region but "us" needs a parent/);
  });

  it('rejects the same id used twice', () => {
    const result = check({
      'regions.yaml': yaml([
        { id: 'us', name: { en: 'US' } },
        { id: 'us-il', name: { en: 'Illinois' }, parent: 'us' },
        { id: 'us-il', name: { en: 'Indiana' }, parent: 'us' },
      ]),
    });
    expectOnlyProblem(result, 'regions.yaml', '[2].id', /"us-il" is used twice; each region needs its own id/);
  });

  // "parent: another region's id", and "national hotlines appear everywhere": a region that never
  // leads back to "us" would show no national hotline on its page.
  it('rejects a region that is its own parent', () => {
    const result = check({
      'regions.yaml': yaml([
        { id: 'us', name: { en: 'US' } },
        { id: 'us-ny', name: { en: 'New York' }, parent: 'us-ny' },
      ]),
    });
    expectProblem(result, 'regions.yaml', '[1].parent', /us-ny/);
  });

  it('rejects regions whose parents go round in a circle and never reach "us"', () => {
    const result = check({
      'regions.yaml': yaml([
        { id: 'us', name: { en: 'US' } },
        { id: 'us-a', name: { en: 'A' }, parent: 'us-b' },
        { id: 'us-b', name: { en: 'B' }, parent: 'us-a' },
      ]),
    });
    expect(result.lines.filter((line) => line.startsWith('content/regions.yaml: [') && line.includes('.parent: '))).not.toEqual([]);
  });

  it('says regions.yaml is missing instead of failing', () => {
    const result = check({});
    expectOnlyProblem(result, 'regions.yaml', '(file)', /is missing; create it with at least the region "us"/);
  });

  it('keeps the folders of correct regions valid when another region has a typo', () => {
    const result = check({
      'regions.yaml': yaml([
        { id: 'us', name: { en: 'US' } },
        { id: 'us-il', name: { en: 'Illinois' }, parent: 'us' },
        { id: 'us-IN', name: { en: 'Indiana' }, parent: 'us' },
      ]),
      'contacts/us/uscis.yaml': contact(),
    });
    expectProblem(result, 'regions.yaml', '[2].id', /lowercase/);
    expect(result.lines.filter((line) => line.startsWith('content/contacts/us/'))).toEqual([]);
  });
});

// ----------------------------------------------------------------------------------- contacts

describe('a volunteer files a contact under a region', () => {
  it('accepts a contact in a region folder, its id taken from the file name', () => {
    const result = checkContact();
    expectNoProblems(result);
    expect(result.content.contacts).toHaveLength(1);
    expect(result.content.contacts[0]).toMatchObject({ id: 'nijc', region: 'us-il-chicago', file: `content/${NIJC}` });
  });

  it('rejects a folder that is not a region', () => {
    const result = check(withRegions({ 'contacts/us-ny/nyic.yaml': contact() }));
    expectOnlyProblem(result, 'contacts/us-ny/', '(folder)', /"us-ny" is not a region in content\/regions\.yaml; rename the folder or add the region/);
    expect(result.content.contacts).toEqual([]);
  });

  it('rejects a file name with capitals or underscores', () => {
    const result = check(withRegions({ 'contacts/us-il-chicago/NIJC_main.yaml': contact() }));
    expectOnlyProblem(result, 'contacts/us-il-chicago/NIJC_main.yaml', '(file name)', /only lowercase letters, digits and hyphens/);
  });

  it('rejects the same contact id in two regions, naming the other file', () => {
    const result = check(withRegions({ 'contacts/us/nijc.yaml': contact(), [NIJC]: contact() }));
    expectOnlyProblem(result, NIJC, '(file name)', /"nijc" is already used by content\/contacts\/us\/nijc\.yaml; each contact needs its own file name/);
  });

  it('rejects a .yml file and says to rename it', () => {
    const result = check(withRegions({ 'contacts/us-il-chicago/nijc.yml': contact() }));
    expectOnlyProblem(result, 'contacts/us-il-chicago/nijc.yml', '(file)', /rename the file to end in \.yaml/);
  });

  it('ignores a README in the contacts folder', () => {
    expectNoProblems(check(withRegions({ 'contacts/README.md': '# How to add a contact\n', [NIJC]: contact() })));
  });
});

describe('a volunteer mistypes a field name', () => {
  it('names the unknown field and asks to check its spelling', () => {
    const result = checkContact({ webiste: 'https://immigrantjustice.org' });
    expectOnlyProblem(result, NIJC, 'webiste', /is not a known field; check its spelling/);
  });

  it('names an unknown field inside a phone by its full path', () => {
    const result = checkContact({ phones: [{ number: '(312) 660-1370', label: 'main', lable: 'main' }] });
    expectOnlyProblem(result, NIJC, 'phones[0].lable', /is not a known field/);
  });
});

describe('a volunteer says what kind of organisation it is', () => {
  it.each(contactKinds)('accepts kind: %s', (kind) => {
    expectNoProblems(checkContact({ kind, country: kind === 'consulate' ? 'MX' : undefined }));
  });

  it('rejects a kind that is not in the list, and lists the kinds', () => {
    expectOnlyProblem(checkContact({ kind: 'lawyer' }), NIJC, 'kind', /use one of: hotline, legal-aid, consulate, government, community/);
  });

  it('requires the country of a consulate', () => {
    expectOnlyProblem(checkContact({ kind: 'consulate' }), NIJC, 'country', /is required for a consulate; write its two-letter country code, e\.g\. MX/);
  });

  it('rejects a country written as a name or in lowercase', () => {
    expectOnlyProblem(checkContact({ kind: 'consulate', country: 'Mexico' }), NIJC, 'country', /two-letter country code in capitals, e\.g\. MX/);
    expectOnlyProblem(checkContact({ kind: 'consulate', country: 'mx' }), NIJC, 'country', /two-letter country code in capitals/);
  });
});

describe('a volunteer mistypes a phone number', () => {
  it('accepts the formats organisations publish, including toll-free and foreign numbers', () => {
    const phones = ['(312) 660-1370', '312-660-1370', '312.660.1370', '+1 312 660 1370', '1-800-375-5283', '+52 55 5080 2000'].map((number) => ({
      number,
      label: 'main',
    }));
    expectNoProblems(checkContact({ phones }));
  });

  it('rejects a seven-digit number and quotes it, with an example of a good one', () => {
    const result = checkContact({
      phones: [
        { number: '(312) 660-1370', label: 'main' },
        { number: '555-1234', label: 'hotline' },
      ],
    });
    expectOnlyProblem(result, NIJC, 'phones[1].number', /^"555-1234" is not a valid phone number; .*e\.g\. \(312\) 660-1370/);
  });

  it('rejects words around the number', () => {
    expectOnlyProblem(
      checkContact({ phones: [{ number: 'call 312-660-1370', label: 'main' }] }),
      NIJC,
      'phones[0].number',
      /^"call 312-660-1370" is more than a phone number: .*write only the number here, e\.g\. 312-660-1370$/,
    );
  });

  it('accepts a short code written as dial, with digits, * and #', () => {
    expectNoProblems(
      checkContact({
        phones: [
          { dial: '*9233#', label: 'hotline' },
          { dial: '911', label: 'emergency' },
        ],
      }),
    );
  });

  it('rejects a dial code with anything but digits, * and #', () => {
    expectOnlyProblem(checkContact({ phones: [{ dial: '*92-33#', label: 'hotline' }] }), NIJC, 'phones[0].dial', /only digits, \* and #, e\.g\. "\*9233#"/);
  });

  it('rejects a phone with both a number and a dial code', () => {
    const result = checkContact({ phones: [{ number: '(312) 660-1370', dial: '*9233#', label: 'main' }] });
    expectOnlyProblem(result, NIJC, 'phones[0].number', /exactly one of "number:" .* or "dial:"/);
  });

  it('rejects a phone with neither a number nor a dial code', () => {
    expectOnlyProblem(checkContact({ phones: [{ label: 'main' }] }), NIJC, 'phones[0].number', /exactly one of "number:" .* or "dial:"/);
  });

  it.each(phoneLabels)('accepts label: %s', (label) => {
    expectNoProblems(checkContact({ phones: [{ number: '(312) 660-1370', label }] }));
  });

  it('rejects a label that is not in the list, and lists the labels', () => {
    const result = checkContact({ phones: [{ number: '(312) 660-1370', label: 'office' }] });
    expectOnlyProblem(result, NIJC, 'phones[0].label', /use one of: main, emergency, appointments, hotline, whatsapp, text, fax/);
  });

  it('accepts a contact with a website and no phone', () => {
    expectNoProblems(checkContact({ phones: undefined }));
  });

  it('rejects a contact with neither a phone nor a website', () => {
    expectOnlyProblem(checkContact({ phones: [], website: null }), NIJC, 'phones', /needs at least one phone or a website; add one of them/);
  });
});

describe('a volunteer gives a website, an email and an address', () => {
  it('rejects a website that is not https', () => {
    expectOnlyProblem(checkContact({ website: 'http://immigrantjustice.org' }), NIJC, 'website', /starting with https:\/\//);
    expectOnlyProblem(checkContact({ website: 'immigrantjustice.org' }), NIJC, 'website', /starting with https:\/\//);
  });

  it('accepts an email address and rejects something that is not one', () => {
    expectNoProblems(checkContact({ email: 'intake@immigrantjustice.org' }));
    expectOnlyProblem(checkContact({ email: 'intake at nijc' }), NIJC, 'email', /not an email address, e\.g\. help@example\.org/);
  });

  it('accepts a street address with a quoted ZIP code', () => {
    expectNoProblems(checkContact({ address: { street: '111 W. Jackson Blvd., Suite 800', city: 'Chicago', state: 'IL', postal_code: '60604' } }));
  });

  it('rejects a state written out and a ZIP code that is not text', () => {
    const result = checkContact({ address: { street: '111 W. Jackson Blvd.', city: 'Chicago', state: 'Illinois', postal_code: 60604 } });
    expectProblem(result, NIJC, 'address.state', /two-letter state code in capitals, e\.g\. IL/);
    expectProblem(result, NIJC, 'address.postal_code', /in quotes, e\.g\. "60604"/);
    expect(result.lines).toHaveLength(2);
  });
});

describe('a volunteer writes opening hours', () => {
  const period = { days: ['tue', 'wed', 'thu'], open: '08:30', close: '16:30' };

  it('accepts "24/7"', () => {
    expectNoProblems(checkContact({ hours: '24/7' }));
  });

  it('accepts a list of periods with days and 24-hour times', () => {
    expectNoProblems(checkContact({ hours: [period, { days: ['sat'], open: '09:00', close: '12:00' }] }));
  });

  it('rejects words instead of "24/7" or periods', () => {
    expectOnlyProblem(checkContact({ hours: 'always open' }), NIJC, 'hours', /must be "24\/7" or a list of periods with days, open and close/);
  });

  it('rejects a period that closes before it opens', () => {
    expectOnlyProblem(checkContact({ hours: [{ ...period, open: '16:30', close: '08:30' }] }), NIJC, 'hours[0].close', /closes before it opens/);
  });

  it('rejects a time without its leading zero, and only that', () => {
    expectOnlyProblem(checkContact({ hours: [{ ...period, open: '8:30' }] }), NIJC, 'hours[0].open', /"HH:MM", 24-hour, e\.g\. "08:30"/);
  });

  it('rejects a 12-hour time', () => {
    expectProblem(checkContact({ hours: [{ ...period, close: '4:30 PM' }] }), NIJC, 'hours[0].close', /"HH:MM", 24-hour/);
  });

  it('points at a mistyped day', () => {
    expectOnlyProblem(
      checkContact({ hours: [{ ...period, days: ['tue', 'weds'] }] }),
      NIJC,
      'hours[0].days[1]',
      /use one of: mon, tue, wed, thu, fri, sat, sun/,
    );
  });

  it('points at a period without a closing time', () => {
    expectOnlyProblem(checkContact({ hours: [{ days: ['mon'], open: '09:00' }] }), NIJC, 'hours[0].close', /missing/);
  });
});

describe('a volunteer lists languages, services, cost and notes', () => {
  it('accepts BCP 47 language codes, with regions and scripts', () => {
    expectNoProblems(checkContact({ languages: ['en', 'es', 'es-MX', 'zh-Hant', 'ht', 'yua'] }));
  });

  it('rejects a language written as a word, quoting it', () => {
    expectOnlyProblem(checkContact({ languages: ['en', 'Spanish'] }), NIJC, 'languages[1]', /"Spanish" is not a language code; use codes like en, es/);
  });

  it('accepts every service in the list', () => {
    expectNoProblems(checkContact({ services: [...services] }));
  });

  it('rejects a service that is not in the list', () => {
    expectOnlyProblem(checkContact({ services: ['asylum', 'visas'] }), NIJC, 'services[1]', /is not a known service; use one of: consular-protection, /);
  });

  it.each(costs)('accepts cost: %s', (cost) => {
    expectNoProblems(checkContact({ cost }));
  });

  it('rejects a cost that is not in the list', () => {
    expectOnlyProblem(checkContact({ cost: 'cheap' }), NIJC, 'cost', /use one of: free, low-cost, fees, unknown/);
  });

  it('accepts notes in English and Spanish', () => {
    expectNoProblems(checkContact({ notes: { en: 'Phone intake Tuesday to Thursday.', es: 'Admisión por teléfono de martes a jueves.' } }));
  });

  it('rejects notes without an English version', () => {
    expectOnlyProblem(checkContact({ notes: { es: 'Admisión por teléfono.' } }), NIJC, 'notes', /needs an English version: add "en: \.\.\."/);
  });

  it('rejects HTML in a text field, because text is never rendered as HTML', () => {
    expectOnlyProblem(checkContact({ notes: { en: 'Call <b>before</b> noon.' } }), NIJC, 'notes.en', /plain text without < > tags/);
  });
});

describe('a volunteer records that they called the contact', () => {
  it('accepts a verified contact with date, initials and method', () => {
    expectNoProblems(checkContact({ verification: verified }));
  });

  it.each(verificationMethods)('accepts method: %s', (method) => {
    expectNoProblems(checkContact({ verification: { ...verified, method } }));
  });

  it('asks for the date, who checked and how, when marked verified', () => {
    const result = checkContact({ verification: { status: 'verified' } });
    expectProblem(result, NIJC, 'verification.checked_on', /required when status is verified; write the date of the check, e\.g\. 2026-11-20/);
    expectProblem(result, NIJC, 'verification.checked_by', /required when status is verified; write your initials or handle/);
    expectProblem(result, NIJC, 'verification.method', /required when status is verified; use one of: phone-call, official-website, email, in-person/);
    expect(result.lines).toHaveLength(3);
  });

  it('accepts a check made today and rejects one dated in the future', () => {
    expectNoProblems(checkContact({ verification: { ...verified, checked_on: TODAY } }));
    const result = checkContact({ verification: { ...verified, checked_on: '2026-12-02' } });
    expectOnlyProblem(result, NIJC, 'verification.checked_on', /2026-12-02 is in the future; write the date the check was made/);
  });

  it('rejects an unknown status or method', () => {
    expectOnlyProblem(checkContact({ verification: { status: 'checked' } }), NIJC, 'verification.status', /use one of: verified, unverified/);
    expectOnlyProblem(checkContact({ verification: { ...verified, method: 'phone' } }), NIJC, 'verification.method', /use one of: phone-call/);
  });

  it('rejects a contact with no verification block', () => {
    expectOnlyProblem(checkContact({ verification: undefined }), NIJC, 'verification', /missing/);
  });
});

describe('a volunteer cites where the information was published', () => {
  it('accepts an old http source without the optional quote', () => {
    expectNoProblems(checkContact({ sources: [{ url: 'http://www.example.gov/old-page', retrieved: '2025-06-01' }] }));
  });

  it('rejects an empty list of sources', () => {
    expectOnlyProblem(checkContact({ sources: [] }), NIJC, 'sources', /lists no source; add where this information was published/);
  });

  it('rejects a contact without sources', () => {
    expectOnlyProblem(checkContact({ sources: undefined }), NIJC, 'sources', /is missing/);
  });

  it('asks for the url and the date of a source given only as a quote', () => {
    const result = checkContact({ sources: [{ says: 'Call 312-660-1370' }] });
    expectProblem(result, NIJC, 'sources[0].url', /is missing; .*web address/);
    expectProblem(result, NIJC, 'sources[0].retrieved', /is missing; .*YYYY-MM-DD/);
    expect(result.lines).toHaveLength(2);
  });

  it('rejects a source read in the future', () => {
    const result = checkContact({ sources: [{ url: 'https://immigrantjustice.org/contact', retrieved: '2027-01-01' }] });
    expectOnlyProblem(result, NIJC, 'sources[0].retrieved', /2027-01-01 is in the future; write the date the source was read/);
  });

  it('rejects a date that does not exist', () => {
    const result = checkContact({ sources: [{ url: 'https://immigrantjustice.org/contact', retrieved: '2026-02-30' }] });
    expectOnlyProblem(result, NIJC, 'sources[0].retrieved', /not a real calendar date; check the month and day/);
  });

  it('gives one line, with the expected format, for a date written without leading zeros', () => {
    const result = checkContact({ sources: [{ url: 'https://immigrantjustice.org/contact', retrieved: '2026-1-5' }] });
    expectOnlyProblem(result, NIJC, 'sources[0].retrieved', /YYYY-MM-DD, e\.g\. 2026-11-20/);
  });
});

describe('a volunteer breaks the YAML', () => {
  it('reports an unclosed quote with a line number instead of crashing', () => {
    const text = 'kind: legal-aid\nname: "National Immigrant Justice Center\nphones:\n  - number: (312) 660-1370\n';
    let result: Checked | undefined;
    expect(() => (result = check(withRegions({ [NIJC]: text })))).not.toThrow();
    expect(result?.lines).toHaveLength(1);
    expect(result?.lines[0]).toMatch(
      /^content\/contacts\/us-il-chicago\/nijc\.yaml: line \d+: the file is not valid YAML \(.+\); check the indentation and quotes/,
    );
  });

  it('names the line of a repeated field', () => {
    const text = contact({ name: 'National Immigrant Justice Center' }).replace('name:', 'name: NIJC\nname:');
    const result = check(withRegions({ [NIJC]: text }));
    expectOnlyProblem(result, NIJC, `line ${lineOf(text, 'name: National')}`, /not valid YAML/);
  });

  it('names the line indented with a tab', () => {
    const text = 'kind: legal-aid\nname: NIJC\nphones:\n\t- number: (312) 660-1370\n';
    expectOnlyProblem(check(withRegions({ [NIJC]: text })), NIJC, 'line 4', /not valid YAML \(.*[Tt]ab/);
  });

  it('names the line of the file, not of the front matter, in a rights topic', () => {
    const text = topic().replace('summary:', 'title: Agents at your door\nsummary:');
    const result = check(withRegions({ 'rights/agents-at-door/en.md': text }));
    expectOnlyProblem(result, 'rights/agents-at-door/en.md', `line ${lineOf(text, 'title: Agents at your door')}`, /not valid YAML/);
  });

  it('says an empty contact file must have fields', () => {
    expectOnlyProblem(check(withRegions({ [NIJC]: '' })), NIJC, '(file)', /group of fields/);
  });
});

// ------------------------------------------------------------------------------ rights topics

const EN = 'rights/agents-at-door/en.md';
const ES = 'rights/agents-at-door/es.md';
const checkTopic = (overrides: Record<string, unknown> = {}, body?: string) => check(withRegions({ [EN]: topic(overrides, body) }));

describe('a writer adds a rights topic', () => {
  it('accepts a topic with every field', () => {
    const result = checkTopic();
    expectNoProblems(result);
    expect(result.content.topics).toHaveLength(1);
    expect(result.content.topics[0]).toMatchObject({ id: 'agents-at-door', file: `content/${EN}` });
    expect(result.content.topics[0].meta.say).toEqual(['I do not consent to your entry.', 'I want to remain silent.']);
  });

  it('requires en.md, even when a translation exists', () => {
    const result = check(withRegions({ [ES]: translation('000000000000') }));
    expectOnlyProblem(result, EN, '(file)', /is missing; every topic needs an English version, en\.md/);
  });

  it('requires front matter between two --- lines', () => {
    expectOnlyProblem(check(withRegions({ [EN]: '## What to do\n\nStay calm.\n' })), EN, '(front matter)', /between two "---" lines/);
  });

  it('rejects a topic folder named with capitals', () => {
    expectOnlyProblem(
      check(withRegions({ 'rights/Agents_At_Door/en.md': topic() })),
      'rights/Agents_At_Door/',
      '(folder)',
      /lowercase letters, digits and hyphens/,
    );
  });

  it.each(['title', 'summary', 'order', 'situation', 'jurisdiction', 'updated', 'sources', 'review'])('reports a missing %s, once', (field) => {
    const result = checkTopic({ [field]: undefined });
    expectOnlyProblem(result, EN, field, /is missing|use one of/);
    expect(result.lines[0]).not.toMatch(/missing.*missing/);
  });

  it('rejects an order that is not a whole number', () => {
    expectOnlyProblem(checkTopic({ order: 'first' }), EN, 'order', /whole number, e\.g\. 1/);
    expectOnlyProblem(checkTopic({ order: 1.5 }), EN, 'order', /whole number/);
  });

  it('rejects a situation that is not in the list', () => {
    expectOnlyProblem(checkTopic({ situation: 'urgent' }), EN, 'situation', /use one of: emergency, prepare, learn/);
  });

  it('rejects a jurisdiction that is not a region', () => {
    expectOnlyProblem(checkTopic({ jurisdiction: 'us-ny' }), EN, 'jurisdiction', /"us-ny" is not a region in content\/regions\.yaml/);
  });

  it('accepts a city as jurisdiction', () => {
    expectNoProblems(checkTopic({ jurisdiction: 'us-il-chicago' }));
  });

  it('rejects an updated date that does not exist', () => {
    expectOnlyProblem(checkTopic({ updated: '2026-13-01' }), EN, 'updated', /not a real calendar date/);
  });

  it('rejects phrases to say written as one line instead of a list', () => {
    expectOnlyProblem(checkTopic({ say: 'I want to remain silent.' }), EN, 'say', /must be a list/);
  });

  it('rejects an unknown front matter field', () => {
    expectOnlyProblem(checkTopic({ tittle: 'Typo' }), EN, 'tittle', /is not a known field/);
  });
});

describe('a writer cites the sources of a topic', () => {
  it('rejects a topic with a single source', () => {
    const [first] = topicFields().sources as unknown[];
    expectOnlyProblem(checkTopic({ sources: [first] }), EN, 'sources', /needs at least two sources/);
  });

  it('asks for the publisher of each source', () => {
    const [first, second] = topicFields().sources as Record<string, unknown>[];
    expectOnlyProblem(checkTopic({ sources: [first, { ...second, publisher: undefined }] }), EN, 'sources[1].publisher', /missing/);
  });

  it('rejects a source url that is not a web address', () => {
    const [first, second] = topicFields().sources as Record<string, unknown>[];
    expectOnlyProblem(checkTopic({ sources: [first, { ...second, url: 'ilrc.org' }] }), EN, 'sources[1].url', /starting with https:\/\//);
  });
});

describe('a lawyer reviews a topic', () => {
  it('accepts a review with who and when', () => {
    expectNoProblems(checkTopic({ review: { status: 'reviewed', by: 'A. Lawyer', organization: 'NIJC', on: '2026-11-25' } }));
  });

  it('requires who and when once the topic is marked reviewed', () => {
    const result = checkTopic({ review: { status: 'reviewed' } });
    expectProblem(result, EN, 'review.by', /required when status is reviewed; write the reviewer/);
    expectProblem(result, EN, 'review.on', /required when status is reviewed; write the date, e\.g\. 2026-11-20/);
    expect(result.lines).toHaveLength(2);
  });

  it('rejects a review status that is not in the list', () => {
    expectOnlyProblem(checkTopic({ review: { status: 'pending' } }), EN, 'review.status', /use one of: unreviewed, reviewed/);
  });
});

describe('a translator adds a translation', () => {
  const en = topic();
  const checkTranslation = (text: string) => check(withRegions({ [EN]: en, [ES]: text }));

  it('accepts a machine-draft translation and attaches it to the topic', () => {
    const result = checkTranslation(translation(sha12(en)));
    expectNoProblems(result);
    expect(result.content.topics[0].translations.es).toMatchObject({ title: 'Si los agentes llegan a su casa', file: `content/${ES}`, outdated: false });
  });

  it('rejects a file for a language the site does not offer, listing the ones it does', () => {
    const result = check(withRegions({ [EN]: en, 'rights/agents-at-door/qaa.md': translation(sha12(en)) }));
    expectOnlyProblem(
      result,
      'rights/agents-at-door/qaa.md',
      '(file name)',
      // qaa is ISO 639's code reserved for local use: no site will offer it.
      new RegExp(
        `is not a language this site offers; name translations after one of: ${locales
          .filter((locale) => locale !== 'en')
          .map((locale) => `${locale}\\.md`)
          .join(', ')}$`,
      ),
    );
  });

  it('rejects a translation status that is not in the list', () => {
    const result = checkTranslation(translation(sha12(en), { translation: { status: 'auto', source_hash: sha12(en) } }));
    expectOnlyProblem(result, ES, 'translation.status', /use one of: machine-draft, community-reviewed, professional/);
  });

  it('rejects a source_hash that is not 12 hex digits, and says how to get it', () => {
    const result = checkTranslation(translation('3F9A1C0D'));
    expectOnlyProblem(result, ES, 'translation.source_hash', /first 12 hex digits of the sha256 of en\.md.*npm run content:hash/);
  });

  it('requires who reviewed a translation that is not a machine draft', () => {
    const result = checkTranslation(translation(sha12(en), { translation: { status: 'community-reviewed', source_hash: sha12(en) } }));
    expectProblem(result, ES, 'translation.reviewed_by', /required unless status is machine-draft; write who reviewed it/);
    expectProblem(result, ES, 'translation.reviewed_on', /required unless status is machine-draft/);
    expect(result.lines).toHaveLength(2);
  });

  it('accepts a professional translation with its reviewer', () => {
    const block = { status: 'professional', source_hash: sha12(en), reviewed_by: 'M. Traductora', reviewed_on: '2026-11-22' };
    expectNoProblems(checkTranslation(translation(sha12(en), { translation: block })));
  });

  it('rejects a translation without its translation block', () => {
    expectOnlyProblem(checkTranslation(translation(sha12(en), { translation: undefined })), ES, 'translation', /missing/);
  });

  it('rejects English-only fields in a translation', () => {
    expectOnlyProblem(checkTranslation(translation(sha12(en), { order: 1 })), ES, 'order', /is not a known field/);
  });

  it('rejects a translation that drops one of the phrases to say', () => {
    const result = checkTranslation(translation(sha12(en), { say: ['Quiero permanecer en silencio.'] }));
    expectOnlyProblem(result, ES, 'say', /has 1 phrases but en\.md has 2; translate every phrase, in the same order/);
  });

  it('rejects a translation that adds a phrase', () => {
    const result = checkTranslation(translation(sha12(en), { say: ['Uno.', 'Dos.', 'Tres.'] }));
    expectOnlyProblem(result, ES, 'say', /has 3 phrases but en\.md has 2/);
  });
});

describe('the English page changes after it was translated', () => {
  it('marks a translation current when source_hash is the first 12 hex digits of the sha256 of en.md', () => {
    const en = topic();
    const result = check(withRegions({ [EN]: en, [ES]: translation(sha12(en)) }));
    expect(result.content.topics[0].hash).toBe(sha12(en));
    expect(result.content.topics[0].translations.es?.outdated).toBe(false);
  });

  it('marks the translation outdated once en.md is edited, without making it an error', () => {
    const before = topic();
    const after = topic({ summary: 'Keep the door closed. Ask them to slide the warrant under the door.' });
    const result = check(withRegions({ [EN]: after, [ES]: translation(sha12(before)) }));
    expectNoProblems(result);
    expect(result.content.topics[0].translations.es?.outdated).toBe(true);
  });

  it('notices a change in the body, not only in the front matter', () => {
    const before = topic();
    const after = topic({}, '## What to do\n\nStay calm. Do not open the door.\n');
    const result = check(withRegions({ [EN]: after, [ES]: translation(sha12(before)) }));
    expect(result.content.topics[0].translations.es?.outdated).toBe(true);
  });
});

describe('a writer formats the body of a topic', () => {
  const otherTopic = { 'rights/if-arrested/en.md': topic({ title: 'If you are arrested', order: 2 }) };

  it('accepts headings, lists, emphasis and the allowed kinds of links', () => {
    const body = [
      '## What to do',
      '',
      '- Keep the door **closed**.',
      '- Read the [warrant](/rights/if-arrested/#warrants) before you decide.',
      '',
      'Find a lawyer in [Chicago](/help/us-il-chicago/), or see [all help](/help/) and [the card](/card/).',
      'Call [NIJC](tel:+13126601370), write to [us](mailto:help@example.org), or read [ILRC](https://www.ilrc.org/red-cards-tarjetas-rojas).',
      '',
    ].join('\n');
    expectNoProblems(check(withRegions({ [EN]: topic({}, body), ...otherTopic })));
  });

  const bodyCases: [string, string, string, RegExp][] = [
    ['raw HTML', '<script>alert(1)</script>', '<script>', /contains raw HTML; write plain Markdown instead/],
    ['inline HTML', 'Keep the door <b>closed</b>.', '<b>', /contains raw HTML/],
    [
      'a javascript: link',
      'Read [this](javascript:alert(1)).',
      'javascript:',
      /link "javascript:alert\(1\)": links may only be internal \(\/help\/\), https:, tel: or mailto:/,
    ],
    ['a plain http link', 'Read [this](http://example.org).', 'http://', /links may only be internal/],
    ['an image', '![A warrant](https://example.org/warrant.png)', '![', /contains an image; images are not supported/],
    ['a top-level heading', '# Before you open the door', '# Before', /top-level "# " heading; start headings with "## "/],
    [
      'a link to a topic that does not exist',
      'See [arrests](/rights/if-arested/).',
      '/rights/',
      /link "\/rights\/if-arested\/" goes to no page; use a path like \/help\//,
    ],
    ['a link to a region that does not exist', 'See [help](/help/us-ny/).', '/help/', /link "\/help\/us-ny\/" goes to no page/],
    ['a link with a language prefix', 'See [help](/es/help/).', '/es/', /goes to no page; .*no language prefix/],
  ];

  /** Every line is about that one line of the body (an opening and a closing tag may each get one). */
  function expectBodyProblem(result: Checked, file: string, line: number, advice: RegExp) {
    expectProblem(result, file, `body (line ${line})`, advice);
    expect(result.lines.filter((text) => !text.startsWith(`content/${file}: body (line ${line}): `))).toEqual([]);
  }

  it.each(bodyCases)('rejects %s, naming its line in the file', (_, line, needle, advice) => {
    const text = topic({}, `## What to do\n\nStay calm.\n\n${line}\n`);
    const result = check(withRegions({ [EN]: text, ...otherTopic }));
    expectBodyProblem(result, EN, lineOf(text, needle), advice);
  });

  it('checks the body of a translation too', () => {
    const en = topic();
    const text = translation(sha12(en), {}, '## Qué hacer\n\n<b>Mantenga</b> la calma.\n');
    const result = check(withRegions({ [EN]: en, [ES]: text }));
    expectBodyProblem(result, ES, lineOf(text, '<b>'), /raw HTML/);
  });
});

// ------------------------------------------------------------------------------- all at once

describe('a volunteer makes many mistakes in several files', () => {
  it('reports every problem in every file in one run', () => {
    const en = topic({ sources: [] }, '# Title\n\nStay calm.\n');
    const result = check(
      withRegions({
        [NIJC]: contact({ kind: 'lawyer', phones: [{ number: '555-1234', label: 'main' }] }),
        'contacts/us/uscis.yaml': contact({ website: 'http://uscis.gov', cost: 'cheap' }),
        'contacts/us-il/icirr.yml': contact(),
        [EN]: en,
        [ES]: translation(sha12(en), { translation: { status: 'auto', source_hash: sha12(en) } }),
      }),
    );
    for (const [file, field] of [
      [NIJC, 'kind'],
      [NIJC, 'phones[0].number'],
      ['contacts/us/uscis.yaml', 'website'],
      ['contacts/us/uscis.yaml', 'cost'],
      ['contacts/us-il/icirr.yml', '(file)'],
      [EN, 'sources'],
      [EN, `body (line ${lineOf(en, '# Title')})`],
      [ES, 'translation.status'],
    ])
      expectProblem(result, file, field, /\w/);
    expect(result.lines).toHaveLength(8);
  });

  it('reports checks made after the schema (future dates, unknown jurisdiction) alongside schema mistakes in the same file', () => {
    const result = check(
      withRegions({
        [NIJC]: contact({ phones: [{ number: '555-1234', label: 'main' }], verification: { ...verified, checked_on: '2027-01-01' } }),
        [EN]: topic({ order: 'first', jurisdiction: 'us-ny' }),
      }),
    );
    expectProblem(result, NIJC, 'phones[0].number', /not a valid phone number/);
    expectProblem(result, NIJC, 'verification.checked_on', /in the future/);
    expectProblem(result, EN, 'order', /whole number/);
    expectProblem(result, EN, 'jurisdiction', /not a region/);
  });
});

/**
 * What the editor's form says beside each field: a label and a hint in the words the README
 * uses for volunteers. Only words live here; which fields exist, their choices and whether they
 * are required come from the content schema (schema-fields.ts), and a field named here that
 * the schema does not have fails the config test, so the two cannot drift apart.
 *
 * Keys are field paths within a kind of file, list items left out: `phones.number`.
 */

type FieldWords = {
  label?: string;
  hint?: string;
  /** Several lines of text: a text area, not a one-line box. */
  multiline?: boolean;
};

type Kind = 'contact' | 'region' | 'topic';

const NUMBER_AS_PUBLISHED = 'Write the number as the organisation publishes it, e.g. (312) 660-1370. A number from another country starts with +.';

export const fieldWords: Record<Kind, Record<string, FieldWords>> = {
  contact: {
    kind: { hint: 'hotline, legal-aid, consulate, government or community.' },
    name: { hint: 'As the organisation writes it.' },
    name_en: { label: 'English name', hint: 'Only when the name is in another language.' },
    country: { hint: 'For a consulate (required there): its two-letter country code in capitals, e.g. MX, GT, PL.' },
    phones: { hint: 'Each phone has either a number or a keypad code, and a label.' },
    'phones.number': { hint: NUMBER_AS_PUBLISHED },
    'phones.dial': { label: 'Keypad code', hint: 'Instead of a number, for short codes such as *9233#: digits, * and # only.' },
    'phones.label': { hint: 'What the number is for: main, emergency, appointments, hotline, whatsapp, text or fax.' },
    'address.state': { hint: 'Two-letter state code in capitals, e.g. IL.' },
    'address.postal_code': { label: 'ZIP code', hint: 'e.g. 60604.' },
    website: { hint: 'The full web address; it must start with https://' },
    hours: { label: 'Opening hours', hint: 'Leave empty when the source does not give them.' },
    'hours.days': { hint: 'The days of this opening period.' },
    'hours.open': { label: 'Opens at', hint: '24-hour time, e.g. 08:30.' },
    'hours.close': { label: 'Closes at', hint: '24-hour time, e.g. 16:30.' },
    'hours.languages': { label: 'Only these languages', hint: 'Only when just these languages are answered in this period: codes such as ar, zh.' },
    hours_is_word: { label: 'Open 24 hours, 7 days a week', hint: 'Switch on only when the source says the line is answered day and night, every day.' },
    languages: { label: 'Languages the staff speak', hint: 'Language codes: en, es, pl, zh, ar...' },
    services: { hint: 'What they help with.' },
    cost: { hint: 'free, low-cost, fees or unknown.' },
    notes: { hint: 'Plain text shown to readers, per language; English is required.' },
    'notes.*': { multiline: true },
    verification: { label: 'Record a check', hint: 'Call the number, then record what happened.' },
    'verification.checked_on': { label: 'Date of the call', hint: 'The day you called.' },
    'verification.checked_by': { label: 'Your initials', hint: 'Your initials or handle, e.g. jd.' },
    'verification.method': { label: 'How you checked', hint: 'phone-call, official-website, email or in-person.' },
    'verification.call_note': {
      label: 'Note of the call',
      hint: 'What you heard on the call, e.g. the recording that gave the new number. Not shown to readers.',
      multiline: true,
    },
    sources: {
      hint: 'Where the information was published. Never add a number that no source gives: a missing number is safer than a wrong one.',
    },
    'sources.url': { label: 'Web address', hint: 'The page that gives the information.' },
    'sources.retrieved': { label: 'Date you read it' },
    'sources.says': { label: 'What it says', hint: 'The exact line of the source that gives the number, word for word.', multiline: true },
  },
  region: {
    regions: { hint: 'A region’s page also lists its parent regions’ contacts, so national lines appear everywhere.' },
    'regions.id': { hint: 'Lowercase letters, digits and hyphens, e.g. us-ny-nyc.' },
    'regions.name': { hint: 'The name in each language; English is required, the others fall back to it.' },
    'regions.parent': { hint: 'The id of the region it belongs to, e.g. us-ny (only us has none).' },
  },
  topic: {
    summary: { multiline: true },
    order: { hint: 'Position in lists.' },
    jurisdiction: { hint: 'The region id the guidance applies to, e.g. us or us-il.' },
    updated: { hint: 'When the substance last changed.' },
    say: { label: 'What to say to an agent', hint: 'Phrases in English; every translation has the same phrases in the same order.' },
    facts: { label: 'Legal fact check', hint: 'When the legal facts were last checked against their sources.' },
    'facts.checked_on': { hint: 'The day you checked the facts against their sources.' },
    'facts.checked_by': { hint: 'Your initials or handle, or what the check was.' },
    'facts.in_flux': { label: 'Facts in flux', hint: 'Facts that can change soon (court cases, memos, hotline hours), each with where to check it.' },
    'facts.in_flux.fact': { multiline: true },
    review: { label: 'Legal review', hint: 'Only a lawyer’s review of the whole topic counts here.' },
  },
};

/** "checked_on" → "Checked on". */
export const labelOf = (name: string) => {
  const words = name.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
};

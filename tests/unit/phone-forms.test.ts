/**
 * Numbers as organisations publish them (docs/content-contract.md, "Phone numbers"): a vanity
 * number, an extension, a menu option. For each, what a volunteer writes, what a reader sees, what
 * a tap dials and what "Add to contacts" saves; and the words that belong in another field.
 */
import { afterAll, describe, expect, it } from 'vitest';
import VCard from 'vcf';
import { callSheet } from '@/lib/call-sheet';
import { afterCallText, englishPhoneForms, phoneLine, phoneLinks } from '@/lib/contact-display';
import { loadContent } from '@/lib/content/load';
import { formatProblem } from '@/lib/content/problems';
import { parsePhone, splitPhones, telHref } from '@/lib/phone';
import { contactVCard } from '@/lib/vcard';
import ar from '@/messages/ar.json';
import es from '@/messages/es.json';
import { contact, contentTree, regionsYaml, removeContentTrees } from './support/content-tree';

afterAll(removeContentTrees);

const NIJC = 'contacts/us-il-chicago/nijc.yaml';

/** A contact file with these numbers, checked as content:check checks it. */
function withNumbers(...numbers: string[]) {
  const { root } = contentTree({ 'regions.yaml': regionsYaml, [NIJC]: contact({ phones: numbers.map((number) => ({ number, label: 'main' })) }) });
  const { content, problems } = loadContent({ root, today: '2026-12-01' });
  return { content, entry: content.contacts[0], lines: problems.map(formatProblem) };
}

/** The TEL values and the note of the contact's vCard, as a phone's address book reads them. */
function vcardOf(entry: ReturnType<typeof withNumbers>['entry']) {
  const card = new VCard().parse(contactVCard(entry).replace(/\r?\n/g, '\r\n'));
  const tels = card.get('tel');
  return {
    tels: (Array.isArray(tels) ? tels : tels ? [tels] : []).map((tel) => String(tel.valueOf())),
    note: String(card.get('note')?.valueOf())
      .replace(/\\n/g, '\n')
      .replace(/\\([,;\\])/g, '$1'),
  };
}

const spanish = (key: 'extension' | 'press', values: { digits: string }) => es.phoneForms[key].replace('{digits}', values.digits);
const arabic = (key: 'extension' | 'press', values: { digits: string }) => ar.phoneForms[key].replace('{digits}', values.digits);

describe('a volunteer writes ICIRR’s hotline as it publishes it: 1-855-HELP-MY-FAMILY', () => {
  const { content, entry, lines } = withNumbers('1-855-HELP-MY-FAMILY');
  const [link] = phoneLinks(entry);

  it('passes content:check', () => {
    expect(lines).toEqual([]);
  });

  it('reads the letters as keypad digits; the letters after the tenth digit (AMILY) are not dialled', () => {
    expect(parsePhone('1-855-HELP-MY-FAMILY')).toEqual({ e164: '+18554357693', display: '(855) 435-7693', vanity: '1-855-HELP-MY-FAMILY' });
  });

  it('reads a vanity number with exactly as many letters as it needs', () => {
    expect(parsePhone('1-800-FLOWERS')).toMatchObject({ e164: '+18003569377', vanity: '1-800-FLOWERS' });
  });

  it('shows the number as published, with the digits it dials beside it', () => {
    expect(link).toMatchObject({ vanity: '1-855-HELP-MY-FAMILY', display: '(855) 435-7693' });
    expect(phoneLine(link, englishPhoneForms)).toBe('1-855-HELP-MY-FAMILY = (855) 435-7693');
  });

  it('dials the digits, in E.164', () => {
    expect(link.href).toBe('tel:+18554357693');
  });

  it('is on the volunteers’ call sheet as published, with its digits', () => {
    expect(callSheet(content, '2026-12-01')[0].numbers).toBe('1-855-HELP-MY-FAMILY = (855) 435-7693 (main)');
  });

  it('saves the digits to the address book, and the published form in the note', () => {
    const { tels, note } = vcardOf(entry);
    expect(tels).toEqual(['+18554357693']);
    expect(note.split('\n')[0]).toBe('1-855-HELP-MY-FAMILY = (855) 435-7693');
  });

  it.each([
    ['a digit among the letters past the end of the number', '1-855-HELP-MY-FAM1LY'],
    ['a word in capitals after a complete number', '312-660-1370 SPANISH'],
    ['letters in lowercase, which are words, not keypad letters', '1-800-flowers'],
    ['a word in capitals before the number', 'CALL 312-660-1370'],
  ])('refuses %s (%s)', (_, input) => {
    expect(parsePhone(input)).toBeNull();
  });
});

describe('a volunteer writes a number with an extension', () => {
  it.each(['312-660-1370 ext. 2', '312-660-1370 x2', '312-660-1370 extension 2'])('reads "%s" as the number and extension 2', (input) => {
    expect(parsePhone(input)).toEqual({ e164: '+13126601370', display: '(312) 660-1370', extension: '2' });
  });

  const { entry, lines } = withNumbers('312-660-1370 ext. 2');
  const [link] = phoneLinks(entry);

  it('passes content:check', () => {
    expect(lines).toEqual([]);
  });

  it('shows the extension after the number, in the reader’s language', () => {
    expect(afterCallText(link, englishPhoneForms)).toBe('ext. 2');
    expect(afterCallText(link, spanish)).toBe('ext. 2');
    expect(afterCallText(link, arabic)).toBe('تحويلة 2');
    expect(phoneLine(link, englishPhoneForms)).toBe('(312) 660-1370 ext. 2');
  });

  it('dials the extension after a pause, not as RFC 3966 ;ext= (Android would send the letters of "ext" as tones)', () => {
    expect(link.href).toBe('tel:+13126601370,2');
    expect(link.href).not.toContain(';ext=');
  });

  it('saves the number alone as TEL, so no address book joins the extension to it, and the extension in the note', () => {
    const { tels, note } = vcardOf(entry);
    expect(tels).toEqual(['+13126601370']);
    expect(note).toContain('(312) 660-1370 ext. 2');
  });

  it('links an extension written in a sentence with the extension', () => {
    const parts = splitPhones('Call NIJC at (312) 660-1370 ext. 12 for intake.');
    const found = parts.find((part) => part.phone)!;
    expect(found.phone).toMatchObject({ e164: '+13126601370', extension: '12' });
    expect(telHref(found.phone!)).toBe('tel:+13126601370,12');
  });
});

describe('a volunteer writes a number with a menu option: 312-660-1370, press 2', () => {
  it.each(['312-660-1370, press 2', '312-660-1370 press 2', '312-660-1370, then press 2'])('reads "%s" as the number and option 2', (input) => {
    expect(parsePhone(input)).toEqual({ e164: '+13126601370', display: '(312) 660-1370', press: '2' });
  });

  const { entry, lines } = withNumbers('312-660-1370, press 2', '1-855-HELP-MY-FAMILY, press 3');
  const [option, vanity] = phoneLinks(entry);

  it('passes content:check', () => {
    expect(lines).toEqual([]);
  });

  it('tells the reader, in their language, what to press once the call is answered', () => {
    expect(afterCallText(option, englishPhoneForms)).toBe('then press 2');
    expect(afterCallText(option, spanish)).toBe('luego marque 2');
    expect(afterCallText(option, arabic)).toBe('ثم اضغط 2');
  });

  it('dials the option after a pause, where the phone supports it', () => {
    expect(option.href).toBe('tel:+13126601370,2');
    expect(vanity.href).toBe('tel:+18554357693,3');
  });

  it('saves the number alone as TEL, and what to press in the note', () => {
    const { tels, note } = vcardOf(entry);
    expect(tels).toEqual(['+13126601370', '+18554357693']);
    expect(note.split('\n').slice(0, 2)).toEqual(['(312) 660-1370 then press 2', '1-855-HELP-MY-FAMILY = (855) 435-7693 then press 3']);
  });
});

describe('a volunteer copies words that are not part of the number', () => {
  it.each([
    ['(312) 660-1370 (24/7)', '"24/7" belongs in hours (hours: "24/7")', '(312) 660-1370'],
    ['312-660-1370 Mon–Fri', '"Mon–Fri" belongs in hours (days with open and close)', '312-660-1370'],
    ['312-660-1370 9am-5pm', '"9am-5pm" belongs in hours (days with open and close)', '312-660-1370'],
    ['312-660-1370 Spanish', '"Spanish" belongs in languages (languages: [es])', '312-660-1370'],
    ['312-660-1370 en español', '"en español" belongs in languages (languages: [es])', '312-660-1370'],
    ['312-660-1370 Spanish, Mon–Fri', '"Spanish, Mon–Fri" belongs in hours (days with open and close) and languages (languages: [es])', '312-660-1370'],
    ['312-660-1370 (fax)', '"fax" belongs in label (label: fax)', '312-660-1370'],
    ['312-660-1370 ask for Ana', '"ask for Ana" belongs in notes (notes: en: ...)', '312-660-1370'],
    ['1-855-HELP-MY-FAMILY (24/7)', '"24/7" belongs in hours (hours: "24/7")', '1-855-HELP-MY-FAMILY'],
  ])('"%s" is refused, naming the field its words belong in', (input, advice, number) => {
    expect(withNumbers(input).lines).toEqual([
      `content/${NIJC}: phones[0].number: "${input}" is more than a phone number: ${advice}; write only the number here, e.g. ${number}`,
    ]);
    expect(parsePhone(input)).toBeNull();
  });

  it('asks for ", press 2" when a menu option is written another way', () => {
    expect(withNumbers('312-660-1370 option 2').lines).toEqual([
      `content/${NIJC}: phones[0].number: "312-660-1370 option 2": write a menu option as ", press" and its digit after the number, e.g. 312-660-1370, press 2`,
    ]);
  });

  it('still says a number is not valid when no valid number is there', () => {
    expect(withNumbers('555-1234 Spanish').lines).toEqual([
      `content/${NIJC}: phones[0].number: "555-1234 Spanish" is not a valid phone number; write it as the organisation publishes it, e.g. (312) 660-1370, or start a number from another country with +`,
    ]);
  });
});

/**
 * A contact as a vCard 3.0 file (the version every phone's address book imports), built with the
 * `vcf` library. Text values are escaped here: the library folds lines but does not escape.
 *
 * TEL holds the number alone, in E.164. An extension or menu option goes in the note instead:
 * Android's importer keeps only digits, "+" and p/w from a TEL value, so "+13126601370;ext=2" and
 * "+13126601370,2" would both be saved as +131266013702, a wrong number; p and w would be dialled
 * as the digits 7 and 9 by phones that do not read them as pauses.
 */
import VCard from 'vcf';
import type { ContactEntry } from './content';
import { englishPhoneForms, phoneLine, phoneLinks } from './contact-display';
import { phoneLabelMeaning } from './content/schema';

/** RFC 6350 §3.4: backslash, comma, semicolon and newlines are escaped in text values. */
function escapeText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/;/g, '\\;').replace(/,/g, '\\,');
}

export function contactVCard(contact: ContactEntry): string {
  const card = new VCard();
  card.set('fn', escapeText(contact.name));
  card.set('n', `${escapeText(contact.name)};;;;`);
  card.set('org', escapeText(contact.name_en ?? contact.name));
  const phones = phoneLinks(contact);
  for (const phone of phones) {
    // Keypad codes are not phone numbers an address book can store.
    if (phone.e164) card.add('tel', phone.e164, { type: phoneLabelMeaning[phone.label].vcardType });
  }
  // "(312) 660-1370 ext. 2": what a TEL value cannot carry, and the letters a number is known by.
  const published = phones.filter((phone) => phone.vanity || phone.extension || phone.press).map((phone) => phoneLine(phone, englishPhoneForms));
  if (contact.website) card.add('url', contact.website);
  if (contact.email) card.add('email', contact.email, { type: ['internet'] });
  if (contact.address) {
    const { street, city, state, postal_code } = contact.address;
    card.add('adr', ['', '', street, city, state, postal_code ?? '', 'USA'].map(escapeText).join(';'), { type: ['work'] });
  }
  const note = [...published, contact.notes?.en, `Source: ${contact.sources[0].url}`].filter(Boolean).join('\n');
  card.set('note', escapeText(note));
  return card.toString('3.0');
}

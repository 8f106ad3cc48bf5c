/**
 * A contact as a vCard 3.0 file (the version every phone's address book imports), built with the
 * `vcf` library. Text values are escaped here: the library folds lines but does not escape.
 */
import VCard from 'vcf';
import type { ContactEntry } from './content';
import { phoneLinks } from './contact-display';
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
  for (const phone of phoneLinks(contact)) {
    // Keypad codes are not phone numbers an address book can store.
    if (phone.e164) card.add('tel', phone.e164, { type: phoneLabelMeaning[phone.label].vcardType });
  }
  if (contact.website) card.add('url', contact.website);
  if (contact.email) card.add('email', contact.email, { type: ['internet'] });
  if (contact.address) {
    const { street, city, state, postal_code } = contact.address;
    card.add('adr', ['', '', street, city, state, postal_code ?? '', 'USA'].map(escapeText).join(';'), { type: ['work'] });
  }
  const note = [contact.notes?.en, `Source: ${contact.sources[0].url}`].filter(Boolean).join('\n');
  card.set('note', escapeText(note));
  return card.toString('3.0');
}

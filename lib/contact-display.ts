/** How a contact's data reads on screen and in a vCard: pure helpers, unit-tested. */
import type { Locale } from '../i18n/routing';
import type { ContactEntry } from './content';
import { verificationState } from './content/verification';
import { formatList, formatTime, languageName, weekdayName } from './locale';
import { createTranslator } from 'next-intl';
import en from '../messages/en.json' with { type: 'json' };
import { dialHref, type ParsedPhone, telHref } from './phone';
import { type Phone, phoneLabelMeaning, type VerificationMethod } from './content/schema';
import { weekdays } from './content/schema';

export type PhoneLink = Pick<ParsedPhone, 'vanity' | 'extension' | 'press'> & {
  /** tel: in E.164 (with an extension or menu option after a comma) to call, sms: to text, https://wa.me/ for WhatsApp; null for a fax. */
  href: string | null;
  e164: string | null;
  /** The digits, or the keypad code, as the reader sees them. */
  display: string;
  label: Phone['label'];
  dial: boolean;
};

function hrefFor(phone: ParsedPhone & Pick<Phone, 'label'>): string | null {
  const reach = phoneLabelMeaning[phone.label].reach;
  if (reach === 'text') return `sms:${phone.e164}`;
  if (reach === 'whatsapp') return `https://wa.me/${phone.e164.slice(1)}`;
  return reach === 'call' ? telHref(phone) : null;
}

/** Link targets (E.164 for numbers, the escaped code for keypad codes) and the number as the reader sees it. */
export function phoneLinks(contact: Pick<ContactEntry, 'phones'>): PhoneLink[] {
  return contact.phones.flatMap((phone): PhoneLink[] => {
    if (phone.dial) return [{ href: dialHref(phone.dial), e164: null, display: phone.dial, label: phone.label, dial: true }];
    if (!('e164' in phone)) return [];
    const { e164, display, vanity, extension, press, label } = phone;
    return [{ href: hrefFor(phone), e164, display, label, dial: false, ...(vanity && { vanity }), ...(extension && { extension }), ...(press && { press }) }];
  });
}

/** "ext. 2", "then press 2": what the phoneForms messages of one language say for a number. */
type PhoneFormWords = (key: 'extension' | 'press', values: { digits: string }) => string;

/** What to dial once the call is answered, in the reader's language ("ext. 2", "then press 2"), or null. */
export function afterCallText(phone: Pick<PhoneLink, 'extension' | 'press'>, words: PhoneFormWords): string | null {
  const steps = [phone.extension && words('extension', { digits: phone.extension }), phone.press && words('press', { digits: phone.press })].filter(Boolean);
  return steps.length ? steps.join(', ') : null;
}

/**
 * A number on one line of plain text, where layout cannot set its parts apart (the call sheet, a
 * vCard note): "1-855-HELP-MY-FAMILY = (855) 435-7693", "(312) 660-1370 ext. 2".
 */
export function phoneLine(phone: Pick<PhoneLink, 'display' | 'vanity' | 'extension' | 'press'>, words: PhoneFormWords): string {
  const after = afterCallText(phone, words);
  return [phone.vanity ? `${phone.vanity} = ${phone.display}` : phone.display, after].filter(Boolean).join(' ');
}

/** The phoneForms words in English, for what only English readers see: the call sheet and vCard notes. */
export const englishPhoneForms: PhoneFormWords = createTranslator({ locale: 'en', messages: en, namespace: 'phoneForms' });

/**
 * Opening hours as lines: "Tue, Wed, Thu: 8:30 AM – 4:30 PM". Consecutive days are listed, not
 * ranged; a period on all seven days reads "Every day 6:00 AM – 9:00 PM" (`everyDay` is that word).
 */
export function hoursLines(hours: ContactEntry['hours'], locale: Locale, everyDay?: string): string[] | 'always' | null {
  if (!hours) return null;
  if (hours === '24/7') return 'always';
  return hours.map((period) => {
    const days = [...period.days].sort((a, b) => weekdays.indexOf(a) - weekdays.indexOf(b));
    const times = `${formatTime(period.open, locale)} – ${formatTime(period.close, locale)}`;
    const spoken = period.languages
      ? ` (${formatList(
          period.languages.map((code) => languageName(code, locale)),
          locale,
        )})`
      : '';
    if (everyDay && new Set(days).size === weekdays.length) return `${everyDay} ${times}${spoken}`;
    return `${formatList(
      days.map((day) => weekdayName(day, locale)),
      locale,
    )}: ${times}${spoken}`;
  });
}

/** The hours of a line as one sentence for running text, e.g. in a rights topic. */
export function hoursSentence(
  hours: ContactEntry['hours'],
  locale: Locale,
  words: { everyDay: string; allDay: string; hoursOfLine: (hours: string) => string },
): string {
  const lines = hoursLines(hours, locale, words.everyDay);
  if (lines === null) return '';
  if (lines === 'always') return `${words.allDay}.`;
  return words.hoursOfLine(lines.join('; '));
}

export function addressLines(address: NonNullable<ContactEntry['address']>): string[] {
  return [address.street, `${address.city}, ${address.state}${address.postal_code ? ` ${address.postal_code}` : ''}`];
}

/** A map search the reader chooses to open; nothing is loaded from a map service until they tap. */
export function mapHref(address: NonNullable<ContactEntry['address']>): string {
  return `https://www.openstreetmap.org/search?query=${encodeURIComponent(addressLines(address).join(', '))}`;
}

export function reportHref(email: string, subject: string): string {
  return `mailto:${email}?subject=${encodeURIComponent(subject)}`;
}

/**
 * The verification line every contact shows, as a message key of the `contact` namespace and its
 * values: "Checked <date> by phone", "Due for re-checking", or "Not yet checked".
 */
export function verificationMessage(
  contact: Pick<ContactEntry, 'verification'>,
  formatDate: (iso: string) => string,
  today?: string,
): { key: 'verified' | 'due' | 'unverified'; values: { date?: string; method?: VerificationMethod } } {
  const state = verificationState(contact, today);
  const { checked_on, method } = contact.verification;
  if (state === 'verified' && checked_on && method) return { key: 'verified', values: { date: formatDate(checked_on), method } };
  if (state === 'due' && checked_on) return { key: 'due', values: { date: formatDate(checked_on) } };
  return { key: 'unverified', values: {} };
}

/** How a contact's data reads on screen and in a vCard: pure helpers, unit-tested. */
import type { Locale } from '../i18n/routing';
import type { ContactEntry } from './content';
import { verificationState } from './content/verification';
import { formatList, formatTime, languageName, weekdayName } from './locale';
import { dialHref } from './phone';
import { type Phone, phoneLabelMeaning, type VerificationMethod } from './content/schema';
import { weekdays } from './content/schema';

export type PhoneLink = {
  /** tel: in E.164 to call, sms: to text, https://wa.me/ for WhatsApp; null for a fax. */
  href: string | null;
  e164: string | null;
  display: string;
  label: Phone['label'];
  dial: boolean;
};

function hrefFor(label: Phone['label'], e164: string): string | null {
  const reach = phoneLabelMeaning[label].reach;
  if (reach === 'text') return `sms:${e164}`;
  if (reach === 'whatsapp') return `https://wa.me/${e164.slice(1)}`;
  return reach === 'call' ? `tel:${e164}` : null;
}

/** Link targets (E.164 for numbers, the escaped code for keypad codes) and the number as the reader sees it. */
export function phoneLinks(contact: Pick<ContactEntry, 'phones'>): PhoneLink[] {
  return contact.phones.flatMap((phone): PhoneLink[] => {
    if (phone.dial) return [{ href: dialHref(phone.dial), e164: null, display: phone.dial, label: phone.label, dial: true }];
    return 'e164' in phone ? [{ href: hrefFor(phone.label, phone.e164), e164: phone.e164, display: phone.display, label: phone.label, dial: false }] : [];
  });
}

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

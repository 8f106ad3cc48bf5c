/** How a contact's data reads on screen and in a vCard: pure helpers, unit-tested. */
import type { Locale } from '../i18n/routing';
import type { ContactEntry } from './content';
import { formatList, formatTime, weekdayName } from './locale';
import { dialHref, parsePhone } from './phone';
import type { Phone } from './content/schema';
import { weekdays } from './content/schema';

export type PhoneLink = { href: string; display: string; label: Phone['label']; dial: boolean };

/** tel: targets in E.164 (or the escaped short code) and the number as the reader sees it. */
export function phoneLinks(contact: Pick<ContactEntry, 'phones'>): PhoneLink[] {
  return contact.phones.flatMap((phone): PhoneLink[] => {
    if (phone.dial) return [{ href: dialHref(phone.dial), display: phone.dial, label: phone.label, dial: true }];
    const parsed = phone.number ? parsePhone(phone.number) : null;
    return parsed ? [{ href: `tel:${parsed.e164}`, display: parsed.display, label: phone.label, dial: false }] : [];
  });
}

/** Opening hours as lines: "Tue, Wed, Thu: 8:30 AM – 4:30 PM". Consecutive days are listed, not ranged. */
export function hoursLines(hours: ContactEntry['hours'], locale: Locale): string[] | 'always' | null {
  if (!hours) return null;
  if (hours === '24/7') return 'always';
  return hours.map((period) => {
    const days = [...period.days].sort((a, b) => weekdays.indexOf(a) - weekdays.indexOf(b));
    return `${formatList(days.map((day) => weekdayName(day, locale)), locale)}: ${formatTime(period.open, locale)} – ${formatTime(period.close, locale)}`;
  });
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

/** Kind order on the page: "Call now" hotlines first, then legal help, consulates, offices. */
export const kindOrder = ['hotline', 'legal-aid', 'consulate', 'government', 'community'] as const;

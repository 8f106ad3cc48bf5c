import { describe, expect, it } from 'vitest';
import { addressLines, hoursLines, mapHref, phoneLinks, reportHref } from '@/lib/contact-display';
import type { ContactEntry } from '@/lib/content';
import { phoneSchema } from '@/lib/content/schema';

/** Phones as a page gets them: validated, so parsed once. */
const validated = (phones: unknown[]) => phones.map((phone) => phoneSchema.parse(phone));

/** Intl may separate "8:30" and "AM" with a narrow no-break space; readers see a space. */
const spaced = (lines: ReturnType<typeof hoursLines>) => (Array.isArray(lines) ? lines.map((line) => line.replace(/\s/g, ' ')) : lines);

describe('a reader looks at the phones of a contact', () => {
  const links = phoneLinks({
    phones: validated([
      { number: '(312) 660-1370', label: 'main' },
      { dial: '*9233#', label: 'hotline' },
      { number: '+52 55 5080 2000', label: 'whatsapp' },
      { number: '312-660-1370', label: 'text' },
      { number: '(312) 660-1371', label: 'fax' },
    ]),
  });

  it('gets a tel: link in E.164 and the number as written in the US', () => {
    expect(links[0]).toMatchObject({ href: 'tel:+13126601370', e164: '+13126601370', display: '(312) 660-1370', label: 'main', dial: false });
  });

  it('gets a short code with # escaped in the link but shown as written', () => {
    expect(links[1]).toMatchObject({ href: 'tel:*9233%23', e164: null, display: '*9233#', label: 'hotline', dial: true });
  });

  it('opens WhatsApp for a WhatsApp number, shown in international format', () => {
    expect(links[2]).toMatchObject({ href: 'https://wa.me/525550802000', e164: '+525550802000', display: '+52 55 5080 2000', label: 'whatsapp' });
  });

  it('opens a text message for a texting line', () => {
    expect(links[3]).toMatchObject({ href: 'sms:+13126601370', label: 'text' });
  });

  it('gets no link to tap for a fax, but still sees the number', () => {
    expect(links[4]).toMatchObject({ href: null, display: '(312) 660-1371', label: 'fax' });
  });

  it('never gets a link for a number that is not valid', () => {
    expect(phoneLinks({ phones: [{ number: '555-1234', label: 'main' }] })).toEqual([]);
  });
});

describe('a reader checks when a contact is open', () => {
  const weekdays: NonNullable<ContactEntry['hours']> = [
    { days: ['thu', 'tue', 'wed'], open: '08:30', close: '16:30' },
    { days: ['sat'], open: '09:00', close: '12:00' },
  ];

  it('reads "24/7" as always open', () => {
    expect(hoursLines('24/7', 'en')).toBe('always');
  });

  it('gets nothing when no hours are known', () => {
    expect(hoursLines(null, 'en')).toBeNull();
    expect(hoursLines(undefined, 'en')).toBeNull();
  });

  it('sees the days in week order, whatever order the volunteer wrote them in', () => {
    expect(spaced(hoursLines(weekdays, 'en'))).toEqual(['Tue, Wed, and Thu: 8:30 AM – 4:30 PM', 'Sat: 9:00 AM – 12:00 PM']);
  });

  it('reads days and times in Spanish', () => {
    const [first, second] = spaced(hoursLines(weekdays, 'es')) as string[];
    expect(first).toMatch(/^mar\.?, mié\.? y jue\.?: 8:30 – 16:30$/);
    expect(second).toMatch(/^sáb\.?: 9:00 – 12:00$/);
  });

  it('reads days in Haitian Creole, which Intl does not know', () => {
    expect(spaced(hoursLines(weekdays, 'ht'))).toEqual(['madi, mèkredi, jedi: 8:30 – 16:30', 'samdi: 9:00 – 12:00']);
  });
});

describe('a reader looks for the office', () => {
  const address = { street: '111 W. Jackson Blvd., Suite 800', city: 'Chicago', state: 'IL', postal_code: '60604' };

  it('sees the street, then city, state and ZIP', () => {
    expect(addressLines(address)).toEqual(['111 W. Jackson Blvd., Suite 800', 'Chicago, IL 60604']);
    expect(addressLines({ ...address, postal_code: undefined })).toEqual(['111 W. Jackson Blvd., Suite 800', 'Chicago, IL']);
  });

  it('opens a map search with the address encoded in the link', () => {
    const href = mapHref(address);
    expect(href.startsWith('https://www.openstreetmap.org/search?query=')).toBe(true);
    expect(new URL(href).searchParams.get('query')).toBe('111 W. Jackson Blvd., Suite 800, Chicago, IL 60604');
  });
});

describe('a reader reports a wrong number', () => {
  it('writes an email whose subject names the contact, encoded', () => {
    const href = reportHref('corrections@example.org', 'Wrong information: nijc & co');
    expect(href).toBe('mailto:corrections@example.org?subject=Wrong%20information%3A%20nijc%20%26%20co');
  });
});

/** A contact: one organisation or phone line, its numbers, hours, sources and verification. */
import { z } from 'zod';
import { phoneSchema } from './phones';
import { isoDate, httpsUrl, plainText, localizedText, oneOf, languageTag, sourceUrl, weekdays } from './primitives';

/** In the order pages list them: "Call now" hotlines first, then legal help, consulates, offices. */
export const contactKinds = ['hotline', 'legal-aid', 'consulate', 'government', 'community'] as const;
export const costs = ['free', 'low-cost', 'fees', 'unknown'] as const;
export const verificationMethods = ['phone-call', 'official-website', 'email', 'in-person'] as const;
/** Extend together with the `services` messages in messages/*.json. */
export const services = [
  'consular-protection',
  'passports-ids',
  'legal-advice',
  'deportation-defense',
  'detention',
  'asylum',
  'daca',
  'tps',
  'family-petitions',
  'u-t-visas',
  'naturalization',
  'know-your-rights',
  'case-status',
  'detainee-locator',
  'raid-reporting',
  'family-support',
  'discrimination',
  'fraud-reporting',
] as const;

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const time = z
  .string({ error: 'must be a time written "HH:MM" in quotes, 24-hour, e.g. "08:30"' })
  .regex(TIME, { error: 'must be a time written "HH:MM", 24-hour, e.g. "08:30"' });

const openingPeriod = z
  .strictObject({
    days: z.array(oneOf(weekdays, 'day')).min(1, { error: 'lists no day; e.g. [mon, tue]' }),
    open: time,
    close: time,
    /** Only these languages are spoken in this period, e.g. weekday hours for smaller languages. */
    languages: z.array(languageTag).min(1, { error: 'lists no language; e.g. [ar, zh], or remove the field' }).optional(),
  })
  .refine((period) => !(TIME.test(period.open) && TIME.test(period.close)) || period.open < period.close, {
    error: 'closes before it opens; check "open" and "close"',
    path: ['close'],
  });

const hours = z.union([z.literal('24/7'), z.array(openingPeriod).min(1)], {
  error: 'must be "24/7" or a list of periods with days, open and close',
});

const source = z.strictObject({
  url: sourceUrl,
  retrieved: isoDate,
  says: plainText('says').optional(),
});

const verification = z
  .strictObject({
    status: oneOf(['verified', 'unverified'], 'status'),
    checked_on: isoDate.optional(),
    checked_by: plainText('checked_by').optional(),
    method: oneOf(verificationMethods, 'method').optional(),
    /** What the caller heard when a number changed and no published source gives the new one yet. Not shown to readers. */
    call_note: plainText('call_note').optional(),
  })
  .superRefine((value, ctx) => {
    if (value.status !== 'verified') return;
    if (!value.checked_on)
      ctx.addIssue({ code: 'custom', path: ['checked_on'], message: 'is required when status is verified; write the date of the check, e.g. 2026-11-20' });
    if (!value.checked_by)
      ctx.addIssue({ code: 'custom', path: ['checked_by'], message: 'is required when status is verified; write your initials or handle' });
    if (!value.method)
      ctx.addIssue({ code: 'custom', path: ['method'], message: `is required when status is verified; use one of: ${verificationMethods.join(', ')}` });
  });

export const contactSchema = z
  .strictObject({
    kind: oneOf(contactKinds, 'kind'),
    name: plainText('name'),
    name_en: plainText('name_en').nullable().optional(),
    country: z
      .string()
      .regex(/^[A-Z]{2}$/, { error: 'must be a two-letter country code in capitals, e.g. MX' })
      .nullable()
      .optional(),
    phones: z.array(phoneSchema, { error: 'must be a list of phones, each starting with "- number:" or "- dial:"' }).optional().default([]),
    address: z
      .strictObject({
        street: plainText('street'),
        city: plainText('city'),
        state: z.string().regex(/^[A-Z]{2}$/, { error: 'must be a two-letter state code in capitals, e.g. IL' }),
        postal_code: z
          .string({ error: 'must be written in quotes, e.g. "60604"' })
          .regex(/^\d{5}(-\d{4})?$/, { error: 'must be a ZIP code in quotes, e.g. "60604"' })
          .optional(),
      })
      .nullable()
      .optional(),
    website: httpsUrl.nullable().optional(),
    email: z.email({ error: 'is not an email address, e.g. help@example.org' }).nullable().optional(),
    hours: hours.nullable().optional(),
    languages: z.array(languageTag).optional().default([]),
    services: z.array(oneOf(services, 'service')).optional().default([]),
    cost: oneOf(costs, 'cost').optional().default('unknown'),
    notes: localizedText('notes').nullable().optional(),
    verification,
    sources: z
      .array(source, { error: 'must be a list of sources, each starting with "- url:"' })
      .min(1, { error: 'lists no source; add where this information was published' }),
  })
  .superRefine((value, ctx) => {
    if (value.kind === 'consulate' && !value.country)
      ctx.addIssue({ code: 'custom', path: ['country'], message: 'is required for a consulate; write its two-letter country code, e.g. MX' });
    if (value.phones.length === 0 && !value.website)
      ctx.addIssue({ code: 'custom', path: ['phones'], message: 'a contact needs at least one phone or a website; add one of them' });
  });

export type Contact = z.infer<typeof contactSchema>;
export type Phone = Contact['phones'][number];
export type Service = (typeof services)[number];
export type VerificationMethod = (typeof verificationMethods)[number];

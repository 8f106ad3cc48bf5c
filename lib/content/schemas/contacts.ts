/** A contact: one organisation or phone line, its numbers, hours, sources and verification. */
import { z } from 'zod';
import { parsePhone } from '../../phone';
import { isoDate, httpsUrl, plainText, localizedText, oneOf, languageTag, sourceUrl } from './primitives';

/** In the order pages list them: "Call now" hotlines first, then legal help, consulates, offices. */
export const contactKinds = ['hotline', 'legal-aid', 'consulate', 'government', 'community'] as const;
export const phoneLabels = ['main', 'emergency', 'appointments', 'hotline', 'whatsapp', 'text', 'fax'] as const;
type PhoneLabel = (typeof phoneLabels)[number];

/**
 * What each label means wherever a number appears, in one table: how a tap reaches it (a call,
 * a text, WhatsApp, or nothing for a fax), its place among the numbers a flyer may print (best
 * first; null: never printed), and its vCard TEL type.
 */
export const phoneLabelMeaning: Record<PhoneLabel, { reach: 'call' | 'text' | 'whatsapp' | null; flyerRank: number | null; vcardType: string[] }> = {
  hotline: { reach: 'call', flyerRank: 1, vcardType: ['work', 'voice'] },
  emergency: { reach: 'call', flyerRank: 2, vcardType: ['work', 'voice'] },
  main: { reach: 'call', flyerRank: 3, vcardType: ['work', 'voice'] },
  appointments: { reach: 'call', flyerRank: 4, vcardType: ['work', 'voice'] },
  whatsapp: { reach: 'whatsapp', flyerRank: null, vcardType: ['cell'] },
  text: { reach: 'text', flyerRank: null, vcardType: ['cell', 'text'] },
  fax: { reach: null, flyerRank: null, vcardType: ['work', 'fax'] },
};
export const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
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

const phoneLabel = oneOf(phoneLabels, 'phone label');

/** A phone is either a number (parsed as a US number unless it starts with +) or a dialled code. */
export const phoneSchema = z
  .strictObject({
    number: z
      .string({ error: 'must be text, e.g. (312) 660-1370' })
      .refine((value) => parsePhone(value) !== null, {
        error: (issue) =>
          `"${String(issue.input)}" is not a valid phone number; write it as the organisation publishes it, e.g. (312) 660-1370, or start a number from another country with +`,
      })
      .optional(),
    dial: z
      .string({ error: 'must be text in quotes, e.g. "*9233#"' })
      .regex(/^[0-9*#]{2,15}$/, { error: 'may contain only digits, * and #, e.g. "*9233#"; write it in quotes' })
      .optional(),
    label: phoneLabel,
  })
  .superRefine((value, ctx) => {
    if ((value.number === undefined) === (value.dial === undefined))
      ctx.addIssue({
        code: 'custom',
        path: ['number'],
        message: 'each phone needs exactly one of "number:" (a phone number) or "dial:" (a short code such as "*9233#")',
      });
  })
  // Parsed once, here: every page, flyer and vCard uses the same E.164 and display forms.
  .transform((value) => {
    const parsed = value.number ? parsePhone(value.number) : null;
    return parsed ? { ...value, e164: parsed.e164, display: parsed.display } : value;
  });

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

/**
 * The content contract (docs/content-contract.md) as zod schemas: the one place that says what a
 * valid region, contact or rights topic is. Types are inferred from here, never written twice.
 * Messages are written for volunteers: what is wrong and how to fix it, in plain words.
 */
import { z } from 'zod';
import { parsePhone } from '../phone';
import { locales } from '../../i18n/routing';

// Plain words for the mistakes that have no message of their own below.
z.config({
  customError: (issue) => {
    if (issue.code !== 'invalid_type') return undefined;
    if (issue.expected === 'object') return 'must be a group of fields; check the indentation';
    if (issue.expected === 'array') return 'must be a list, each item on its own line starting with "- "';
    return `must be ${issue.expected === 'string' ? 'text' : issue.expected}`;
  },
});

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const idText = (what: string) =>
  z
    .string({ error: `write the ${what} in lowercase letters, digits and hyphens, e.g. us-il-chicago` })
    .regex(ID, { error: `must use only lowercase letters, digits and hyphens, e.g. us-il-chicago` });

/** A calendar date written YYYY-MM-DD that exists. */
export const isoDate = z
  .string({ error: 'must be a date written YYYY-MM-DD, e.g. 2026-11-20' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be a date written YYYY-MM-DD, e.g. 2026-11-20', abort: true })
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
  }, { error: 'is not a real calendar date; check the month and day' });

const httpsUrl = z
  .string({ error: 'must be a web address starting with https://' })
  .refine((value) => {
    try {
      return new URL(value).protocol === 'https:';
    } catch {
      return false;
    }
  }, { error: 'must be a full web address starting with https://, e.g. https://immigrantjustice.org' });

/** Plain text: content is never rendered as HTML, so markup here is always a mistake. */
const plainText = (what = 'text') =>
  z
    .string({ error: `write the ${what} as plain text` })
    .trim()
    .min(1, { error: `${what} is empty; write it or remove the field` })
    .refine((value) => !/<\/?[a-z!][^>]*>/i.test(value), {
      error: 'contains HTML tags; write plain text without < > tags',
    });

const localeEnum = z.enum(locales, {
  error: `is not a language this site offers; use one of ${locales.join(', ')}`,
});

/** A text per locale. English is required because it is what every other language falls back to. */
const localizedText = (what: string) =>
  z.partialRecord(localeEnum, plainText(what), { error: `write the ${what} per language, at least in English, e.g. en: ...` }).refine((value) => typeof value.en === 'string', {
    error: `needs an English version: add "en: ..."`,
  });

// ---------------------------------------------------------------- regions

export const regionSchema = z.strictObject({
  id: idText('id'),
  name: localizedText('name'),
  parent: idText('parent').nullable().optional().default(null),
});

export const regionsFileSchema = z
  .array(regionSchema, { error: 'must be a list of regions, each starting with "- id:"' })
  .min(1, { error: 'lists no region; add at least the country, id: us' });

export type Region = z.infer<typeof regionSchema>;

// ---------------------------------------------------------------- contacts

export const contactKinds = ['hotline', 'legal-aid', 'consulate', 'government', 'community'] as const;
export const phoneLabels = ['main', 'emergency', 'appointments', 'hotline', 'whatsapp', 'text', 'fax'] as const;
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

const oneOf = <T extends readonly [string, ...string[]]>(values: T, what: string) =>
  z.enum(values, { error: `is not a known ${what}; use one of: ${values.join(', ')}` });

const phoneLabel = oneOf(phoneLabels, 'phone label');

/** A phone is either a number (parsed as a US number unless it starts with +) or a dialled code. */
const phone = z
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
  });

const languageTag = z.string().refine(
  (value) => {
    try {
      return Intl.getCanonicalLocales(value).length === 1 && /^[a-z]{2,3}(-[A-Za-z0-9]+)*$/.test(value);
    } catch {
      return false;
    }
  },
  { error: (issue) => `"${String(issue.input)}" is not a language code; use codes like en, es, pl, zh, ar` },
);

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

/** A citation: older sources may be plain http, and a citation must quote the address as it was. */
const sourceUrl = z
  .string({ error: 'must be the web address of the source' })
  .refine((value) => {
    try {
      return ['https:', 'http:'].includes(new URL(value).protocol);
    } catch {
      return false;
    }
  }, { error: 'must be the full web address of the source, starting with https:// or http://' });

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
    phones: z.array(phone, { error: 'must be a list of phones, each starting with "- number:" or "- dial:"' }).optional().default([]),
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
export type ContactKind = (typeof contactKinds)[number];
export type Service = (typeof services)[number];

// ---------------------------------------------------------------- rights topics

export const situations = ['emergency', 'prepare', 'learn'] as const;
export const translationStatuses = ['machine-draft', 'community-reviewed', 'professional'] as const;

const phrases = z.array(plainText('phrase'), { error: 'must be a list of phrases, each starting with "- "' }).default([]);

export const topicSourceSchema = z.strictObject({
  title: plainText('title'),
  publisher: plainText('publisher'),
  url: sourceUrl,
});

/** When a topic's legal facts were last checked against their sources, and which of them can change soon. */
const factsCheck = z.strictObject({
  checked_on: isoDate,
  checked_by: plainText('checked_by'),
  in_flux: z
    .array(
      z.strictObject({
        fact: plainText('fact'),
        source: sourceUrl,
      }),
      { error: 'must be a list of facts, each starting with "- fact:" and with its "source:" web address' },
    )
    .optional()
    .default([]),
});

export const topicSchema = z.strictObject({
  title: plainText('title'),
  summary: plainText('summary'),
  order: z.number({ error: 'must be a whole number, e.g. 1' }).int({ error: 'must be a whole number, e.g. 1' }),
  situation: oneOf(situations, 'situation'),
  jurisdiction: idText('jurisdiction'),
  updated: isoDate,
  say: phrases,
  sources: z.array(topicSourceSchema).min(2, { error: 'needs at least two sources' }),
  facts: factsCheck,
  review: z
    .strictObject({
      status: oneOf(['unreviewed', 'reviewed'], 'status'),
      by: plainText('by').nullable().optional(),
      organization: plainText('organization').nullable().optional(),
      on: isoDate.nullable().optional(),
    })
    .superRefine((value, ctx) => {
      if (value.status !== 'reviewed') return;
      if (!value.by) ctx.addIssue({ code: 'custom', path: ['by'], message: 'is required when status is reviewed; write the reviewer’s name' });
      if (!value.on) ctx.addIssue({ code: 'custom', path: ['on'], message: 'is required when status is reviewed; write the date, e.g. 2026-11-20' });
    }),
});

export const translationSchema = z.strictObject({
  title: plainText('title'),
  summary: plainText('summary'),
  say: phrases,
  translation: z
    .strictObject({
      status: oneOf(translationStatuses, 'status'),
      source_hash: z
        .string({ error: 'must be the first 12 hex digits of the sha256 of en.md, in quotes' })
        .regex(/^[0-9a-f]{12}$/, { error: 'must be the first 12 hex digits of the sha256 of en.md, e.g. "3f9a1c0d2b7e"; run npm run content:hash' }),
      reviewed_by: plainText('reviewed_by').nullable().optional(),
      reviewed_on: isoDate.nullable().optional(),
    })
    .superRefine((value, ctx) => {
      if (value.status === 'machine-draft') return;
      if (!value.reviewed_by)
        ctx.addIssue({ code: 'custom', path: ['reviewed_by'], message: 'is required unless status is machine-draft; write who reviewed it' });
      if (!value.reviewed_on)
        ctx.addIssue({ code: 'custom', path: ['reviewed_on'], message: 'is required unless status is machine-draft; write the date, e.g. 2026-11-20' });
    }),
});

export type TopicMeta = z.infer<typeof topicSchema>;
export type TranslationMeta = z.infer<typeof translationSchema>;

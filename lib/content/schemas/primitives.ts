/**
 * The building blocks every content schema shares: ids, dates, web addresses, plain text, texts
 * per language, language codes and closed lists. Messages are written for volunteers: what is
 * wrong and how to fix it, in plain words.
 */
import { z } from 'zod';
import { locales } from '../../../i18n/routing';

/**
 * Plain words for the mistakes that have no message of their own, passed to each parse (not set
 * process-wide), so importing the schemas changes nothing else that uses zod.
 */
export const plainWordsError: z.core.$ZodErrorMap = (issue) => {
  if (issue.code !== 'invalid_type') return undefined;
  if (issue.expected === 'object') return 'must be a group of fields; check the indentation';
  if (issue.expected === 'array') return 'must be a list, each item on its own line starting with "- "';
  return `must be ${issue.expected === 'string' ? 'text' : issue.expected}`;
};

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const idText = (what: string) =>
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

export const httpsUrl = z
  .string({ error: 'must be a web address starting with https://' })
  .refine((value) => {
    try {
      return new URL(value).protocol === 'https:';
    } catch {
      return false;
    }
  }, { error: 'must be a full web address starting with https://, e.g. https://immigrantjustice.org' });

/** Plain text: content is never rendered as HTML, so markup here is always a mistake. */
export const plainText = (what = 'text') =>
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

/**
 * A text per locale. English is required because it is what every other language falls back to;
 * the metadata says so to what reads the schema rather than parses with it (the editor's form).
 */
const FALLBACK_LOCALE = 'en';
export const localizedText = (what: string) =>
  z
    .partialRecord(localeEnum, plainText(what), { error: `write the ${what} per language, at least in English, e.g. en: ...` })
    .refine((value) => typeof value[FALLBACK_LOCALE] === 'string', {
      error: `needs an English version: add "en: ..."`,
    })
    .meta({ requiredKeys: [FALLBACK_LOCALE] });

/** The days of the week as content writes them, Monday first: hours use them, pages name them through Intl. */
export const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

export const oneOf = <T extends readonly [string, ...string[]]>(values: T, what: string) =>
  z.enum(values, { error: `is not a known ${what}; use one of: ${values.join(', ')}` });

export const languageTag = z.string().refine(
  (value) => {
    try {
      return Intl.getCanonicalLocales(value).length === 1 && /^[a-z]{2,3}(-[A-Za-z0-9]+)*$/.test(value);
    } catch {
      return false;
    }
  },
  { error: (issue) => `"${String(issue.input)}" is not a language code; use codes like en, es, pl, zh, ar` },
);

/** A citation: older sources may be plain http, and a citation must quote the address as it was. */
export const sourceUrl = z
  .string({ error: 'must be the web address of the source' })
  .refine((value) => {
    try {
      return ['https:', 'http:'].includes(new URL(value).protocol);
    } catch {
      return false;
    }
  }, { error: 'must be the full web address of the source, starting with https:// or http://' });

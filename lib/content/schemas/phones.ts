/**
 * A contact's phones: a number written as the organisation publishes it, or a keypad code, and
 * what the line is for. Each number is parsed once, here, by lib/phone.ts; every page, flyer and
 * vCard uses the result.
 */
import { z } from 'zod';
import { locales } from '../../../i18n/routing';
import { languageName, ownLanguageName } from '../../locale';
import { type ParsedPhone, parsePhone } from '../../phone';
import { oneOf, weekdays } from './primitives';

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

const wordsOf = (text: string): string[] => text.toLowerCase().match(/\p{L}+/gu) ?? [];

/** English day names, long and short, from Intl ("monday", "mon"); 2024-01-01 was a Monday. */
const dayWords = () =>
  weekdays.flatMap((_, index) =>
    (['long', 'short'] as const).map((weekday) =>
      new Intl.DateTimeFormat('en', { weekday, timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, 1 + index))).toLowerCase(),
    ),
  );
const hourWords = ['daily', 'weekday', 'weekdays', 'weekend', 'weekends', 'hours', 'hrs', 'open', 'closed', 'noon', 'midnight', 'tues', 'thur', 'thurs'];

/** Says when a line answers: "24/7", "Mon–Fri", "9am", "9:00", "24 hours", "daily". */
function saysHours(text: string): boolean {
  if (/24\s*\/\s*7|\d\s*[ap]\.?m\b|\d:\d\d/i.test(text)) return true;
  const known = [...dayWords(), ...hourWords];
  return wordsOf(text).some((word) => known.includes(word));
}

/** Two-letter language codes (ISO 639-1) that Intl can name: the languages a volunteer may write out. */
const letters = [...'abcdefghijklmnopqrstuvwxyz'];
let languageWords: { code: string; words: string }[] | undefined;

/**
 * The codes of the languages a text names, in English or in the language itself ("Spanish",
 * "español" → es), for a hint such as `languages: [es]`. Names come from Intl, and from the site's
 * own list of what readers call their languages (Tagalog).
 */
function languagesNamed(text: string): string[] {
  languageWords ??= [...letters.flatMap((first) => letters.map((second) => first + second)), ...locales].flatMap((code) =>
    [languageName(code, 'en'), ...((locales as readonly string[]).includes(code) ? [ownLanguageName(code as (typeof locales)[number])] : [])]
      .filter((name) => name !== code)
      .map((name) => ({ code, words: ` ${wordsOf(name).join(' ')} ` })),
  );
  const words = ` ${wordsOf(text).join(' ')} `;
  return [...new Set(languageWords.filter((language) => words.includes(language.words)).map((language) => language.code))];
}

/** The longest valid number at the start or end of the text, and the rest, trimmed of punctuation. */
function numberAndRest(input: string): { number: string; rest: string } | null {
  const text = input.trim();
  let best: { number: string; rest: string } | null = null;
  for (const gap of text.matchAll(/[\s,;/(]+/g)) {
    const end = gap.index + gap[0].length;
    const splits = [
      { number: text.slice(0, gap.index), rest: text.slice(gap.index) },
      { number: text.slice(end), rest: text.slice(0, end) },
    ];
    for (const split of splits) if (split.number.length > (best?.number.length ?? 0) && parsePhone(split.number)) best = split;
  }
  if (!best) return null;
  const rest = best.rest.replace(/^[\s,;:()[\]–—-]+|[\s,;:()[\]–—-]+$/g, '');
  return rest ? { number: best.number.trim(), rest } : null;
}

/**
 * What content:check says about a number it cannot read. When a valid number has other words
 * beside it ("(312) 660-1370 (24/7)", "312-660-1370 Spanish"), it names the field those words
 * belong in, so the volunteer moves them rather than deleting them.
 */
function numberProblem(input: string): string {
  const split = numberAndRest(input);
  if (!split)
    return `"${input}" is not a valid phone number; write it as the organisation publishes it, e.g. (312) 660-1370, or start a number from another country with +`;
  const { number, rest } = split;
  if (/\b(option|opt|menu)\b\.?\s*\d/i.test(rest))
    return `"${input}": write a menu option as ", press" and its digit after the number, e.g. ${number}, press ${rest.replace(/\D/g, '')}`;
  const codes = languagesNamed(rest);
  const labels = phoneLabels.filter((label) => wordsOf(rest).includes(label));
  const fields = [
    ...(saysHours(rest) ? [/24\s*\/\s*7/.test(rest) ? 'hours (hours: "24/7")' : 'hours (days with open and close)'] : []),
    ...(codes.length ? [`languages (languages: [${codes.join(', ')}])`] : []),
    ...(labels.length ? [`label (label: ${labels[0]})`] : []),
  ];
  const where = fields.length ? fields.join(' and ') : 'notes (notes: en: ...)';
  return `"${input}" is more than a phone number: "${rest}" belongs in ${where}; write only the number here, e.g. ${number}`;
}

const phoneLabel = oneOf(phoneLabels, 'phone label');

/** A phone is either a number (parsed as a US number unless it starts with +) or a dialled code. */
export const phoneSchema = z
  .strictObject({
    number: z
      .string({ error: 'must be text, e.g. (312) 660-1370' })
      .refine((value) => parsePhone(value) !== null, { error: (issue) => numberProblem(String(issue.input)) })
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
  // Parsed once, here: every page, flyer and vCard uses the same E.164, display, vanity letters,
  // extension and menu option.
  .transform((value): typeof value | (typeof value & ParsedPhone) => {
    const parsed = value.number ? parsePhone(value.number) : null;
    return parsed ? { ...value, ...parsed } : value;
  });

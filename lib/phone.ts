import { findPhoneNumbersInText, parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { type ParsedPhone, readPhone } from './phone-reading';

/**
 * Reads a phone number as a volunteer writes it: a US number unless it starts with +.
 * Returns null for anything that is not a real, valid number, so nothing doubtful is dialled.
 * Short codes (911, *9233#) are not phone numbers here: content writes them as `dial:`.
 */
export function parsePhone(input: string): ParsedPhone | null {
  return readPhone(input, parsePhoneNumberFromString);
}

/** tel: link target for a short code; '#' must be escaped or the browser drops it. */
export function dialHref(code: string): string {
  return `tel:${code.replace(/#/g, '%23')}`;
}

type TextPart = { text: string; phone?: ParsedPhone };

/**
 * Splits a sentence around the phone numbers written in it ("call the hotline at 1-855-435-7693"),
 * so each number can be kept on one line, in order inside right-to-left text, and dialled.
 * The number keeps the way the writer wrote it; only valid numbers are found.
 */
export function splitPhones(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let from = 0;
  for (const found of findPhoneNumbersInText(text, 'US')) {
    const phone = parsePhone(text.slice(found.startsAt, found.endsAt));
    if (!phone) continue;
    if (found.startsAt > from) parts.push({ text: text.slice(from, found.startsAt) });
    parts.push({ text: text.slice(found.startsAt, found.endsAt), phone });
    from = found.endsAt;
  }
  if (from < text.length) parts.push({ text: text.slice(from) });
  return parts;
}

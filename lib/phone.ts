import { findPhoneNumbersInText, parsePhoneNumberFromString, type PhoneNumber } from 'libphonenumber-js/max';

export type ParsedPhone = {
  /** For tel: links, e.g. +13126601370. */
  e164: string;
  /** The digits as the reader sees them: national format in the US, international otherwise. */
  display: string;
  /** The number as published when letters stand for digits, e.g. 1-855-HELP-MY-FAMILY. */
  vanity?: string;
  /** An extension, e.g. "2" of "312-660-1370 ext. 2". */
  extension?: string;
  /** A menu option to press once the call is answered, e.g. "2" of "312-660-1370, press 2". */
  press?: string;
};

/**
 * The letters on a phone's keys (ITU E.161). libphonenumber-js reads extensions but not vanity
 * numbers ("alphabetic phone numbers ... are skipped", its README says), so this table is ours.
 */
const keypad: Record<string, string> = { 2: 'ABC', 3: 'DEF', 4: 'GHI', 5: 'JKL', 6: 'MNO', 7: 'PQRS', 8: 'TUV', 9: 'WXYZ' };
const keyOfLetter = new Map(Object.entries(keypad).flatMap(([digit, letters]) => [...letters].map((letter) => [letter, digit])));

/** ", press 2" or "then press 2" after the number: a menu option, which the library does not read. */
const MENU_OPTION = /^(.+?)[\s,;]*\b(?:then\s+)?press\s+(\d{1,6})$/i;

/** A real, valid number and nothing else: extract: false refuses words around it ("call 312-..."). */
function readNumber(text: string): PhoneNumber | undefined {
  const phone = parsePhoneNumberFromString(text, { defaultCountry: 'US', extract: false });
  return phone?.isValid() ? phone : undefined;
}

/**
 * A vanity number, written in capitals as organisations publish them (1-800-GOT-MILK). Letters
 * may run on past the last digit the number needs, as in 1-855-HELP-MY-FAMILY: those letters are
 * not dialled (a number has a fixed length; the network ignores the rest). At least one letter
 * must be part of the number, so a word after a complete number ("SPANISH") is not read as one.
 */
function readVanity(text: string): PhoneNumber | undefined {
  if (!/[A-Z]/.test(text) || !/^[+0-9A-Z\s().-]+$/.test(text)) return undefined;
  const dialled = [...text].map((char) => keyOfLetter.get(char) ?? char).join('');
  // The longest number that leaves only letters (and hyphens between them) undialled.
  for (let end = text.length; end > 0; end -= 1) {
    if (!/^[A-Z-]*$/.test(text.slice(end)) || !/[A-Z]/.test(text.slice(0, end))) return undefined;
    const phone = /[0-9A-Z]$/.test(text.slice(0, end)) ? readNumber(dialled.slice(0, end)) : undefined;
    if (phone) return phone;
  }
  return undefined;
}

/**
 * Reads a phone number as a volunteer writes it: a US number unless it starts with +, with an
 * extension ("ext. 2", "x2", "extension 2"), a menu option (", press 2") or keypad letters
 * (1-855-HELP-MY-FAMILY). Returns null for anything that is not a real, valid number, or that has
 * words beside it, so nothing doubtful is dialled.
 * Short codes (911, *9233#) are not phone numbers here: content writes them as `dial:`.
 */
export function parsePhone(input: string): ParsedPhone | null {
  const text = input.trim();
  const menu = MENU_OPTION.exec(text);
  const written = menu ? menu[1] : text;
  const direct = readNumber(written);
  const phone = direct ?? readVanity(written);
  if (!phone) return null;
  // Formatted without the extension, which pages set apart in the reader's language.
  const digits = parsePhoneNumberFromString(phone.number)!;
  return {
    e164: phone.number,
    display: digits.countryCallingCode === '1' ? digits.formatNational() : digits.formatInternational(),
    ...(direct ? {} : { vanity: written }),
    ...(phone.ext ? { extension: phone.ext } : {}),
    ...(menu ? { press: menu[2] } : {}),
  };
}

/**
 * The tel: link that calls a number: E.164, then an extension or menu option after a comma, which
 * Android's and iOS's dialers send as tones after a pause of about two seconds once the call is
 * answered (the form conference "one tap" links use). Not RFC 3966's ";ext=2": Android's dialer
 * turns the letters of "ext" into keypad digits and sends 3982, a wrong extension.
 */
export function telHref(phone: Pick<ParsedPhone, 'e164' | 'extension' | 'press'>): string {
  return `tel:${[phone.e164, phone.extension, phone.press].filter(Boolean).join(',')}`;
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

/**
 * How the site reads a phone number, written once for the build and for the browser: a US number
 * unless it starts with +, digits and the usual punctuation only, and a real number for
 * libphonenumber-js. The caller passes the parser: the build reads content with the full metadata
 * (lib/phone.ts), and the family plan's module (enhance/plan.ts) checks typed numbers with the small
 * 'libphonenumber-js/min', which checks lengths but not every digit pattern.
 */
import type { parsePhoneNumberFromString } from 'libphonenumber-js/min';

export type ParsedPhone = {
  /** For tel: links, e.g. +13126601370. */
  e164: string;
  /** How the reader sees it: national format in the US, international otherwise. */
  display: string;
};

type Parser = typeof parsePhoneNumberFromString;

/** The number, or null for anything that is not a real, valid number, so nothing doubtful is dialled. */
export function readPhone(input: string, parse: Parser): ParsedPhone | null {
  if (!/^[+0-9().\s-]+$/.test(input.trim())) return null;
  const phone = parse(input, 'US');
  if (!phone || !phone.isValid()) return null;
  return {
    e164: phone.number,
    display: phone.country === 'US' || phone.countryCallingCode === '1' ? phone.formatNational() : phone.formatInternational(),
  };
}

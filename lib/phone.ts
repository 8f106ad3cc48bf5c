import { parsePhoneNumberFromString } from 'libphonenumber-js/max';

export type ParsedPhone = {
  /** For tel: links, e.g. +13126601370. */
  e164: string;
  /** How the reader sees it: national format in the US, international otherwise. */
  display: string;
};

/**
 * Reads a phone number as a volunteer writes it: a US number unless it starts with +.
 * Returns null for anything that is not a real, valid number, so nothing doubtful is dialled.
 * Short codes (911, *9233#) are not phone numbers here: content writes them as `dial:`.
 */
export function parsePhone(input: string): ParsedPhone | null {
  if (!/^[+0-9().\s-]+$/.test(input.trim())) return null;
  const phone = parsePhoneNumberFromString(input, 'US');
  if (!phone || !phone.isValid()) return null;
  return {
    e164: phone.number,
    display: phone.country === 'US' || phone.countryCallingCode === '1' ? phone.formatNational() : phone.formatInternational(),
  };
}

/** tel: link target for a short code; '#' must be escaped or the browser drops it. */
export function dialHref(code: string): string {
  return `tel:${code.replace(/#/g, '%23')}`;
}

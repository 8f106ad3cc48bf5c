/**
 * The phone-number library with its metadata for every country (about 31 KB gzip): only the pages
 * that check a typed number load it, when they open (enhance/lib/phone-library.ts), so it is
 * neither bundled into their modules nor saved for offline use with every language.
 */
export { parsePhoneNumberFromString } from 'libphonenumber-js/min';

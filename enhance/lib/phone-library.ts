/**
 * Loads the phone library (enhance/lazy/phone.ts) for a page that checks typed numbers. Where it
 * cannot load (offline, before it was ever fetched) numbers are taken as typed, unchecked: the page
 * still works, and `onReady` lets it check again once the library arrives.
 */
type Library = typeof import('libphonenumber-js/min');
type Parser = Library['parsePhoneNumberFromString'];

/** Where scripts/lib/enhancements.ts writes enhance/lazy/phone.ts; an address, so it is not bundled here. */
const LIBRARY = '/_enhance/lazy/phone.js';

let parser: Parser | null = null;
const ready: Promise<Parser | null> = (import(LIBRARY) as Promise<Library>).then(
  (library) => (parser = library.parsePhoneNumberFromString),
  () => null,
);

/** The parser, or null while it loads or where it could not. */
export const phoneParser = (): Parser | null => parser;

/** Runs once the library has loaded (not at all where it could not). */
export function onPhoneLibrary(run: () => void): void {
  void ready.then((loaded) => loaded && run());
}

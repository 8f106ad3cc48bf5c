/**
 * The names of the caches the service worker keeps, and which of them a build may delete.
 *
 * - `kyr-shared`: Workbox's precache of what every page needs (scripts, styles, icons, the
 *   language chooser, the generic offline page). Workbox keys each entry by its revision, so a
 *   new build adds its files next to the old ones and removes the old ones when it activates.
 * - `kyr-<build>-<locale>`: the pages of one language, as one build made them: those saved up
 *   front and those the reader opened since (see offline-plan.ts). A new build fills its own
 *   cache for every language the reader had saved, with the same pages, before it takes over,
 *   then deletes the caches of older builds: a page is never served with scripts or styles of
 *   another build.
 * - `kyr-<build>-static`: a safety net for any /_next/static file the precache missed.
 */

const PREFIX = 'kyr';
export const SHARED_CACHE = `${PREFIX}-shared`;
const STATIC_PART = 'static';

/** A build id is the first 12 hex digits of a hash of everything the build caches. */
const BUILD = /^[0-9a-f]{12}$/;
const VERSIONED = new RegExp(`^${PREFIX}-([0-9a-f]{12})-([a-z]{2,3}(?:-[A-Za-z0-9]+)*|${STATIC_PART})$`);

type ParsedCacheName = { kind: 'shared' } | { kind: 'language'; build: string; locale: string } | { kind: 'static'; build: string };

function checkBuild(build: string): string {
  if (!BUILD.test(build)) throw new Error(`Not a build id: ${build}`);
  return build;
}

export function languageCacheName(build: string, locale: string): string {
  return `${PREFIX}-${checkBuild(build)}-${locale}`;
}

export function staticCacheName(build: string): string {
  return `${PREFIX}-${checkBuild(build)}-${STATIC_PART}`;
}

/** What a cache is, or null for a cache this site did not make. */
export function parseCacheName(name: string): ParsedCacheName | null {
  if (name === SHARED_CACHE) return { kind: 'shared' };
  const match = VERSIONED.exec(name);
  if (!match) return null;
  const [, build, part] = match;
  return part === STATIC_PART ? { kind: 'static', build } : { kind: 'language', build, locale: part };
}

/** Caches of other builds, to delete once this build has taken over. Others' caches are left alone. */
export function outdatedCaches(names: readonly string[], build: string): string[] {
  return names.filter((name) => {
    const parsed = parseCacheName(name);
    return parsed !== null && parsed.kind !== 'shared' && parsed.build !== build;
  });
}

/**
 * The languages a reader saved under an earlier build, which a new build saves again before
 * it takes over; languages the new build no longer has are dropped.
 */
export function languagesToCarryOver(names: readonly string[], build: string, locales: readonly string[]): string[] {
  const saved = new Set<string>();
  for (const name of names) {
    const parsed = parseCacheName(name);
    if (parsed?.kind === 'language' && parsed.build !== build && locales.includes(parsed.locale)) saved.add(parsed.locale);
  }
  return locales.filter((locale) => saved.has(locale));
}

/** Earlier builds' caches of one language: a page whose revision did not change is copied from them, not downloaded again. */
export function earlierLanguageCaches(names: readonly string[], build: string, locale: string): string[] {
  return names.filter((name) => {
    const parsed = parseCacheName(name);
    return parsed?.kind === 'language' && parsed.locale === locale && parsed.build !== build;
  });
}

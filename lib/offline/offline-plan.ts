/**
 * What the service worker caches, decided at build time (scripts/lib/offline-plan.ts), and the
 * small URL rules the worker applies to it. Pure: used by the worker, the build and the tests.
 */

/** One file to cache: its URL, a revision that changes when its content does, and its SRI hash. */
export type OfflineEntry = { url: string; revision: string | null; integrity: string };

export type OfflinePlan = {
  /** Changes whenever anything cached changes: it names the caches of this build. */
  build: string;
  /** Precached when the worker installs: what every page needs. */
  shared: OfflineEntry[];
  /** Cached when a reader first opens a page of that language. */
  languages: Record<string, OfflineEntry[]>;
};

/** The locale a path belongs to (`/es/help/` → `es`), or null outside every language. */
export function localeOfPath(pathname: string, locales: readonly string[]): string | null {
  const first = pathname.split('/')[1] ?? '';
  return locales.includes(first) ? first : null;
}

/**
 * The cache key of a page: the path without query or fragment, with the trailing slash the
 * site's pages always have (`/es/help?x=1` → `/es/help/`). Files with an extension keep theirs.
 */
export function pageKey(url: URL): string {
  const { pathname } = url;
  const last = pathname.slice(pathname.lastIndexOf('/') + 1);
  return pathname.endsWith('/') || last.includes('.') ? pathname : `${pathname}/`;
}

/** Where a reader who is offline lands for a page that is not saved: their language's page first. */
export function offlineFallbacks(pathname: string, locales: readonly string[]): string[] {
  const locale = localeOfPath(pathname, locales);
  return locale ? [`/${locale}/offline/`, '/offline/'] : ['/offline/'];
}

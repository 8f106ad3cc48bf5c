/**
 * What the service worker caches, decided at build time (scripts/lib/offline-plan.ts), and the
 * small URL rules the worker applies to it. Pure: used by the worker, the build and the tests.
 *
 * A language is saved in two parts. The pages a reader may need with no signal (every rights
 * topic, the card, the help directory, the family plan, the offline page: see SAVED_UP_FRONT)
 * are saved as soon as the reader opens any page of the language, in one download: the
 * language's pack, which holds them without the CSS each page carries online (the whole
 * stylesheet is precached, and the saved copies link it). Every other page of the language (the
 * printable sheets, the About pages, other regions' directories) is saved when the reader opens
 * it, and from then on works offline too.
 */

/** One file to cache: its URL, a revision that changes when its content does, and its SRI hash. */
export type OfflineEntry = { url: string; revision: string | null; integrity: string };

/** A file the worker downloads as it is, refusing any other content (subresource integrity). */
export type ExactFile = { url: string; integrity: string };

/**
 * A page of a language, as the language's index lists it. `integrity` is that of the page as
 * the site serves it: it says which version of the page a saved copy is, whether it came from
 * the pack or on its own. `gzipBytes` is what downloading the page alone costs.
 */
export type IndexedPage = ExactFile & { gzipBytes: number; upFront: boolean };

/** Every page of one language in this build, and the pack holding those saved up front. */
export type LanguageIndex = { pack: ExactFile & { gzipBytes: number }; pages: IndexedPage[] };

/** The pages saved up front, in one file; `headers` are those the host sends with every page. */
export type LanguagePack = { headers: Record<string, string>; pages: { url: string; contentType: string; body: string }[] };

export type OfflinePlan = {
  /** Changes whenever anything cached changes: it names the caches of this build. */
  build: string;
  /** Precached when the worker installs: what every page needs. */
  shared: OfflineEntry[];
  /** The index of each language, fetched when a reader first opens a page of it. */
  languages: Record<string, ExactFile>;
};

/**
 * The pages of a language saved as soon as a reader opens any page of it, as paths under
 * `/<locale>/` (`*` is one path segment). `help/` is the directory of the home region (every
 * page's "Find help" leads there). Every other page is saved when the reader opens it.
 */
const SAVED_UP_FRONT = ['', 'rights/*/', 'card/', 'help/', 'plan/', 'offline/', 'manifest.webmanifest'];

/** Whether a file of a language is saved up front (`/es/rights/if-arrested/`) or only once opened (`/es/print/`). */
export function isSavedUpFront(url: string, locale: string): boolean {
  const prefix = `/${locale}/`;
  if (!url.startsWith(prefix)) return false;
  const rest = url.slice(prefix.length).split('/');
  return SAVED_UP_FRONT.some((pattern) => {
    const parts = pattern.split('/');
    return parts.length === rest.length && parts.every((part, i) => (part === '*' ? rest[i] !== '' : part === rest[i]));
  });
}

/** Where the build writes a language's index and pack (outside every language, like /_next/). */
export function languageFiles(locale: string): { index: string; pack: string } {
  return { index: `/_offline/${locale}.json`, pack: `/_offline/${locale}.pages.json` };
}

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

/**
 * Where a reader who is offline lands for a page that is not saved. A region's contact directory
 * that was never opened: the help directory, which is saved and lists every region's contacts.
 * Otherwise their language's offline page first, then the offline page in every language.
 */
export function offlineFallbacks(pathname: string, locales: readonly string[]): string[] {
  const locale = localeOfPath(pathname, locales);
  if (!locale) return ['/offline/'];
  const region = new RegExp(`^/${locale}/help/[^/]+/$`).test(pathname) ? [`/${locale}/help/`] : [];
  return [...region, `/${locale}/offline/`, '/offline/'];
}

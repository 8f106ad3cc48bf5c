import { earlierLanguageCaches, languageCacheName } from '@/lib/offline/cache-names';
import { pageKey, type ExactFile, type IndexedPage, type LanguageIndex, type LanguagePack, type OfflinePlan } from '@/lib/offline/offline-plan';

/**
 * A made-up address, never a page: the language's index, put in its cache once every page saved
 * up front is there. It says the language is saved, and which pages the reader may keep later.
 */
const SAVED_MARKER = '/__offline__/saved';
/** Each cached copy says which version of its page it is, so a later build can reuse it if the page did not change. */
const INTEGRITY_HEADER = 'X-Offline-Integrity';
/** Enough to fill a slow connection without crowding out the page the reader is looking at. */
const PARALLEL_DOWNLOADS = 4;

/**
 * The pages of each language, one cache per language per build (see lib/offline/cache-names.ts).
 * Reads never create a cache: a cache exists only for a language the reader opened, which is
 * what tells a later build which languages to save again.
 */
export class LanguageCaches {
  private readonly saving = new Map<string, Promise<void>>();

  constructor(private readonly plan: OfflinePlan) {}

  has(locale: string): boolean {
    return Object.prototype.hasOwnProperty.call(this.plan.languages, locale);
  }

  /** This build's copy of a page or file of a language, if saved. */
  match(locale: string, url: URL): Promise<Response | undefined> {
    return caches.match(pageKey(url), { cacheName: this.cacheName(locale) });
  }

  async isSaved(locale: string): Promise<boolean> {
    return (await this.savedIndex(locale)) !== undefined;
  }

  /** Saves the pages of a language saved up front; a second call while one runs waits for the same work. */
  save(locale: string): Promise<void> {
    let pending = this.saving.get(locale);
    if (!pending) {
      pending = this.download(locale).finally(() => this.saving.delete(locale));
      this.saving.set(locale, pending);
    }
    return pending;
  }

  /** Keeps a page the reader opened that is saved only once opened (a flyer, say), when its language is saved. */
  async keep(locale: string, url: URL): Promise<void> {
    const key = pageKey(url);
    const page = (await this.savedIndex(locale))?.pages.find((entry) => entry.url === key && !entry.upFront);
    if (!page) return;
    const cache = await caches.open(this.cacheName(locale));
    if (!isCopyOf(await cache.match(page.url), page)) await cache.put(page.url, await savedCopy(await fetchExactly(page), page));
  }

  private cacheName(locale: string): string {
    return languageCacheName(this.plan.build, locale);
  }

  private async savedIndex(locale: string): Promise<LanguageIndex | undefined> {
    const marker = await caches.match(SAVED_MARKER, { cacheName: this.cacheName(locale) });
    return marker ? ((await marker.json()) as LanguageIndex) : undefined;
  }

  /**
   * Every page saved up front, and every page the reader kept under an earlier build: copied from
   * this build's cache or an earlier one when unchanged, otherwise downloaded, from the pack when
   * that costs fewer bytes than the missing pages one by one (a first visit), else page by page
   * (a new build that changed a few pages).
   */
  private async download(locale: string): Promise<void> {
    const cache = await caches.open(this.cacheName(locale));
    const earlier = await Promise.all(earlierLanguageCaches(await caches.keys(), this.plan.build, locale).map((name) => caches.open(name)));
    const index = (await (await fetchExactly(this.plan.languages[locale])).json()) as LanguageIndex;
    const missing: IndexedPage[] = [];
    await forEachInParallel(index.pages, PARALLEL_DOWNLOADS, async (page) => {
      // Already here (an interrupted save resumed), or unchanged since an earlier build: no download.
      if (isCopyOf(await cache.match(page.url), page)) return;
      let keptBefore = false;
      for (const old of earlier) {
        const copy = await old.match(page.url);
        if (isCopyOf(copy, page)) return cache.put(page.url, copy!);
        keptBefore ||= copy !== undefined;
      }
      if (page.upFront || keptBefore) missing.push(page);
    });
    const packable = missing.filter((page) => page.upFront);
    const alone = new Set(missing);
    if (packable.reduce((bytes, page) => bytes + page.gzipBytes, 0) > index.pack.gzipBytes) {
      const pack = (await (await fetchExactly(index.pack)).json()) as LanguagePack;
      for (const page of packable) {
        const packed = pack.pages.find((entry) => entry.url === page.url);
        if (!packed) continue;
        const headers = new Headers({ ...pack.headers, 'Content-Type': packed.contentType, [INTEGRITY_HEADER]: page.integrity });
        await cache.put(page.url, new Response(packed.body, { headers }));
        alone.delete(page);
      }
    }
    await forEachInParallel([...alone], PARALLEL_DOWNLOADS, async (page) => cache.put(page.url, await savedCopy(await fetchExactly(page), page)));
    await cache.put(SAVED_MARKER, new Response(JSON.stringify(index), { headers: { 'Content-Type': 'application/json' } }));
  }
}

function isCopyOf(response: Response | undefined, page: ExactFile): boolean {
  return response?.headers.get(INTEGRITY_HEADER) === page.integrity;
}

/**
 * Downloads the very file this build lists. `no-cache` makes the HTTP cache check with the
 * server (a cheap 304 when nothing changed) instead of handing back another build's file;
 * `integrity` makes the browser refuse any other content, e.g. from a CDN edge that still has
 * the old page during a deploy. A refused file is asked for once more, past every cache.
 */
async function fetchExactly(file: ExactFile): Promise<Response> {
  const request = { integrity: file.integrity, credentials: 'same-origin' } as const;
  const response = await fetch(file.url, { ...request, cache: 'no-cache' }).catch(() => fetch(file.url, { ...request, cache: 'reload' }));
  if (!response.ok) throw new Error(`Could not save ${file.url}: HTTP ${response.status}`);
  return response;
}

/** A page as downloaded, marked with its version; a fresh Response, as a redirected one could not answer a navigation. */
async function savedCopy(response: Response, page: ExactFile): Promise<Response> {
  const headers = new Headers(response.headers);
  headers.set(INTEGRITY_HEADER, page.integrity);
  return new Response(await response.blob(), { status: response.status, statusText: response.statusText, headers });
}

/** Runs a task over items, a few at a time; the first failure stops the rest and is thrown. */
async function forEachInParallel<T>(items: readonly T[], limit: number, task: (item: T) => Promise<unknown>): Promise<void> {
  let next = 0;
  let failure: { error: unknown } | undefined;
  const lane = async () => {
    while (!failure && next < items.length) {
      try {
        await task(items[next++]);
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
  if (failure) throw failure.error;
}

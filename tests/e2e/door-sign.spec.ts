import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { locales } from '../../i18n/routing';
import { getContent } from '../../lib/content';
import { doorSignData } from '../../lib/door-sign';
import { flyerCautions } from '../../lib/flyer';
import { pagesWhenPrinted } from './support/pdf';

type Messages = Record<string, Record<string, string>>;
const messages = (locale: string): Messages => JSON.parse(readFileSync(`messages/${locale}.json`, 'utf8'));
const english = messages('en');
const inEnglish = new Intl.DisplayNames(['en'], { type: 'language' });
const languageName = (locale: string) => inEnglish.of(locale) ?? locale;
const steps = ['warrant', 'silent', 'noSign', 'comeIn'] as const;
const content = getContent();

test.describe('a family prints a sign for the inside of the front door: it is exactly one page', () => {
  // Every language: the sign has one type size for all languages with English, so the longest must fit too.
  for (const locale of locales) {
    for (const paper of ['Letter', 'A4'] as const) {
      test(`the door sign in ${languageName(locale)} on ${paper}`, async ({ page }) => {
        expect(await pagesWhenPrinted(page, `/${locale}/print/door-sign/`, paper)).toBe(1);
      });
    }
  }
});

test.describe('what the door sign says', () => {
  for (const locale of ['es', 'ar', 'zh'] as const) {
    test(`in ${languageName(locale)}, "do not open the door" heads the sign with the English beneath it, and so does every step, on paper`, async ({
      page,
    }) => {
      const local = messages(locale);
      await page.goto(`/${locale}/print/door-sign/`);
      await page.emulateMedia({ media: 'print' });
      const sign = page.locator('main[data-door-sign]');
      await expect(sign.locator('h1')).toHaveText(local.doorSign.heading);
      await expect(sign.locator('h1')).toBeVisible();
      const englishHeading = sign.locator('header [lang="en"]');
      await expect(englishHeading).toContainText(english.doorSign.heading);
      await expect(englishHeading).toBeVisible();
      for (const step of steps) {
        await expect(sign.locator('li', { hasText: local.doorSign[step] })).toBeVisible();
        await expect(sign.locator('li [lang="en"]', { hasText: english.doorSign[step] })).toBeVisible();
      }
    });
  }

  for (const locale of ['en', 'es', 'ar', 'zh'] as const) {
    test(`in ${languageName(locale)}, it gives the door topic's phrases to say, one number to call, and the cautions the flyer gives`, async ({ page }) => {
      const { topic, help } = doorSignData(content, locale);
      await page.goto(`/${locale}/print/door-sign/`);
      const sign = page.locator('main[data-door-sign]');
      for (const phrase of topic.say) {
        await expect(sign.locator('[lang="en"]', { hasText: phrase.en }).first()).toBeVisible();
        await expect(sign).toContainText(phrase.local);
      }
      await expect(sign.locator('a[data-phone]')).toHaveAttribute('href', help!.phone.href!);
      const footer = sign.locator('footer');
      const cautions = flyerCautions([topic]);
      const local = messages(locale);
      expect((await footer.innerText()).includes(local.print.machineDraft)).toBe(cautions.machineDraft);
      expect((await footer.innerText()).includes(local.topic.reviewUnreviewed)).toBe(cautions.unreviewed);
      await expect(footer).toContainText(local.topic.notLegalAdvice);
    });
  }

  test('in English the sign is in English only: every line once', async ({ page }) => {
    await page.goto('/en/print/door-sign/');
    const sign = page.locator('main[data-door-sign]');
    await expect(sign).toHaveAttribute('data-door-sign', 'single');
    const text = await sign.innerText();
    for (const line of [english.doorSign.heading, ...steps.map((step) => english.doorSign[step])]) expect(text.split(line).length - 1).toBe(1);
  });

  test('in Arabic the sign reads right to left: the heading starts at the right edge, and the English lines keep to the right too', async ({ page }) => {
    await page.goto('/ar/print/door-sign/');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    const sign = page.locator('main[data-door-sign]');
    const [main, heading] = await Promise.all([
      sign.boundingBox(),
      sign.locator('h1').evaluate((element) => {
        const range = document.createRange();
        range.selectNodeContents(element);
        const { left, right } = range.getBoundingClientRect();
        return { left, right };
      }),
    ]);
    expect(Math.abs(main!.x + main!.width - heading.right)).toBeLessThanOrEqual(2);
    expect(heading.left).toBeGreaterThan(main!.x + main!.width / 3);
    // The English under the heading and under each step, and the phrases to say.
    const englishLines = sign.locator('p[lang="en"]');
    await expect(englishLines).toHaveCount(1 + steps.length + doorSignData(content, 'ar').topic.say.length);
    for (const line of await englishLines.all()) {
      await expect(line).toHaveAttribute('dir', 'ltr');
      expect(await line.evaluate((element) => getComputedStyle(element).textAlign)).toBe('right');
    }
  });
});

test.describe('a family looks for the door sign', () => {
  test('the print page links to it in the reader language, and its on-screen help and way back do not print', async ({ page }) => {
    await page.goto('/es/print/');
    await page.locator('main a[href="/es/print/door-sign/"]').click();
    await expect(page).toHaveURL(/\/es\/print\/door-sign\/$/);
    await expect(page.locator('nav')).toHaveCount(0);
    const bar = page.locator('.no-print');
    await expect(bar).toContainText(messages('es').doorSign.tape);
    await expect(bar.locator('a[href="/es/print/"]')).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await expect(bar).toBeHidden();
  });
});

import { expect, type Page, test } from '@playwright/test';
import { getContent } from '../../lib/content';
import { consularLines } from '../../lib/flyer';
import { regionChain } from '../../lib/content';
import { pdfPageCount } from './support/pdf';

const content = getContent();
const chicago = regionChain(content.regions, 'us-il-chicago');
const consulates = consularLines(content.contacts, chicago);
const line = (country: string) => consulates.find((candidate) => candidate.country === country)!;

/** What the organizer sees under the choices: fits, or does not fit and what to drop. */
const status = (page: Page) => page.locator('[data-fit-status]');

async function choose(page: Page, name: string, values: string[]) {
  for (const box of await page.locator(`input[name="${name}"]`).all()) {
    const value = (await box.getAttribute('value'))!;
    if (values.includes(value) !== (await box.isChecked())) await box.click();
  }
}

test.describe('an organizer in Chicago makes the flyer their block needs', () => {
  test.use({ viewport: { width: 360, height: 800 } });

  test('Spanish with English beside it, the Mexican, Guatemalan and Honduran consulates, their own line: one page on Letter and A4', async ({ page }) => {
    await page.goto('/es/print/');
    await page.locator('a[href="/es/print/flyer/"]').click();
    const form = page.locator('form[data-module="flyer-builder"]');
    await expect(form).toBeVisible();
    await page.selectOption('select[name="also"]', 'en');
    await choose(page, 'country', ['MX', 'GT', 'HN']);
    await choose(page, 'rights', ['door', 'arrest']);
    await choose(page, 'line', ['icirr-family-support-hotline', 'nijc']);
    await page.fill('input[name="org"]', 'Consejo Vecinal de La Villita');
    await page.fill('input[name="orgPhone"]', '(312) 555-0199');
    await expect(page.locator('[data-flyer]')).toHaveAttribute('data-flyer', 'bilingual');
    await expect(status(page)).toHaveAttribute('data-fits', 'true');

    const flyer = page.locator('[data-flyer]');
    for (const country of ['MX', 'GT', 'HN']) {
      const entry = flyer.locator(`[data-country="${country}"]:visible`);
      await expect(entry).toHaveCount(1);
      if (line(country).phone) await expect(entry).toContainText(line(country).phone!.display);
      else await expect(entry.locator('[data-no-phone]')).toBeVisible();
    }
    const own = flyer.locator('[data-org]');
    await expect(own).toContainText('(312) 555-0199');
    await expect(own).toContainText('Consejo Vecinal de La Villita');
    await expect(own).toContainText('Este sitio no ha verificado');
    // English printed beside the Spanish, once.
    await expect(flyer.locator('[data-t="title"] [data-also][lang="en"]')).toHaveText('Know your rights');
    await expect(flyer.locator('[data-t="rightsHeading"] [data-also][lang="en"]')).toHaveCount(1);

    for (const format of ['Letter', 'A4'] as const) expect(pdfPageCount(await page.pdf({ format }))).toBe(1);
  });

  test('the address keeps the choices: opening it again makes the same flyer', async ({ page, context }) => {
    await page.goto('/es/print/flyer/');
    await choose(page, 'country', ['PL', 'UA']);
    await choose(page, 'rights', ['door', 'street', 'arrest']);
    await page.fill('input[name="org"]', 'Parafia');
    await expect(page).toHaveURL(/org=Parafia/);
    const shown = async (where: Page) =>
      where.locator('[data-flyer] [data-block]:not([hidden])').evaluateAll((blocks) => blocks.map((block) => (block as HTMLElement).dataset.block));
    const before = await shown(page);
    const again = await context.newPage();
    await again.goto(page.url());
    await expect(again.locator('form[data-module="flyer-builder"]')).toBeVisible();
    expect(await shown(again)).toEqual(before);
    await expect(again.locator('input[name="country"][value="PL"]')).toBeChecked();
    await expect(again.locator('input[name="country"][value="MX"]')).not.toBeChecked();
  });

  test('a number that is not a phone number is refused with a message, and the flyer does not print it', async ({ page }) => {
    await page.goto('/en/print/flyer/');
    await page.fill('input[name="orgPhone"]', '555-12');
    const error = page.locator('[data-phone-error]');
    await expect(error).toBeVisible();
    await expect(error).toContainText('not a phone number');
    await expect(page.locator('input[name="orgPhone"]')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('[data-org]')).toBeHidden();
    await expect(status(page)).toHaveAttribute('data-fits', 'false');
  });

  test('too many choices: the builder says it does not fit and what to drop, before printing', async ({ page }) => {
    await page.goto('/en/print/flyer/');
    await page.selectOption('select[name="also"]', 'es');
    await choose(page, 'rights', ['door', 'street', 'car', 'work', 'arrest', 'sign']);
    await choose(
      page,
      'country',
      consulates.map((candidate) => candidate.country),
    );
    await expect(status(page)).toContainText('does not fit on one page');
    await expect(status(page)).toContainText('without the second language');
    await expect(status(page)).toHaveAttribute('data-fits', 'false');
    // The print button shows the message instead of printing a second page.
    let printed = false;
    await page.exposeFunction('notePrint', () => (printed = true));
    await page.evaluate(() => (window.print = () => (window as unknown as { notePrint: () => void }).notePrint()));
    await page.locator('[data-print]').click();
    await expect(status(page)).toBeFocused();
    expect(printed).toBe(false);
  });
});

test.describe('an organizer whose browser runs no JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('prints a ready-made Chicago flyer with the consulates of its communities', async ({ page }) => {
    await page.goto('/es/print/');
    await page.locator('a[href="/es/print/flyer/us-il-chicago/"]').click();
    const flyer = page.locator('[data-flyer]');
    for (const country of ['MX', 'GT', 'HN']) await expect(flyer.locator(`[data-country="${country}"]`)).toBeVisible();
    await expect(flyer.locator('[data-country="MX"]')).toContainText(line('MX').phone!.display);
    expect(pdfPageCount(await page.pdf({ format: 'Letter' }))).toBe(1);
  });

  test('the builder page says choosing needs JavaScript and still prints its flyer', async ({ page }) => {
    await page.goto('/es/print/flyer/');
    await expect(page.locator('[data-builder-without-js]')).toBeVisible();
    await expect(page.locator('form[data-module="flyer-builder"]')).toBeHidden();
    await expect(page.locator('[data-flyer] [data-country="MX"]:visible')).toHaveCount(1);
    expect(pdfPageCount(await page.pdf({ format: 'A4' }))).toBe(1);
  });
});

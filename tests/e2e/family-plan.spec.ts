/**
 * A parent makes the family emergency plan on a phone, prints it, and nothing of it stays
 * anywhere: not in the browser, not in the address, not on the network. With JavaScript off the
 * same page prints as a blank form to fill in by hand.
 */
import { expect, type Page, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { locales } from '../../i18n/routing';
import { getContent } from '../../lib/content';
import { legalAidChoices, planRows } from '../../lib/family-plan';
import { textDirection } from '../../lib/locale';
import { siteConfig } from '../../site.config';
import { pdfPageCount, pdfPageText } from './support/pdf';

type PlanMessages = Record<string, string>;
const messages = (locale: string) => JSON.parse(readFileSync(`messages/${locale}.json`, 'utf8')).plan as PlanMessages;
const en = messages('en');
const papers = ['Letter', 'A4'] as const;
/** The lawyer the parent picks: the first legal-aid line the page offers for the home region. */
const lawyer = legalAidChoices(getContent(), siteConfig.homeRegion)[0];

test.use({ viewport: { width: 360, height: 740 } });

async function openPlan(page: Page, locale = 'en') {
  await page.goto(`/${locale}/plan/`);
  await expect(page.locator('[data-module="plan"][data-module-ready]')).toBeAttached();
}

/** Every request the page makes from now on. */
function requestsFrom(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (request) => seen.push(request.url()));
  return seen;
}

async function fillPeople(page: Page) {
  await page.fill('#plan-person-1-name', 'Maria Lopez');
  await page.fill('#plan-person-1-relation', 'sister');
  await page.fill('#plan-person-1-phone', '312 555 0142');
  await page.fill('#plan-person-2-name', 'Jose Ramirez');
  await page.fill('#plan-person-2-relation', 'neighbor');
  await page.fill('#plan-person-2-phone', '+52 55 1234 5678');
  await page.fill('#plan-child-1-name', 'Sofia Lopez');
  await page.fill('#plan-child-1-place', 'Jefferson Elementary');
  await page.fill('#plan-child-1-pickup', 'Maria Lopez');
  await page.fill('#plan-child-1-pickupPhone', '(312) 555-0142');
  await page.selectOption('#plan-lawyer-pick', lawyer.contact.id);
  await page.fill('#plan-adult-1-name', 'Rosa Lopez');
  await page.fill('#plan-care-agreed', 'The children stay with Maria and keep their school.');
  // Leaving the last field commits it, as a parent moving on would.
  await page.locator('#plan-care-agreed').blur();
}

/** What the browser holds for this site besides the page itself. */
async function stored(page: Page) {
  const inPage = await page.evaluate(async () => ({
    localStorage: localStorage.length,
    sessionStorage: sessionStorage.length,
    indexedDB: (await indexedDB.databases()).length,
    caches: (await caches.keys()).length,
  }));
  return { ...inPage, cookies: (await page.context().cookies()).length };
}

test.describe('a parent fills the family plan on a 360 px phone', () => {
  test('types the people, a child and a lawyer from the directory, prints one page for the home and the cards, and nothing is kept or sent', async ({
    page,
  }) => {
    await openPlan(page);
    const requests = requestsFrom(page);
    await fillPeople(page);

    // A number nobody could dial is refused, with a message, and stays off the cards.
    const wrong = page.locator('#plan-person-3-phone');
    await page.fill('#plan-person-3-name', 'Ana');
    await wrong.fill('12345');
    await wrong.press('Tab');
    await expect(wrong).toHaveAttribute('aria-invalid', 'true');
    await expect(wrong).toHaveAccessibleDescription(en.phoneInvalid);
    const card = page.locator('[data-plan-card]').first();
    await expect(card.locator('[data-card="person-3"]')).toHaveText('Ana');
    await expect(card.locator('[data-card="person-3-phone"]')).toHaveText('\u00a0');

    // Print refuses too, and says why; the parent fixes the number.
    await page.evaluate(() => {
      window.print = () => document.documentElement.setAttribute('data-test-printed', '');
    });
    await page.getByRole('button', { name: en.printButton }).click();
    await expect(page.locator('[data-plan-print-status]')).toHaveText(en.printFix);
    await expect(wrong).toBeFocused();
    await wrong.fill('773-555-0199');
    await expect(wrong).not.toHaveAttribute('aria-invalid');
    await wrong.press('Tab');
    await expect(wrong).toHaveValue('(773) 555-0199');
    await page.getByRole('button', { name: en.printButton }).click();
    await expect(page.locator('html')).toHaveAttribute('data-test-printed', '');

    // The lawyer picked from the directory is written into the lines, and onto every card.
    await expect(page.locator('#plan-lawyer-name')).toHaveValue(lawyer.contact.name);
    await expect(page.locator('#plan-lawyer-phone')).toHaveValue(lawyer.phone.display);
    for (const each of await page.locator('[data-plan-card]').all()) {
      await expect(each.locator('[data-card="person-1"]')).toHaveText('Maria Lopez (sister)');
      await expect(each.locator('[data-card="person-1-phone"]')).toHaveText('(312) 555-0142');
      await expect(each.locator('[data-card="person-2-phone"]')).toHaveText('+52 55 1234 5678');
      await expect(each.locator('[data-card="lawyer-phone"]')).toHaveText(lawyer.phone.display);
    }
    await expect(card.locator('[data-card="holder"]')).toHaveText('Rosa Lopez');

    for (const format of papers) {
      const pdf = await page.pdf({ format });
      expect(pdfPageCount(pdf), `${format}: the plan for the home, then the cards`).toBe(2);
      const home = pdfPageText(pdf, 1);
      for (const typed of [
        'Maria Lopez',
        'sister',
        '(312) 555-0142',
        '+52 55 1234 5678',
        'Sofia Lopez',
        'Jefferson Elementary',
        '(773) 555-0199',
        lawyer.phone.display,
      ])
        expect(home, `${format}, page 1`).toContain(typed);
      expect(home).toContain(en.keepPaper);
      const cards = pdfPageText(pdf, 2);
      for (const typed of ['Rosa Lopez', 'Maria Lopez (sister)', 'Jose Ramirez (neighbor)', 'Ana', '(312) 555-0142', '(773) 555-0199', en.cardTitle])
        expect(cards, `${format}, page 2`).toContain(typed);
      expect(cards).not.toContain('Jefferson Elementary');
    }

    expect(await stored(page)).toEqual({ localStorage: 0, sessionStorage: 0, indexedDB: 0, caches: 0, cookies: 0 });
    expect(page.url()).toMatch(/\/en\/plan\/$/);
    expect(requests, 'requests while typing and printing').toEqual([]);
  });

  test('reloads, or comes back to the page, and finds every field empty', async ({ page }) => {
    const fields = page.locator('form[data-plan-form] :is(input, textarea, select)');
    const values = () => fields.evaluateAll((elements) => elements.map((element) => (element as HTMLInputElement).value).filter(Boolean));
    await openPlan(page);
    await fillPeople(page);
    expect((await values()).length).toBeGreaterThan(5);

    await page.reload();
    await expect(page.locator('[data-module="plan"][data-module-ready]')).toBeAttached();
    expect(await values()).toEqual([]);
    await expect(page.locator('[data-plan-card] [data-card="person-1"]').first()).toHaveText('\u00a0');

    await fillPeople(page);
    await page.goto('/en/');
    await page.goBack();
    await expect(page.locator('#plan-person-1-name')).toBeVisible();
    expect(await values()).toEqual([]);
  });

  test('presses Enter in a field: nothing is submitted and the address stays the same', async ({ page }) => {
    await openPlan(page);
    const requests = requestsFrom(page);
    await page.fill('#plan-person-1-name', 'Maria Lopez');
    await page.press('#plan-person-1-name', 'Enter');
    await page.fill('#plan-person-1-phone', '312 555 0142');
    await page.press('#plan-person-1-phone', 'Enter');
    await expect(page.locator('#plan-person-1-name')).toHaveValue('Maria Lopez');
    expect(page.url()).toMatch(/\/en\/plan\/$/);
    expect(requests).toEqual([]);
  });

  test('adds people, children and adults up to the most that still print the home plan on one page', async ({ page }) => {
    await openPlan(page);
    for (const [kind, label] of [
      ['person', en.addPerson],
      ['child', en.addChild],
      ['health', en.addHealth],
      ['adult', en.addAdult],
    ] as const) {
      const add = page.getByRole('button', { name: label });
      for (let count = planRows[kind].rendered; count < planRows[kind].max; count += 1) await add.click();
      await expect(add).toBeHidden();
      await expect(page.locator(`[data-plan-rows="${kind}"] [data-plan-row]`)).toHaveCount(planRows[kind].max);
    }
    // The new row is named and labelled like the others, and its field has the focus.
    const last = planRows.person.max;
    await expect(page.getByRole('group', { name: en.person.replace('{number}', String(last)) })).toBeVisible();
    await expect(page.getByLabel(en.name, { exact: true }).nth(last - 1)).toHaveAttribute('id', `plan-person-${last}-name`);
    await expect(page.locator('[data-plan-card]')).toHaveCount(planRows.adult.max);
    await page.fill(`#plan-adult-${planRows.adult.max}-name`, 'Last Adult');
    await expect(page.locator('[data-plan-card] [data-card="holder"]').last()).toHaveText('Last Adult');
    expect(await page.locator('[id]').evaluateAll((elements) => elements.length - new Set(elements.map((element) => element.id)).size)).toBe(0);

    await fillPeople(page);
    for (const format of papers) expect(pdfPageCount(await page.pdf({ format })), format).toBe(2);
  });

  for (const locale of ['ar', 'zh', 'ur'] as const) {
    test(`fills every row in ${locale}: the plan and its 8 cards still print on two pages`, async ({ page }) => {
      await openPlan(page, locale);
      const words = messages(locale);
      for (const key of ['addPerson', 'addChild', 'addHealth', 'addAdult']) {
        const add = page.getByRole('button', { name: words[key] });
        while (await add.isVisible()) await add.click();
      }
      await fillPeople(page);
      for (const format of papers) expect(pdfPageCount(await page.pdf({ format })), format).toBe(2);
    });
  }
});

test.describe('a parent whose browser runs no scripts', () => {
  test.use({ javaScriptEnabled: false });

  test('sees the blank form, with the rows to fill in, and no buttons that need a script', async ({ page }) => {
    await page.goto('/en/plan/');
    await expect(page.locator('[data-plan-rows="person"] [data-plan-row]')).toHaveCount(planRows.person.rendered);
    await expect(page.locator('[data-plan-rows="child"] [data-plan-row]')).toHaveCount(planRows.child.rendered);
    await expect(page.getByLabel(en.phone).first()).toBeEditable();
    await expect(page.locator('main').getByRole('button')).toHaveCount(0);
    await expect(page.getByText(en.printEmpty)).toBeVisible();
  });

  for (const locale of locales) {
    test(`prints the blank plan in ${locale}: a page to fill in by hand and a page of cards, on Letter and A4`, async ({ page }) => {
      await page.goto(`/${locale}/plan/`);
      const words = messages(locale);
      for (const format of papers) {
        const pdf = await page.pdf({ format });
        expect(pdfPageCount(pdf), format).toBe(2);
        // Compared without spaces and the direction marks pdftotext adds around right-to-left text.
        const squeeze = (text: string) => text.replace(/[\s\u200e\u200f\u202a-\u202e\u2066-\u2069]+/g, '');
        // Every card labels its lines in English too, beside the reader's language.
        for (const label of [en.cardName, en.cardLawyer]) expect(squeeze(pdfPageText(pdf, 2))).toContain(squeeze(label));
        // pdftotext gives right-to-left letters back in another order: read those headings on screen instead.
        if (textDirection(locale) === 'ltr') expect(squeeze(pdfPageText(pdf, 1))).toContain(squeeze(words.peopleHeading));
        else await expect(page.getByRole('heading', { name: words.peopleHeading })).toBeVisible();
      }
    });
  }
});

test.describe('a parent who saved their language, then lost signal', () => {
  test.use({ serviceWorkers: 'allow' });

  test('opens the plan offline after opening it once online, and it still checks numbers and fills the cards', async ({ page, context }) => {
    test.setTimeout(120_000);
    await page.goto('/es/');
    const saved = (JSON.parse(readFileSync('messages/es.json', 'utf8')).offline as Record<string, string>).saved;
    await expect(page.locator('[data-offline-status] > span').filter({ hasText: saved, visible: true })).toBeVisible({ timeout: 60_000 });
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    // Opened once with signal: the phone-number checker is saved then (it is not saved with every language).
    await page.goto('/es/plan/');
    await page.waitForLoadState('networkidle');
    await context.setOffline(true);
    await openPlan(page, 'es');
    await page.fill('#plan-person-1-name', 'Maria Lopez');
    await page.fill('#plan-person-1-phone', '12345');
    await page.press('#plan-person-1-phone', 'Tab');
    await expect(page.locator('#plan-person-1-phone')).toHaveAccessibleDescription(messages('es').phoneInvalid);
    await expect(page.locator('[data-plan-card] [data-card="person-1"]').first()).toHaveText('Maria Lopez');
  });
});

import { expect, test } from '@playwright/test';
import VCard from 'vcf';
import { contactsForRegion } from '../../lib/content';
import { loadContent } from '../../lib/content/load';
import { parsePhone, telHref } from '../../lib/phone';
import es from '../../messages/es.json' with { type: 'json' };

const { content } = loadContent();
const regions = content.regions.map((region) => region.id);
const expectedTels = (contacts: typeof content.contacts) =>
  contacts.flatMap((contact) =>
    contact.phones.flatMap((phone) => (phone.number && !['text', 'whatsapp', 'fax'].includes(phone.label) ? [telHref(parsePhone(phone.number)!)] : [])),
  );

test.describe('someone looks for a number to call', () => {
  for (const region of regions) {
    test(`on the ${region} page, every call link is a valid E.164 number from the content files`, async ({ page }) => {
      await page.goto(`/en/help/${region}/`);
      const hrefs = await page.locator('[data-directory] a[href^="tel:"]').evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
      for (const href of hrefs) expect(href).toMatch(/^tel:(\+[1-9]\d{7,14}(,\d{1,9}){0,2}|[0-9*]+(%23)?)$/);
      expect(hrefs.sort()).toEqual(expectedTels(contactsForRegion(content, region)).sort());
    });
  }

  test('a number published with letters shows them, with the digits a tap dials, in the same button', async ({ page }) => {
    await page.goto('/es/help/');
    const vanityNumbers = content.contacts.flatMap((contact) =>
      contact.phones.flatMap((phone) => ('vanity' in phone && phone.vanity ? [{ contact, phone }] : [])),
    );
    expect(vanityNumbers.length, 'content has a vanity number (ICIRR’s 1-855-HELP-MY-FAMILY)').toBeGreaterThan(0);
    for (const { contact, phone } of vanityNumbers) {
      const button = page.locator(`#${contact.id} a[href="${telHref(phone)}"]`);
      await expect(button.locator('[data-vanity]')).toHaveText(phone.vanity!);
      await expect(button).toContainText(phone.display);
    }
  });

  test('a regional page also lists the national and statewide lines', async ({ page }) => {
    await page.goto('/en/help/us-il-chicago/');
    const ids = await page.locator('[data-directory] article').evaluateAll((cards) => cards.map((card) => card.id));
    expect(ids.sort()).toEqual(
      contactsForRegion(content, 'us-il-chicago')
        .map((contact) => contact.id)
        .sort(),
    );
    expect(ids).toContain(content.contacts.find((contact) => contact.region === 'us')!.id);
  });

  test('hotlines come first, under "Call now"', async ({ page }) => {
    await page.goto('/en/help/us-il-chicago/');
    await expect(page.locator('[data-directory] [data-group] h2').first()).toHaveText('Call now');
  });

  test('every contact says nobody has checked it yet, and shows its source', async ({ page }) => {
    await page.goto('/es/help/');
    const cards = page.locator('[data-directory] article');
    await expect(cards).toHaveCount(content.contacts.length);
    const unverified = content.contacts.filter((contact) => contact.verification.status === 'unverified').length;
    await expect(page.locator('[data-verification="unverified"]')).toHaveCount(unverified);
    await expect(page.locator('[data-verification="unverified"]').first()).toHaveText(es.contact.unverified);
    for (const contact of content.contacts.slice(0, 5))
      await expect(page.locator(`#${contact.id} [data-source] a[href="${contact.sources[0].url}"]`)).toHaveCount(1);
  });

  test('"Report a wrong number" opens an email naming the contact', async ({ page }) => {
    await page.goto('/en/help/');
    const contact = content.contacts[0];
    const href = await page.locator(`#${contact.id} a[href^="mailto:"]`).last().getAttribute('href');
    expect(decodeURIComponent(href!)).toContain(contact.id);
  });
});

test.describe('someone saves a number to their phone', () => {
  test('every "Add to contacts" file is a vCard with the same name and numbers', async ({ request }) => {
    for (const contact of content.contacts) {
      const response = await request.get(`/vcard/${contact.id}.vcf`);
      expect(response.status(), contact.id).toBe(200);
      const card = new VCard().parse((await response.text()).replace(/\r?\n/g, '\r\n'));
      expect(String(card.get('fn')?.valueOf())).toBe(contact.name.replace(/([,;])/g, '\\$1'));
      const tels = card.get('tel');
      const numbers = (Array.isArray(tels) ? tels : tels ? [tels] : []).map((tel) => tel.valueOf());
      const expected = contact.phones.flatMap((phone) => (phone.number ? [parsePhone(phone.number)!.e164] : []));
      expect(numbers.sort(), contact.id).toEqual(expected.sort());
    }
  });
});

test.describe('someone narrows the list', () => {
  test('choosing "Consulate" shows only consulates, and the address can be shared', async ({ page }) => {
    await page.goto('/en/help/');
    await page.getByLabel('Type').selectOption('consulate');
    await expect(page).toHaveURL(/\?kind=consulate$/);
    const visible = page.locator('[data-directory] li:not([hidden]) > article');
    const consulates = content.contacts.filter((contact) => contact.kind === 'consulate').length;
    await expect(visible).toHaveCount(consulates);
    for (const kind of await visible.evaluateAll((cards) => cards.map((card) => card.getAttribute('data-kind')))) expect(kind).toBe('consulate');
    await expect(page.getByTestId('filter-count')).toHaveText(`Showing ${consulates} of ${content.contacts.length}.`);
  });

  test('a shared link for "my country" opens already filtered to that country\'s consulate', async ({ page }) => {
    await page.goto('/es/help/?country=MX&kind=consulate');
    const visible = page.locator('[data-directory] li:not([hidden]) > article');
    await expect(visible).toHaveCount(content.contacts.filter((contact) => contact.kind === 'consulate' && contact.country === 'MX').length);
    await expect(page.getByLabel('Mi país (consulados)')).toHaveValue('MX');
  });

  test('"Free only" leaves only free contacts, and clearing shows everyone again', async ({ page }) => {
    await page.goto('/en/help/');
    await page.getByLabel('Free only').check();
    const visible = page.locator('[data-directory] li:not([hidden]) > article');
    await expect(visible).toHaveCount(content.contacts.filter((contact) => contact.cost === 'free').length);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect(visible).toHaveCount(content.contacts.length);
    await expect(page).toHaveURL(/\/en\/help\/$/);
  });

  test('filtering by a language spoken keeps only contacts that list it', async ({ page }) => {
    await page.goto('/en/help/?language=es');
    const visible = page.locator('[data-directory] li:not([hidden]) > article');
    await expect(visible).toHaveCount(content.contacts.filter((contact) => contact.languages.includes('es')).length);
  });
});

test.describe('someone on a slow connection', () => {
  test('the filters are in place from the first paint: nothing on the page jumps when they start working', async ({ page }) => {
    await page.addInitScript(() => {
      const record = window as unknown as { __shifted: number };
      record.__shifted = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
          if (!entry.hadRecentInput) record.__shifted += entry.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    // The filters' script arrives a second after the page has painted, as on a phone with one bar.
    await page.route(/\/_enhance\/help-filters\./, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      await route.continue();
    });
    await page.goto('/en/help/');
    await expect(page.getByLabel('Type')).toBeEnabled();
    expect(await page.evaluate(() => (window as unknown as { __shifted: number }).__shifted)).toBeLessThan(0.01);
  });
});

test.describe('someone whose browser runs no JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('sees every contact, grouped, with jump links, and no filter form that would do nothing', async ({ page }) => {
    await page.goto('/en/help/?kind=consulate');
    await expect(page.locator('[data-directory] article')).toHaveCount(content.contacts.length);
    await expect(page.locator('[data-directory] article:visible')).toHaveCount(content.contacts.length);
    await expect(page.getByText('Filter the list')).toBeHidden();
    for (const kind of new Set(content.contacts.map((contact) => contact.kind))) await expect(page.locator(`a[href="#group-${kind}"]`)).toBeVisible();
  });
});

import { expect, test } from '@playwright/test';
import { loadContent } from '../../lib/content/load';
import ar from '../../messages/ar.json' with { type: 'json' };
import en from '../../messages/en.json' with { type: 'json' };
import es from '../../messages/es.json' with { type: 'json' };
import { formatDate } from '../../lib/locale';

const { content } = loadContent();
const door = content.topics.find((topic) => topic.id === 'agents-at-door')!;

test.describe('agents are at the door and the reader opens the site in Spanish', () => {
  test('the four emergencies come first, as big buttons, and each opens the right page', async ({ page }) => {
    await page.goto('/es/');
    const buttons = page.locator('section[aria-labelledby="now"] ul a');
    await expect(buttons).toHaveText([es.home.door, es.home.stopped, es.home.detained, es.home.helpNow]);
    const box = await buttons.first().boundingBox();
    expect(box!.height).toBeGreaterThanOrEqual(64);
    await buttons.first().click();
    await expect(page).toHaveURL(/\/es\/rights\/agents-at-door\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(door.translations.es!.title);
  });

  test('the page answers first, then says it is a machine translation not yet checked by a person', async ({ page }) => {
    await page.goto('/es/rights/agents-at-door/');
    await expect(page.getByText(es.topic.machineDraft)).toBeVisible();
    await expect(page.locator('article > p').first()).toHaveText(door.translations.es!.summary);
    await expect(page.getByText(es.topic.reviewUnreviewed)).toBeVisible();
  });

  test('the page names at least two sources as links, and the date it was updated', async ({ page }) => {
    await page.goto('/es/rights/agents-at-door/');
    const sources = page.locator('section[aria-labelledby="sources"] li a');
    expect(await sources.count()).toBeGreaterThanOrEqual(2);
    for (const source of door.meta.sources) await expect(page.locator(`section[aria-labelledby="sources"] a[href="${source.url}"]`)).toHaveCount(1);
    await expect(page.locator('section[aria-labelledby="sources"]')).toContainText(es.topic.updated.replace('{date}', formatDate(door.meta.updated, 'es')));
  });

  test('links inside the guidance stay in Spanish', async ({ page }) => {
    await page.goto('/es/rights/agents-at-door/');
    const internal = await page.locator('.prose-body a[href^="/"]').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(internal.length).toBeGreaterThan(0);
    for (const href of internal) expect(href).toMatch(/^\/es\//);
  });
});

test.describe('an Arabic reader reads what to say to an agent', () => {
  test('the page runs right to left, and each phrase is shown in English beside its Arabic', async ({ page }) => {
    await page.goto('/ar/rights/agents-at-door/');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    const phrases = page.locator('section[aria-labelledby="say"] li');
    await expect(phrases).toHaveCount(door.meta.say.length);
    for (const [index, english] of door.meta.say.entries()) {
      const item = phrases.nth(index);
      await expect(item.locator('[lang="en"]')).toHaveText(english);
      await expect(item.locator('[lang="en"]')).toHaveAttribute('dir', 'ltr');
      await expect(item).toContainText(door.translations.ar!.say[index]);
    }
    const heading = await page.getByRole('heading', { level: 1 }).boundingBox();
    expect(heading!.x + heading!.width).toBeGreaterThan(300);
  });
});

test.describe('the reader shows the card to an agent', () => {
  test("the card is full screen with the English statement large and the reader's language beneath, without the site menu", async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto('/ar/card/');
    await expect(page.locator('header')).toHaveCount(0);
    const english = page.locator('ul[lang="en"] li > span');
    await expect(english).toHaveText([en.card.line1, en.card.line2, en.card.line3, en.card.line4]);
    const size = await english.first().evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
    expect(size).toBeGreaterThanOrEqual(28);
    await expect(page.getByText(ar.card.line4)).toBeVisible();
    const englishBottom = await english.last().boundingBox();
    const localTop = await page.getByText(ar.card.line1).boundingBox();
    expect(localTop!.y).toBeGreaterThan(englishBottom!.y);
    const colors = await page.locator('main').evaluate((element) => [getComputedStyle(element).backgroundColor, getComputedStyle(element).color]);
    expect(colors).toEqual(['rgb(0, 0, 0)', 'rgb(255, 255, 255)']);
  });

  test('in English, the card shows the statement once', async ({ page }) => {
    await page.goto('/en/card/');
    await expect(page.getByText(en.card.line1)).toHaveCount(1);
  });
});

/**
 * "Speak for me": a reader who cannot read the English words out, or freezes, has the phone say
 * them; a reader who cannot read well has the page read to them in their language. Only voices
 * that run on the phone are used, so no words leave it; where there is none, nothing is offered.
 * The browser's speech is a recording stand-in (support/fake-speech.ts): no test needs sound.
 */
import { expect, type Page, test } from '@playwright/test';
import { loadContent } from '../../lib/content/load';
import ar from '../../messages/ar.json' with { type: 'json' };
import en from '../../messages/en.json' with { type: 'json' };
import es from '../../messages/es.json' with { type: 'json' };
import zh from '../../messages/zh.json' with { type: 'json' };
import { axeViolations } from './support/axe';
import { fakeSpeech, finishSpeaking, speechCalls, spoken, voices, voicesArrive } from './support/fake-speech';

const { content } = loadContent();
const door = content.topics.find((topic) => topic.id === 'agents-at-door')!.translations.es!;
const SILENT = 'I want to remain silent.';

const sayButton = (page: Page, messages: typeof en, phrase: string) =>
  page.getByRole('button', { name: messages.speech.sayAloudName.replace('{phrase}', phrase), exact: true });

/** Waits until the module has run, so "no button" means it chose to show none. */
async function enhanced(page: Page, module: 'speak-phrase' | 'listen') {
  await expect(page.locator(`[data-module="${module}"][data-module-ready]`).first()).toBeAttached();
}

test.describe('a reader who freezes when the agent speaks English has the phone say it', () => {
  test('on the card, "Say it in English" says the statement in English, with an English voice on the phone', async ({ page }) => {
    await fakeSpeech(page, [voices.remoteEnglish, voices.localSpanish, voices.localEnglish]);
    await page.goto('/es/card/');
    await sayButton(page, es, en.card.line1).click();
    expect(await speechCalls(page)).toEqual([
      { call: 'cancel' },
      { call: 'speak', text: en.card.line1, lang: 'en-US', voice: voices.localEnglish.name, local: true },
    ]);
  });

  test('on a topic, the button beside "I want to remain silent" says exactly that', async ({ page }) => {
    await fakeSpeech(page, [voices.localEnglish]);
    await page.goto('/es/rights/agents-at-door/');
    await expect(page.locator('section[aria-labelledby="say"] button')).toHaveCount(4);
    await sayButton(page, es, SILENT).click();
    expect(await spoken(page)).toEqual([{ call: 'speak', text: SILENT, lang: 'en-US', voice: voices.localEnglish.name, local: true }]);
  });

  test('a phone whose English voices are all on the network offers no button, and says nothing', async ({ page }) => {
    await fakeSpeech(page, [voices.remoteEnglish, voices.localSpanish]);
    await page.goto('/es/card/');
    await enhanced(page, 'speak-phrase');
    await expect(page.getByRole('button', { name: en.card.line1 })).toHaveCount(0);
    await expect(page.locator('ul[lang="en"] li > span').first()).toHaveText(en.card.line1);
    expect(await speechCalls(page)).toEqual([]);
  });

  test('a phone with no English voice offers no button, on the card or on a topic', async ({ page }) => {
    await fakeSpeech(page, [voices.localSpanish, voices.localArabic]);
    for (const address of ['/es/card/', '/es/rights/agents-at-door/']) {
      await page.goto(address);
      await enhanced(page, 'speak-phrase');
      await expect(page.locator('[data-module="speak-phrase"]:visible')).toHaveCount(0);
    }
  });

  test('when the phone lists its voices only after the page has loaded, the buttons appear then', async ({ page }) => {
    await fakeSpeech(page, [voices.localEnglish], { late: true });
    await page.goto('/ar/card/');
    await enhanced(page, 'speak-phrase');
    await expect(sayButton(page, ar, en.card.line4)).toBeHidden();
    await voicesArrive(page);
    await expect(sayButton(page, ar, en.card.line4)).toBeVisible();
  });
});

test.describe('a Spanish reader who cannot read well listens to a topic', () => {
  const toggle = (page: Page) => page.locator('[data-module="listen"] button[data-listen-toggle]');
  const stop = (page: Page) => page.getByRole('button', { name: es.speech.stop, exact: true });

  test('Listen reads the page in Spanish with a Spanish voice on the phone, block by block, marking what it reads; Pause, Resume and Stop work', async ({
    page,
  }) => {
    await fakeSpeech(page, [voices.localEnglish, voices.remoteSpanish, voices.localSpanish]);
    await page.goto('/es/rights/agents-at-door/');
    await page.getByRole('button', { name: es.speech.listen, exact: true }).click();
    expect(await spoken(page)).toEqual([{ call: 'speak', text: door.title, lang: 'es-ES', voice: voices.localSpanish.name, local: true }]);
    await expect(page.locator('h1')).toHaveAttribute('data-speaking', '');
    await expect(stop(page)).toBeVisible();

    await finishSpeaking(page);
    await expect.poll(async () => (await spoken(page)).at(-1)?.text).toBe(door.summary);
    await expect(page.locator('[data-speaking]')).toHaveCount(1);
    await expect(page.locator('article > p[data-speaking]')).toHaveText(door.summary);

    await toggle(page).click();
    expect((await speechCalls(page)).at(-1)).toEqual({ call: 'pause' });
    await expect(toggle(page)).toHaveAccessibleName(es.speech.resume);
    await toggle(page).click();
    expect((await speechCalls(page)).at(-1)).toEqual({ call: 'resume' });
    await expect(toggle(page)).toHaveAccessibleName(es.speech.pause);

    // The guidance itself follows the summary, its first heading first.
    await finishSpeaking(page);
    await expect.poll(async () => (await spoken(page)).at(-1)?.text).toBe(await page.locator('.prose-body h2').first().textContent());
    await expect(page.locator('.prose-body h2').first()).toBeInViewport();

    await stop(page).click();
    expect((await speechCalls(page)).at(-1)).toEqual({ call: 'cancel' });
    await expect(page.locator('[data-speaking]')).toHaveCount(0);
    await expect(toggle(page)).toHaveAccessibleName(es.speech.listen);
    await expect(toggle(page)).toBeFocused();
    await expect(stop(page)).toBeHidden();
    // Cutting the voice off did not start the next block.
    await page.waitForTimeout(100);
    expect(await spoken(page)).toHaveLength(3);
  });

  test('on a phone whose pause ends the words (Android), Resume says the interrupted block again', async ({ page }) => {
    await fakeSpeech(page, [voices.localSpanish]);
    await page.goto('/es/rights/agents-at-door/');
    await toggle(page).click();
    await toggle(page).click();
    await finishSpeaking(page);
    await toggle(page).click();
    expect((await spoken(page)).map((call) => call.text)).toEqual([door.title, door.title]);
  });

  test('tapping "Say it in English" while listening says the phrase, and the reading stops there', async ({ page }) => {
    await fakeSpeech(page, [voices.localSpanish, voices.localEnglish]);
    await page.goto('/es/rights/agents-at-door/');
    await toggle(page).click();
    await sayButton(page, es, SILENT).click();
    await expect(toggle(page)).toHaveAccessibleName(es.speech.listen);
    await finishSpeaking(page);
    await page.waitForTimeout(100);
    expect((await spoken(page)).map((call) => call.text)).toEqual([door.title, SILENT]);
  });

  test('leaving the page stops the voice', async ({ page }) => {
    await fakeSpeech(page, [voices.localSpanish]);
    await page.goto('/es/rights/agents-at-door/');
    await toggle(page).click();
    await page.getByRole('link', { name: es.topic.findHelp }).click();
    await expect(page).toHaveURL(/\/es\/help\/$/);
    expect((await speechCalls(page)).at(-1)).toEqual({ call: 'cancel' });
  });

  test('a phone with no Spanish voice of its own offers no Listen', async ({ page }) => {
    await fakeSpeech(page, [voices.remoteSpanish, voices.localEnglish]);
    await page.goto('/es/rights/agents-at-door/');
    await enhanced(page, 'listen');
    await expect(page.locator('[data-module="listen"]')).toBeHidden();
    // The English buttons do not depend on it.
    await expect(sayButton(page, es, SILENT)).toBeVisible();
  });
});

test.describe('the speech buttons for every reader', () => {
  for (const [address, messages] of [
    ['/ar/card/', ar],
    ['/ar/rights/agents-at-door/', ar],
  ] as const) {
    test(`on ${address}, with voices on the phone, they have no WCAG 2.2 AA violations and each is at least 44 × 44 px`, async ({ page }) => {
      await page.setViewportSize({ width: 360, height: 740 });
      await fakeSpeech(page, [voices.localEnglish, voices.localArabic]);
      await page.goto(address);
      await expect(sayButton(page, messages, en.card.line1).or(sayButton(page, messages, SILENT))).toBeVisible();
      if (address.includes('rights')) await page.getByRole('button', { name: ar.speech.listen, exact: true }).click();
      expect(await axeViolations(page)).toEqual([]);
      for (const button of await page.locator('[data-module] button:visible, button[data-module]:visible').all()) {
        const box = (await button.boundingBox())!;
        expect(Math.min(box.width, box.height), await button.innerText()).toBeGreaterThanOrEqual(44);
      }
    });
  }

  test('the card keeps its look: white on black, the buttons too', async ({ page }) => {
    await fakeSpeech(page, [voices.localEnglish]);
    await page.goto('/zh/card/');
    const button = sayButton(page, zh, en.card.line2);
    await expect(button).toBeVisible();
    expect(await page.locator('main').evaluate((element) => getComputedStyle(element).backgroundColor)).toBe('rgb(0, 0, 0)');
    expect(await button.evaluate((element) => getComputedStyle(element).color)).toBe('rgb(255, 255, 255)');
  });

  test('printed, the card and the topic keep the words and drop the buttons', async ({ page }) => {
    await fakeSpeech(page, [voices.localEnglish, voices.localSpanish]);
    await page.emulateMedia({ media: 'print' });
    for (const address of ['/es/card/', '/es/rights/agents-at-door/']) {
      await page.goto(address);
      await enhanced(page, 'speak-phrase');
      await expect(page.getByText(SILENT).or(page.getByText(en.card.line1)).first()).toBeVisible();
      await expect(page.locator('[data-module="speak-phrase"]:visible, [data-module="listen"]:visible')).toHaveCount(0);
    }
  });
});

test.describe('a reader whose browser runs no JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('sees the phrases, and no speech button that could not work', async ({ page }) => {
    for (const address of ['/es/card/', '/es/rights/agents-at-door/']) {
      await page.goto(address);
      await expect(page.getByText(SILENT).or(page.getByText(en.card.line1)).first()).toBeVisible();
      await expect(page.locator('[data-module="speak-phrase"]')).not.toHaveCount(0);
      await expect(page.locator('[data-module="speak-phrase"]:visible, [data-module="listen"]:visible')).toHaveCount(0);
    }
  });
});

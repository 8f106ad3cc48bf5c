import { expect, test, type Page } from '@playwright/test';
import { locales } from '../../i18n/routing';
import { axeViolations } from './support/axe';
import { pagesToCheck, type SitePage } from './support/site-pages';

/** Every kind of page in every language, and every rights topic in English. */
const everyKind = pagesToCheck({ everyPageOf: ['rights/*'] });
/** One page of each kind in a left-to-right, a right-to-left and a CJK language. */
const threeScripts = pagesToCheck({ locales: ['en', 'ar', 'zh'] });
const label = (page: SitePage) => `${page.kind} in ${page.locale ?? 'no language'} (${page.url})`;

async function open(tab: Page, url: string) {
  await tab.goto(url, { waitUntil: 'networkidle' });
}

/** Whether the page can be scrolled sideways: at 320 px or 200% text it must not be. */
const scrollsSideways = (tab: Page) => tab.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);

test.describe('a reader using a screen reader or other assistive technology', () => {
  // axe walks every element of the page; the help pages list every contact and take a while.
  test.describe.configure({ timeout: 120_000 });

  for (const page of everyKind) {
    test(`${label(page)} has no WCAG 2.2 AA violations`, async ({ page: tab }) => {
      await open(tab, page.url);
      expect(await axeViolations(tab)).toEqual([]);
    });
  }

  for (const page of everyKind.filter((candidate) => candidate.kind === 'home')) {
    test(`the open language menu in ${page.locale} has no WCAG 2.2 AA violations`, async ({ page: tab }) => {
      await open(tab, page.url);
      await tab.locator('header summary').click();
      await expect(tab.locator('header details a').first()).toBeVisible();
      expect(await axeViolations(tab, 'header')).toEqual([]);
    });
  }
});

test.describe('a reader using only a keyboard', () => {
  const withHeader = threeScripts.filter((page) => page.hasHeader && page.locale !== 'zh');
  for (const page of withHeader) {
    test(`on ${label(page)}, the first Tab shows "skip to main content", and Enter moves to the main content`, async ({ page: tab }) => {
      await open(tab, page.url);
      const skip = tab.locator('a[href="#main"]');
      await expect(skip).not.toBeInViewport();
      await tab.keyboard.press('Tab');
      await expect(skip).toBeFocused();
      await expect(skip).toBeInViewport({ ratio: 1 });
      await tab.keyboard.press('Enter');
      await expect(tab.locator('main')).toBeFocused();
      await tab.keyboard.press('Tab');
      expect(await tab.evaluate(() => document.activeElement?.closest('main') !== null)).toBe(true);
    });
  }

  for (const url of ['/en/', '/en/rights/agents-at-door/', '/en/help/us-il-chicago/', '/ar/about/', '/zh/card/', '/']) {
    test(`on ${url}, every link and button shows a clear outline when Tab reaches it`, async ({ page: tab }) => {
      await open(tab, url);
      const seen = new Set<string>();
      for (let stop = 0; stop < 200; stop += 1) {
        await tab.keyboard.press('Tab');
        const focus = await tab.evaluate(() => {
          const element = document.activeElement as HTMLElement | null;
          if (!element || element === document.body) return null;
          const parse = (color: string) => (color.match(/[\d.]+/g) ?? []).map(Number);
          const luminance = (color: string) => {
            const [r, g, b] = parse(color).map((channel) => {
              const c = channel / 255;
              return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
            });
            return 0.2126 * r + 0.7152 * g + 0.0722 * b;
          };
          const contrast = (a: string, b: string) => {
            const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
            return (light + 0.05) / (dark + 0.05);
          };
          // What the outline is drawn against: the nearest ancestor with a background of its own.
          let backdrop = 'rgb(255, 255, 255)';
          for (let node = element.parentElement; node; node = node.parentElement) {
            const background = getComputedStyle(node).backgroundColor;
            if (parse(background).length === 3 || parse(background)[3] > 0) {
              backdrop = background;
              break;
            }
          }
          const style = getComputedStyle(element);
          const ring = style.boxShadow.match(/rgba?\([^)]*\)/)?.[0];
          return {
            name: `${element.tagName.toLowerCase()} "${(element.textContent ?? '').trim().slice(0, 40)}"`,
            id: element.outerHTML.slice(0, 200),
            outline: `${style.outlineStyle} ${style.outlineWidth}`,
            visible: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
            contrast: Math.max(contrast(style.outlineColor, backdrop), ring ? contrast(ring, backdrop) : 0),
          };
        });
        if (!focus || seen.has(focus.id)) break;
        seen.add(focus.id);
        expect(focus.visible, `${focus.name} has outline ${focus.outline}`).toBe(true);
        expect(focus.contrast, `${focus.name}: focus outline contrast against what surrounds it`).toBeGreaterThanOrEqual(3);
      }
      expect(seen.size).toBeGreaterThan(0);
    });
  }

  for (const url of ['/en/about/', '/ar/help/']) {
    test(`on ${url}, the language menu opens with Enter, Tab walks its languages, and Enter on one switches`, async ({ page: tab }) => {
      await open(tab, url);
      const summary = tab.locator('header summary');
      for (let stop = 0; stop < 5 && !(await summary.evaluate((element) => element === document.activeElement)); stop += 1) await tab.keyboard.press('Tab');
      await expect(summary).toBeFocused();
      const links = tab.locator('header details a[hreflang]');
      await expect(links.first()).toBeHidden();
      await tab.keyboard.press('Enter');
      await expect(tab.locator('header details')).toHaveAttribute('open', '');
      const reached: string[] = [];
      for (let stop = 0; stop < (await links.count()); stop += 1) {
        await tab.keyboard.press('Tab');
        reached.push(await tab.evaluate(() => document.activeElement?.getAttribute('hreflang') ?? ''));
      }
      expect(reached).toEqual([...locales]);
      // One step back is the language before the last; Enter switches to it, on the same page.
      const target = locales[locales.length - 2];
      await tab.keyboard.press('Shift+Tab');
      await expect(tab.locator(`header a[hreflang="${target}"]`)).toBeFocused();
      await tab.keyboard.press('Enter');
      await expect(tab).toHaveURL(new RegExp(`/${target}${url.slice(3)}$`));
      await expect(tab.locator('html')).toHaveAttribute('lang', target);
    });
  }

  test('Escape closes the open language menu and puts the focus back on its button', async ({ page: tab }) => {
    await open(tab, '/es/');
    const summary = tab.locator('header summary');
    await summary.focus();
    await tab.keyboard.press('Enter');
    await tab.keyboard.press('Tab');
    await expect(tab.locator('header a[hreflang="en"]')).toBeFocused();
    await tab.keyboard.press('Escape');
    await expect(tab.locator('header details')).not.toHaveAttribute('open', '');
    await expect(summary).toBeFocused();
  });

  test('Tab past the last language closes the menu, so the next link is not hidden under it', async ({ page: tab }) => {
    await tab.setViewportSize({ width: 360, height: 740 });
    await open(tab, '/ar/');
    await tab.locator('header summary').focus();
    await tab.keyboard.press('Enter');
    for (let stop = 0; stop < locales.length; stop += 1) await tab.keyboard.press('Tab');
    await expect(tab.locator(`header a[hreflang="${locales[locales.length - 1]}"]`)).toBeFocused();
    await tab.keyboard.press('Tab');
    await expect(tab.locator('header details')).not.toHaveAttribute('open', '');
    const focused = tab.locator(':focus');
    await expect(focused).toBeInViewport();
    // Nothing is drawn over the middle of the focused link.
    const covered = await focused.evaluate((element) => {
      const box = element.getBoundingClientRect();
      const top = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
      return !(top && (element === top || element.contains(top)));
    });
    expect(covered).toBe(false);
  });
});

test.describe('a reader on a small phone or with large text', () => {
  for (const page of threeScripts) {
    test(`${label(page)} fits a 320 px wide screen without sideways scrolling`, async ({ page: tab }) => {
      await tab.setViewportSize({ width: 320, height: 640 });
      await open(tab, page.url);
      expect(await scrollsSideways(tab)).toBe(false);
    });

    // Flyers and card sheets are sheets of paper laid out in mm and pt, to fit one page: larger
    // text cannot reflow there. Browser zoom scales them whole; the 320 px test above still applies.
    if (page.kind.startsWith('print/')) continue;
    test(`${label(page)} stays readable with text at 200%`, async ({ page: tab }) => {
      await tab.setViewportSize({ width: 640, height: 800 });
      await open(tab, page.url);
      // The first text a reader sees: the page heading, or on the card (whose heading is for screen
      // readers only) its first line.
      const heading = tab.locator('main :is(h1, h2, p, li):not(.sr-only):visible').first();
      await expect(heading).toBeVisible();
      const before = (await heading.boundingBox())!;
      await tab.evaluate(() => {
        document.documentElement.style.fontSize = '200%';
      });
      const after = (await heading.boundingBox())!;
      expect(after.height).toBeGreaterThan(before.height * 1.5);
      expect(after.x).toBeGreaterThanOrEqual(0);
      expect(after.x + after.width).toBeLessThanOrEqual(640);
      expect(await scrollsSideways(tab)).toBe(false);
      if (page.kind === 'home') {
        // Large text gets the width it needs: the emergency buttons stack, one full-width button a row.
        const main = (await tab.locator('main').boundingBox())!;
        for (const button of await tab.locator('section[aria-labelledby="now"] li a').all())
          expect((await button.boundingBox())!.width).toBeGreaterThan(main.width * 0.8);
      }
    });
  }

  for (const locale of ['en', 'ar', 'zh']) {
    test(`in ${locale}, the open language menu fits on a 320 px screen`, async ({ page: tab }) => {
      await tab.setViewportSize({ width: 320, height: 640 });
      await open(tab, `/${locale}/help/`);
      await tab.locator('header summary').click();
      const menu = await tab.locator('header details ul').boundingBox();
      expect(menu!.x).toBeGreaterThanOrEqual(0);
      expect(menu!.x + menu!.width).toBeLessThanOrEqual(320);
      expect(await scrollsSideways(tab)).toBe(false);
    });
  }
});

test.describe('a reader tapping with a thumb', () => {
  for (const page of threeScripts) {
    test(`on ${label(page)} at 360 px, every link, button and form control is at least 44 × 44 px, except links inside a line of text`, async ({
      page: tab,
    }) => {
      await tab.setViewportSize({ width: 360, height: 740 });
      await open(tab, page.url);
      if (await tab.locator('header summary').count()) await tab.locator('header summary').click();
      const small = await tab.evaluate(() => {
        const inline = (element: Element) => getComputedStyle(element).display === 'inline';
        /** A link that flows inside a sentence or a line with other text (WCAG 2.5.8, inline exception). */
        const inText = (element: Element) => {
          if (element.tagName !== 'A' || !inline(element)) return false;
          let block = element.parentElement;
          while (block && inline(block)) block = block.parentElement;
          return (block?.textContent ?? '').trim().length > (element.textContent ?? '').trim().length;
        };
        const targets = [...document.querySelectorAll('a[href], button, summary, select, input:not([type="checkbox"]):not([type="radio"])')];
        // A checkbox is tapped through its label, which is the target a thumb aims at.
        targets.push(...[...document.querySelectorAll('input[type="checkbox"], input[type="radio"]')].map((input) => input.closest('label') ?? input));
        return targets.flatMap((element) => {
          const box = element.getBoundingClientRect();
          if ((box.width === 0 && box.height === 0) || element.closest('[hidden], .sr-only') || inText(element)) return [];
          // The skip link is off screen until it has the keyboard focus.
          if (box.bottom <= 0) return [];
          if (box.width >= 43.5 && box.height >= 43.5) return [];
          return [
            `${element.tagName.toLowerCase()} "${(element.textContent ?? '').trim().slice(0, 40)}" is ${Math.round(box.width)} × ${Math.round(box.height)}`,
          ];
        });
      });
      expect(small).toEqual([]);
    });
  }
});

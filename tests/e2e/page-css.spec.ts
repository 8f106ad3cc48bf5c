/**
 * Online, a page links no stylesheet: it carries the rules it uses (scripts/lib/critical-css.ts).
 * A rule left out would show as a page that looks wrong on a phone (a menu that does not close up,
 * a button without its colour, print styles missing). So each kind of page is drawn twice, with its
 * own CSS and again with the whole stylesheet added, and every element must look the same: the
 * same computed style, on screen and in print, with every <details> open too.
 */
import { expect, test, type Page } from '@playwright/test';
import { pagesToCheck, type SitePage } from './support/site-pages';

/** One page of each kind in a left-to-right and a right-to-left language. */
const pages = pagesToCheck({ locales: ['en', 'ar'] });
const label = (page: SitePage) => `${page.kind} in ${page.locale ?? 'no language'} (${page.url})`;

/** Every element's computed style (and its ::before and ::after), keyed by its place in the page. */
const computedStyles = (tab: Page) =>
  tab.evaluate(() => {
    const styles: Record<string, string> = {};
    const describe = (style: CSSStyleDeclaration) => Array.from(style, (property) => `${property}:${style.getPropertyValue(property)}`).join(';');
    document.querySelectorAll('body *').forEach((element, index) => {
      const name = `${index} <${element.localName}${element.className && typeof element.className === 'string' ? ` class="${element.className}"` : ''}>`;
      styles[name] = describe(getComputedStyle(element));
      for (const pseudo of ['::before', '::after']) {
        const style = getComputedStyle(element, pseudo);
        if (style.content !== 'none' && style.content !== 'normal') styles[`${name}${pseudo}`] = describe(style);
      }
    });
    return styles;
  });

/** "color:red;margin:0" as property → value. */
const declarations = (style = '') => new Map(style.split(';').map((pair) => [pair.slice(0, pair.indexOf(':')), pair.slice(pair.indexOf(':') + 1)]));

/** The properties in which two drawings of the page differ, element by element. */
function differences(own: Record<string, string>, whole: Record<string, string>): string[] {
  const found: string[] = [];
  for (const [element, style] of Object.entries(whole)) {
    const mine = declarations(own[element]);
    const changed = [...declarations(style)]
      .filter(([property, value]) => mine.get(property) !== value)
      .map(([property, value]) => `${property}:${value} (own CSS: ${mine.get(property) ?? 'missing'})`);
    if (changed.length > 0) found.push(`${element}: ${changed.slice(0, 3).join('; ')}${changed.length > 3 ? ` and ${changed.length - 3} more` : ''}`);
  }
  return found.slice(0, 10);
}

/** Adds the stylesheet the page's CSS was cut from, and waits until it applies. */
async function addWholeStylesheet(tab: Page): Promise<string> {
  return tab.evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        const href = document.querySelector('style[data-stylesheet]')?.getAttribute('data-stylesheet');
        if (!href) return reject(new Error('the page has no <style data-stylesheet>'));
        const link = document.createElement('link');
        link.rel = 'stylesheet';
        link.href = href;
        link.onload = () => resolve(href);
        link.onerror = () => reject(new Error(`${href} did not load`));
        document.head.append(link);
      }),
  );
}

/** The page drawn fresh in one medium, with every <details> open, with its own CSS or with the whole stylesheet added. */
async function drawn(tab: Page, url: string, media: 'screen' | 'print', whole: boolean) {
  await tab.emulateMedia({ media });
  await tab.goto(url, { waitUntil: 'networkidle' });
  expect(await tab.locator('link[rel~="stylesheet"], link[rel="preload"][as="style"]').count(), 'the page links no stylesheet').toBe(0);
  await tab.evaluate(() => document.querySelectorAll('details').forEach((details) => (details.open = true)));
  if (whole) await addWholeStylesheet(tab);
  return computedStyles(tab);
}

test.describe('a page looks the same with only its own CSS as with the whole stylesheet', () => {
  for (const page of pages) {
    test(`${label(page)}, on screen and in print`, async ({ page: tab }) => {
      for (const media of ['screen', 'print'] as const) {
        const own = await drawn(tab, page.url, media, false);
        expect(Object.keys(own).length).toBeGreaterThan(10);
        expect(differences(own, await drawn(tab, page.url, media, true)), `in ${media}`).toEqual([]);
      }
    });
  }
});

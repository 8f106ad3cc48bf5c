/**
 * What the markup of every exported page must say, checked by reading out/ (no browser), so it
 * covers every page in every language at a cost that grows with files, not with browser time:
 * the language and direction a screen reader and the layout follow, and that nothing the page
 * loads comes from another site. The browser specs then need only one page of each kind.
 */
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { locales } from '../../i18n/routing';
import { addressOf, htmlFiles } from './support/exported-site';

/** Scripts written right to left, by language subtag: a fact about writing, not a list of the site's languages. */
const RIGHT_TO_LEFT = new Set(['ar', 'fa', 'ur', 'ps', 'he', 'yi', 'dv', 'ckb', 'sd', 'ug']);

const pages = htmlFiles().map((file) => ({ address: addressOf(file), html: readFileSync(file, 'utf8') }));
const localeOf = (address: string) => locales.find((locale) => address.startsWith(`/${locale}/`)) ?? null;

/** Elements that make the browser fetch something when the page loads (links to other sites load only when tapped). */
const LOADING =
  /<(script|img|iframe|source|video|audio|embed|object|track)\b[^>]*?\s(?:src|data|poster)="([^"]*)"|<link\b(?=[^>]*\srel="(?:stylesheet|preload|modulepreload|prefetch|icon|apple-touch-icon|manifest|preconnect|dns-prefetch)")[^>]*?\shref="([^"]*)"/gi;
const offSite = (url: string) => /^(?:https?:)?\/\//i.test(url);

test.describe('every page, read from the exported files', () => {
  test(`each of the ${pages.length} pages says its language and direction, as its address does`, () => {
    const wrong: string[] = [];
    for (const { address, html } of pages) {
      const tag = /<html\b[^>]*>/i.exec(html)?.[0] ?? '';
      const lang = /\slang="([^"]*)"/.exec(tag)?.[1];
      const dir = /\sdir="([^"]*)"/.exec(tag)?.[1];
      // Pages outside a language (the chooser, the 404, the offline fallback) are English with every language inside.
      const expected = localeOf(address) ?? 'en';
      const direction = RIGHT_TO_LEFT.has(expected.split('-')[0]) ? 'rtl' : 'ltr';
      if (lang !== expected || dir !== direction) wrong.push(`${address}: lang="${lang}" dir="${dir}", expected lang="${expected}" dir="${direction}"`);
    }
    expect(pages.length).toBeGreaterThan(locales.length * 10);
    expect(wrong).toEqual([]);
  });

  test('no page loads anything from another site: no script, style, font, image, frame or icon from elsewhere', () => {
    const found: string[] = [];
    for (const { address, html } of pages) {
      for (const match of html.matchAll(LOADING)) {
        const url = match[2] ?? match[3] ?? '';
        if (offSite(url)) found.push(`${address}: ${match[0].slice(0, 80)}`);
      }
      for (const [, url] of html.matchAll(/url\(\s*['"]?([^'")]+)/gi)) if (offSite(url)) found.push(`${address}: CSS url(${url})`);
      for (const [, action] of html.matchAll(/<form\b[^>]*\saction="([^"]*)"/gi)) if (offSite(action)) found.push(`${address}: form posts to ${action}`);
    }
    expect(found).toEqual([]);
  });

  test('a page that sent its readers elsewhere would send no referrer: every page says no-referrer', () => {
    const missing = pages.filter(({ html }) => !/<meta\s+name="referrer"\s+content="no-referrer"/i.test(html)).map(({ address }) => address);
    expect(missing).toEqual([]);
  });
});

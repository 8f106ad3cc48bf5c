/**
 * Every link in the exported site, read from out/ without a browser: a reader who taps a link
 * reaches a page, a file or a place on a page that exists, and every call button dials a number
 * a phone can dial.
 */
import { expect, test } from '@playwright/test';
import { addressOf, fileFor, htmlFiles, readMarkup } from './support/exported-site';

const pages = htmlFiles().map((file) => ({ address: addressOf(file), ...readMarkup(file) }));
const idsOf = new Map(htmlFiles().map((file) => [file, readMarkup(file).ids]));

/** E.164, then at most an extension and a menu option, each after a comma (a pause): see telHref in lib/phone.ts. */
const E164 = /^tel:\+[1-9]\d{7,14}(?:,\d{1,9}){0,2}$/;
/** 911, 211, five- and six-digit codes; a longer run of digits without + is a number missing its country code. */
const SHORT_CODE = /^tel:\d{3,6}$/;
/** Keypad codes such as *9233#, with # escaped as %23 (a bare # would end the number). */
const KEYPAD_CODE = /^tel:(?=.*(?:\*|%23))(?:[0-9*]|%23){2,15}$/;
const callable = (href: string) => E164.test(href) || SHORT_CODE.test(href) || KEYPAD_CODE.test(href);
const TEXTABLE = /^sms:\+[1-9]\d{7,14}$/;

test.describe('a reader follows a link', () => {
  test('every link to this site leads to a page or file that exists, and every #part to a place on it', () => {
    const broken: string[] = [];
    let checked = 0;
    for (const page of pages) {
      for (const { attribute, value } of page.links) {
        const samePage = value.startsWith('#');
        if (!samePage && !(value.startsWith('/') && !value.startsWith('//'))) continue;
        checked += 1;
        const url = new URL(value, `http://site${page.address}`);
        const target = fileFor(url.pathname);
        if (!target) {
          broken.push(`${page.address}: ${attribute}="${value}" goes to no file in out/`);
          continue;
        }
        const fragment = decodeURIComponent(url.hash.slice(1));
        if (fragment && target.endsWith('.html') && !idsOf.get(target)?.has(fragment))
          broken.push(`${page.address}: ${attribute}="${value}": ${addressOf(target)} has no element with id="${fragment}"`);
      }
    }
    expect(checked, 'links checked').toBeGreaterThan(pages.length);
    expect(broken, `${broken.length} broken link(s) out of ${checked}`).toEqual([]);
  });

  test('every call link dials an international (E.164) number or a short code, and every text link an E.164 number', () => {
    const wrong: string[] = [];
    let calls = 0;
    for (const page of pages) {
      for (const { value } of page.links) {
        if (value.startsWith('tel:')) {
          calls += 1;
          if (!callable(value)) wrong.push(`${page.address}: ${value}`);
        } else if (value.startsWith('sms:') && !TEXTABLE.test(value)) wrong.push(`${page.address}: ${value}`);
      }
    }
    expect(calls, 'call links found').toBeGreaterThan(0);
    expect(wrong, 'links a phone could dial wrongly').toEqual([]);
  });
});

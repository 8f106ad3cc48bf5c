import { describe, expect, it } from 'vitest';
import { isSavedUpFront, localeOfPath, offlineFallbacks, pageKey } from '@/lib/offline/offline-plan';

const locales = ['en', 'es', 'zh', 'ar', 'pl', 'ht'];
const at = (address: string) => new URL(address, 'https://example.org');

describe('which language an address belongs to', () => {
  it('is the first path segment when it is a locale', () => {
    expect(localeOfPath('/es/help/us-il/', locales)).toBe('es');
    expect(localeOfPath('/ar/', locales)).toBe('ar');
  });

  it('is none for the chooser, shared files and look-alikes', () => {
    expect(localeOfPath('/', locales)).toBeNull();
    expect(localeOfPath('/_next/static/css/a.css', locales)).toBeNull();
    expect(localeOfPath('/vcard/x.vcf', locales)).toBeNull();
    expect(localeOfPath('/espanol/', locales)).toBeNull();
  });
});

describe('the cache key of a page a reader opens', () => {
  it('is the page address with its trailing slash', () => {
    expect(pageKey(at('/es/help/'))).toBe('/es/help/');
    expect(pageKey(at('/es/help'))).toBe('/es/help/');
  });

  it('ignores a query string or fragment, as the static host does', () => {
    expect(pageKey(at('/es/help/us-il/?type=legal-aid#top'))).toBe('/es/help/us-il/');
  });

  it('keeps files as they are', () => {
    expect(pageKey(at('/es/manifest.webmanifest'))).toBe('/es/manifest.webmanifest');
  });
});

describe('what a language saves as soon as a reader opens any page of it', () => {
  it('is what a reader needs with no signal: home, every rights topic, the card, help, the family plan, the offline page', () => {
    for (const url of ['/es/', '/es/rights/agents-at-door/', '/es/rights/if-arrested/', '/es/card/', '/es/help/', '/es/plan/', '/es/offline/']) {
      expect(isSavedUpFront(url, 'es'), url).toBe(true);
    }
  });

  it('includes the web app manifest, which every page links', () => {
    expect(isSavedUpFront('/es/manifest.webmanifest', 'es')).toBe(true);
  });

  it('leaves printable sheets, the About pages and other regions to be saved once opened', () => {
    for (const url of [
      '/es/print/',
      '/es/print/flyer/',
      '/es/print/flyer/us-il-chicago/bilingual/',
      '/es/print/cards/',
      '/es/about/',
      '/es/about/translations/',
      '/es/help/us-il/',
    ]) {
      expect(isSavedUpFront(url, 'es'), url).toBe(false);
    }
  });

  it('is about pages of that language only, and no deeper than a topic', () => {
    expect(isSavedUpFront('/pl/rights/if-arrested/', 'es')).toBe(false);
    expect(isSavedUpFront('/es/rights/', 'es')).toBe(false);
    expect(isSavedUpFront('/es/rights/if-arrested/print/', 'es')).toBe(false);
    expect(isSavedUpFront('/', 'es')).toBe(false);
  });
});

describe('what a reader sees offline for a page that is not saved', () => {
  it('is their language offline page first, then the page in every language', () => {
    expect(offlineFallbacks('/pl/rights/if-arrested/', locales)).toEqual(['/pl/offline/', '/offline/']);
    expect(offlineFallbacks('/pl/print/flyer/', locales)).toEqual(['/pl/offline/', '/offline/']);
  });

  it("for a region's contacts never opened, the help directory, which lists every region's contacts", () => {
    expect(offlineFallbacks('/pl/help/us-il/', locales)).toEqual(['/pl/help/', '/pl/offline/', '/offline/']);
  });

  it('is the page in every language outside a language', () => {
    expect(offlineFallbacks('/somewhere/', locales)).toEqual(['/offline/']);
  });
});

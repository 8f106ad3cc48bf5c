import { describe, expect, it } from 'vitest';
import { localeOfPath, offlineFallbacks, pageKey } from '@/lib/offline/offline-plan';

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

describe('what a reader sees offline for a page that is not saved', () => {
  it('is their language offline page first, then the page in every language', () => {
    expect(offlineFallbacks('/pl/rights/if-arrested/', locales)).toEqual(['/pl/offline/', '/offline/']);
  });

  it('is the page in every language outside a language', () => {
    expect(offlineFallbacks('/somewhere/', locales)).toEqual(['/offline/']);
  });
});

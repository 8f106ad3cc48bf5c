import { describe, expect, it } from 'vitest';
import {
  earlierLanguageCaches,
  languageCacheName,
  languagesToCarryOver,
  outdatedCaches,
  parseCacheName,
  SHARED_CACHE,
  staticCacheName,
} from '@/lib/offline/cache-names';

const OLD = 'aaaaaaaaaaaa';
const NEW = 'bbbbbbbbbbbb';
const locales = ['en', 'es', 'zh', 'ar', 'pl', 'ht'];

describe('naming the caches of a build', () => {
  it('names a language cache and the static cache after the build', () => {
    expect(languageCacheName(NEW, 'es')).toBe(`kyr-${NEW}-es`);
    expect(staticCacheName(NEW)).toBe(`kyr-${NEW}-static`);
  });

  it('refuses a build id that is not 12 hex digits, so names can always be read back', () => {
    expect(() => languageCacheName('v2', 'es')).toThrow(/build id/);
  });

  it('reads back what each cache is, and ignores caches it did not make', () => {
    expect(parseCacheName(languageCacheName(OLD, 'zh'))).toEqual({ kind: 'language', build: OLD, locale: 'zh' });
    expect(parseCacheName(staticCacheName(OLD))).toEqual({ kind: 'static', build: OLD });
    expect(parseCacheName(SHARED_CACHE)).toEqual({ kind: 'shared' });
    expect(parseCacheName('workbox-precache-v2-https://example.org/')).toBeNull();
    expect(parseCacheName('kyr-notabuild-es')).toBeNull();
  });
});

describe('a new build takes over from an old one', () => {
  const onThePhone = [SHARED_CACHE, languageCacheName(OLD, 'es'), languageCacheName(OLD, 'pl'), staticCacheName(OLD), 'someone-elses-cache'];

  it('saves again the languages the reader had, and only those', () => {
    expect(languagesToCarryOver(onThePhone, NEW, locales)).toEqual(['es', 'pl']);
  });

  it('drops a language the new build no longer has', () => {
    expect(languagesToCarryOver(onThePhone, NEW, ['en', 'es'])).toEqual(['es']);
  });

  it('has nothing to carry over when the build did not change', () => {
    expect(languagesToCarryOver([SHARED_CACHE, languageCacheName(NEW, 'es')], NEW, locales)).toEqual([]);
  });

  it('finds the earlier copies of a language to reuse unchanged pages from', () => {
    expect(earlierLanguageCaches([...onThePhone, languageCacheName(NEW, 'es')], NEW, 'es')).toEqual([languageCacheName(OLD, 'es')]);
  });

  it('deletes the old build caches once it has taken over, and keeps the shared precache and others', () => {
    const all = [...onThePhone, languageCacheName(NEW, 'es'), languageCacheName(NEW, 'pl'), staticCacheName(NEW)];
    expect(outdatedCaches(all, NEW)).toEqual([languageCacheName(OLD, 'es'), languageCacheName(OLD, 'pl'), staticCacheName(OLD)]);
  });

  it('deletes caches of every older build, not only the last one', () => {
    const older = 'cccccccccccc';
    expect(outdatedCaches([languageCacheName(older, 'ht'), languageCacheName(OLD, 'ht'), languageCacheName(NEW, 'ht')], NEW)).toEqual([
      languageCacheName(older, 'ht'),
      languageCacheName(OLD, 'ht'),
    ]);
  });
});

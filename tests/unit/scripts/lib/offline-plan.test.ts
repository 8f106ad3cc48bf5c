import { describe, expect, it } from 'vitest';
import { assetsOfStylesheet, buildIdOf, staticAssetsOfPage, urlOfFile } from '@/scripts/lib/offline-plan';

describe('the address of a file in out/', () => {
  it('is the directory for a page', () => {
    expect(urlOfFile('index.html')).toBe('/');
    expect(urlOfFile('es/help/us-il/index.html')).toBe('/es/help/us-il/');
  });

  it('is percent-encoded per segment, as Next writes it in pages', () => {
    expect(urlOfFile('_next/static/chunks/app/[locale]/(site)/layout-1.js')).toBe('/_next/static/chunks/app/%5Blocale%5D/(site)/layout-1.js');
  });
});

describe('what a page needs from /_next/static', () => {
  const page = [
    '<link rel="stylesheet" href="/_next/static/css/a1.css" data-precedence="next"/>',
    '<script src="/_next/static/chunks/app/%5Blocale%5D/(site)/layout-2.js" async=""></script>',
    '<script src="/_next/static/chunks/polyfills-3.js" noModule=""></script>',
    '<script>self.__next_f.push([1,"5:I[\\"123\\",[\\"static/chunks/730-4.js\\",\\"static/chunks/730-4.js\\"],\\"X\\"]"])</script>',
  ].join('');

  it('finds its stylesheets, scripts and the chunks in its React payload, as files under out/', () => {
    expect(staticAssetsOfPage(page).sort()).toEqual([
      '_next/static/chunks/730-4.js',
      '_next/static/chunks/app/[locale]/(site)/layout-2.js',
      '_next/static/css/a1.css',
    ]);
  });

  it('leaves out nomodule scripts, which browsers with service workers never load', () => {
    expect(staticAssetsOfPage(page).some((file) => file.includes('polyfills'))).toBe(false);
  });

  it('finds the fonts and images a stylesheet loads, and skips inline data', () => {
    const css = "@font-face{src:url(../media/font-5.woff2) format('woff2')}.a{background:url('/icons/icon.svg')}.b{background:url(data:image/png;base64,AA)}";
    expect(assetsOfStylesheet(css, '_next/static/css/a1.css').sort()).toEqual(['_next/static/media/font-5.woff2', 'icons/icon.svg']);
  });
});

describe('the build id', () => {
  const entries = [
    { url: '/es/', integrity: 'sha256-a' },
    { url: '/es/help/', integrity: 'sha256-b' },
  ];

  it('is 12 hex digits and the same for the same files', () => {
    expect(buildIdOf(entries)).toMatch(/^[0-9a-f]{12}$/);
    expect(buildIdOf(entries)).toBe(buildIdOf([...entries]));
  });

  it('changes when any file changes', () => {
    expect(buildIdOf([entries[0], { url: '/es/help/', integrity: 'sha256-c' }])).not.toBe(buildIdOf(entries));
  });
});

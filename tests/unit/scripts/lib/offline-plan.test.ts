import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LanguageIndex, LanguagePack } from '@/lib/offline/offline-plan';
import { assetsOfStylesheet, buildIdOf, planOffline, staticAssetsOfPage, urlOfFile, workerPlan } from '@/scripts/lib/offline-plan';

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

/** A small exported site: two languages, a page of each kind, pages as the build leaves them. */
function site(changes: Record<string, string> = {}): string {
  const out = mkdtempSync(path.join(tmpdir(), 'kyr-plan-'));
  const stylesheet = '/_next/static/chunks/a1.css';
  const page = (title: string) =>
    `<!DOCTYPE html><html><head><meta charset="utf-8"><style data-stylesheet="${stylesheet}">h1{color:red}</style></head>` +
    `<body><h1>${title}</h1></body></html>`;
  const files: Record<string, string> = {
    'index.html': page('Choose your language'),
    'offline/index.html': page('You are offline'),
    '_next/static/chunks/a1.css': 'h1{color:red}',
    '_enhance/offline-saving.AB12.js': 'export {}',
    'icons/icon.svg': '<svg/>',
    'icons/icon-512.png': 'png',
    ...Object.fromEntries(
      ['es', 'pl'].flatMap((locale) => [
        [`${locale}/index.html`, page(`${locale} home`)],
        [`${locale}/rights/agents-at-door/index.html`, page(`${locale} agents at the door`)],
        [`${locale}/card/index.html`, page(`${locale} card`)],
        [`${locale}/help/index.html`, page(`${locale} help`)],
        [`${locale}/help/us-il/index.html`, page(`${locale} help in Illinois`)],
        [`${locale}/offline/index.html`, page(`${locale} offline`)],
        [`${locale}/print/flyer/us-il-chicago/index.html`, page(`${locale} flyer`)],
        [`${locale}/manifest.webmanifest`, '{"name":"x"}'],
      ]),
    ),
    ...changes,
  };
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(out, file)), { recursive: true });
    writeFileSync(path.join(out, file), content);
  }
  return out;
}

const integrity = (content: string) => `sha256-${createHash('sha256').update(content).digest('base64')}`;

describe('what the worker saves for a language', async () => {
  const plan = await planOffline(site(), ['es', 'pl']);
  const spanish = plan.languages.es;
  const index = JSON.parse(spanish.index.content) as LanguageIndex;
  const pack = JSON.parse(spanish.pack.content) as LanguagePack;

  it('packs what a reader needs offline into one download, and leaves the flyer and other regions for when they are opened', () => {
    expect(pack.pages.map(({ url }) => url).sort()).toEqual([
      '/es/',
      '/es/card/',
      '/es/help/',
      '/es/manifest.webmanifest',
      '/es/offline/',
      '/es/rights/agents-at-door/',
    ]);
    const later = index.pages.filter((page) => !page.upFront).map(({ url }) => url);
    expect(later.sort()).toEqual(['/es/help/us-il/', '/es/print/flyer/us-il-chicago/']);
  });

  it('packs each page without its inlined CSS, applying the stylesheet from <head>', () => {
    const home = pack.pages.find(({ url }) => url === '/es/')!;
    expect(home.contentType).toBe('text/html; charset=utf-8');
    expect(home.body).toContain('<h1>es home</h1>');
    expect(home.body).not.toContain('<style');
    expect(home.body).toMatch(/<head>.*<link rel="stylesheet" href="\/_next\/static\/chunks\/a1\.css">.*<\/head>/);
    expect(pack.headers['X-Frame-Options']).toBe('DENY');
  });

  it('lists every page of the language by the integrity of the page as served, and names the pack by its own', () => {
    expect(index.pages).toHaveLength(8);
    const home = spanish.pages.find(({ url }) => url === '/es/')!;
    expect(index.pages.find(({ url }) => url === '/es/')).toMatchObject({ integrity: home.integrity, upFront: true });
    expect(index.pack).toMatchObject({ url: '/_offline/es.pages.json', integrity: integrity(spanish.pack.content) });
    expect(index.pack.gzipBytes).toBeGreaterThan(0);
  });

  it('gives the worker only each language index, so sw.js stays small as languages are added', () => {
    const { languages } = workerPlan(plan);
    expect(languages.es).toEqual({ url: '/_offline/es.json', integrity: integrity(spanish.index.content) });
    expect(JSON.stringify(languages)).not.toContain('/es/card/');
  });

  it('precaches the favicon but not the home-screen icons, which are fetched when adding to the home screen', () => {
    const shared = plan.shared.map(({ url }) => url);
    expect(shared).toContain('/icons/icon.svg');
    expect(shared).not.toContain('/icons/icon-512.png');
    expect(shared).toEqual(expect.arrayContaining(['/', '/offline/', '/_enhance/offline-saving.AB12.js']));
  });

  it('is a new build when a page saved only once opened changes', async () => {
    const changed = await planOffline(
      site({ 'es/print/flyer/us-il-chicago/index.html': '<!DOCTYPE html><html><head></head><body><h1>new flyer</h1></body></html>' }),
      ['es', 'pl'],
    );
    expect(changed.build).not.toBe(plan.build);
    expect(changed.languages.pl.index.content).toBe(plan.languages.pl.index.content);
  });
});

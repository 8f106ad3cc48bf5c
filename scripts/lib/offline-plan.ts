/**
 * Decides, after `next build`, what the service worker caches, using workbox-build's getManifest
 * (the manifest step of injectManifest) for globbing and revisions, and makes each language's
 * index and pack (see lib/offline/offline-plan.ts). See scripts/lib/service-worker-build.ts for
 * why the worker is not made by generateSW.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { getManifest } from 'workbox-build';
import {
  isSavedUpFront,
  languageFiles,
  type ExactFile,
  type LanguageIndex,
  type LanguagePack,
  type OfflineEntry,
  type OfflinePlan,
} from '../../lib/offline/offline-plan';
import { offlineCopy } from './offline-copy';
import { securityHeaders } from './security-headers';

/** An entry of the plan with the file it comes from, for the build and the size report. */
export type PlannedFile = OfflineEntry & { file: string; size: number };
/** A page of a language: `gzipBytes` is what it costs to download alone. */
type PlannedPage = PlannedFile & { gzipBytes: number; upFront: boolean };
/** A file the build writes for the worker (a language's index or pack), with its content. */
type GeneratedFile = ExactFile & { file: string; content: string };
export type LanguageBuild = { pages: PlannedPage[]; index: GeneratedFile; pack: GeneratedFile };
export type OfflineBuild = { build: string; shared: PlannedFile[]; languages: Record<string, LanguageBuild> };

/**
 * What every page needs besides the stylesheets: the chooser, the offline page, our behaviours,
 * the favicon. The home-screen icons are left out: the browser fetches them when the reader adds
 * the site to the home screen, which needs a connection anyway.
 */
const SHARED_FILES = ['index.html', 'offline/index.html', '_enhance/*.js', 'icons/icon.svg'];
/** What the host sends these files as; a saved file of another kind is downloaded on its own, not packed. */
const PACKED_TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.webmanifest': 'application/manifest+json' };

/**
 * A file's address on the site, written as Next writes it in its pages: directory pages end in
 * a slash, and each path segment is percent-encoded (`app/[locale]/x.js` → `app/%5Blocale%5D/x.js`).
 */
export function urlOfFile(file: string): string {
  const segments = file.split('/');
  if (segments.at(-1) === 'index.html') segments[segments.length - 1] = '';
  return `/${segments.map(encodeURIComponent).join('/')}`;
}

/**
 * The /_next/static files a page loads: its <script src> and <link href>, and the chunks named
 * in its inline React payload, as paths under out/. `nomodule` scripts are left out: browsers with
 * service workers never run them.
 */
export function staticAssetsOfPage(html: string): string[] {
  const legacy = new Set([...html.matchAll(/<script\b[^>]*\bnomodule\b[^>]*>/gi)].map(([tag]) => /\bsrc="([^"]+)"/.exec(tag)?.[1]));
  const found = new Set<string>();
  for (const [, reference] of html.matchAll(/(?:\/_next\/)?(static\/(?:chunks|css|media)\/[^"'\\\s<>?#]+)/g)) {
    if (!legacy.has(`/_next/${reference}`)) found.add(`_next/${decodeURIComponent(reference)}`);
  }
  return [...found];
}

/** Files a stylesheet loads (fonts, images), as paths under out/. */
export function assetsOfStylesheet(css: string, stylesheet: string): string[] {
  const found = new Set<string>();
  for (const [, raw] of css.matchAll(/url\(\s*['"]?([^'")]+?)['"]?\s*\)/g)) {
    if (/^(?:data:|[a-z]+:|#)/i.test(raw)) continue;
    const target = raw.startsWith('/') ? raw.slice(1) : path.posix.join(path.posix.dirname(stylesheet), raw);
    found.add(decodeURIComponent(target.split(/[?#]/)[0]));
  }
  return [...found];
}

/** Subresource integrity of some bytes: the worker asks the browser to refuse any other content. */
function integrityOf(bytes: Buffer | string): string {
  return `sha256-${createHash('sha256').update(bytes).digest('base64')}`;
}

async function plannedFiles(outDir: string, globPatterns: string[], keep: (file: string) => boolean = () => true): Promise<PlannedFile[]> {
  const { manifestEntries, warnings } = await getManifest({
    globDirectory: outDir,
    globPatterns,
    // Next and our module bundler put a content hash in these names: the name is the revision.
    dontCacheBustURLsMatching: /^(?:_next\/static|_enhance)\//,
    maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
  });
  // A file left out (too large, unreadable, a pattern gone stale) would fail offline unnoticed.
  if (warnings.length) throw new Error(`offline plan: ${warnings.join('\n')}`);
  return manifestEntries
    .filter(({ url }) => keep(url))
    .map(({ url: file, revision }) => ({
      url: urlOfFile(file),
      revision,
      integrity: integrityOf(readFileSync(path.join(outDir, file))),
      file,
      size: statSync(path.join(outDir, file)).size,
    }))
    .sort((a, b) => a.url.localeCompare(b.url));
}

/** Every /_next/static file some page of the site loads, with what its stylesheets load. */
async function staticAssetsOfSite(outDir: string): Promise<Set<string>> {
  const pages = await plannedFiles(outDir, ['**/*.html']);
  const assets = new Set(pages.flatMap(({ file }) => staticAssetsOfPage(readFileSync(path.join(outDir, file), 'utf8'))));
  for (const asset of [...assets]) {
    if (asset.endsWith('.css') && existsSync(path.join(outDir, asset))) {
      for (const loaded of assetsOfStylesheet(readFileSync(path.join(outDir, asset), 'utf8'), asset)) assets.add(loaded);
    }
  }
  return assets;
}

/** A short id that changes whenever anything cached changes (12 hex digits, see cache-names.ts). */
export function buildIdOf(entries: Pick<OfflineEntry, 'url' | 'integrity'>[]): string {
  const hash = createHash('sha256');
  for (const { url, integrity } of entries) hash.update(`${url} ${integrity}\n`);
  return hash.digest('hex').slice(0, 12);
}

/** A JSON file under out/_offline/ for the worker. */
function generated(url: string, value: LanguageIndex | LanguagePack): GeneratedFile {
  const content = JSON.stringify(value);
  return { url, file: url.slice(1), content, integrity: integrityOf(content) };
}

/**
 * One language: its pages, the pack of those saved up front (each as its offline copy) and the
 * index of them all, which names the pack. Sizes are gzip at level 6, as the bench counts them.
 */
function planLanguage(outDir: string, locale: string, files: PlannedFile[]): LanguageBuild {
  const pages = files.map((file) => ({
    ...file,
    upFront: isSavedUpFront(file.url, locale),
    gzipBytes: gzipSync(readFileSync(path.join(outDir, file.file))).length,
  }));
  const packed: LanguagePack['pages'] = [];
  for (const page of pages) {
    const contentType = PACKED_TYPES[path.extname(page.file)];
    if (!page.upFront || !contentType) continue;
    const text = readFileSync(path.join(outDir, page.file), 'utf8');
    try {
      packed.push({ url: page.url, contentType, body: page.file.endsWith('.html') ? offlineCopy(text) : text });
    } catch (error) {
      throw new Error(`offline plan: ${page.file} ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  const names = languageFiles(locale);
  const pack = generated(names.pack, { headers: securityHeaders, pages: packed });
  const index = generated(names.index, {
    pack: { url: pack.url, integrity: pack.integrity, gzipBytes: gzipSync(pack.content).length },
    pages: pages.map(({ url, integrity, gzipBytes, upFront }) => ({ url, integrity, gzipBytes, upFront })),
  });
  return { pages, index, pack };
}

export async function planOffline(outDir: string, locales: readonly string[]): Promise<OfflineBuild> {
  const assets = await staticAssetsOfSite(outDir);
  // Contacts as vCards (17.6 KB gzip for 37) are left to the network: a saved page still dials every
  // number offline, and saving them all would cost a tenth of the offline budget.
  const shared = await plannedFiles(outDir, [...SHARED_FILES, '_next/static/**/*'], (file) => !file.startsWith('_next/') || assets.has(file));
  const languages: Record<string, LanguageBuild> = {};
  for (const locale of locales) {
    const files = await plannedFiles(outDir, [`${locale}/**/*`]);
    if (!files.some(({ url }) => url === `/${locale}/`)) throw new Error(`offline plan: out/${locale}/index.html is missing`);
    languages[locale] = planLanguage(outDir, locale, files);
  }
  // Each index names every page of its language by its integrity, and the pack by its own.
  const build = buildIdOf([...shared, ...Object.values(languages).map(({ index }) => index)]);
  return { build, shared, languages };
}

/** What the worker needs of the plan: the shared files' addresses, revisions and integrity, and each language's index. */
export function workerPlan({ build, shared, languages }: OfflineBuild): OfflinePlan {
  return {
    build,
    shared: shared.map(({ url, revision, integrity }) => ({ url, revision, integrity })),
    languages: Object.fromEntries(Object.entries(languages).map(([locale, { index }]) => [locale, { url: index.url, integrity: index.integrity }])),
  };
}

/**
 * The pages of the exported site, read from out/ so that a kind of page added later (print pages,
 * an offline page) is covered by the tests that walk every kind of page without editing them.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { locales } from '../../../i18n/routing';
import { isReaderPage, readerRoutes, routeOf } from '../../../lib/site-routes';

export type SitePage = {
  /** The kind of page: 'chooser', 'not-found', 'home', or its route under the locale with parameters as '*' ('rights/*', 'help/*'); every region's bilingual flyer is one kind. */
  kind: string;
  locale: string | null;
  url: string;
  /** Whether the page has the site's header (and so a skip link past it). */
  hasHeader: boolean;
};

const outDir = path.resolve('out');

/** Page folders under `dir` (served at `base`), as path segments below it. */
function pageDirs(dir: string, prefix: string[] = [], skip: readonly string[] = [], base = '/'): string[][] {
  const found: string[][] = [];
  if (existsSync(path.join(dir, 'index.html'))) found.push(prefix);
  for (const name of readdirSync(dir).sort()) {
    // Next's own files, the fallback copies of the 404 page and the volunteers' editor are not pages a reader opens.
    if (name.startsWith('_') || name.startsWith('.') || name === '404' || skip.includes(name) || !isReaderPage(`${base}${[...prefix, name].join('/')}/`))
      continue;
    const child = path.join(dir, name);
    if (statSync(child).isDirectory()) found.push(...pageDirs(child, [...prefix, name], [], base));
  }
  return found;
}

const routes = readerRoutes();

/** The page's route from app/, its parameters as '*': every region's bilingual flyer is one kind. */
function kindOf(segments: string[]): string {
  if (segments.length === 0) return 'home';
  const route = routeOf(segments, routes);
  if (!route) throw new Error(`out/ has a page no route in app/[locale]/ makes: /${segments.join('/')}/`);
  return route.map((part) => (part.startsWith('[') ? '*' : part)).join('/');
}

/** Every page in out/, with its kind and language. Throws when there is no build to read. */
function sitePages(): SitePage[] {
  if (!existsSync(path.join(outDir, 'index.html'))) throw new Error('out/ has no build: run `npm run build` first.');
  const page = (kind: string, locale: string | null, url: string, file = path.join(outDir, url, 'index.html')): SitePage => ({
    kind,
    locale,
    url,
    hasHeader: readFileSync(file, 'utf8').includes('data-site-header'),
  });
  const pages = [page('chooser', null, '/'), page('not-found', null, '/en/no-such-page/', path.join(outDir, '404.html'))];
  // Pages outside every language (the chooser, and any added later at the top level).
  for (const segments of pageDirs(outDir, [], locales).slice(1)) pages.push(page(segments.join('/'), null, `/${segments.join('/')}/`));
  for (const locale of locales) {
    if (!existsSync(path.join(outDir, locale))) continue;
    for (const segments of pageDirs(path.join(outDir, locale), [], [], `/${locale}/`))
      pages.push(page(kindOf(segments), locale, `/${[locale, ...segments].join('/')}/`));
  }
  return pages;
}

/**
 * One page of each kind in each language, plus every page of `everyPageOf` kinds in English
 * (all rights topics are read in English first, so all of them are checked there).
 */
export function pagesToCheck({ locales: only, everyPageOf = [] }: { locales?: readonly string[]; everyPageOf?: string[] } = {}): SitePage[] {
  const seen = new Set<string>();
  return sitePages().filter((page) => {
    if (only && page.locale !== null && !only.includes(page.locale)) return false;
    if (page.locale === 'en' && everyPageOf.includes(page.kind)) return true;
    const key = `${page.locale}:${page.kind}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The exported site in out/, read from disk: its pages and what their markup links to. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { isReaderPage } from '../../../lib/site-routes';

export const OUT = path.resolve('out');

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? files(full) : [full];
  });
}

/** Every HTML file in out/, the volunteers' editor included, or an error saying to build first. */
export function everyHtmlFile(): string[] {
  if (!existsSync(path.join(OUT, 'index.html'))) throw new Error('out/ has no site: run npm run build first');
  return files(OUT)
    .filter((file) => file.endsWith('.html'))
    .sort();
}

/** Every reader page's HTML file in out/: all but the editor at /admin/ (isReaderPage), which admin.spec.ts tests. */
export function htmlFiles(): string[] {
  return everyHtmlFile().filter((file) => isReaderPage(addressOf(file)));
}

/** The address a file is served at: out/en/help/index.html is /en/help/, out/404.html is /404.html. */
export function addressOf(file: string): string {
  const relative = path.relative(OUT, file).split(path.sep).join('/');
  return `/${relative.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** The file a server sends for an address on this site (path/ is path/index.html), or null. */
export function fileFor(pathname: string): string | null {
  const file = path.join(OUT, decodeURIComponent(pathname), pathname.endsWith('/') ? 'index.html' : '');
  if (!file.startsWith(OUT)) return null;
  return existsSync(file) && statSync(file).isFile() ? file : null;
}

const ENTITIES: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>' };
const decode = (value: string) =>
  value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) =>
    name.startsWith('#x') || name.startsWith('#X')
      ? String.fromCodePoint(parseInt(name.slice(2), 16))
      : name.startsWith('#')
        ? String.fromCodePoint(Number(name.slice(1)))
        : (ENTITIES[name.toLowerCase()] ?? whole),
  );

/** Markup outside <script> bodies (the React payload repeats the page as data, not as links). */
const markupOf = (html: string) => html.replace(/<script\b([^>]*)>[\s\S]*?<\/script\s*>/gi, '<script$1></script>');

type PageMarkup = { ids: Set<string>; links: { attribute: string; value: string }[] };

/** The ids a fragment can point to, and every href and src, decoded as the browser reads them. */
export function readMarkup(file: string): PageMarkup {
  const markup = markupOf(readFileSync(file, 'utf8'));
  const ids = new Set([...markup.matchAll(/<[a-z][^>]*?\sid="([^"]*)"/gi)].map(([, id]) => decode(id)));
  const links = [...markup.matchAll(/<[a-z][a-z0-9-]*\b[^>]*?>/gi)].flatMap(([tag]) =>
    [...tag.matchAll(/\s(href|src)="([^"]*)"/gi)].map(([, attribute, value]) => ({ attribute: attribute.toLowerCase(), value: decode(value) })),
  );
  return { ids, links };
}

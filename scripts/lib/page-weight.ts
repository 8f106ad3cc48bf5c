/** How many bytes a page of an exported site needs, read from the files in out/ (no browser). */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { isReaderPage } from '../../lib/site-routes';

/**
 * The stylesheets and script files an HTML page links, as the paths it names them by. Scripts
 * marked nomodule (Next's polyfills) are left out: browsers that run modules never download them.
 */
export function linkedAssets(html: string): { stylesheets: string[]; scripts: string[] } {
  const attribute = (tag: string, name: string) => tag.match(new RegExp(`\\s${name}="([^"]*)"`, 'i'))?.[1];
  const stylesheets = (html.match(/<link\b[^>]*>/gi) ?? [])
    .filter((tag) => attribute(tag, 'rel')?.split(/\s+/).includes('stylesheet'))
    .map((tag) => attribute(tag, 'href')!)
    .filter(Boolean);
  const scripts = (html.match(/<script\b[^>]*>/gi) ?? [])
    .filter((tag) => !/\snomodule(=|\s|>)/i.test(tag))
    .map((tag) => attribute(tag, 'src'))
    .filter((src): src is string => Boolean(src));
  return { stylesheets: [...new Set(stylesheets)], scripts: [...new Set(scripts)] };
}

const gzipCache = new Map<string, number>();
/** Bytes of a file after gzip at level 6, what most hosts and CDNs send. */
export function gzipBytes(file: string): number {
  let size = gzipCache.get(file);
  if (size === undefined) {
    size = gzipSync(readFileSync(file)).length;
    gzipCache.set(file, size);
  }
  return size;
}

/** The file in out/ that a site path is served from ("/en/about/" → out/en/about/index.html). */
export function fileFor(outDir: string, urlPath: string): string {
  const clean = decodeURIComponent(urlPath.split(/[?#]/)[0]);
  return path.join(outDir, clean.endsWith('/') ? `${clean}index.html` : clean);
}

type PageWeight = {
  path: string;
  htmlGzip: number;
  cssGzip: number;
  /** The HTML and the CSS it links: nothing shows before these have arrived. */
  firstRenderGzip: number;
  jsGzip: number;
  scripts: number;
};

export function pageWeight(outDir: string, urlPath: string): PageWeight {
  const htmlFile = fileFor(outDir, urlPath);
  const { stylesheets, scripts } = linkedAssets(readFileSync(htmlFile, 'utf8'));
  const sum = (paths: string[]) => paths.reduce((total, asset) => total + gzipBytes(fileFor(outDir, asset)), 0);
  const htmlGzip = gzipBytes(htmlFile);
  const cssGzip = sum(stylesheets);
  return { path: urlPath, htmlGzip, cssGzip, firstRenderGzip: htmlGzip + cssGzip, jsGzip: sum(scripts), scripts: scripts.length };
}

/** Every reader page of the export, as site paths ("/", "/en/about/"), without Next's own files or the volunteers' editor. */
export function sitePaths(outDir: string, prefix = '/'): string[] {
  const dir = path.join(outDir, prefix);
  const found = existsSync(path.join(dir, 'index.html')) ? [prefix] : [];
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith('_') || name.startsWith('.') || name === '404' || !isReaderPage(`${prefix}${name}/`)) continue;
    if (statSync(path.join(dir, name)).isDirectory()) found.push(...sitePaths(outDir, `${prefix}${name}/`));
  }
  return found;
}

/** The assets that several pages share, counted once: what a reader downloads once for the site. */
export function sharedAssets(outDir: string, paths: string[]): string[] {
  const assets = new Set<string>();
  for (const urlPath of paths) {
    const { stylesheets, scripts } = linkedAssets(readFileSync(fileFor(outDir, urlPath), 'utf8'));
    for (const asset of [...stylesheets, ...scripts]) assets.add(asset);
  }
  return [...assets].sort();
}

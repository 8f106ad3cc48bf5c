/**
 * Takes the Next.js/React runtime out of the exported site. React renders every page at build
 * time and the pages work without it, but Next's static export still ships its client runtime
 * (about 133 KB gzip), preloads for it, an inline React payload that repeats the page's text
 * (`self.__next_f.push(...)`), and `.txt` RSC payloads that only client-side navigation fetches.
 * The App Router has no switch to leave them out (vercel/next.js#45009, #5054), so this step runs
 * over out/ after `next build`. Behaviour comes back as our own small modules (enhancements.ts).
 *
 * It removes only what it recognises, and stops the build naming the file when a page has a
 * script it does not: a Suspense boundary streamed in by an inline script, say, would leave the
 * page half-rendered without it, and such a page must not ship.
 */
import { existsSync, readdirSync, readFileSync, rmSync, rmdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { rewriteExportedPages } from './exported-pages';

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const LINK = /<link\b[^>]*>/gi;

/** Where Next serves its runtime from, and where our own enhancement modules live (re-attached after this step). */
const FRAMEWORK_SCRIPT_SRC = /^\/_next\/static\//;
const OWN_MODULE_SRC = /^\/_enhance\//;
/** The openings of the inline scripts Next writes: Turbopack's chunk list and the React flight payload. */
const FRAMEWORK_INLINE = [
  /^\(globalThis\["TURBOPACK"\] \|\| \(globalThis\["TURBOPACK"\] = \[\]\)\)\.push\(/,
  /^\(self\.__next_f=self\.__next_f\|\|\[\]\)\.push\(/,
  /^self\.__next_f\.push\(/,
];
/** RSC payload files of a static export: `index.txt` beside a page, `__next.<segments>.txt` for its segments. */
const RSC_PAYLOAD = /^(?:index|__next\..+)\.txt$/;

const attribute = (attributes: string, name: string) => new RegExp(`(?:^|\\s)${name}\\s*=\\s*"([^"]*)"`, 'i').exec(attributes)?.[1];

function isFrameworkScript(attributes: string, body: string): boolean {
  const src = attribute(attributes, 'src');
  if (src !== undefined) return body.trim() === '' && (FRAMEWORK_SCRIPT_SRC.test(src) || OWN_MODULE_SRC.test(src));
  return FRAMEWORK_INLINE.some((opening) => opening.test(body));
}

/** A `<link rel="preload" as="script">` or `<link rel="modulepreload">`: a script fetched ahead for the runtime. */
function isScriptPreload(tag: string): boolean {
  const rel = (attribute(tag.slice(5), 'rel') ?? '').toLowerCase().split(/\s+/);
  if (rel.includes('modulepreload')) return true;
  return rel.includes('preload') && attribute(tag.slice(5), 'as')?.toLowerCase() === 'script';
}

/** The page without Next's scripts and script preloads; everything else is left byte for byte. */
export function stripFramework(html: string): string {
  const stripped = html.replace(SCRIPT, (script, attributes: string, body: string) => {
    if (isFrameworkScript(attributes, body)) return '';
    const shown = script.length > 120 ? `${script.slice(0, 120)}…` : script;
    throw new Error(`has a script this step does not recognise, so it cannot tell whether the page works without it: ${shown}`);
  });
  return stripped.replace(LINK, (tag) => (isScriptPreload(tag) ? '' : tag));
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full) : [full];
  });
}

function removeEmptyDirectories(dir: string): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) if (entry.isDirectory()) removeEmptyDirectories(path.join(dir, entry.name));
  if (readdirSync(dir).length === 0) rmdirSync(dir);
}

type StripReport = { pages: number; scriptsRemoved: number; payloadFiles: number; scriptFiles: number; bytesRemoved: number };

/**
 * Strips every page in `outDir`, then deletes the RSC payloads and every JavaScript file under
 * _next/ that no page or stylesheet names any more. Throws naming each page it could not strip.
 */
export function stripExportedSite(outDir: string): StripReport {
  const report: StripReport = { pages: 0, scriptsRemoved: 0, payloadFiles: 0, scriptFiles: 0, bytesRemoved: 0 };
  const pages: string[] = [];
  try {
    report.pages = rewriteExportedPages(outDir, (html) => {
      const stripped = stripFramework(html);
      report.scriptsRemoved += (html.match(/<script\b/gi) ?? []).length;
      pages.push(stripped);
      return stripped;
    });
  } catch (error) {
    throw new Error(`Could not take the framework's scripts out of these pages:\n${error instanceof Error ? error.message : String(error)}`);
  }

  const files = filesUnder(outDir);
  const remove = (file: string) => {
    report.bytesRemoved += statSync(file).size;
    rmSync(file);
  };
  for (const file of files.filter((name) => RSC_PAYLOAD.test(path.basename(name)))) {
    remove(file);
    report.payloadFiles += 1;
  }
  const nextDir = path.join(outDir, '_next');
  const referencing = [...pages, ...files.filter((name) => name.endsWith('.css')).map((name) => readFileSync(name, 'utf8'))].join('\n');
  for (const file of files.filter((name) => name.startsWith(nextDir + path.sep) && name.endsWith('.js'))) {
    if (referencing.includes(path.basename(file))) continue;
    remove(file);
    report.scriptFiles += 1;
  }
  if (existsSync(nextDir)) removeEmptyDirectories(nextDir);
  return report;
}

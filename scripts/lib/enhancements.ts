/**
 * Our behaviours as small modules, one per file in enhance/, bundled with esbuild into
 * out/_enhance/<name>.<hash>.js, and a page loads only those whose `data-module` it renders
 * (enhance/lib/attach.ts). The hash in the name changes with the code, so a host may cache them.
 */
import { build } from 'esbuild';
import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SOURCES = path.join(ROOT, 'enhance');
const ENHANCE_DIR = '_enhance';
const LAZY_DIR = 'lazy';

/** Module name → its address on the site ("help-filters" → "/_enhance/help-filters.AB12CD34.js"). */
type EnhancementModules = Record<string, string>;

export async function bundleEnhancements(outDir: string): Promise<EnhancementModules> {
  const target = path.join(outDir, ENHANCE_DIR);
  rmSync(target, { recursive: true, force: true });
  const entries = readdirSync(SOURCES).filter((name) => name.endsWith('.ts'));
  const { metafile } = await build({
    entryPoints: entries.map((name) => path.join(SOURCES, name)),
    outdir: target,
    entryNames: '[name].[hash]',
    bundle: true,
    format: 'esm',
    minify: true,
    // Browsers that run module scripts; older ones get the pages without the extras.
    target: 'es2017',
    tsconfig: path.join(ROOT, 'tsconfig.json'),
    metafile: true,
    logLevel: 'warning',
  });
  // Large libraries a few pages load when they open, at a fixed address: not bundled into every
  // module that uses them, and not saved for offline use up front (the offline plan saves _enhance/*.js).
  const lazy = readdirSync(path.join(SOURCES, LAZY_DIR)).filter((name) => name.endsWith('.ts'));
  await build({
    entryPoints: lazy.map((name) => path.join(SOURCES, LAZY_DIR, name)),
    outdir: path.join(target, LAZY_DIR),
    entryNames: '[name]',
    bundle: true,
    format: 'esm',
    minify: true,
    target: 'es2017',
    tsconfig: path.join(ROOT, 'tsconfig.json'),
    logLevel: 'warning',
  });
  const modules: EnhancementModules = {};
  for (const [output, { entryPoint }] of Object.entries(metafile.outputs)) {
    if (!entryPoint) continue;
    modules[path.basename(entryPoint, '.ts')] = `/${ENHANCE_DIR}/${path.basename(output)}`;
  }
  return modules;
}

/** The behaviours a page asks for, in the order they first appear. */
function modulesOfPage(html: string): string[] {
  const names = [...html.matchAll(/<[a-z][a-z0-9-]*\b[^>]*\sdata-module="([^"]+)"/gi)].map(([, name]) => name);
  return [...new Set(names)];
}

/**
 * The page with a module script for each behaviour it renders, at the end of <head>: module
 * scripts never block rendering and run once the page is parsed. Throws on a name with no module.
 */
export function withEnhancements(html: string, modules: EnhancementModules): string {
  const wanted = modulesOfPage(html);
  const missing = wanted.filter((name) => !modules[name]);
  if (missing.length > 0) throw new Error(`asks for data-module ${missing.map((name) => `"${name}"`).join(', ')}, but enhance/ has no such module`);
  if (wanted.length === 0) return html;
  const end = html.search(/<\/head>/i);
  if (end < 0) throw new Error('has no </head> to load its modules from');
  const scripts = wanted.map((name) => `<script type="module" src="${modules[name]}"></script>`).join('');
  return `${html.slice(0, end)}${scripts}${html.slice(end)}`;
}

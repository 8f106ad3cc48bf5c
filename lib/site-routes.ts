/**
 * The site's pages as the app/ folder defines them, so what checks links (content:check) and
 * what samples one page of each kind (the end-to-end tests) read the real routes, not a copy.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isEditorPath } from './editor-path';

/** The reader pages under app/[locale]/, as path patterns: route groups dropped, [param] kept. */
export function readerRoutes(): string[][] {
  const candidates = [path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../app/[locale]'), path.join(process.cwd(), 'app', '[locale]')];
  const routes: string[][] = [];
  const walk = (dir: string, segments: string[]) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isFile() && /^page\.(tsx|ts|jsx|js)$/.test(entry.name)) routes.push(segments);
      if (!entry.isDirectory()) continue;
      walk(path.join(dir, entry.name), /^\(.*\)$/.test(entry.name) ? segments : [...segments, entry.name]);
    }
  };
  for (const dir of candidates) {
    try {
      walk(dir, []);
      return routes;
    } catch {
      routes.length = 0;
    }
  }
  throw new Error("cannot find the site's pages (app/[locale]/) to check links against; run from the project folder");
}

/** The route a page path (without its language) belongs to, e.g. ['print', 'flyer', '[region]'] for print/flyer/us-il/. */
export function routeOf(segments: string[], routes: string[][] = readerRoutes()): string[] | undefined {
  return routes.find((route) => route.length === segments.length && route.every((part, index) => part.startsWith('[') || part === segments[index]));
}

/**
 * Whether a page in out/ is one readers open: every page is, except the volunteers' editor at
 * /admin/ (lib/editor-path.ts), which is not linked from any reader page, has a policy of its own
 * and is tested by tests/e2e/admin.spec.ts. What walks the reader pages (the privacy and
 * accessibility crawls, page budgets) asks this, so leaving a page out is one named rule.
 */
export function isReaderPage(pathname: string): boolean {
  return !isEditorPath(pathname);
}

/** Every HTML page of the exported site, and a way to rewrite them all that names the page that failed. */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { urlOfFile } from './offline-plan';

export function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return htmlFiles(full);
      return entry.name.endsWith('.html') ? [full] : [];
    })
    .sort();
}

/**
 * Rewrites every page in `outDir` with `rewrite(html, pagePath)` (pagePath as the site serves it:
 * "/en/help/"). Writes nothing unless every page succeeds; throws listing each page that failed.
 */
export function rewriteExportedPages(outDir: string, rewrite: (html: string, pagePath: string) => string): number {
  const results = new Map<string, string>();
  const problems: string[] = [];
  for (const file of htmlFiles(outDir)) {
    const relative = path.relative(outDir, file).split(path.sep).join('/');
    try {
      results.set(file, rewrite(readFileSync(file, 'utf8'), urlOfFile(relative)));
    } catch (error) {
      problems.push(`${relative}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return writeAll(results, problems);
}

/** The same, for a rewrite that is asynchronous; pages are rewritten one after another. */
export async function rewriteExportedPagesAsync(outDir: string, rewrite: (html: string, pagePath: string) => Promise<string>): Promise<number> {
  const results = new Map<string, string>();
  const problems: string[] = [];
  for (const file of htmlFiles(outDir)) {
    const relative = path.relative(outDir, file).split(path.sep).join('/');
    try {
      results.set(file, await rewrite(readFileSync(file, 'utf8'), urlOfFile(relative)));
    } catch (error) {
      problems.push(`${relative}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return writeAll(results, problems);
}

function writeAll(results: Map<string, string>, problems: string[]): number {
  if (problems.length > 0) throw new Error(problems.join('\n'));
  for (const [file, html] of results) writeFileSync(file, html);
  return results.size;
}

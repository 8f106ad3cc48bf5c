/**
 * Gives every exported page its own Content-Security-Policy. Pages have no inline scripts (the
 * framework's are taken out by strip-framework.ts; our behaviours are module files from
 * enhance/), so scripts come only from this site's files: `script-src 'self'`, no hashes. Inline
 * <style> blocks, if a page has any, are named by their sha256. This runs over out/ after the
 * pages are final: it puts the policy in a <meta> before anything the policy governs, and writes
 * `out/_headers` for hosts that read it. The build fails on anything the policy would block.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { htmlFiles } from './exported-pages';
import { headersFile, pagePolicy } from './security-headers';

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const STYLE = /<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi;
const POLICY_META = /<meta http-equiv="Content-Security-Policy" content="[^"]*"\s*\/?>/i;

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('base64');
const unique = (values: string[]) => [...new Set(values)];

/** The sha256 (base64) of every <style> block of a page. */
function inlineStyleHashes(html: string): string[] {
  return unique([...withoutScripts(html).matchAll(STYLE)].map(([, body]) => sha256(body)));
}

function withoutScripts(html: string): string {
  return html.replace(SCRIPT, '<script></script>');
}

/**
 * What the policy would block on this page, in words: markup the browser refuses under any
 * policy without 'unsafe-inline', so the build stops instead of shipping a page that breaks.
 */
export function policyConflicts(html: string): string[] {
  const markup = withoutScripts(html);
  const found: string[] = [];
  const inline = [...html.matchAll(SCRIPT)].find(([, attributes]) => !/\ssrc\s*=/i.test(` ${attributes}`));
  if (inline) found.push(`has an inline <script> (${inline[2].slice(0, 60)}); put the behaviour in a module under enhance/`);
  const style = /<([a-z][a-z0-9-]*)\b[^>]*\sstyle="/i.exec(markup);
  if (style) found.push(`a <${style[1]}> has a style="..." attribute; use a Tailwind class instead`);
  const handler = /<([a-z][a-z0-9-]*)\b[^>]*\s(on[a-z]+)=/i.exec(markup);
  if (handler) found.push(`a <${handler[1]}> has an inline event handler (${handler[2]}=); attach it from a script file instead`);
  if (/\s(?:href|src|action|formaction)="\s*javascript:/i.test(markup)) found.push('a link or form points to javascript:; use a real address');
  return found;
}

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** The page with its own policy as the first thing after <meta charset> (or <head>), replacing any earlier one. */
export function withPolicyMeta(html: string): string {
  const page = html.replace(POLICY_META, '');
  const policy = pagePolicy({ styleHashes: inlineStyleHashes(page) });
  const meta = `<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(policy)}"/>`;
  const anchor = /<meta charset="[^"]*"\s*\/?>/i.exec(page) ?? /<head\b[^>]*>/i.exec(page);
  if (!anchor) throw new Error('has no <head>, so there is nowhere to put its Content-Security-Policy');
  const at = anchor.index + anchor[0].length;
  // A policy only governs what comes after it: nothing it controls may precede it.
  const before = page.slice(0, at);
  if (/<(script|link|style|img|iframe|object|base)\b/i.test(before)) throw new Error('loads something before <meta charset>; the policy could not cover it');
  return `${before}${meta}${page.slice(at)}`;
}

type PolicyReport = { pages: number; largestPolicy: number };

/** Adds each page's policy to every HTML file in `outDir` and writes `_headers`. Throws listing every page that would break. */
export function secureExportedSite(outDir: string): PolicyReport {
  const files = htmlFiles(outDir);
  const problems = files.flatMap((file) => policyConflicts(readFileSync(file, 'utf8')).map((problem) => `${path.relative(outDir, file)}: ${problem}`));
  if (problems.length > 0) throw new Error(`These pages have markup the Content-Security-Policy would block:\n${problems.join('\n')}`);
  const report: PolicyReport = { pages: 0, largestPolicy: 0 };
  for (const file of files) {
    let secured: string;
    try {
      secured = withPolicyMeta(readFileSync(file, 'utf8'));
    } catch (error) {
      throw new Error(`${path.relative(outDir, file)}: ${error instanceof Error ? error.message : String(error)}`);
    }
    writeFileSync(file, secured);
    const policy = POLICY_META.exec(secured)![0];
    report.pages += 1;
    report.largestPolicy = Math.max(report.largestPolicy, policy.length);
  }
  writeFileSync(path.join(outDir, '_headers'), headersFile());
  return report;
}

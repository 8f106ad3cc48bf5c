import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { inlineCriticalCss } from '../../../../scripts/lib/critical-css';
import { offlineCopy } from '../../../../scripts/lib/offline-copy';
import { withPolicyMeta } from '../../../../scripts/lib/page-policy';

const CSS = '.title{font-size:2rem}.card{border:1px solid}.only-on-help{color:red}';
const STYLESHEET = '/_next/static/chunks/a1.css';
const page = (head: string) =>
  `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><link rel="stylesheet" href="${STYLESHEET}"/>${head}</head>` +
  '<body><h1 class="title">Agents at the door</h1><p class="card">Call</p></body></html>';

/** Pages as the build leaves them: critical CSS inlined by Beasties, then each page's policy. */
async function builtPages(pages: Record<string, string>): Promise<Record<string, string>> {
  const out = mkdtempSync(path.join(tmpdir(), 'kyr-offline-copy-'));
  mkdirSync(path.join(out, '_next/static/chunks'), { recursive: true });
  writeFileSync(path.join(out, STYLESHEET), CSS);
  for (const [name, html] of Object.entries(pages)) {
    mkdirSync(path.join(out, name));
    writeFileSync(path.join(out, name, 'index.html'), html);
  }
  await inlineCriticalCss(out);
  return Object.fromEntries(Object.keys(pages).map((name) => [name, withPolicyMeta(readFileSync(path.join(out, name, 'index.html'), 'utf8'))]));
}

const headOf = (html: string) => html.slice(0, html.indexOf('</head>'));
const bodyOf = (html: string) => html.slice(html.indexOf('</head>'));
const policyOf = (html: string) => /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1];

describe('the copy of a page kept for offline use', async () => {
  const built = await builtPages({ topic: page(''), 'own-style': page('<style>.own{color:green}</style>') });
  const copy = offlineCopy(built.topic);

  it('leaves out the inlined critical CSS, which the precached stylesheet already has', () => {
    expect(built.topic).toContain('<style data-stylesheet=');
    expect(copy).not.toContain('<style');
    expect(copy.length).toBeLessThan(built.topic.length);
  });

  it('applies the stylesheet from <head>, so nothing paints unstyled, and only once', () => {
    expect(built.topic).not.toMatch(/rel="(stylesheet|preload)"/);
    expect(headOf(copy)).toMatch(new RegExp(`<link rel="stylesheet" href="${STYLESHEET}">`));
    expect(copy.match(/<link\b/g)).toHaveLength(1);
  });

  it('keeps the page itself byte for byte', () => {
    expect(bodyOf(copy)).toBe(bodyOf(built.topic));
  });

  it('has a policy that allows no inline style at all', () => {
    expect(policyOf(built.topic)).toMatch(/style-src 'self' 'sha256-/);
    expect(policyOf(copy)).toMatch(/style-src 'self';/);
  });

  it("keeps a <style> the page wrote itself, with that style's hash in its policy", () => {
    const own = offlineCopy(built['own-style']);
    expect(own).toContain('<style>.own{color:green}</style>');
    expect(own).not.toContain('.title{font-size:2rem}');
    expect(policyOf(own)).toMatch(/style-src 'self' 'sha256-[^']+';/);
  });

  it('leaves a page without inlined CSS as it is', () => {
    const plain = withPolicyMeta(page(''));
    expect(offlineCopy(plain)).toBe(plain);
  });

  it('stops the build when the page links a stylesheet besides its own CSS, rather than save it in a shape nobody checked', () => {
    const linked = built.topic.replace('</head>', `<link rel="stylesheet" href="${STYLESHEET}"></head>`);
    expect(() => offlineCopy(linked)).toThrow(/not as the build leaves it/);
  });
});

import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { inlineCriticalCss } from '../../../../scripts/lib/critical-css';
import { policyConflicts } from '../../../../scripts/lib/page-policy';

const CSS = '.title{font-size:2rem}.card{border:1px solid}.only-on-help{color:red}@media print{.no-print{display:none}}';

function siteWithOnePage(): string {
  const out = mkdtempSync(path.join(tmpdir(), 'kyr-css-'));
  mkdirSync(path.join(out, '_next/static/chunks'), { recursive: true });
  mkdirSync(path.join(out, 'en'));
  writeFileSync(path.join(out, '_next/static/chunks/a1.css'), CSS);
  writeFileSync(
    path.join(out, 'en/index.html'),
    '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><link rel="stylesheet" href="/_next/static/chunks/a1.css"/></head>' +
      '<body><h1 class="title">Agents at the door</h1><p class="card no-print">Call</p></body></html>',
  );
  return out;
}

describe('a page paints from its own CSS, and the stylesheet follows without blocking', async () => {
  const out = siteWithOnePage();
  await inlineCriticalCss(out);
  const html = readFileSync(path.join(out, 'en/index.html'), 'utf8');
  const head = html.slice(0, html.indexOf('</head>'));

  it('inlines the rules the page uses, print rules included, and not the others', () => {
    const inline = /<style>([\s\S]*?)<\/style>/.exec(head)?.[1] ?? '';
    expect(inline).toContain('.title{font-size:2rem}');
    expect(inline).toContain('.card{border:1px solid}');
    expect(inline).toMatch(/@media print\{\.no-print\{display:none\}\}/);
    expect(inline).not.toContain('only-on-help');
  });

  it('preloads the stylesheet in <head> and applies it from the end of <body>, so it never blocks the first paint', () => {
    expect(head).not.toMatch(/rel="stylesheet"/);
    expect(head).toMatch(/<link rel="preload" href="\/_next\/static\/chunks\/a1\.css"[^>]*as="style"/);
    expect(html).toMatch(/<link rel="stylesheet" href="\/_next\/static\/chunks\/a1\.css"[^>]*><\/body>/);
    expect(readFileSync(path.join(out, '_next/static/chunks/a1.css'), 'utf8')).toBe(CSS);
  });

  it('needs no script or event handler, so the strict policy allows it', () => {
    expect(html).not.toMatch(/<script|onload=/i);
    expect(policyConflicts(html)).toEqual([]);
  });
});

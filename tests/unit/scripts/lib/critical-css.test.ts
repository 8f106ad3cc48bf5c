import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runtimeClasses } from '../../../../enhance/lib/runtime-classes';
import { classesOf, classesOnPage, inlineCriticalCss, rulesToKeep, selectorsToMatchByClass, selfStyled } from '../../../../scripts/lib/critical-css';
import { policyConflicts } from '../../../../scripts/lib/page-policy';

const CSS =
  '.title{font-size:2rem}.card{border:1px solid}.only-on-help{color:red}@media print{.no-print{display:none}}' +
  '.data-\\[state\\=playing\\]\\:sticky[data-state=playing]{position:sticky}[open]>.menu-list{display:grid}' +
  '.text-urgent{color:#b3261e}.text-\\[0\\.92em\\]{font-size:.92em}:lang(zh){font-family:cjk}:where(.space-y-4>:not(:last-child)){margin-bottom:1rem}:where(.space-y-9>:not(:last-child)){margin-bottom:9rem}';

function siteWithOnePage(): string {
  const out = mkdtempSync(path.join(tmpdir(), 'kyr-css-'));
  mkdirSync(path.join(out, '_next/static/chunks'), { recursive: true });
  mkdirSync(path.join(out, 'en'));
  writeFileSync(path.join(out, '_next/static/chunks/a1.css'), CSS);
  writeFileSync(
    path.join(out, 'en/index.html'),
    '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><link rel="stylesheet" href="/_next/static/chunks/a1.css"/></head>' +
      '<body><h1 class="title">Agents at the door</h1><p class="card no-print">Call</p>' +
      '<ul class="space-y-4"><li>1</li><li>2</li></ul><div class="data-[state=playing]:sticky" data-state="idle">Listen</div><details><summary>Language</summary><ul class="menu-list"></ul></details></body></html>',
  );
  return out;
}

describe('a page carries the CSS it uses and needs no stylesheet online', async () => {
  const out = siteWithOnePage();
  await inlineCriticalCss(out);
  const html = readFileSync(path.join(out, 'en/index.html'), 'utf8');
  const inline = /<style[^>]*>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? '';

  it('inlines the rules the page uses, print rules included, and not the others', () => {
    expect(inline).toContain('.title{font-size:2rem}');
    expect(inline).toContain('.card{border:1px solid}');
    expect(inline).toMatch(/@media print\{\.no-print\{display:none\}\}/);
    expect(inline).not.toContain('only-on-help');
  });

  it('keeps the rules of a state a behaviour switches later (playing, an open menu)', () => {
    expect(inline).toContain('[data-state=playing]{position:sticky}');
    expect(inline).toContain('[open]>.menu-list{display:grid}');
  });

  it("keeps the rules made only of pseudo-classes that it needs: each language's fonts, spacing between items", () => {
    expect(inline).toContain(':lang(zh){font-family:cjk}');
    expect(inline).toContain('.space-y-4>');
    expect(inline).not.toContain('space-y-9');
  });

  it('keeps the rules of the classes a behaviour gives elements it creates', () => {
    const created = Object.values(runtimeClasses).flatMap((classes) => Object.values(classes).join(' ').split(' '));
    expect(created).toEqual(expect.arrayContaining(['text-urgent', 'text-[0.92em]']));
    expect(inline).toContain('.text-urgent{color:#b3261e}');
    expect(inline).toContain('.text-\\[0\\.92em\\]{font-size:.92em}');
  });

  it('links no stylesheet, and its <style> names the one it was cut from, for the offline copy', () => {
    expect(html).not.toMatch(/<link\b[^>]*(stylesheet|preload)/);
    expect(html).toContain('<style data-stylesheet="/_next/static/chunks/a1.css">');
    expect(readFileSync(path.join(out, '_next/static/chunks/a1.css'), 'utf8')).toBe(CSS);
  });

  it('needs no script or event handler, so the strict policy allows it', () => {
    expect(html).not.toMatch(/<script|onload=/i);
    expect(policyConflicts(html)).toEqual([]);
  });
});

describe('keeping the rules of states the page is not in yet', () => {
  const selectorsOnly = (css: string) => selectorsToMatchByClass(css).map(({ selector }) => selector);

  it('finds the selectors that name a state attribute, one of a list at a time', () => {
    expect(selectorsOnly('.a[data-state=playing],.b{x:y}.c:hover{x:y}@media print{[open]>.d{x:y}}.e[dir=rtl]{x:y}')).toEqual([
      '.a[data-state=playing]',
      '[open]>.d',
    ]);
  });

  it('finds the selectors made only of pseudo-classes, which Beasties cannot test', () => {
    expect(selectorsOnly(':lang(zh){x:y}:where(.space-y-4>:not(:last-child)){x:y}:lang(ar) body{x:y}.f::before{x:y}')).toEqual([
      ':lang(zh)',
      ':where(.space-y-4>:not(:last-child))',
    ]);
  });

  it('finds the selectors whose class Beasties misreads (an escaped > or &)', () => {
    expect(selectorsOnly('.\\[\\&\\>svg\\]\\:w-full>svg{x:y}.print\\:hidden{x:y}')).toEqual(['.\\[\\&\\>svg\\]\\:w-full>svg']);
  });

  it('reads class names as Tailwind escapes them, and as the page writes them', () => {
    expect(classesOf('.data-\\[state\\=playing\\]\\:sticky[data-state=playing] .text-\\[0\\.92em\\]')).toEqual([
      'data-[state=playing]:sticky',
      'text-[0.92em]',
    ]);
    expect(classesOf('.\\32 xl\\:p-4')).toEqual(['2xl:p-4']);
    expect(classesOf('[data-sheet][data-type-size="11.5"] .a')).toEqual(['a']);
    expect([...classesOnPage('<p class="a [&amp;&gt;svg]:block"></p><i class="b"></i>')]).toEqual(['a', '[&>svg]:block', 'b']);
  });

  it('keeps such a rule only where every class it names is on the page', () => {
    const css = '.sticky-when-playing[data-state=playing]{x:y}[open]>.menu{x:y}.help-only[aria-pressed=true]{x:y}:lang(zh){x:y}';
    expect(rulesToKeep(selectorsToMatchByClass(css), new Set(['sticky-when-playing', 'menu']))).toEqual([
      '.sticky-when-playing[data-state=playing]',
      '[open]>.menu',
      ':lang(zh)',
    ]);
  });
});

describe('a page whose CSS is not as Beasties leaves it', () => {
  const page = (head: string, body = '') => `<html><head>${head}</head><body>${body}</body></html>`;
  it('is refused, naming what was found, rather than shipped half-styled', () => {
    expect(() => selfStyled(page('<style>.a{}</style><link rel="stylesheet" href="/a.css">'))).toThrow(/not as Beasties leaves it.*1 linked in <head>/);
    expect(() => selfStyled(page('<link rel="preload" href="/a.css" as="style">', '<link rel="stylesheet" href="/a.css">'))).toThrow(
      /no <style> before the preload/,
    );
    expect(() => selfStyled(page('<style>.a{}</style><link rel="preload" href="/a.css" as="style">', '<link rel="stylesheet" href="/b.css">'))).toThrow(
      /not as Beasties/,
    );
  });

  it('is left alone when it has no stylesheet at all', () => {
    expect(selfStyled(page('<style>.own{}</style>'))).toBe(page('<style>.own{}</style>'));
  });
});

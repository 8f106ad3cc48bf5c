import { describe, expect, it } from 'vitest';
import { withEnhancements } from '../../../../scripts/lib/enhancements';
import { withSamePageLinks } from '../../../../scripts/lib/same-page-links';

const page = (body: string) => `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><title>x</title></head><body>${body}</body></html>`;
const modules = {
  'help-filters': '/_enhance/help-filters.AAA.js',
  'language-menu': '/_enhance/language-menu.BBB.js',
  'offline-saving': '/_enhance/offline-saving.CCC.js',
};
const moduleScripts = (html: string) => [...html.matchAll(/<script type="module" src="([^"]+)"><\/script>/g)].map(([, src]) => src);

describe('a page loads only the behaviours it renders', () => {
  it('a rights page with the language menu gets the menu module and nothing for the filters', () => {
    const html = withEnhancements(page('<details data-module="language-menu"><summary>Language</summary></details><p>Text</p>'), modules);
    expect(moduleScripts(html)).toEqual(['/_enhance/language-menu.BBB.js']);
    expect(html.indexOf('<script')).toBeLessThan(html.indexOf('</head>'));
  });

  it('the help page gets each of its modules once', () => {
    const body =
      '<body data-module="offline-saving"><details data-module="language-menu"></details><section data-module="help-filters" hidden></section><details data-module="language-menu"></details>';
    expect(moduleScripts(withEnhancements(page(body), modules))).toEqual([
      '/_enhance/offline-saving.CCC.js',
      '/_enhance/language-menu.BBB.js',
      '/_enhance/help-filters.AAA.js',
    ]);
  });

  it('a page with no data-module is left as it was; words in the text do not count', () => {
    const html = page('<p>Write data-module="help-filters" on an element</p>');
    expect(withEnhancements(html, modules)).toBe(html);
  });

  it('a misspelt module name stops the build', () => {
    expect(() => withEnhancements(page('<div data-module="help-filter"></div>'), modules)).toThrow(/"help-filter", but enhance\/ has no such module/);
  });
});

describe('the language menu points at the same page in each language', () => {
  const menu = '<a href="/es/" data-same-page="true" lang="es">Español</a><a href="/es/card/">Card</a>';

  it('on a help page, the link to Spanish opens the Spanish help page; other links stay', () => {
    expect(withSamePageLinks(menu, '/en/help/us-il/')).toBe(
      '<a href="/es/help/us-il/" data-same-page="true" lang="es">Español</a><a href="/es/card/">Card</a>',
    );
  });

  it('on a home page, it opens the Spanish home page', () => {
    expect(withSamePageLinks(menu, '/en/')).toContain('href="/es/" data-same-page');
  });

  it('on a page in no language, it stops the build', () => {
    expect(() => withSamePageLinks(menu, '/')).toThrow(/in no language/);
  });
});

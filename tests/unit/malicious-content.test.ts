/**
 * Someone submits content meant to run code in a reader's browser or to track them: the check
 * rejects it with a message a volunteer can act on, and the renderer makes it inert anyway.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../lib/content/load';
import { renderMarkdown } from '../../lib/content/markdown';
import { formatProblem } from '../../lib/content/problems';
import { contact, contentTree, lineOf, regionsYaml, removeContentTrees, topic, translation } from './support/content-tree';

afterAll(removeContentTrees);

/** The check's report, one line per problem, for a content folder with these files besides regions.yaml. */
const check = (files: Record<string, string>) =>
  loadContent({ root: contentTree({ 'regions.yaml': regionsYaml, ...files }).root, today: '2026-11-26' }).problems.map(formatProblem);

const HTML_IN_TEXT = 'contains HTML tags; write plain text without < > tags';
const UNSAFE_LINK = 'links may only be internal (/help/), https:, tel: or mailto:';

describe('the content check rejects markup and unsafe links, saying what to fix', () => {
  it('accepts the clean fixture, so every rejection below is about the one bad field', () => {
    expect(check({ 'contacts/us/clean.yaml': contact(), 'rights/at-home/en.md': topic() })).toEqual([]);
  });

  it("rejects HTML in a contact's name, English name and notes", () => {
    const problems = check({
      'contacts/us/named.yaml': contact({ name: '<script>alert(1)</script> Legal Aid', name_en: 'Help <img src=x onerror=alert(1)>' }),
      'contacts/us/noted.yaml': contact({ notes: { en: '<b>Walk-ins</b> welcome', es: "<a href='javascript:alert(1)'>Llame</a>" } }),
    });
    expect(problems).toEqual([
      `content/contacts/us/named.yaml: name: ${HTML_IN_TEXT}`,
      `content/contacts/us/named.yaml: name_en: ${HTML_IN_TEXT}`,
      `content/contacts/us/noted.yaml: notes.en: ${HTML_IN_TEXT}`,
      `content/contacts/us/noted.yaml: notes.es: ${HTML_IN_TEXT}`,
    ]);
  });

  it.each([
    ['javascript:', 'javascript:alert(1)'],
    ['mixed case', 'JaVaScRiPt:alert(1)'],
    ['a tab inside the scheme', 'java\tscript:alert(1)'],
    ['a character reference', '&#106;avascript:alert(1)'],
    ['data:', 'data:text/html,<script>alert(1)</script>'],
    ['plain http', 'http://example.org'],
  ])('rejects a contact website written with %s', (_, website) => {
    expect(check({ 'contacts/us/site.yaml': contact({ website }) })).toEqual([
      'content/contacts/us/site.yaml: website: must be a full web address starting with https://, e.g. https://immigrantjustice.org',
    ]);
  });

  it('rejects a source that is not a web address', () => {
    expect(check({ 'contacts/us/sourced.yaml': contact({ sources: [{ url: 'javascript:alert(1)', retrieved: '2026-01-01' }] }) })).toEqual([
      'content/contacts/us/sourced.yaml: sources[0].url: must be the full web address of the source, starting with https:// or http://',
    ]);
  });

  it("rejects HTML in a topic's title and phrases, and in a translation's title and summary", () => {
    const en = topic({ title: '<script>alert(1)</script>If agents come', say: ['<i>I do not consent to your entry.</i>', 'I want to remain silent.'] });
    const problems = check({
      'rights/at-home/en.md': en,
      'rights/at-home/es.md': translation('000000000000', { title: '<svg onload=alert(1)>Si vienen', summary: '<p>Cierre la puerta.</p>' }),
    });
    expect(problems).toEqual([
      `content/rights/at-home/en.md: title: ${HTML_IN_TEXT}`,
      `content/rights/at-home/en.md: say[0]: ${HTML_IN_TEXT}`,
      `content/rights/at-home/es.md: title: ${HTML_IN_TEXT}`,
      `content/rights/at-home/es.md: summary: ${HTML_IN_TEXT}`,
    ]);
  });

  it.each([
    ['a script tag', '<script>alert(1)</script>', 'contains raw HTML; write plain Markdown instead (HTML is never shown)'],
    ['an event handler in an inline tag', 'Call us <img src=x onerror=alert(1)> now.', 'contains raw HTML; write plain Markdown instead (HTML is never shown)'],
    ['a javascript: link', '[Call](javascript:alert(1))', `link "javascript:alert(1)": ${UNSAFE_LINK}`],
    ['a mixed-case javascript: link', '[Call](JaVaScRiPt:alert(1))', `link "JaVaScRiPt:alert(1)": ${UNSAFE_LINK}`],
    ['a tab inside the scheme', '[Call](<java\tscript:alert(1)>)', `link "java\tscript:alert(1)": ${UNSAFE_LINK}`],
    ['character references for the scheme', '[Call](&#106;avascript&#58;alert(1))', `link "javascript:alert(1)": ${UNSAFE_LINK}`],
    ['a hex character reference', '[Call](&#x6A;avascript:alert(1))', `link "javascript:alert(1)": ${UNSAFE_LINK}`],
    [
      'a data: link',
      '[Open](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
      `link "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==": ${UNSAFE_LINK}`,
    ],
    ['a reference-style javascript: link', '[Call][x]\n\n[x]: javascript:alert(1)', `link "javascript:alert(1)": ${UNSAFE_LINK}`],
    ['an autolink', '<javascript:alert(1)>', `link "javascript:alert(1)": ${UNSAFE_LINK}`],
    ['a tracking image', '![ ](https://tracker.example/pixel.gif)', 'contains an image; images are not supported in rights topics'],
  ])('rejects a topic body with %s, naming the file and line', (_, attack, message) => {
    const en = topic({}, `Keep the door closed.\n\n${attack}\n`);
    // The line of the attack; for a reference-style link, the line of its "[x]: url" definition.
    const line = lineOf(en, attack.split('\n').at(-1)!);
    expect(check({ 'rights/at-home/en.md': en })).toEqual([`content/rights/at-home/en.md: body (line ${line}): ${message}`]);
  });

  it('checks that a reference-style link to this site goes to a page, like an inline one', () => {
    const en = topic({}, 'See [help][h].\n\n[h]: /nowhere/\n');
    expect(check({ 'rights/at-home/en.md': en })).toEqual([
      `content/rights/at-home/en.md: body (line ${lineOf(en, '[h]: /nowhere/')}): link "/nowhere/" goes to no page; use a path like /help/, /help/us-il-chicago/, /rights/<topic>/ or /card/ (no language prefix, ending in /)`,
    ]);
  });
});

/** Every attribute the renderer wrote, entities decoded the way a browser decodes them. */
const attributes = (html: string) =>
  [...html.matchAll(/\s([a-zA-Z-]+)="([^"]*)"/g)].map(([, name, value]) => ({
    name: name.toLowerCase(),
    value: value
      .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
      .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
      .replace(/&amp;/g, '&'),
  }));

describe('a body that slipped past the check still renders inert', () => {
  const attacks = [
    '<script>alert(1)</script>',
    '<SCRIPT SRC=https://evil.example/x.js></SCRIPT>',
    'Text <img src=x onerror=alert(1)> and <svg onload=alert(1)></svg> and <iframe src="https://evil.example"></iframe>',
    '<a href="javascript:alert(1)" onclick="alert(1)">tap</a>',
    '<style>body{display:none}</style>',
    '[a](javascript:alert(1)) [b](JaVaScRiPt:alert(1)) [c](<java\tscript:alert(1)>) [d](&#106;avascript&#58;alert(1)) [e](  javascript:alert(1))',
    '[f](data:text/html;base64,PHNjcmlwdD4=) [g](vbscript:msgbox) [h](//evil.example/) [i][ref]\n\n[ref]: javascript:alert(1)',
    '<javascript:alert(1)>',
    '![x](https://tracker.example/pixel.gif) ![y](javascript:alert(1)) ![z][img]\n\n[img]: data:image/svg+xml,<svg onload=alert(1)>',
    '[t](https://example.org "x\\" onmouseover=\\"alert(1)")',
  ];

  it.each(attacks)('%s', async (attack) => {
    const html = await renderMarkdown(attack, 'en');
    expect(html).not.toMatch(/<(script|style|iframe|img|svg|object|embed)\b/i);
    for (const { name, value } of attributes(html)) {
      expect(name, html).not.toMatch(/^on/);
      if (name === 'href' || name === 'src') expect(value, html).toMatch(/^(\/[^/\\]|https:|tel:|mailto:)/);
    }
  });

  it("keeps safe links working: internal ones in the reader's language, https ones without a referrer", async () => {
    const html = await renderMarkdown('[help](/help/) [court](https://example.org/court) [call](tel:+13126601370)', 'es');
    expect(html).toBe(
      '<p><a href="/es/help/">help</a> <a href="https://example.org/court" rel="noopener noreferrer">court</a> <a href="tel:+13126601370">call</a></p>',
    );
  });
});

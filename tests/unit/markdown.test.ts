import { describe, expect, it } from 'vitest';
import { findMarkdownProblems, internalLinks, renderMarkdown, sectionContaining, textBlocksOf } from '@/lib/content/markdown';

describe('a Spanish reader follows a link inside a rights topic', () => {
  it('stays in Spanish: internal links get the /es prefix', async () => {
    const html = await renderMarkdown('See [help near you](/help/us-il-chicago/) and [the card](/card/).', 'es');
    expect(html).toContain('href="/es/help/us-il-chicago/"');
    expect(html).toContain('href="/es/card/"');
  });

  it('keeps the anchor of a link to a section of another topic', async () => {
    expect(await renderMarkdown('[Warrants](/rights/if-arrested/#warrants)', 'ar')).toContain('href="/ar/rights/if-arrested/#warrants"');
  });

  it('is not sent to another site by a link starting with //', async () => {
    const html = await renderMarkdown('[help](//evil.example/help/)', 'es');
    expect(html).not.toContain('evil.example');
    expect(html).toContain('help');
  });
});

describe('a reader taps a phone number or an address in a topic', () => {
  it('keeps tel: links as written, without a locale prefix', async () => {
    expect(await renderMarkdown('Call [NIJC](tel:+13126601370).', 'es')).toContain('<a href="tel:+13126601370">NIJC</a>');
  });

  it('keeps mailto: links', async () => {
    expect(await renderMarkdown('[Write to us](mailto:help@example.org)', 'en')).toContain('href="mailto:help@example.org"');
  });

  it('opens https links without telling the other site where the reader came from', async () => {
    const html = await renderMarkdown('[ILRC](https://www.ilrc.org/red-cards-tarjetas-rojas)', 'en');
    expect(html).toContain('href="https://www.ilrc.org/red-cards-tarjetas-rojas"');
    expect(html).toContain('rel="noopener noreferrer"');
  });
});

describe('a body with HTML or a dangerous link slips past the check', () => {
  it('renders no <script> element', async () => {
    const html = await renderMarkdown('<script>alert(1)</script>\n\nStay calm.', 'en');
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toContain('alert(1)');
    expect(html).toContain('<p>Stay calm.</p>');
  });

  it('drops inline tags and their attributes but keeps the words', async () => {
    const html = await renderMarkdown('Keep the door <b onclick="steal()">closed</b>.', 'en');
    expect(html).not.toContain('onclick');
    expect(html).not.toContain('<b');
    expect(html).toContain('closed');
  });

  it('renders a javascript: link as text without a target', async () => {
    const html = await renderMarkdown('[Read this](javascript:alert(1))', 'en');
    expect(html).not.toContain('javascript:');
    expect(html).toContain('Read this');
  });
});

describe('a writer checks a body before publishing', () => {
  it('finds nothing wrong in headings, lists, emphasis and allowed links', () => {
    const body = '## What to do\n\n- Keep the door **closed**.\n- Call [NIJC](tel:+13126601370) or read [more](/rights/if-arrested/).\n';
    expect(findMarkdownProblems(body)).toEqual([]);
  });

  it('finds every problem, each with its line', () => {
    const body = ['# Title', '', '<div>Hi</div>', '', '![warrant](https://example.org/w.png)', '', '[x](ftp://example.org/file)', ''].join('\n');
    expect(findMarkdownProblems(body)).toEqual([
      { line: 1, message: expect.stringMatching(/top-level "# " heading/) },
      { line: 3, message: expect.stringMatching(/raw HTML/) },
      { line: 5, message: expect.stringMatching(/image/) },
      { line: 7, message: expect.stringMatching(/link "ftp:\/\/example\.org\/file": links may only be/) },
    ]);
  });

  it('rejects a protocol-relative link as not internal', () => {
    expect(findMarkdownProblems('[x](//evil.example/)')).toEqual([{ line: 1, message: expect.stringMatching(/not an internal path/) }]);
  });

  it('lists the internal links to verify, with their lines, and not the external ones', () => {
    expect(internalLinks('[a](/help/)\n\n[b](https://example.org)\n\n[c](/rights/x/)\n')).toEqual([
      { url: '/help/', line: 1 },
      { url: '/rights/x/', line: 5 },
    ]);
  });
});

describe('the site counts the words of a topic', () => {
  it('reads headings and paragraphs without Markdown marks', () => {
    expect(textBlocksOf('## What to do\n\nKeep the door **closed**. Read [the warrant](/rights/x/).\n')).toEqual([
      'What to do',
      'Keep the door closed. Read the warrant.',
    ]);
  });
});

describe('another page shows one section of a topic instead of copying its facts', () => {
  const body =
    '## What to do\n\nAsk first.\n\n## A paper for a caregiver\n\nIllinois law 755 ILCS 5/11-5.4.\n\n### More\n\n- Up to 365 days.\n\n## When\n\nEvery family.\n';

  it('takes the section that names the words, with its smaller headings, up to the next section', () => {
    expect(sectionContaining(body, '11-5.4')).toBe('## A paper for a caregiver\n\nIllinois law 755 ILCS 5/11-5.4.\n\n### More\n\n- Up to 365 days.');
  });

  it('finds words in a list inside the section', () => {
    expect(sectionContaining(body, '365 days')).toMatch(/^## A paper for a caregiver/);
  });

  it('gives nothing when no section names them, or they sit above the first heading', () => {
    expect(sectionContaining(body, 'passport')).toBeNull();
    expect(sectionContaining('A paper: 11-5.4.\n\n## What to do\n\nAsk first.\n', '11-5.4')).toBeNull();
  });
});

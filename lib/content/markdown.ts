/**
 * The one Markdown path: content bodies are checked and rendered to HTML here, at build time.
 * Raw HTML, images and unsafe link schemes (also in "[name]: url" definitions) are rejected by
 * `findMarkdownProblems`; the renderer also drops raw HTML, images and unsafe link targets, so a
 * body that slipped past the check is still inert and loads nothing.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { visit } from 'unist-util-visit';
import { toString } from 'mdast-util-to-string';
import type { Root, Link, Definition } from 'mdast';
import type { Root as HastRoot, Element } from 'hast';

type MarkdownProblem = { line: number | undefined; message: string };

const parser = unified().use(remarkParse);

export function parseMarkdown(body: string): Root {
  return parser.parse(body);
}

function linkProblem(url: string): string | null {
  if (url.startsWith('/')) return url.startsWith('//') ? 'is not an internal path; internal links start with a single /' : null;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
  if (scheme === 'https' || scheme === 'tel' || scheme === 'mailto') return null;
  return 'links may only be internal (/help/), https:, tel: or mailto:';
}

/** Every problem in a body, each with its line, in plain words. */
export function findMarkdownProblems(body: string): MarkdownProblem[] {
  const problems: MarkdownProblem[] = [];
  const tree = parseMarkdown(body);
  visit(tree, (node) => {
    const line = node.position?.start.line;
    if (node.type === 'html')
      problems.push({ line, message: 'contains raw HTML; write plain Markdown instead (HTML is never shown)' });
    else if (node.type === 'image' || node.type === 'imageReference')
      problems.push({ line, message: 'contains an image; images are not supported in rights topics' });
    else if (node.type === 'link' || node.type === 'definition') {
      // A definition ("[name]: url") is the target of reference-style links ([text][name]).
      const issue = linkProblem((node as Link | Definition).url);
      if (issue) problems.push({ line, message: `link "${(node as Link | Definition).url}": ${issue}` });
    } else if (node.type === 'heading' && (node as { depth: number }).depth === 1)
      problems.push({ line, message: 'uses a top-level "# " heading; start headings with "## " (the title is the page heading)' });
  });
  return problems;
}

/** Internal link targets (/rights/x/) in a body, to check that they exist. */
export function internalLinks(body: string): { url: string; line: number | undefined }[] {
  const links: { url: string; line: number | undefined }[] = [];
  visit(parseMarkdown(body), ['link', 'definition'], (node) => {
    const { url, position } = node as Link | Definition;
    if (url.startsWith('/') && !url.startsWith('//')) links.push({ url, line: position?.start.line });
  });
  return links;
}

/** Prefixes internal links with the reader's locale, so /help/ becomes /es/help/. */
function localizeLinks(locale: string) {
  return (tree: HastRoot) => {
    // Images are rejected by the check; if one slipped through, it must not load anything.
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName === 'img' && parent && index !== undefined) {
        parent.children.splice(index, 1);
        return index;
      }
    });
    visit(tree, 'element', (node: Element) => {
      const href = node.tagName === 'a' ? node.properties.href : undefined;
      if (typeof href !== 'string') return;
      if (href.startsWith('/') && !href.startsWith('//')) node.properties.href = `/${locale}${href}`;
      else if (!linkProblem(href) && href.startsWith('https:')) node.properties.rel = ['noopener', 'noreferrer'];
      else if (linkProblem(href)) delete node.properties.href;
    });
  };
}

export async function renderMarkdown(body: string, locale: string): Promise<string> {
  const file = await unified()
    .use(remarkParse)
    .use(remarkRehype) // raw HTML is dropped: allowDangerousHtml stays off
    .use(localizeLinks, locale)
    .use(rehypeStringify)
    .process(body);
  return String(file);
}

/** The visible text of a body as blocks (headings and paragraphs), for word counts and reading level. */
export function textBlocksOf(body: string): string[] {
  const blocks: string[] = [];
  visit(parseMarkdown(body), ['paragraph', 'heading'], (node) => {
    blocks.push(toString(node));
    return 'skip';
  });
  return blocks;
}

/**
 * The `## ` section of a body whose text contains `words` (its heading and everything up to the
 * next `## ` heading), as the Markdown it was written in; null when no section does. Lets another
 * page show one part of a topic in the reader's language instead of a second copy of its facts.
 */
export function sectionContaining(body: string, words: string): string | null {
  const blocks = parseMarkdown(body).children;
  const starts = blocks.flatMap((node, index) => (node.type === 'heading' && node.depth === 2 ? [index] : []));
  for (const [index, start] of starts.entries()) {
    const section = blocks.slice(start, starts[index + 1] ?? blocks.length);
    const [first, last] = [section[0].position, section[section.length - 1].position];
    if (first && last && section.some((node) => toString(node).includes(words))) return body.slice(first.start.offset, last.end.offset);
  }
  return null;
}

/**
 * Puts the CSS each page uses in the page itself, with Beasties (the maintained successor of
 * Critters), so the page paints as soon as its HTML arrives and needs no stylesheet at all online.
 *
 * Beasties keeps the rules whose selectors match the page's elements. Two kinds of rule would be
 * missed by matching the markup as the server writes it, so this step adds them:
 * - rules for a state a behaviour switches at run time (`data-[state=playing]:sticky`,
 *   `aria-[invalid]:…`, an open <details>), and rules made only of pseudo-classes, which Beasties
 *   cannot test (`:lang(zh)`, Tailwind's `:where(.space-y-4>:not(:last-child))`): such a rule is
 *   kept when every class it names is on the page, whatever state the page is in (so are rules
 *   for a class like `[&>svg]:w-full`, which Beasties misreads);
 * - rules for the classes a behaviour puts on elements it creates (enhance/lib/runtime-classes.ts).
 *
 * Beasties then preloads the whole stylesheet and applies it from the end of <body>. The site
 * does not want that download: the page has every rule it uses already, and on a first visit the
 * stylesheet cost 8 KB gzip more than the page's own CSS. So `selfStyled` removes both links and
 * records the stylesheet on the inlined <style> (`data-stylesheet`), for the copy the service
 * worker keeps offline (offline-copy.ts), which links the precached stylesheet instead.
 * The inlined <style> is named by its hash in the page's policy (page-policy.ts).
 */
import Beasties from 'beasties';
import { readFileSync } from 'node:fs';
import postcss from 'postcss';
import { runtimeClasses } from '../../enhance/lib/runtime-classes';
import { rewriteExportedPagesAsync } from './exported-pages';
import { fileFor, linkedAssets } from './page-weight';

/**
 * An attribute a behaviour may set or change after the page loads, in a selector:
 * `[data-state=playing]`, `[aria-invalid]`, `[open]`.
 */
const STATE_ATTRIBUTE = /\[(?:data-[\w-]+|aria-[\w-]+|open)(?:[~|^$*]?=(?:"[^"]*"|'[^']*'|[^\]]*))?\]/;

/**
 * Whether a selector is made only of pseudo-classes (`:lang(zh)`, `:where(.space-y-4>:not(:last-child))`):
 * Beasties strips pseudo-classes before it tests a selector against the page, which leaves it
 * nothing to test, and it drops the rule.
 */
function onlyPseudoClasses(selector: string): boolean {
  let bare = selector;
  for (let before = ''; before !== bare;) [before, bare] = [bare, bare.replace(/\([^()]*\)/g, '')];
  return /^[\s>+~*]*$/.test(bare.replace(/::?[\w-]+/g, ''));
}

/**
 * A class name with an escaped `>`, `+`, `~` or `&` in it (Tailwind's `[&>svg]:w-full`): Beasties
 * 0.4.3 reads the escaped character as a combinator or nesting selector and never matches it.
 */
const ESCAPED_COMBINATOR = /\\[>+~&]/;

/**
 * Every selector of a stylesheet that Beasties cannot judge from the markup as the server writes
 * it, one selector of a list at a time (as Beasties tests them): those naming a state attribute,
 * those made only of pseudo-classes, and those with a class Beasties misreads.
 */
export function selectorsToMatchByClass(css: string): { selector: string; classes: string[] }[] {
  const found = new Set<string>();
  postcss.parse(css).walkRules((rule) => {
    for (const selector of rule.selectors)
      if (STATE_ATTRIBUTE.test(selector) || onlyPseudoClasses(selector) || ESCAPED_COMBINATOR.test(selector)) found.add(selector);
  });
  return [...found].map((selector) => ({ selector, classes: classesOf(selector) }));
}

const unescape = (identifier: string) =>
  identifier.replace(/\\([0-9a-f]{1,6} ?|.)/gi, (_, escaped: string) =>
    /^[0-9a-f]+ ?$/i.test(escaped) ? String.fromCodePoint(parseInt(escaped, 16)) : escaped,
  );

/** The class names a selector requires (`.a\:b[data-x] .c` → a:b, c). */
export function classesOf(selector: string): string[] {
  // Attribute selectors first: `[data-type-size="11.5"]` names no class "5".
  const withoutAttributes = selector.replace(/(?<!\\)\[(?:"[^"]*"|'[^']*'|[^\]"'])*\]/g, '');
  return [...withoutAttributes.matchAll(/\.((?:\\[0-9a-f]{1,6} ?|\\.|[\w-])+)/gi)].map(([, name]) => unescape(name));
}

/** Every class on a page's elements, as the browser reads the attribute. */
export function classesOnPage(html: string): Set<string> {
  const decode = (value: string) =>
    value.replace(/&(amp|quot|#39|#x27|lt|gt);/g, (_, entity: string) => ({ amp: '&', quot: '"', '#39': "'", '#x27': "'", lt: '<', gt: '>' })[entity]!);
  return new Set([...html.matchAll(/\sclass="([^"]*)"/g)].flatMap(([, value]) => decode(value).split(/\s+/).filter(Boolean)));
}

/**
 * Of those selectors, the ones a page may need: every class they require is on the page, whatever
 * state its elements are in now (`:lang(zh)`, requiring none, is kept on every page: the language
 * menu of each has Chinese in it). Element names and other attributes are not checked, so a few
 * rules too many may be kept, never one too few.
 */
export function rulesToKeep(candidates: { selector: string; classes: string[] }[], pageClasses: Set<string>): string[] {
  return candidates.filter(({ classes }) => classes.every((name) => pageClasses.has(name))).map(({ selector }) => selector);
}

/** A class name as a CSS selector (`print:hidden` → `.print\:hidden`), escaped as Tailwind writes it. */
const classSelector = (name: string) => `.${name.replace(/[^\w-]/g, (character) => `\\${character}`)}`;

const STYLE = /<style\b[^>]*>[\s\S]*?<\/style\s*>/gi;
const LINK = /<link\b[^>]*>/gi;
const attribute = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`, 'i').exec(tag)?.[1];
const rels = (tag: string) => (attribute(tag, 'rel') ?? '').toLowerCase().split(/\s+/);
const isStylePreload = (tag: string) => rels(tag).includes('preload') && attribute(tag, 'as')?.toLowerCase() === 'style';
const isStylesheet = (tag: string) => rels(tag).includes('stylesheet');

/**
 * A page as Beasties leaves it (its <style>, the stylesheet preloaded in <head> right after it and
 * applied again at the end of <body>), made to need only its own <style>: both links go, and the
 * <style> names the stylesheet it was cut from. Throws when the page is not in that shape, rather
 * than ship a page whose styles are half there. A page that links no stylesheet is left as it is.
 */
export function selfStyled(html: string): string {
  const split = html.search(/<\/head\s*>/i);
  if (split < 0) throw new Error('has no </head>, so its stylesheets cannot be found');
  let head = html.slice(0, split);
  let body = html.slice(split);
  const preloads = [...head.matchAll(LINK)].filter(([tag]) => isStylePreload(tag));
  const applied = [...body.matchAll(LINK)].filter(([tag]) => isStylesheet(tag)).map(([tag]) => attribute(tag, 'href'));
  const linkedInHead = [...head.matchAll(LINK)].filter(([tag]) => isStylesheet(tag));
  if (preloads.length === 0 && applied.length === 0 && linkedInHead.length === 0) return html;

  const href = preloads.length === 1 ? attribute(preloads[0][0], 'href') : undefined;
  const inlined = preloads.length === 1 ? [...head.matchAll(STYLE)].find((style) => style.index + style[0].length === preloads[0].index) : undefined;
  if (!href || !inlined || linkedInHead.length > 0 || applied.length !== 1 || applied[0] !== href) {
    throw new Error(
      `its CSS is not as Beasties leaves it: one <style> followed by one stylesheet preloaded in <head> and applied in <body> ` +
        `(found ${preloads.length} preloaded in <head>, ${linkedInHead.length} linked in <head>, ${applied.length} applied in <body>${inlined ? '' : ', no <style> before the preload'})`,
    );
  }
  const named = inlined[0].replace(/^<style\b/i, `<style data-stylesheet="${href}"`);
  head = head.slice(0, inlined.index) + named + head.slice(preloads[0].index + preloads[0][0].length);
  body = body.replace(LINK, (tag) => (isStylesheet(tag) ? '' : tag));
  return head + body;
}

const beastiesOptions = {
  publicPath: '/',
  // The stylesheet stays whole: the service worker saves it for the offline copies.
  pruneSource: false,
  // A <style> a page writes itself is left alone and apart from the inlined one, which the
  // offline copy of the page drops again (offline-copy.ts): only the inlined CSS is in the stylesheet.
  reduceInlineStyles: false,
  // Fonts are the system's (no web fonts): nothing to inline or preload.
  inlineFonts: false,
  preloadFonts: false,
  logLevel: 'warn',
} as const;

/** The rules a behaviour needs for the elements it creates, on every page. */
const runtimeRules = Object.values(runtimeClasses).flatMap((classes) => Object.values(classes).flatMap((names) => names.split(/\s+/).map(classSelector)));

export async function inlineCriticalCss(outDir: string): Promise<number> {
  // Read and parsed once per stylesheet, not once per page.
  const candidatesOf = new Map<string, ReturnType<typeof selectorsToMatchByClass>>();
  const candidatesOfPage = (html: string) =>
    linkedAssets(html).stylesheets.flatMap((href) => {
      if (!candidatesOf.has(href)) candidatesOf.set(href, selectorsToMatchByClass(readFileSync(fileFor(outDir, href), 'utf8')));
      return candidatesOf.get(href)!;
    });
  return rewriteExportedPagesAsync(outDir, async (html) => {
    const allowRules = [...runtimeRules, ...rulesToKeep(candidatesOfPage(html), classesOnPage(html))];
    const beasties = new Beasties({ ...beastiesOptions, path: outDir, allowRules });
    return selfStyled(await beasties.process(html));
  });
}

/**
 * The copy of a page the service worker keeps for offline use: the page without the critical CSS
 * Beasties inlined for the first paint online (critical-css.ts), which is about a third of a
 * page's gzip bytes and the same on every page. Offline, the stylesheet comes from the precache at
 * once, so the copy links it in <head> as an ordinary stylesheet instead: it renders exactly as
 * the page does once its stylesheet has loaded, with nothing painted unstyled first.
 *
 * Beasties puts its <style> right before the stylesheet's <link>, turns that link into a preload
 * and applies the stylesheet from a second <link> at the end of <body>. This undoes exactly that
 * and nothing else: a page whose stylesheets are not in that shape stops the build, naming the page,
 * rather than being saved with styles missing. The copy gets its own Content-Security-Policy, which
 * names no inline style.
 */
import { withPolicyMeta } from './page-policy';

const LINK = /<link\b[^>]*>/gi;
const STYLE = /<style\b[^>]*>[\s\S]*?<\/style\s*>/gi;

const attribute = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`, 'i').exec(tag)?.[1];
const rels = (tag: string) => (attribute(tag, 'rel') ?? '').toLowerCase().split(/\s+/);
const isStylePreload = (tag: string) => rels(tag).includes('preload') && attribute(tag, 'as')?.toLowerCase() === 'style';
const isStylesheet = (tag: string) => rels(tag).includes('stylesheet');

export function offlineCopy(html: string): string {
  const split = html.search(/<\/head\s*>/i);
  if (split < 0) throw new Error('has no </head>, so its stylesheets cannot be found');
  let head = html.slice(0, split);
  let body = html.slice(split);

  const preloaded = [...head.matchAll(LINK)].filter(([tag]) => isStylePreload(tag));
  const appliedLate = [...body.matchAll(LINK)].filter(([tag]) => isStylesheet(tag)).map(([tag]) => attribute(tag, 'href'));
  const hrefs = preloaded.map(([tag]) => attribute(tag, 'href'));
  if (hrefs.length === 0 && appliedLate.length === 0) return html;
  if (hrefs.length !== appliedLate.length || hrefs.some((href) => !appliedLate.includes(href))) {
    throw new Error(
      `its stylesheets are not as Beasties leaves them (preloaded in <head>: ${hrefs.join(', ') || 'none'}; applied in <body>: ${appliedLate.join(', ') || 'none'})`,
    );
  }

  // The inlined critical CSS: the <style> that ends where the first preload begins.
  const first = preloaded[0];
  const critical = [...head.matchAll(STYLE)].find((style) => style.index + style[0].length === first.index);
  if (critical) head = head.slice(0, critical.index) + head.slice(critical.index + critical[0].length);
  head = head.replace(LINK, (tag) => (isStylePreload(tag) ? tag.replace(/\srel="[^"]*"/i, ' rel="stylesheet"').replace(/\sas="style"/i, '') : tag));
  body = body.replace(LINK, (tag) => (isStylesheet(tag) ? '' : tag));
  return withPolicyMeta(head + body);
}

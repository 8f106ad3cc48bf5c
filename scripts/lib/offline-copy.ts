/**
 * The copy of a page the service worker keeps for offline use: the page without the CSS it carries
 * online (critical-css.ts), which is about a third of a page's gzip bytes and much the same on
 * every page. Offline, the whole stylesheet comes from the precache at once, so the copy links it
 * in <head> where the page's own <style> was: it renders as the page does, with nothing painted
 * unstyled first.
 *
 * Online, the page's <style> names the stylesheet it was cut from (`data-stylesheet`). A page with
 * no such <style> is kept as it is; one that still links a stylesheet besides stops the build,
 * naming the page, rather than being saved in a shape nobody checked. The copy gets its own
 * Content-Security-Policy, which names no inline style.
 */
import { withPolicyMeta } from './page-policy';

const CUT_STYLE = /<style\b[^>]*\sdata-stylesheet="([^"]+)"[^>]*>[\s\S]*?<\/style\s*>/gi;
const STYLESHEET_LINK = /<link\b[^>]*\srel="[^"]*\b(?:stylesheet|preload)\b[^"]*"[^>]*>/i;

export function offlineCopy(html: string): string {
  const cut = [...html.matchAll(CUT_STYLE)];
  if (cut.length === 0) return html;
  const linked = STYLESHEET_LINK.test(html);
  if (cut.length > 1 || linked) {
    throw new Error(
      `its CSS is not as the build leaves it: one <style data-stylesheet> and no stylesheet links (found ${cut.length} and ${linked ? 'a link' : 'no link'})`,
    );
  }
  const [style, href] = cut[0];
  return withPolicyMeta(html.replace(style, `<link rel="stylesheet" href="${href}">`));
}

/**
 * Puts the CSS each page needs in the page itself, with Beasties (the maintained successor of
 * Critters), so the first screen paints as soon as the HTML arrives instead of a round trip later.
 * Beasties keeps the rules whose selectors match the page's elements; the whole stylesheet still
 * loads, without blocking: preloaded from <head> and applied by a <link> at the end of <body>
 * (Beasties' default strategy). Its other strategies switch the stylesheet on from an onload
 * handler or an inline script, which the Content-Security-Policy forbids. The inlined <style> is
 * named by its hash in the page's policy (page-policy.ts). The copy the service worker keeps
 * offline leaves it out again (offline-copy.ts): offline, the stylesheet is already on the phone.
 */
import Beasties from 'beasties';
import { rewriteExportedPagesAsync } from './exported-pages';

export async function inlineCriticalCss(outDir: string): Promise<number> {
  const beasties = new Beasties({
    path: outDir,
    publicPath: '/',
    // The stylesheet stays whole: it is shared by every page and cached once.
    pruneSource: false,
    // A <style> a page writes itself is left alone and apart from the inlined one, which the
    // offline copy of the page drops again (offline-copy.ts): only the inlined CSS is in the stylesheet.
    reduceInlineStyles: false,
    // Fonts are the system's (no web fonts): nothing to inline or preload.
    inlineFonts: false,
    preloadFonts: false,
    logLevel: 'warn',
  });
  return rewriteExportedPagesAsync(outDir, (html) => beasties.process(html));
}

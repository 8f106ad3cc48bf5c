/**
 * The language menu links to the same page in each language, but it is rendered by a layout,
 * which does not know the page it wraps. So it renders each link to the language's home with
 * `data-same-page` (components/LanguageSwitcher.tsx), and this step, which knows the page from its
 * file in out/, points them at the page: `/es/` on out/en/help/index.html becomes `/es/help/`.
 */
const SAME_PAGE_LINK = /<a\b[^>]*\sdata-same-page(?:="")?[^>]*>/gi;

export function withSamePageLinks(html: string, pagePath: string): string {
  return html.replace(SAME_PAGE_LINK, (tag) => {
    const rest = /^\/[^/]+(\/.*)$/.exec(pagePath)?.[1];
    if (!rest) throw new Error(`links to "the same page in another language", but ${pagePath} is in no language`);
    return tag.replace(/\shref="\/([^/"]+)\/"/, (_, locale: string) => ` href="/${locale}${rest}"`);
  });
}

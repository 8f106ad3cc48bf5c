/**
 * Classes a behaviour puts on elements it creates after the page loads. No page has them in its
 * markup, so the build keeps their rules in every page's own CSS (scripts/lib/critical-css.ts);
 * a class a module writes anywhere else would be missing from the page it runs on.
 */
export const runtimeClasses = {
  /** The second language under a flyer's text (as AlsoInEnglish renders it on the server). */
  flyerBuilder: { alsoBlock: 'block text-[0.92em]' },
  /** A phone number the family plan cannot read. */
  plan: { fieldError: 'font-semibold text-urgent text-base print:hidden' },
} as const;

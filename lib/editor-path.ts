/**
 * The volunteers' editor lives at /admin/: a static app of its own (Decap CMS, written into
 * out/admin/ by scripts/lib/editor-build.ts), outside every language. It is not a reader page:
 * no reader page links to it, the service worker leaves it alone, page budgets and the privacy
 * crawl of reader pages skip it (lib/site-routes.ts isReaderPage), and it has its own
 * Content-Security-Policy. Pure, so the service worker can use it too.
 */
export const EDITOR_DIRECTORY = 'admin';

export const isEditorPath = (pathname: string): boolean => pathname === `/${EDITOR_DIRECTORY}` || pathname.startsWith(`/${EDITOR_DIRECTORY}/`);

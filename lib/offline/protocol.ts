/**
 * The two messages between a page and the service worker. The page asks the worker to save its
 * language, and itself if it is a page saved only once opened (`page`: its path); the worker
 * answers on the port that came with the question.
 */

export type SaveLanguageRequest = { type: 'save-language'; locale: string; page?: string };

/** `saving`: downloading now (the page says so); `saved`: the language and this page are cached; `failed`: try again on the next page. */
export type SaveLanguageReply = { type: 'saving' | 'saved' | 'failed'; locale: string };

export function isSaveLanguageRequest(data: unknown): data is SaveLanguageRequest {
  if (typeof data !== 'object' || data === null) return false;
  const { type, locale, page } = data as Record<string, unknown>;
  return type === 'save-language' && typeof locale === 'string' && (page === undefined || (typeof page === 'string' && page.startsWith('/')));
}

export function isSaveLanguageReply(data: unknown): data is SaveLanguageReply {
  if (typeof data !== 'object' || data === null) return false;
  const { type, locale } = data as Record<string, unknown>;
  return (type === 'saving' || type === 'saved' || type === 'failed') && typeof locale === 'string';
}

/**
 * The two messages between a page and the service worker. The page asks the worker to save its
 * language; the worker answers on the port that came with the question.
 */

export type SaveLanguageRequest = { type: 'save-language'; locale: string };

/** `saving`: downloading now (the page says so); `saved`: every page is cached; `failed`: try again on the next page. */
export type SaveLanguageReply = { type: 'saving' | 'saved' | 'failed'; locale: string };

export function isSaveLanguageRequest(data: unknown): data is SaveLanguageRequest {
  if (typeof data !== 'object' || data === null) return false;
  const { type, locale } = data as Record<string, unknown>;
  return type === 'save-language' && typeof locale === 'string';
}

export function isSaveLanguageReply(data: unknown): data is SaveLanguageReply {
  if (typeof data !== 'object' || data === null) return false;
  const { type, locale } = data as Record<string, unknown>;
  return (type === 'saving' || type === 'saved' || type === 'failed') && typeof locale === 'string';
}

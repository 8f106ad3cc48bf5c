import { describe, expect, it } from 'vitest';
import { isSaveLanguageReply, isSaveLanguageRequest } from '@/lib/offline/protocol';

describe('messages between a page and the service worker', () => {
  it('accepts a request to save a language, and the page it comes from', () => {
    expect(isSaveLanguageRequest({ type: 'save-language', locale: 'es' })).toBe(true);
    expect(isSaveLanguageRequest({ type: 'save-language', locale: 'es', page: '/es/print/flyer/' })).toBe(true);
  });

  it('ignores anything else sent to the worker', () => {
    const others = [null, 'save-language', { type: 'save-language' }, { type: 'skip-waiting', locale: 'es' }];
    const badPages = [
      { type: 'save-language', locale: 'es', page: 'https://elsewhere.example/' },
      { type: 'save-language', locale: 'es', page: 3 },
    ];
    for (const data of [...others, ...badPages]) {
      expect(isSaveLanguageRequest(data)).toBe(false);
    }
  });

  it('accepts the three replies and nothing else', () => {
    for (const type of ['saving', 'saved', 'failed']) expect(isSaveLanguageReply({ type, locale: 'es' })).toBe(true);
    expect(isSaveLanguageReply({ type: 'done', locale: 'es' })).toBe(false);
    expect(isSaveLanguageReply({ type: 'saved' })).toBe(false);
  });
});

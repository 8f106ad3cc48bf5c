import { describe, expect, it } from 'vitest';
import { isSaveLanguageReply, isSaveLanguageRequest } from '@/lib/offline/protocol';

describe('messages between a page and the service worker', () => {
  it('accepts a request to save a language', () => {
    expect(isSaveLanguageRequest({ type: 'save-language', locale: 'es' })).toBe(true);
  });

  it('ignores anything else sent to the worker', () => {
    for (const data of [null, 'save-language', { type: 'save-language' }, { type: 'skip-waiting', locale: 'es' }]) {
      expect(isSaveLanguageRequest(data)).toBe(false);
    }
  });

  it('accepts the three replies and nothing else', () => {
    for (const type of ['saving', 'saved', 'failed']) expect(isSaveLanguageReply({ type, locale: 'es' })).toBe(true);
    expect(isSaveLanguageReply({ type: 'done', locale: 'es' })).toBe(false);
    expect(isSaveLanguageReply({ type: 'saved' })).toBe(false);
  });
});

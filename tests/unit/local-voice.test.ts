import { describe, expect, it } from 'vitest';
import { localVoice } from '@/lib/local-voice';

const voice = (lang: string, { localService = true, isDefault = false, name = lang } = {}) => ({ lang, localService, default: isDefault, name });

describe('a phone that has voices of its own', () => {
  it('reads Spanish with a Spanish voice, whatever the region', () => {
    expect(localVoice([voice('en-US'), voice('es-MX')], 'es')?.lang).toBe('es-MX');
  });

  it('reads the voice list as Android writes it (es_US)', () => {
    expect(localVoice([voice('es_US')], 'es')?.lang).toBe('es_US');
  });

  it('says English phrases in US English when it can, and in any English when not', () => {
    expect(localVoice([voice('en-GB'), voice('en-US'), voice('en-IN')], 'en')?.lang).toBe('en-US');
    expect(localVoice([voice('fr-FR'), voice('en-GB')], 'en')?.lang).toBe('en-GB');
  });

  it('reads Traditional Chinese with a Taiwan or Hong Kong voice before a mainland one', () => {
    expect(localVoice([voice('zh-CN'), voice('zh-HK'), voice('zh-TW')], 'zh-Hant')?.lang).toBe('zh-TW');
    expect(localVoice([voice('zh-CN'), voice('zh-HK')], 'zh-Hant')?.lang).toBe('zh-HK');
    expect(localVoice([voice('zh-TW'), voice('zh-CN')], 'zh')?.lang).toBe('zh-CN');
  });

  it('finds Tagalog in a voice that calls itself Filipino', () => {
    expect(localVoice([voice('fil-PH')], 'tl')?.lang).toBe('fil-PH');
  });

  it("prefers the reader's default voice among equally good ones", () => {
    expect(localVoice([voice('es-ES', { name: 'first' }), voice('es-US', { name: 'chosen', isDefault: true })], 'es')?.name).toBe('chosen');
  });

  it('does not take a language that only shares letters with the wanted one', () => {
    expect(localVoice([voice('es-ES')], 'et')).toBeUndefined();
  });
});

describe('a phone whose voices would send the words away', () => {
  it('uses no network voice, even the only one for the language', () => {
    expect(localVoice([voice('en-US', { localService: false }), voice('es-ES')], 'en')).toBeUndefined();
  });

  it('skips a network voice for a local one of the same language', () => {
    const local = voice('es-ES', { name: 'on the phone' });
    expect(localVoice([voice('es-US', { localService: false, isDefault: true }), local], 'es')).toBe(local);
  });
});

describe('a phone with no voices yet', () => {
  it('offers nothing', () => {
    expect(localVoice([], 'ar')).toBeUndefined();
  });
});

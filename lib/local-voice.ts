/**
 * Which of the device's speech voices may read a language aloud, as a pure function shared by
 * the browser (enhance/lib/speech.ts) and the tests. Only voices the device runs itself
 * (`localService`) count: a browser's network voices send the words to a speech server, and what
 * a frightened reader says to an agent is nobody's business.
 */

/** What a speech voice says about itself (the browser's SpeechSynthesisVoice). */
type Voice = { lang: string; localService: boolean; default: boolean };

/** "en_US" (as Android writes it) and "en-US" alike → "en-us". */
const tagOf = (lang: string) => lang.replace(/_/g, '-').toLowerCase();

/** Tagalog voices call themselves Filipino ("fil-PH"). */
const sameLanguage: Record<string, string> = { fil: 'tl' };
const languageOf = (tag: string) => {
  const primary = tag.split('-')[0];
  return sameLanguage[primary] ?? primary;
};

/**
 * Voices to prefer for a page's language, best first; any other voice of the language comes
 * after them. US English for agents in the US; Traditional Chinese as read in Taiwan and Hong Kong.
 */
const preferred: Record<string, string[]> = {
  en: ['en-us'],
  zh: ['zh-cn', 'zh-sg', 'zh-hans', 'zh-tw'],
  'zh-hant': ['zh-tw', 'zh-hk', 'zh-mo', 'zh-hant'],
};

/** The best voice on this device for a language (a tag such as "es" or "zh-Hant"), or undefined when it has none. */
export function localVoice<V extends Voice>(voices: readonly V[], lang: string): V | undefined {
  const wanted = tagOf(lang);
  const order = preferred[wanted] ?? [];
  const rank = (voice: V) => {
    const tag = tagOf(voice.lang);
    const index = order.findIndex((prefix) => tag === prefix || tag.startsWith(`${prefix}-`));
    const closeness = tag === wanted ? 0 : index < 0 ? order.length + 1 : index + 1;
    // Among equals, the voice the reader chose as their device's default.
    return closeness * 2 + (voice.default ? 0 : 1);
  };
  return voices.filter((voice) => voice.localService && languageOf(tagOf(voice.lang)) === languageOf(wanted)).sort((a, b) => rank(a) - rank(b))[0];
}

/**
 * A stand-in for the browser's speech (`speechSynthesis`, `SpeechSynthesisUtterance`) with the
 * voices a test chooses. Nothing is heard: every call is recorded, as it happens, in the tab's
 * sessionStorage, so the record survives the page being left and `speechCalls` reads it from the
 * next page (only this stand-in writes there; the site itself stores nothing). `finish` ends the words being said, as the voice
 * would when done; `cancel` cuts them off with an error event, as Chrome does.
 */
import type { Page } from '@playwright/test';

type FakeVoice = { name: string; lang: string; localService: boolean; default?: boolean };
type SpeechCall = { call: 'speak'; text: string; lang: string; voice: string | null; local: boolean | null } | { call: 'cancel' | 'pause' | 'resume' };

const RECORD = 'fake-speech-calls';

/** Voices a phone might have. */
export const voices = {
  localEnglish: { name: 'Samantha (on the phone)', lang: 'en-US', localService: true },
  remoteEnglish: { name: 'Google US English (network)', lang: 'en-US', localService: false },
  localSpanish: { name: 'Mónica (on the phone)', lang: 'es-ES', localService: true },
  remoteSpanish: { name: 'Google español (network)', lang: 'es-ES', localService: false },
  localArabic: { name: 'Maged (on the phone)', lang: 'ar-SA', localService: true },
  localChinese: { name: 'Tingting (on the phone)', lang: 'zh-CN', localService: true },
} satisfies Record<string, FakeVoice>;

/**
 * Gives every page of the test this speech. With `late`, the voice list is empty until
 * `voicesArrive`, as in Chrome, which fills it in after the page has loaded.
 */
export async function fakeSpeech(page: Page, deviceVoices: FakeVoice[], { late = false } = {}): Promise<void> {
  await page.addInitScript(
    ({ deviceVoices, late, key }) => {
      const record = (call: unknown) => sessionStorage.setItem(key, JSON.stringify([...JSON.parse(sessionStorage.getItem(key) ?? '[]'), call]));
      let available = late ? [] : deviceVoices.map((voice) => ({ default: false, voiceURI: voice.name, ...voice }));
      let current: EventTarget | null = null;

      class Utterance extends EventTarget {
        lang = '';
        voice: FakeVoice | null = null;
        constructor(public text: string) {
          super();
        }
      }
      class Synthesis extends EventTarget {
        paused = false;
        getVoices = () => available;
        speak(words: Utterance) {
          record({ call: 'speak', text: words.text, lang: words.lang, voice: words.voice?.name ?? null, local: words.voice?.localService ?? null });
          current = words;
        }
        cancel() {
          record({ call: 'cancel' });
          const cut = current;
          current = null;
          if (cut) setTimeout(() => cut.dispatchEvent(new Event('error')));
        }
        pause() {
          record({ call: 'pause' });
          this.paused = true;
        }
        resume() {
          record({ call: 'resume' });
          this.paused = false;
        }
      }
      const synthesis = new Synthesis();
      Object.defineProperty(window, 'speechSynthesis', { value: synthesis, configurable: true });
      Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true });
      Object.defineProperty(window, 'fakeSpeech', {
        value: {
          finish() {
            const done = current;
            current = null;
            done?.dispatchEvent(new Event('end'));
          },
          voicesArrive() {
            available = deviceVoices.map((voice) => ({ default: false, voiceURI: voice.name, ...voice }));
            synthesis.dispatchEvent(new Event('voiceschanged'));
          },
        },
      });
    },
    { deviceVoices, late, key: RECORD },
  );
}

/** Everything the pages of this tab asked the speech to do, in order. */
export const speechCalls = (page: Page): Promise<SpeechCall[]> => page.evaluate((key) => JSON.parse(sessionStorage.getItem(key) ?? '[]'), RECORD);

/** Only what was said. */
export const spoken = async (page: Page) => (await speechCalls(page)).flatMap((call) => (call.call === 'speak' ? [call] : []));

type Controls = { fakeSpeech: { finish(): void; voicesArrive(): void } };

/** The voice finishes the words it is saying. */
export const finishSpeaking = (page: Page) => page.evaluate(() => (window as unknown as Controls).fakeSpeech.finish());

/** Chrome's late voice list arrives. */
export const voicesArrive = (page: Page) => page.evaluate(() => (window as unknown as Controls).fakeSpeech.voicesArrive());

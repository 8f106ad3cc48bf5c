/**
 * Speaking in the browser, shared by enhance/speak-phrase.ts and enhance/listen.ts. Which voice
 * may speak is lib/local-voice.ts: only one that runs on the device, so no words leave the phone.
 */

/** Whether this browser can speak at all (older browsers and some Linux builds cannot). */
const canSpeak = () => typeof speechSynthesis !== 'undefined' && typeof SpeechSynthesisUtterance !== 'undefined';

/**
 * Calls `update` with the device's voices now and whenever they change: Chrome fills the list in
 * late and says so with `voiceschanged`. Also stops speaking when the reader leaves the page.
 * Where the browser cannot speak, never calls it.
 */
export function watchVoices(update: (voices: SpeechSynthesisVoice[]) => void): void {
  if (!canSpeak()) return;
  const check = () => update(speechSynthesis.getVoices());
  speechSynthesis.addEventListener('voiceschanged', check);
  addEventListener('pagehide', () => speechSynthesis.cancel());
  check();
}

/** Words to say with one voice, in that voice's language. */
export function utterance(text: string, voice: SpeechSynthesisVoice): SpeechSynthesisUtterance {
  const words = new SpeechSynthesisUtterance(text);
  words.voice = voice;
  words.lang = voice.lang;
  return words;
}

/** Says the words now, cutting off whatever was being said. */
export function sayNow(words: SpeechSynthesisUtterance): void {
  speechSynthesis.cancel();
  // Some browsers stay paused after cancel(): the new words would wait, silent, for a resume().
  if (speechSynthesis.paused) speechSynthesis.resume();
  speechSynthesis.speak(words);
}

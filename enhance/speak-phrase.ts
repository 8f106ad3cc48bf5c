/**
 * "Say it in English" beside each phrase to say to an agent (components/SpeakPhraseButton.tsx):
 * the phone says the phrase aloud for a reader who cannot read it out or freezes. The buttons are
 * in the HTML, hidden; they show only while the device has an English voice of its own.
 */
import { attach } from './lib/attach';
import { localVoice } from '@/lib/local-voice';
import { sayNow, utterance, watchVoices } from './lib/speech';

/** The phrases are what to say to agents in the US. */
const PHRASE_LANGUAGE = 'en';

const buttons: HTMLButtonElement[] = [];
let voice: SpeechSynthesisVoice | undefined;

attach<HTMLButtonElement>('speak-phrase', (button) => {
  buttons.push(button);
  button.addEventListener('click', () => {
    const { phrase } = button.dataset;
    if (voice && phrase) sayNow(utterance(phrase, voice));
  });
});

watchVoices((voices) => {
  voice = localVoice(voices, PHRASE_LANGUAGE);
  for (const button of buttons) button.hidden = !voice;
});

/**
 * "Listen" on a rights topic (components/ListenControls.tsx): the phone reads the page aloud in
 * the language of its text, block by block — the title, the summary, then each heading,
 * paragraph and list item of the guidance, the elements marked `data-listen` — marking the block
 * it reads (`data-speaking`) and keeping it in view. The controls are in the HTML, hidden; they
 * show only while the device has a voice of its own for that language.
 *
 * One utterance per block also gets round Android, whose pause() ends the utterance instead of
 * pausing it: resuming there says the interrupted block again.
 */
import { attach } from './lib/attach';
import { localVoice } from '@/lib/local-voice';
import { sayNow, utterance, watchVoices } from './lib/speech';

type State = 'idle' | 'playing' | 'paused';

const BLOCKS = [...['h2', 'h3', 'h4', 'p', 'li'].map((tag) => `[data-listen] ${tag}`), 'h1[data-listen]', 'p[data-listen]'].join(', ');

/** What is read, in page order; a list item made of paragraphs is read as its paragraphs, once. */
function blocksToRead(): HTMLElement[] {
  const found = [...document.querySelectorAll<HTMLElement>(BLOCKS)];
  return found.filter((block) => block.textContent?.trim() && !found.some((other) => other !== block && block.contains(other)));
}

attach('listen', (controls) => {
  const toggle = controls.querySelector<HTMLButtonElement>('button[data-listen-toggle]');
  const stop = controls.querySelector<HTMLButtonElement>('button[data-listen-stop]');
  const blocks = blocksToRead();
  const lang = blocks[0]?.closest<HTMLElement>('[lang]')?.lang;
  if (!toggle || !stop || !lang) return;

  let voice: SpeechSynthesisVoice | undefined;
  let state: State = 'idle';
  let index = 0;
  /** The words being said; events from words we cut off ourselves are ignored. */
  let current: SpeechSynthesisUtterance | undefined;
  /** The block ended while paused (Android): resuming says it again. */
  let cutShort = false;

  const show = (next: State) => {
    state = next;
    controls.dataset.state = next;
    for (const label of toggle.querySelectorAll<HTMLElement>('[data-when]')) label.hidden = label.dataset.when !== next;
    stop.hidden = next === 'idle';
  };
  const mark = (block?: HTMLElement) => {
    for (const other of blocks) delete other.dataset.speaking;
    if (!block) return;
    block.dataset.speaking = '';
    block.scrollIntoView({ block: 'nearest', behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
  };
  const finish = () => {
    current = undefined;
    mark();
    show('idle');
  };

  const read = () => {
    const block = blocks[index];
    if (!block || !voice) return finish();
    const words = utterance(block.textContent!.trim(), voice);
    const ended = (next: () => void) => () => {
      if (words !== current) return;
      if (state === 'paused') cutShort = true;
      else next();
    };
    words.addEventListener(
      'end',
      ended(() => {
        index += 1;
        read();
      }),
    );
    // Something else spoke over it (a "Say it in English" button), or the voice failed.
    words.addEventListener('error', ended(finish));
    current = words;
    cutShort = false;
    mark(block);
    sayNow(words);
  };

  toggle.addEventListener('click', () => {
    if (state === 'idle') {
      index = 0;
      show('playing');
      read();
    } else if (state === 'playing') {
      show('paused');
      speechSynthesis.pause();
    } else {
      show('playing');
      if (cutShort) read();
      else speechSynthesis.resume();
    }
  });
  stop.addEventListener('click', () => {
    finish();
    speechSynthesis.cancel();
    toggle.focus();
  });

  watchVoices((voices) => {
    voice = localVoice(voices, lang);
    controls.hidden = !voice;
  });
});

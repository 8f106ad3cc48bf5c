import { getTranslations } from 'next-intl/server';
import { SpeechIcon } from './SpeechIcon';

const button = 'inline-flex tap-target items-center gap-2 rounded-md border-2 border-brand px-4 text-lg font-semibold';

/**
 * "Listen": the phone reads the page's text aloud (the elements marked `data-listen`), with a
 * voice for its language that runs on the device (enhance/listen.ts). Rendered hidden, and shown
 * only where such a voice exists. One button starts, pauses and resumes, its label saying what a
 * tap does; Stop appears while reading. While reading, the controls stay at the top of the screen.
 */
export async function ListenControls() {
  const t = await getTranslations('speech');
  return (
    <div
      hidden
      data-module="listen"
      data-state="idle"
      className="no-print top-0 z-10 my-4 flex flex-wrap gap-3 bg-paper py-2 data-[state=paused]:sticky data-[state=playing]:sticky"
    >
      <button type="button" data-listen-toggle className={`${button} bg-brand text-white`}>
        <span data-when="idle" className="inline-flex items-center gap-2">
          <SpeechIcon shape="speaker" />
          {t('listen')}
        </span>
        <span data-when="playing" hidden className="inline-flex items-center gap-2">
          <SpeechIcon shape="pause" />
          {t('pause')}
        </span>
        <span data-when="paused" hidden className="inline-flex items-center gap-2">
          <SpeechIcon shape="play" />
          {t('resume')}
        </span>
      </button>
      <button type="button" data-listen-stop hidden className={`${button} bg-white text-brand`}>
        <SpeechIcon shape="stop" />
        {t('stop')}
      </button>
    </div>
  );
}

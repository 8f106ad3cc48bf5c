/** The icons on the speech buttons: a loudspeaker, pause, play and stop, drawn in the text colour. */
const shapes = {
  speaker: 'M11 5 6 9H3v6h3l5 4zM15.5 8.5a5 5 0 0 1 0 7M18.5 5.5a9 9 0 0 1 0 13',
  pause: 'M8 5v14M16 5v14',
  play: 'M7 4.5v15L19 12z',
  stop: 'M6 6h12v12H6z',
} as const;

export function SpeechIcon({ shape }: { shape: keyof typeof shapes }) {
  return (
    <svg aria-hidden="true" viewBox="0 0 24 24" className="h-6 w-6 shrink-0 fill-none stroke-current stroke-2">
      <path d={shapes[shape]} strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

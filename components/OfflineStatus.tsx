import { getTranslations } from 'next-intl/server';

const states = ['saving', 'saved', 'offline'] as const;
/** Written out so Tailwind sees each class. */
const visibleIn = {
  saving: 'group-data-[state=saving]:visible',
  saved: 'group-data-[state=saved]:visible',
  offline: 'group-data-[state=offline]:visible',
} as const;

/**
 * Where enhance/offline-saving.ts says whether this language is saved for offline use. Every
 * message is in the HTML, invisible, stacked in one grid cell: the script only sets `data-state`,
 * so the space is reserved and nothing moves. The quiet line says
 * how things are when the page opens; the polite live region announces changes while the reader
 * is here. Empty without JavaScript: the pages do not need it.
 */
export async function OfflineStatus() {
  const t = await getTranslations('offline');
  const line = (mode: 'quiet' | 'live') => (
    <p data-offline-status={mode} aria-live={mode === 'live' ? 'polite' : undefined} className="group col-start-1 row-start-1 grid">
      {states.map((state) => (
        <span key={state} className={`invisible col-start-1 row-start-1 ${visibleIn[state]}`}>
          {t(state)}
        </span>
      ))}
    </p>
  );
  return (
    <div className="mb-3 grid text-base text-muted">
      {line('quiet')}
      {line('live')}
    </div>
  );
}

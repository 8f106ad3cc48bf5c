import type { TopicView } from '@/lib/content';
import { Notice } from './Notice';

type Labels = { fallback: string; machineDraft: string; outdated: string; englishVersion: string };

/** What the reader must know about the page itself before reading it: language and translation status. */
export function TopicNotices({ view, labels }: { view: TopicView; labels: Labels }) {
  return (
    <>
      {view.fallback && <Notice tone="warning">{labels.fallback}</Notice>}
      {view.translation?.status === 'machine-draft' && (
        <Notice tone="warning">
          {labels.machineDraft}{' '}
          <a href={`/en/rights/${view.id}/`} hrefLang="en">
            {labels.englishVersion}
          </a>
        </Notice>
      )}
      {view.translation?.outdated && <Notice tone="warning">{labels.outdated}</Notice>}
    </>
  );
}

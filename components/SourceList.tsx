import type { TopicMeta } from '@/lib/content/schema';

/** Where guidance comes from: each source's title, linked, in English as it was published, and its publisher. */
export function SourceList({ sources }: { sources: TopicMeta['sources'] }) {
  return (
    <ul className="list-disc space-y-1 ps-6">
      {sources.map((source) => (
        <li key={source.url}>
          <a href={source.url} rel="noopener noreferrer" lang="en" className="break-words">
            {source.title}
          </a>{' '}
          <span className="text-muted">({source.publisher})</span>
        </li>
      ))}
    </ul>
  );
}

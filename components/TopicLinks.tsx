import type { TopicView } from '@/lib/content';
import type { Locale } from '@/i18n/routing';
import { PhoneText } from './PhoneText';
import { localePath } from '@/i18n/paths';

type Props = { topics: TopicView[]; locale: Locale };

/** A list of rights topics as large tappable rows, title and one-line answer. */
export function TopicLinks({ topics, locale }: Props) {
  return (
    <ul className="divide-y divide-gray-300 rounded-md border border-gray-300">
      {topics.map((topic) => (
        <li key={topic.id}>
          <a href={localePath(locale, `/rights/${topic.id}/`)} className="block px-4 py-3 text-ink no-underline hover:bg-wash">
            <span className="block font-bold text-brand underline">{topic.title}</span>
            <span className="block text-base text-muted">
              <PhoneText text={topic.summary} link={false} />
            </span>
          </a>
        </li>
      ))}
    </ul>
  );
}

import type { ReactNode } from 'react';

type Props = { tone?: 'info' | 'warning'; children: ReactNode };

/** A boxed message about the page itself: fallback language, machine translation, review status. */
export function Notice({ tone = 'info', children }: Props) {
  const style = tone === 'warning' ? 'border-warn-edge bg-warn' : 'border-brand bg-blue-50';
  return <div className={`my-3 rounded-md border-s-4 px-4 py-3 text-base ${style}`}>{children}</div>;
}

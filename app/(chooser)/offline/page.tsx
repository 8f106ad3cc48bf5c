import type { Metadata } from 'next';
import { OfflineEveryLanguage } from '@/components/OfflineEveryLanguage';

export const metadata: Metadata = { title: 'You are offline', robots: { index: false } };

/** What the service worker shows for an unsaved address outside every language. */
export default function GenericOfflinePage() {
  return (
    <main id="main" className="mx-auto max-w-3xl px-4 py-8">
      <OfflineEveryLanguage />
    </main>
  );
}

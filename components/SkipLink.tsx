import { getTranslations } from 'next-intl/server';

export async function SkipLink() {
  const t = await getTranslations('site');
  return (
    <a
      href="#main"
      className="no-print absolute start-2 top-2 z-50 -translate-y-24 rounded bg-white px-4 py-3 font-bold text-brand shadow-lg focus:translate-y-0"
    >
      {t('skipLink')}
    </a>
  );
}

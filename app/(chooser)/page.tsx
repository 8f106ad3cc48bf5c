import { getTranslations } from 'next-intl/server';
import { InEveryLanguage } from '@/components/InEveryLanguage';
import { LanguageChooser } from '@/components/LanguageChooser';

export default async function LanguageChooserPage() {
  const t = await getTranslations({ locale: 'en', namespace: 'site' });
  return (
    <main id="main" className="mx-auto max-w-3xl px-4 py-8">
      <h1 id="choose" className="mb-2 text-3xl font-bold">
        {t('chooseLanguage')}
      </h1>
      <InEveryLanguage message="site.chooseLanguage" />
      <LanguageChooser headingId="choose" />
    </main>
  );
}

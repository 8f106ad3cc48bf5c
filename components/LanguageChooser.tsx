import { locales } from '@/i18n/routing';
import { nativeLanguageName, textDirection } from '@/lib/locale';
import { getTranslations } from 'next-intl/server';
import { localePath } from '@/i18n/paths';

/** Every language named in its own script, one tap each; nothing is detected or remembered. */
export async function LanguageChooser({ headingId }: { headingId: string }) {
  const titles = await Promise.all(locales.map(async (locale) => (await getTranslations({ locale, namespace: 'home' }))('title')));
  return (
    <ul aria-labelledby={headingId} className="grid grid-cols-fit-narrow gap-3">
      {locales.map((locale, index) => (
        <li key={locale}>
          <a
            href={localePath(locale)}
            lang={locale}
            hrefLang={locale}
            dir={textDirection(locale)}
            className="flex min-h-16 flex-col justify-center rounded-lg border-2 border-brand bg-white px-3 py-2 text-ink no-underline hover:bg-wash"
          >
            <span className="text-xl font-bold text-brand">{nativeLanguageName(locale)}</span>
            <span className="text-base">{titles[index]}</span>
          </a>
        </li>
      ))}
    </ul>
  );
}

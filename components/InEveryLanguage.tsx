import { Fragment } from 'react';
import { getTranslations } from 'next-intl/server';
import { locales } from '@/i18n/routing';
import { textDirection } from '@/lib/locale';

type Message = 'site.chooseLanguage' | 'notFound.body';

/**
 * One message in every language but English (which the page's heading already says), each
 * marked with its language and direction: for pages that belong to no language.
 */
export async function InEveryLanguage({ message }: { message: Message }) {
  const others = locales.filter((locale) => locale !== 'en');
  const texts = await Promise.all(others.map(async (locale) => (await getTranslations({ locale }))(message)));
  return (
    <p className="mb-6 text-lg">
      {others.map((locale, index) => (
        <Fragment key={locale}>
          {index > 0 && ' · '}
          <span lang={locale} dir={textDirection(locale)}>
            {texts[index]}
          </span>
        </Fragment>
      ))}
    </p>
  );
}

import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { getContent, regionName } from '@/lib/content';
import { localePath } from '@/i18n/paths';

/** The areas a reader can choose; the current one is marked. */
export async function RegionLinks({ locale, current }: { locale: Locale; current?: string }) {
  const t = await getTranslations('help');
  const { regions } = getContent();
  return (
    <nav aria-labelledby="regions" className="no-print my-4">
      <h2 id="regions" className="mb-2 text-lg font-bold">
        {t('chooseRegion')}
      </h2>
      <ul className="flex flex-wrap gap-2">
        {regions.map((region) => (
          <li key={region.id}>
            <a
              href={localePath(locale, `/help/${region.id}/`)}
              aria-current={region.id === current ? 'page' : undefined}
              className="inline-flex tap-target items-center rounded-md border-2 border-brand px-4 font-semibold no-underline aria-[current]:bg-brand aria-[current]:text-white"
            >
              {regionName(region, locale)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

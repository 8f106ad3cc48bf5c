import { getTranslations } from 'next-intl/server';
import { locales, type Locale } from '@/i18n/routing';
import { localePath } from '@/i18n/paths';
import { type Content, regionName } from '@/lib/content';
import { type FlyerData, fittedFlyerChoices } from '@/lib/flyer';
import { choicesToQuery, type FlyerChoices } from '@/lib/flyer-choices';
import { countryName, nativeLanguageName } from '@/lib/locale';

type Props = { content: Content; data: FlyerData; start: FlyerChoices; locale: Locale };

const box = 'rounded-md border-2 border-gray-400 p-3';
const legend = 'px-1 text-lg font-bold';
const choice = 'flex tap-target items-center gap-3 py-1';
const checkbox = 'size-5 shrink-0 accent-brand';
const field = 'mt-1 block w-full tap-target rounded-md border-2 border-gray-500 px-3 text-base';

/**
 * The flyer builder's choices, above the flyer they change. Rendered with the home region's
 * ready-made choices and hidden until enhance/flyer-builder.ts runs: without JavaScript the page
 * says so and prints that flyer, and the print page lists every ready-made flyer.
 */
export async function FlyerBuilderForm({ content, data, start, locale }: Props) {
  const t = await getTranslations({ locale, namespace: 'flyerBuilder' });
  const print = await getTranslations({ locale, namespace: 'print' });
  const collator = new Intl.Collator(locale);
  const countries = [...new Map(data.consulates.map((line) => [line.country, countryName(line.country, locale)]))].sort((a, b) => collator.compare(a[1], b[1]));
  const regionsOf = (country: string) =>
    data.consulates
      .filter((line) => line.country === country)
      .map((line) => line.region)
      .join(' ');
  const lineGroups = [
    { kind: 'hotline', heading: t('hotlines') },
    { kind: 'legal-aid', heading: t('legalHelp') },
  ] as const;
  return (
    <div className="no-print border-b-2 border-brand bg-blue-50 text-ink">
      <div className="mx-auto max-w-3xl space-y-3 px-4 py-4 text-base">
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        <p data-builder-without-js>{t('withoutJs')}</p>
        <p>
          <a href={localePath(locale, '/print/')} className="inline-flex tap-target items-center font-semibold">
            {print('back')}
          </a>
        </p>
        <form
          data-module="flyer-builder"
          data-locale={locale}
          data-languages={locales.join(' ')}
          data-regions={content.regions.map((region) => region.id).join(' ')}
          data-does-not-fit={t('doesNotFit')}
          data-fits={t('fits', { size: '{size}' })}
          data-drop-also={t('dropAlso')}
          data-drop-rights={t('dropRights')}
          data-drop-countries={t('dropCountries')}
          data-drop-lines={t('dropLines')}
          data-bad-phone={t('badPhone')}
          data-also-failed={t('alsoFailed')}
          autoComplete="off"
          className="space-y-4"
          hidden
        >
          <p>{t('intro')}</p>
          <fieldset className={box}>
            <legend className={legend}>{t('where')}</legend>
            <label className="block font-semibold">
              {t('region')}
              <select name="region" defaultValue={start.region} className={field}>
                {content.regions.map((region) => (
                  <option key={region.id} value={region.id} data-defaults={choicesToQuery(fittedFlyerChoices(content, region.id, locale)!)}>
                    {regionName(region, locale)}
                  </option>
                ))}
              </select>
            </label>
            <label className="mt-3 block font-semibold">
              {t('language')}
              <select name="lang" defaultValue={locale} className={field}>
                {locales.map((other) => (
                  <option key={other} value={other} lang={other}>
                    {nativeLanguageName(other)}
                  </option>
                ))}
              </select>
            </label>
            <label className="mt-3 block font-semibold">
              {t('also')}
              <select name="also" defaultValue="" className={field}>
                <option value="">{t('alsoNone')}</option>
                {locales
                  .filter((other) => other !== locale)
                  .map((other) => (
                    <option key={other} value={other} lang={other}>
                      {nativeLanguageName(other)}
                    </option>
                  ))}
              </select>
            </label>
          </fieldset>

          <fieldset className={box}>
            <legend className={legend}>{t('countries')}</legend>
            <p className="text-sm">{t('countriesHint')}</p>
            <div className="grid-cols-fit-narrow grid gap-x-4">
              {countries.map(([code, name]) => (
                <label key={code} className={choice} data-regions={regionsOf(code)}>
                  <input type="checkbox" name="country" value={code} defaultChecked={start.countries.includes(code)} className={checkbox} />
                  {name}
                </label>
              ))}
            </div>
          </fieldset>

          {lineGroups.map(({ kind, heading }) => (
            <fieldset key={kind} className={box}>
              <legend className={legend}>{heading}</legend>
              {data.numbers
                .filter((line) => line.contact.kind === kind)
                .map((line) => (
                  <label key={line.contact.id} className={choice} data-regions={line.regions.join(' ')}>
                    <input type="checkbox" name="line" value={line.contact.id} defaultChecked={line.shown} className={checkbox} />
                    <span>
                      {line.contact.name}{' '}
                      <span dir="ltr" className="whitespace-nowrap">
                        {line.phone.display}
                      </span>
                    </span>
                  </label>
                ))}
            </fieldset>
          ))}

          <fieldset className={box}>
            <legend className={legend}>{t('rights')}</legend>
            {data.topics.map((topic) => (
              <label key={topic.block} className={choice}>
                <input type="checkbox" name="rights" value={topic.block} defaultChecked={topic.shown} className={checkbox} />
                {topic.view.title}
              </label>
            ))}
            <label className={choice}>
              <input type="checkbox" name="say" value="1" defaultChecked={start.say} className={checkbox} />
              {t('say')}
            </label>
          </fieldset>

          <fieldset className={box}>
            <legend className={legend}>{t('org')}</legend>
            <p className="text-sm">{t('orgHint')}</p>
            <label className="mt-2 block font-semibold">
              {t('orgName')}
              <input type="text" name="org" maxLength={80} className={field} />
            </label>
            <label className="mt-3 block font-semibold">
              {t('orgPhone')}
              <input type="tel" name="orgPhone" maxLength={40} inputMode="tel" dir="ltr" aria-describedby="org-phone-error" className={field} />
            </label>
            <p id="org-phone-error" className="mt-1 font-semibold text-urgent" data-phone-error hidden />
          </fieldset>

          <div className="sticky bottom-0 flex flex-wrap items-center gap-x-4 gap-y-2 border-t-2 border-brand bg-blue-50 py-2">
            <p role="status" aria-live="polite" className="min-w-0 flex-1 basis-48 text-sm font-semibold" data-fit-status />
            <button type="button" data-print className="inline-flex tap-target items-center rounded-md bg-brand px-5 text-lg font-bold text-white">
              {t('print')}
            </button>
          </div>
          <p className="text-sm">{t('linkHint')}</p>
        </form>
      </div>
    </div>
  );
}

import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { regionName } from '@/lib/content';
import { afterCallText, type PhoneLink } from '@/lib/contact-display';
import { type FlyerData, type FlyerNumber, noneChecked, verificationLabel } from '@/lib/flyer';
import { AlsoInEnglish } from './AlsoInEnglish';

type Props = { data: FlyerData; locale: Locale; bilingual: boolean };

type PrintedPhone = Pick<PhoneLink, 'href' | 'display' | 'vanity' | 'extension' | 'press'>;

/**
 * A number printed large (16 pt at least), dialled when tapped on screen; under it the letters
 * the organisation publishes, and what to dial once answered (a long line would not fit the column).
 */
export async function FlyerPhone({ phone, locale, bilingual }: { phone: PrintedPhone; locale: Locale; bilingual: boolean }) {
  const forms = await getTranslations({ locale, namespace: 'phoneForms' });
  const englishForms = await getTranslations({ locale: 'en', namespace: 'phoneForms' });
  const after = afterCallText(phone, forms);
  return (
    <>
      <p className="text-[max(1.6em,16pt)] font-extrabold leading-tight tabular-nums">
        <a
          href={phone.href ?? undefined}
          dir="ltr"
          className="text-ink no-underline screen-only:inline-flex screen-only:tap-target screen-only:items-center"
          data-phone
        >
          {phone.display}
        </a>
      </p>
      {phone.vanity && (
        <p dir="ltr" className="text-[1.05em] font-bold leading-tight rtl:text-right" data-vanity>
          {phone.vanity}
        </p>
      )}
      {after && (
        <p className="text-[1.05em] font-bold leading-tight" data-after-call>
          {after}
          {bilingual && <AlsoInEnglish text={afterCallText(phone, englishForms) ?? ''} local={after} separator=" / " />}
        </p>
      )}
    </>
  );
}

/** How sure we are of a number, in the flyer's language (and English on a bilingual flyer). */
export async function FlyerVerification({ number, locale, bilingual }: { number: Pick<FlyerNumber, 'contact' | 'state'>; locale: Locale; bilingual: boolean }) {
  const t = await getTranslations({ locale, namespace: 'print' });
  const en = await getTranslations({ locale: 'en', namespace: 'print' });
  const local = verificationLabel(number, locale, t);
  return (
    <span className="font-semibold" data-state={number.state}>
      <span data-t={`state:${number.contact.id}`}>{local}</span>
      {bilingual && <AlsoInEnglish text={verificationLabel(number, 'en', en)} local={local} separator=" / " />}
    </span>
  );
}

/**
 * The hotlines and free legal help, large, each with how sure we are of it; the organizer's own
 * line, said to be theirs; and what "not yet checked" means.
 */
export async function FlyerNumbers({ data, locale, bilingual }: Props) {
  const t = await getTranslations({ locale, namespace: 'print' });
  const en = await getTranslations({ locale: 'en', namespace: 'print' });
  const kinds = await getTranslations({ locale, namespace: 'kinds' });
  const all = [...data.numbers, ...data.consulates];
  const anyUnverified = all.some((number) => number.state !== 'verified');
  const unchecked = noneChecked(data);
  const orgTemplate = t('orgAdded', { name: '{name}' });
  return (
    <section aria-labelledby="flyer-call" className="break-inside-avoid">
      {data.regions.map(({ region, shown }) => {
        const local = t('callHeading', { region: regionName(region, locale) });
        return (
          <h2
            key={region.id}
            id={shown ? 'flyer-call' : undefined}
            className="mb-[1mm] text-[1.2em] font-extrabold leading-tight"
            data-block={`region:${region.id}`}
            hidden={!shown}
          >
            <span data-t={`callHeading:${region.id}`}>{local}</span>
            {bilingual && <AlsoInEnglish text={en('callHeading', { region: regionName(region, 'en') })} local={local} separator=" · " className="font-bold" />}
          </h2>
        );
      })}
      {anyUnverified && (
        <p className="mb-[1.5mm] text-[max(0.85em,10pt)] leading-snug">
          <span data-t={unchecked ? 'noneCheckedNote' : 'unverifiedNote'}>{unchecked ? t('noneCheckedNote') : t('unverifiedNote')}</span>
          {bilingual && (
            <AlsoInEnglish
              text={unchecked ? en('noneCheckedNote') : en('unverifiedNote')}
              local={unchecked ? t('noneCheckedNote') : t('unverifiedNote')}
              separator=" "
            />
          )}
        </p>
      )}
      <ul className="grid grid-cols-1 gap-x-[4mm] gap-y-[2mm] min-[30rem]:grid-cols-2 sm:grid-cols-3 sheet:grid-cols-3" data-flyer-numbers>
        {data.numbers.map((number) => (
          <li
            key={number.contact.id}
            className="break-inside-avoid border-s-[1mm] border-black ps-[2mm]"
            data-contact={number.contact.id}
            data-block={`line:${number.contact.id}`}
            data-regions={number.regions.join(' ')}
            hidden={!number.shown}
          >
            <p className="text-[0.95em] font-semibold leading-tight">{number.contact.name}</p>
            <FlyerPhone phone={number.phone} locale={locale} bilingual={bilingual} />
            <p className="text-[max(0.85em,10pt)] leading-tight">
              {!bilingual && <span data-t={`kind:${number.contact.kind}`}>{kinds(number.contact.kind)}</span>}
              {!bilingual && !unchecked && ' · '}
              {!unchecked && <FlyerVerification number={number} locale={locale} bilingual={bilingual} />}
            </p>
          </li>
        ))}
        {data.org && (
          <li className="break-inside-avoid border-s-[1mm] border-dashed border-black ps-[2mm]" data-block="org" data-org hidden={!data.org.shown}>
            <p className="text-[0.95em] font-semibold leading-tight" data-org-name>
              {data.org.name}
            </p>
            <FlyerPhone phone={{ href: null, display: data.org.phone }} locale={locale} bilingual={bilingual} />
            <p className="text-[max(0.85em,10pt)] leading-tight" data-t="orgAdded" data-template={orgTemplate}>
              {t('orgAdded', { name: data.org.name })}
            </p>
          </li>
        )}
      </ul>
    </section>
  );
}

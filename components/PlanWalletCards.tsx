import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { CARD_PEOPLE, planRows } from '@/lib/family-plan';
import { AlsoInEnglish } from './AlsoInEnglish';
import { PlanRowGroup } from './PlanRowGroup';
import { walletCardFace } from './WalletCard';

type Words = { title: string; name: string; lawyer: string };

/** A line to write on, or what enhance/plan.ts copied onto it from the form (in whatever script it was typed). */
const blank = 'block min-w-0 truncate border-b-[0.25mm] border-black';
/** Digits in the Latin font: a Nastaliq or CJK font spaces them oddly. */
const phone = `${blank} font-sans font-bold`;

/**
 * "If I am detained, call…": the card each adult carries, in the reader's language with the English
 * beside each label, 85.6 × 54 mm like the site's other wallet cards. Blank lines with no script.
 */
function PlanWalletCard({ lang, words, english }: { lang: Locale; words: Words; english: Words }) {
  const label = (key: keyof Words) => (
    <>
      {words[key]}
      <AlsoInEnglish text={english[key]} local={words[key]} separator=" · " className="text-[7pt] font-normal" />
    </>
  );
  return (
    <div
      data-plan-card
      lang={lang}
      // On a screen narrower than a card and its margins, the preview shrinks; paper keeps 85.6 × 54 mm.
      className={`${walletCardFace} gap-[1.2mm] max-[359px]:[zoom:0.85] rounded-[3mm] border-[0.3mm] border-black bg-white px-[4mm] py-[3mm] text-[8.5pt] leading-[1.25] print:rounded-none print:border-dashed`}
    >
      <p className="border-b-[0.3mm] border-black pb-[0.8mm] text-[9.5pt] font-bold leading-tight">{label('title')}</p>
      <p className="grid grid-cols-[auto_1fr] items-end gap-x-[1.5mm]">
        <span className="font-semibold">{label('name')}</span>
        <span data-card="holder" dir="auto" className={blank}>
          {'\u00a0'}
        </span>
      </p>
      <ol className="list-decimal space-y-[1mm] ps-[4mm]">
        {Array.from({ length: CARD_PEOPLE }, (_, index) => index + 1).map((number) => (
          <li key={number}>
            <span className="grid grid-cols-[1fr_27mm] items-end gap-x-[1.5mm]">
              <span data-card={`person-${number}`} dir="auto" className={blank}>
                {'\u00a0'}
              </span>
              <span data-card={`person-${number}-phone`} dir="ltr" className={phone}>
                {'\u00a0'}
              </span>
            </span>
          </li>
        ))}
      </ol>
      <p className="mt-auto">
        <span className="font-semibold">{label('lawyer')}</span>
        <span className="grid grid-cols-[1fr_27mm] items-end gap-x-[1.5mm]">
          <span data-card="lawyer" dir="auto" className={blank}>
            {'\u00a0'}
          </span>
          <span data-card="lawyer-phone" dir="ltr" className={phone}>
            {'\u00a0'}
          </span>
        </span>
      </p>
    </div>
  );
}

/**
 * Who carries a card (on screen only), and the cards: one per adult row, on the second printed page.
 * enhance/plan.ts adds a card with each adult row it adds.
 */
export async function PlanWalletCards({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'plan' });
  const en = await getTranslations({ locale: 'en', namespace: 'plan' });
  const words = (translate: typeof t): Words => ({ title: translate('cardTitle'), name: translate('cardName'), lawyer: translate('cardLawyer') });
  return (
    <section aria-labelledby="plan-cards" data-plan-sheet="cards" className="mt-10 print:mt-0 print:break-before-page">
      <h2 id="plan-cards" className="text-2xl font-bold print:text-[11pt]">
        {t('cardsHeading')}
      </h2>
      <p className="no-print mb-3 mt-1">{t('cardsIntro')}</p>
      <p className="hidden text-[9pt] print:block">{t('cardCut')}</p>
      <div className="no-print">
        <PlanRowGroup
          kind="adult"
          legend={(number) => t('adult', { number })}
          legendPattern={t('adult', { number: '{number}' })}
          addLabel={t('addAdult')}
          printColumns=""
          fields={[{ key: 'name', label: t('adultName') }]}
        />
      </div>
      <ul data-plan-cards className="mt-6 flex flex-wrap gap-4 print:mt-[4mm] print:grid print:grid-cols-[85.6mm_85.6mm] print:justify-center print:gap-0">
        {Array.from({ length: planRows.adult.rendered }, (_, index) => (
          <li key={index}>
            <PlanWalletCard lang={locale} words={words(t)} english={words(en)} />
          </li>
        ))}
      </ul>
    </section>
  );
}

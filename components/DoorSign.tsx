import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import type { DoorSignData } from '@/lib/door-sign';
import { verificationLabel } from '@/lib/flyer';
import { AlsoInEnglish } from './AlsoInEnglish';
import { FlyerPhrases } from './FlyerPhrases';
import { PrintFootnotes } from './PrintFootnotes';

type Props = { data: DoorSignData; locale: Locale };

/** What to do, in order; each a short line of the door topic (messages `doorSign.*`). */
const steps = ['warrant', 'silent', 'noSign', 'comeIn'] as const;

/**
 * The printed root size, in pt. Every length is in em of it, so it sets the whole sign. English
 * alone takes about two thirds of the room of a language with English under it. Both are the
 * largest that fit the 190 × 259 mm that A4 and Letter share inside 10 mm margins (less 5% for
 * other browsers and fonts) in every language, Tagalog being the longest (Urdu, whose lines must be
 * taller, prints a size smaller: app/globals.css); door-sign.spec.ts checks every language.
 */
const printSize = { single: 'print:text-[17pt]', bilingual: 'print:text-[13pt]' };

/**
 * A sign to tape inside the front door, read from a metre or two away: "do not open the door"
 * large, the steps, what to say through the door, one number. In the reader's language with the
 * English under each line; English only for English readers.
 */
export async function DoorSign({ data: { topic, help }, locale }: Props) {
  const t = await getTranslations({ locale, namespace: 'doorSign' });
  const en = await getTranslations({ locale: 'en', namespace: 'doorSign' });
  const print = await getTranslations({ locale, namespace: 'print' });
  const enPrint = await getTranslations({ locale: 'en', namespace: 'print' });
  const bilingual = locale !== 'en';
  return (
    <main
      id="main"
      data-door-sign={bilingual ? 'bilingual' : 'single'}
      className={`mx-auto max-w-[190mm] bg-white px-4 py-5 text-[17px] leading-snug text-ink md:my-6 md:max-w-[210mm] md:px-[10mm] md:py-[10mm] md:shadow-lg print:m-0 print:flex print:min-h-[240mm] print:max-w-none print:flex-col print:justify-between print:p-0 print:shadow-none ${printSize[bilingual ? 'bilingual' : 'single']}`}
    >
      <header className="border-b-[1.2mm] border-black pb-[2mm]">
        <p className="text-[1.15em] font-bold leading-tight">{t('kicker')}</p>
        <h1 className="mt-[1mm] text-[3em] font-extrabold leading-[1.1]">{t('heading')}</h1>
        {bilingual && (
          <AlsoInEnglish
            as="p"
            text={`${en('kicker')} ${en('heading')}`}
            local={`${t('kicker')} ${t('heading')}`}
            className="mt-[1mm] text-[1.5em] font-bold leading-tight"
          />
        )}
      </header>

      <ol className="mt-[3mm] list-decimal space-y-[2.2mm] ps-[1.4em] marker:font-extrabold">
        {steps.map((step) => (
          <li key={step} className="break-inside-avoid text-[1.25em] leading-snug">
            <p className="font-bold">{t(step)}</p>
            {bilingual && <AlsoInEnglish as="p" text={en(step)} local={t(step)} className="text-[0.8em] leading-snug" />}
          </li>
        ))}
      </ol>

      <div className="mt-[3.5mm]">
        <FlyerPhrases phrases={topic.say} locale={locale} bilingual={bilingual} columns={2} />
      </div>

      {/* On paper the blocks spread over the page (justify-between), whatever the language's length; the small print is at its foot. */}
      <div>
        {help && (
          <div className="mt-[3mm] leading-snug">
            <p className="text-[1.2em] font-bold">
              {print('cardHelp')}{' '}
              <a
                href={help.phone.href ?? undefined}
                dir="ltr"
                className="text-[1.3em] font-extrabold text-ink no-underline tabular-nums not-print:inline-flex not-print:tap-target not-print:items-center"
                data-phone
              >
                {help.phone.display}
              </a>
            </p>
            <p className="text-[0.9em]">
              {help.contact.name} ·{' '}
              <span data-state={help.state}>
                {verificationLabel(help, locale, print)}
                {bilingual && <AlsoInEnglish text={verificationLabel(help, 'en', enPrint)} local={verificationLabel(help, locale, print)} separator=" · " />}
              </span>
            </p>
          </div>
        )}

        <div className="mt-[1mm] text-[0.72em]">
          <PrintFootnotes topics={[topic]} updated={topic.meta.updated} locale={locale} bilingual={bilingual} />
        </div>
      </div>
    </main>
  );
}

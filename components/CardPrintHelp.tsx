import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';

/** On screen only: the two ways to make cards from the sheet, folded or printed on both sides. */
export async function CardPrintHelp({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'print' });
  return (
    <div className="grid gap-3 sm:grid-cols-2">
      {(
        [
          ['foldHeading', ['fold1', 'fold2', 'fold3']],
          ['duplexHeading', ['duplex1', 'duplex2', 'duplex3']],
        ] as const
      ).map(([heading, steps]) => (
        <section key={heading} aria-labelledby={heading} className="rounded-md border border-brand bg-white p-3">
          <h2 id={heading} className="text-lg font-bold">
            {t(heading)}
          </h2>
          <ol className="mt-1 list-decimal space-y-1 ps-6">
            {steps.map((step) => (
              <li key={step}>{t(step)}</li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}

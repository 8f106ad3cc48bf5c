import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';

/**
 * How the plan is kept: on paper. The browser's own Print works with no script; enhance/plan.ts
 * shows the Print button, which first checks the phone numbers and says in the status line when
 * one needs fixing. On screen only.
 */
export async function PlanPrintSection({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'plan' });
  return (
    <section aria-labelledby="plan-print" className="no-print mt-10 rounded-md border-2 border-brand p-4">
      <h2 id="plan-print" className="text-2xl font-bold">
        {t('printHeading')}
      </h2>
      <p className="mt-2">{t('printHow')}</p>
      <p className="mt-1">{t('printEmpty')}</p>
      <button
        type="button"
        hidden
        data-plan-print
        className="mt-3 flex tap-target w-full items-center justify-center rounded-md bg-brand px-4 py-2 text-lg font-bold text-white"
      >
        {t('printButton')}
      </button>
      <p data-plan-print-status role="status" data-fix={t('printFix')} className="mt-2 font-semibold text-urgent" />
    </section>
  );
}

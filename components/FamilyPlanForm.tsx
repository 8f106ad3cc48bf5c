import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import type { Locale } from '@/i18n/routing';
import { regionName } from '@/lib/content';
import type { Region } from '@/lib/content/schema';
import { type FlyerNumber, verificationLabel } from '@/lib/flyer';
import { PlanField, planInput } from './PlanField';
import { PlanRowGroup } from './PlanRowGroup';
import { PlanWalletCards } from './PlanWalletCards';

type Props = { locale: Locale; region: Region; lawyers: FlyerNumber[]; /** The region's free legal help in the directory. */ legalHelp: string };

/** A heading, a hint that only the screen needs, and the fields; on paper the sections sit close. */
function PlanSection({ id, heading, hint, children }: { id: string; heading: string; hint?: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="mt-8 print:mt-[3.5mm] print:break-inside-avoid">
      <h2 id={id} className="text-2xl font-bold print:text-[11pt]">
        {heading}
      </h2>
      {hint && <p className="no-print mb-3 mt-1">{hint}</p>}
      {children}
    </section>
  );
}

/**
 * The family emergency plan as a form that never submits: no action, no method, no names, no
 * submit button, and autocomplete off so the browser does not bring the values back on reload.
 * Printed, it is the plan for the home on one page and a wallet card per adult on the next;
 * with no script it prints blank, to be filled in by hand. enhance/plan.ts adds the rest.
 */
export async function FamilyPlanForm({ locale, region, lawyers, legalHelp }: Props) {
  const t = await getTranslations({ locale, namespace: 'plan' });
  const print = await getTranslations({ locale, namespace: 'print' });
  const pattern = (key: 'person' | 'child' | 'health' | 'adult') => t(key, { number: '{number}' });
  return (
    <form autoComplete="off" data-plan-form>
      <div data-plan-sheet="home">
        <p className="hidden text-[9pt] print:block">{t('keepPaper')}</p>
        <PlanSection id="plan-people" heading={t('peopleHeading')} hint={t('peopleHint')}>
          <PlanRowGroup
            kind="person"
            legend={(number) => t('person', { number })}
            legendPattern={pattern('person')}
            addLabel={t('addPerson')}
            printColumns="print:grid-cols-[2fr_1.3fr_1.5fr]"
            fields={[
              { key: 'name', label: t('name') },
              { key: 'relation', label: t('relation') },
              { key: 'phone', label: t('phone'), phone: true },
            ]}
          />
        </PlanSection>
        <PlanSection id="plan-children" heading={t('childrenHeading')} hint={t('childrenHint')}>
          <PlanRowGroup
            kind="child"
            legend={(number) => t('child', { number })}
            legendPattern={pattern('child')}
            addLabel={t('addChild')}
            printColumns="print:grid-cols-[1.3fr_1.4fr_1.3fr_1.2fr]"
            fields={[
              { key: 'name', label: t('childName') },
              { key: 'place', label: t('childPlace') },
              { key: 'pickup', label: t('pickupName') },
              { key: 'pickupPhone', label: t('pickupPhone'), phone: true },
            ]}
          />
        </PlanSection>
        <PlanSection id="plan-lawyer" heading={t('lawyerHeading')}>
          <div data-plan-pick className="mt-2 flex flex-col gap-1">
            <label htmlFor="plan-lawyer-pick" className="text-base font-semibold print:text-[7.5pt] print:font-normal">
              {t('lawyerPick')}
            </label>
            <select id="plan-lawyer-pick" autoComplete="off" className={`${planInput} print:appearance-none`}>
              <option value="">{t('lawyerPickNone')}</option>
              {lawyers.map((lawyer) => (
                <option key={lawyer.contact.id} value={lawyer.contact.id} data-name={lawyer.contact.name} data-phone={lawyer.phone.display}>
                  {`${lawyer.contact.name} · ${lawyer.phone.display} · ${verificationLabel(lawyer, locale, print)}`}
                </option>
              ))}
            </select>
          </div>
          <p className="no-print mt-2">
            <a href={legalHelp} className="inline-flex tap-target items-center font-semibold">
              {t('lawyerFind', { region: regionName(region, locale) })}
            </a>
          </p>
          <div className="mt-3 grid grid-cols-fit gap-3 print:mt-0 print:grid-cols-[2fr_1.5fr] print:gap-x-[3mm]">
            <PlanField id="plan-lawyer-name" field="lawyer-name" label={t('lawyerName')} />
            <PlanField id="plan-lawyer-phone" field="lawyer-phone" label={t('lawyerPhone')} phone />
          </div>
        </PlanSection>
        <PlanSection id="plan-health" heading={t('healthHeading')}>
          <PlanRowGroup
            kind="health"
            legend={(number) => t('health', { number })}
            legendPattern={pattern('health')}
            addLabel={t('addHealth')}
            printColumns="print:grid-cols-[1fr_1.6fr_1.3fr_1.2fr]"
            fields={[
              { key: 'who', label: t('forWhom') },
              { key: 'medicine', label: t('medicine') },
              { key: 'doctor', label: t('doctor') },
              { key: 'doctorPhone', label: t('doctorPhone'), phone: true },
            ]}
          />
        </PlanSection>
        <PlanSection id="plan-papers" heading={t('papersHeading')} hint={t('papersHint')}>
          <div className="grid grid-cols-fit gap-3 print:grid-cols-2 print:gap-x-[3mm] print:gap-y-[1mm]">
            <PlanField id="plan-papers-ids" field="ids" label={t('idPapers')} />
            <PlanField id="plan-papers-births" field="births" label={t('birthCertificates')} />
            <PlanField id="plan-papers-immigration" field="immigration" label={t('aNumbers')} />
            <PlanField id="plan-papers-guardian" field="guardian" label={t('guardianPapers')} />
          </div>
        </PlanSection>
        <PlanSection id="plan-care" heading={t('careHeading')} hint={t('careHint')}>
          <label htmlFor="plan-care-agreed" className="text-base font-semibold print:sr-only">
            {t('care')}
          </label>
          <textarea
            id="plan-care-agreed"
            rows={5}
            autoComplete="off"
            // Sentences typed in another script than the page's keep their punctuation in place.
            dir="auto"
            className="mt-1 block w-full rounded-md border-2 border-gray-600 bg-white px-3 py-2 text-lg print:h-[26mm] print:resize-none print:rounded-none print:border print:border-black print:px-[2mm] print:py-[1mm] print:text-[10pt]"
          />
        </PlanSection>
      </div>
      <PlanWalletCards locale={locale} />
    </form>
  );
}

import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { findRegion, getContent } from '@/lib/content';
import { noFilters, searchFromFilters } from '@/lib/contact-filter';
import { guardianNote, legalAidChoices } from '@/lib/family-plan';
import { siteConfig } from '@/site.config';
import { FamilyPlanForm } from '@/components/FamilyPlanForm';
import { GuardianNote } from '@/components/GuardianNote';
import { Notice } from '@/components/Notice';
import { PlanPrintSection } from '@/components/PlanPrintSection';
import { localePath } from '@/i18n/paths';
import { pageLocale } from '@/i18n/request';

export async function generateMetadata({ params }: PageProps<'/[locale]/plan'>): Promise<Metadata> {
  const t = await getTranslations({ locale: pageLocale((await params).locale), namespace: 'plan' });
  return { title: t('title'), description: t('intro') };
}

/** The family emergency plan: filled in on this page, printed, stored nowhere (enhance/plan.ts). */
export default async function PlanPage({ params }: PageProps<'/[locale]/plan'>) {
  const locale = pageLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: 'plan' });
  const content = getContent();
  const region = findRegion(content, siteConfig.homeRegion);
  if (!region) throw new Error(`siteConfig.homeRegion "${siteConfig.homeRegion}" is not a region in content/regions.yaml`);
  const note = guardianNote(content, locale);
  const legalHelp = localePath(locale, `/help/${region.id}/${searchFromFilters({ ...noFilters, kind: 'legal-aid', free: true })}`);
  return (
    <div data-module="plan" data-phone-invalid={t('phoneInvalid')}>
      <h1 className="mt-2 text-3xl font-bold print:mt-0 print:text-[16pt]">{t('title')}</h1>
      <p className="no-print mt-2 text-lg">{t('intro')}</p>
      <div className="no-print">
        <Notice>
          <h2 className="font-bold">{t('privacyHeading')}</h2>
          <p>{t('privacy1')}</p>
          <p>{t('privacy2')}</p>
          <p className="mt-1 font-semibold">{t('keepPaper')}</p>
        </Notice>
      </div>
      <FamilyPlanForm locale={locale} region={region} lawyers={legalAidChoices(content, region.id)} legalHelp={legalHelp} />
      <PlanPrintSection locale={locale} />
      {note && <GuardianNote note={note} locale={locale} legalHelp={legalHelp} />}
    </div>
  );
}

import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import type { ContactEntry } from '@/lib/content';
import { addressLines, afterCallText, hoursLines, mapHref, phoneLinks, reportHref, verificationMessage } from '@/lib/contact-display';
import { countryName, formatDate, formatList, languageName, textDirection } from '@/lib/locale';
import { siteConfig } from '@/site.config';
import { BreakableAddress } from './BreakableAddress';

type Props = { contact: ContactEntry; locale: Locale; headingLevel?: 'h3' | 'h4' };

/** One organisation or line: how to reach it, what it helps with, and how sure we are of it. */
export async function ContactCard({ contact, locale, headingLevel: Heading = 'h3' }: Props) {
  const t = await getTranslations('contact');
  const services = await getTranslations('services');
  const forms = await getTranslations('phoneForms');
  const phones = phoneLinks(contact);
  const hours = hoursLines(contact.hours, locale, t('everyDay'));
  const verification = verificationMessage(contact, (iso) => formatDate(iso, locale));
  const note = contact.notes?.[locale] ?? contact.notes?.en;
  const noteLang = contact.notes?.[locale] ? locale : 'en';
  return (
    <article
      id={contact.id}
      className="rounded-lg border border-gray-400 bg-white p-4 shadow-sm print:p-3"
      data-kind={contact.kind}
      data-country={contact.country ?? ''}
      data-languages={contact.languages.join(' ')}
      data-services={contact.services.join(' ')}
      data-cost={contact.cost}
    >
      {/* A name is in its organisation's own language, whatever the reader's: its own letters set its direction. */}
      <Heading dir="auto" className="text-xl font-bold leading-snug">
        {contact.name}
      </Heading>
      {contact.name_en && (
        <p lang="en" dir="ltr" className="text-base text-muted">
          {contact.name_en}
        </p>
      )}
      {contact.country && (
        <p className="text-base">
          {t('countryLabel')}: {countryName(contact.country, locale)}
        </p>
      )}

      {phones.length > 0 && (
        <ul className="mt-3 space-y-2">
          {phones.map((phone) => {
            const after = afterCallText(phone, forms);
            // As published (1-855-HELP-MY-FAMILY) with the digits it dials, then what to dial once answered.
            const parts = (
              <>
                {phone.vanity && (
                  <span className="text-xl font-bold" dir="ltr" data-vanity>
                    {phone.vanity}
                  </span>
                )}
                <span className="text-xl font-bold" dir="ltr">
                  {phone.display}
                </span>
                {after && <span className="text-xl font-bold">{after}</span>}
                <span className="text-base">{t(`labels.${phone.label}`)}</span>
              </>
            );
            return (
              <li key={phone.display + phone.label}>
                {phone.href ? (
                  <a
                    href={phone.href}
                    className="flex tap-target flex-wrap items-center gap-x-3 rounded-md bg-brand px-4 py-2 text-white no-underline hover:bg-brand-dark print:px-0 print:py-0"
                  >
                    {parts}
                  </a>
                ) : (
                  <p className="flex flex-wrap items-center gap-x-3 px-1">{parts}</p>
                )}
              </li>
            );
          })}
        </ul>
      )}

      <p
        data-verification={verification.key}
        className={`mt-3 rounded px-3 py-2 text-base font-semibold ${verification.key === 'verified' ? 'bg-green-50 text-green-900' : 'bg-warn text-ink'}`}
      >
        {t(verification.key, { date: verification.values.date ?? '', method: verification.values.method ? t(`method.${verification.values.method}`) : '' })}
      </p>

      <dl className="mt-3 space-y-2 text-base">
        {note && (
          <div>
            <dt className="font-semibold">{t('notesLabel')}</dt>
            <dd lang={noteLang} dir={textDirection(noteLang)}>
              {note}
            </dd>
          </div>
        )}
        {contact.services.length > 0 && (
          <div>
            <dt className="font-semibold">{t('services')}</dt>
            <dd>
              {formatList(
                contact.services.map((service) => services(service)),
                locale,
              )}
            </dd>
          </div>
        )}
        {hours && (
          <div>
            <dt className="font-semibold">{t('hours')}</dt>
            <dd>
              {hours === 'always'
                ? t('allDay')
                : hours.map((line) => (
                    <span key={line} className="block">
                      {line}
                    </span>
                  ))}
            </dd>
          </div>
        )}
        {contact.languages.length > 0 && (
          <div>
            <dt className="font-semibold">{t('languages')}</dt>
            <dd>
              {formatList(
                contact.languages.map((code) => languageName(code, locale)),
                locale,
              )}
            </dd>
          </div>
        )}
        <div>
          <dt className="font-semibold">{t('costLabel')}</dt>
          <dd>{t(`cost.${contact.cost}`)}</dd>
        </div>
        {contact.address && (
          <div>
            <dt className="font-semibold">{t('address')}</dt>
            <dd>
              <span dir="ltr" className="block">
                {addressLines(contact.address).join(', ')}
              </span>
              <a href={mapHref(contact.address)} rel="noopener noreferrer" className="no-print inline-flex tap-target items-center">
                {t('openMap')}
              </a>
            </dd>
          </div>
        )}
        {contact.website && (
          <div>
            <dt className="font-semibold">{t('website')}</dt>
            <dd>
              <a href={contact.website} rel="noopener noreferrer" className="inline-flex tap-target items-center wrap-anywhere" dir="ltr">
                <span>
                  <BreakableAddress address={contact.website.replace(/^https:\/\//, '').replace(/\/$/, '')} />
                </span>
              </a>
            </dd>
          </div>
        )}
        {contact.email && (
          <div>
            <dt className="font-semibold">{t('email')}</dt>
            <dd>
              <a href={`mailto:${contact.email}`} className="inline-flex tap-target items-center wrap-anywhere" dir="ltr">
                <span>
                  <BreakableAddress address={contact.email} />
                </span>
              </a>
            </dd>
          </div>
        )}
        <div>
          <dt className="font-semibold">{t('source')}</dt>
          <dd data-source>
            {contact.sources.map((source) => (
              <span key={source.url} className="block">
                <a href={source.url} rel="noopener noreferrer" className="break-all" dir="ltr">
                  {new URL(source.url).hostname.replace(/^www\./, '')}
                </a>{' '}
                <span className="text-muted">({t('sourceRetrieved', { date: formatDate(source.retrieved, locale) })})</span>
              </span>
            ))}
          </dd>
        </div>
      </dl>

      <p className="no-print mt-3 flex flex-wrap gap-x-4">
        <a href={`/vcard/${contact.id}.vcf`} download className="inline-flex tap-target items-center font-semibold">
          {t('addToContacts')}
        </a>
        <a href={reportHref(siteConfig.reportEmail, t('reportSubject', { id: contact.id }))} className="inline-flex tap-target items-center">
          {t('report')}
        </a>
      </p>
    </article>
  );
}

import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import type { ContactEntry } from '@/lib/content';
import { contactKinds, type Service } from '@/lib/content/schema';
import { countryName, languageName } from '@/lib/locale';
import { ContactCard } from './ContactCard';
import { ContactFilterPanel } from './ContactFilterPanel';

const groupHeading = { hotline: 'callNow', 'legal-aid': 'legalAid', consulate: 'consulates', government: 'government', community: 'community' } as const;

/** Contacts grouped the way a frightened reader looks for them, with jump links between groups. */
export async function ContactDirectory({ contacts, locale }: { contacts: ContactEntry[]; locale: Locale }) {
  const t = await getTranslations('help');
  const f = await getTranslations('filters');
  const kindLabel = await getTranslations('kinds');
  const serviceLabel = await getTranslations('services');
  const collator = new Intl.Collator(locale);
  const options = <T extends string>(values: Iterable<T>, label: (value: T) => string) =>
    [...new Set(values)].map((value) => ({ value, label: label(value) })).sort((a, b) => collator.compare(a.label, b.label));
  const groups = contactKinds
    .map((kind) => {
      const members = contacts.filter((contact) => contact.kind === kind);
      if (kind === 'consulate') members.sort((a, b) => collator.compare(countryName(a.country ?? '', locale), countryName(b.country ?? '', locale)));
      return { kind, members };
    })
    .filter((group) => group.members.length > 0);
  return (
    <div data-directory>
      <ContactFilterPanel
        labels={{
          heading: f('heading'),
          type: f('type'),
          any: f('any'),
          country: f('country'),
          language: f('language'),
          service: f('service'),
          freeOnly: f('freeOnly'),
          clear: f('clear'),
          none: f('none'),
          showing: f.raw('showing') as string,
        }}
        kinds={groups.map(({ kind }) => ({ value: kind, label: kindLabel(kind) }))}
        countries={options(
          contacts.flatMap((contact) => (contact.country ? [contact.country] : [])),
          (code) => countryName(code, locale),
        )}
        languages={options(
          contacts.flatMap((contact) => contact.languages),
          (code) => languageName(code, locale),
        )}
        services={options(
          contacts.flatMap((contact) => contact.services),
          (service: Service) => serviceLabel(service),
        )}
      />
      <nav aria-label={t('jumpTo')} className="no-print my-4">
        <ul className="flex flex-wrap gap-2">
          {groups.map(({ kind, members }) => (
            <li key={kind}>
              <a href={`#group-${kind}`} className="inline-flex tap-target items-center rounded-full border-2 border-brand px-4 font-semibold no-underline">
                {t(groupHeading[kind])} ({members.length})
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {groups.map(({ kind, members }) => (
        <section key={kind} id={`group-${kind}`} aria-labelledby={`heading-${kind}`} className="mt-8" data-group={kind}>
          <h2 id={`heading-${kind}`} className="mb-3 text-2xl font-bold">
            {t(groupHeading[kind])}
          </h2>
          <ul className="space-y-4">
            {members.map((contact) => (
              <li key={contact.id}>
                <ContactCard contact={contact} locale={locale} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { localePath } from '@/i18n/paths';

/** The four emergencies, first on the home page: one tap to the right page. */
const emergencies = [
  { key: 'door', href: 'rights/agents-at-door/', icon: 'M4 21V4a1 1 0 0 1 1-1h14a1 1 0 0 1 1 1v17M2 21h20M15 12h.01' },
  { key: 'stopped', href: 'rights/stopped-on-street/', icon: 'M12 2v4M5 8h14l-1.5 6h-11zM7 14v5M17 14v5M4 19h16' },
  { key: 'detained', href: 'rights/find-detained-person/', icon: 'M4 3v18M9 3v18M14 3v18M19 3v18M2 3h20M2 21h20' },
  {
    key: 'helpNow',
    href: 'help/',
    icon: 'M22 16.9v3a2 2 0 0 1-2.2 2 19.8 19.8 0 0 1-8.6-3.1 19.5 19.5 0 0 1-6-6A19.8 19.8 0 0 1 2.1 4.2 2 2 0 0 1 4.1 2h3a2 2 0 0 1 2 1.7c.1.9.4 1.8.7 2.7a2 2 0 0 1-.5 2.1L8 9.8a16 16 0 0 0 6 6l1.3-1.3a2 2 0 0 1 2.1-.4c.9.3 1.8.6 2.7.7a2 2 0 0 1 1.7 2z',
  },
] as const;

export async function EmergencyButtons({ locale }: { locale: Locale }) {
  const t = await getTranslations('home');
  return (
    <>
      <ul className="grid grid-cols-fit gap-3">
        {emergencies.map(({ key, href, icon }) => (
          <li key={key}>
            <a
              href={localePath(locale, `/${href}`)}
              className="flex min-h-20 items-center gap-4 rounded-lg bg-urgent px-4 py-3 text-xl font-bold text-white no-underline shadow hover:bg-urgent-dark print:min-h-0 print:border-2 print:border-black print:py-1"
            >
              <svg aria-hidden="true" viewBox="0 0 24 24" className="h-9 w-9 shrink-0 fill-none stroke-current stroke-2">
                <path d={icon} strokeLinecap="round" strokeLinejoin="round" />
              </svg>
              <span>{t(key)}</span>
            </a>
          </li>
        ))}
      </ul>
      <a
        href={localePath(locale, '/card/')}
        className="mt-3 flex min-h-16 flex-col justify-center rounded-lg border-4 border-ink bg-white px-4 py-2 text-ink no-underline hover:bg-wash"
      >
        <span className="text-xl font-bold">{t('cardLink')}</span>
        <span className="text-base">{t('cardHint')}</span>
      </a>
    </>
  );
}

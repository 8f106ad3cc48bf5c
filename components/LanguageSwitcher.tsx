type Props = { current: string; label: string; languages: { locale: string; name: string }[] };

/**
 * Links to the same page in every language, in a <details> that opens without JavaScript;
 * enhance/language-menu.ts also closes it on Escape, on a tap elsewhere and when the focus leaves.
 * A layout does not know which page it wraps, so each link is rendered to the language's home
 * with `data-same-page`, and the build points it at the same page (scripts/lib/same-page-links.ts).
 */
export function LanguageSwitcher({ current, label, languages }: Props) {
  const currentName = languages.find((language) => language.locale === current)?.name;
  return (
    // The menu is placed against the header row, not this button, so it stays on screen when the
    // button wraps to the start of a second row on a narrow phone.
    <details data-module="language-menu">
      <summary className="flex tap-target cursor-pointer list-none items-center gap-2 rounded-md border-2 border-white/70 px-3 py-1 font-semibold text-white [&::-webkit-details-marker]:hidden">
        <svg aria-hidden="true" viewBox="0 0 24 24" className="h-5 w-5 fill-none stroke-current stroke-2">
          <circle cx="12" cy="12" r="9" />
          <path d="M3 12h18M12 3c2.5 2.7 3.5 5.7 3.5 9s-1 6.3-3.5 9c-2.5-2.7-3.5-5.7-3.5-9s1-6.3 3.5-9z" />
        </svg>
        <span className="sr-only">{label}: </span>
        <span>{currentName}</span>
      </summary>
      <ul className="on-light absolute end-4 z-40 mt-2 grid w-80 max-w-[calc(100%-2rem)] grid-cols-2 rounded-md border border-gray-300 bg-white py-1 shadow-xl">
        {languages.map(({ locale, name }) => (
          <li key={locale}>
            <a
              href={`/${locale}/`}
              data-same-page
              lang={locale}
              hrefLang={locale}
              aria-current={locale === current ? 'true' : undefined}
              className="block tap-target px-4 py-2 text-lg text-ink no-underline hover:bg-wash aria-[current]:font-bold"
            >
              {name}
            </a>
          </li>
        ))}
      </ul>
    </details>
  );
}

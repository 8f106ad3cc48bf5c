import type { ReactNode } from 'react';

type Props = {
  note: string;
  back: { href: string; label: string };
  other?: { href: string; label: string; hrefLang?: string; intro: string };
  children?: ReactNode;
};

/** The on-screen help above a print-first document: how to print it and the way back. Never printed. */
export function PrintScreenBar({ note, back, other, children }: Props) {
  return (
    <div className="no-print border-b-2 border-brand bg-blue-50 text-ink">
      <div className="mx-auto max-w-3xl space-y-2 px-4 py-3 text-base">
        <p className="font-semibold">{note}</p>
        {children}
        <p className="flex flex-wrap gap-x-5">
          <a href={back.href} className="inline-flex tap-target items-center font-semibold">
            {back.label}
          </a>
          {other && (
            <span className="inline-flex tap-target items-center gap-x-2">
              {other.intro}{' '}
              <a href={other.href} hrefLang={other.hrefLang} className="inline-flex tap-target items-center font-semibold">
                {other.label}
              </a>
            </span>
          )}
        </p>
      </div>
    </div>
  );
}

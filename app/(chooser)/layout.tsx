import type { Metadata, Viewport } from 'next';
import { getTranslations } from 'next-intl/server';
import { THEME_COLOR } from '@/lib/offline/web-app-manifest';
import '../globals.css';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations({ locale: 'en', namespace: 'site' });
  return { title: `${t('name')} · ${t('chooseLanguage')}`, description: t('tagline'), referrer: 'no-referrer' };
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: THEME_COLOR };

/** The language chooser at / belongs to no language, so it has its own document shell. */
export default function ChooserLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en" dir="ltr">
      <body className="min-h-screen print:min-h-0">{children}</body>
    </html>
  );
}

import { getTranslations } from 'next-intl/server';
import { locales } from '@/i18n/routing';
import { textDirection } from '@/lib/locale';
import { webAppManifest } from '@/lib/offline/web-app-manifest';
import { pageLocale } from '@/i18n/request';

export const dynamic = 'force-static';

export function generateStaticParams() {
  return locales.map((locale) => ({ locale }));
}

/** /<locale>/manifest.webmanifest: "add to home screen" opens the reader's language. */
export async function GET(_request: Request, { params }: RouteContext<'/[locale]/manifest.webmanifest'>) {
  const locale = pageLocale((await params).locale);
  const site = await getTranslations({ locale, namespace: 'site' });
  const offline = await getTranslations({ locale, namespace: 'offline' });
  const manifest = webAppManifest({ locale, dir: textDirection(locale), name: site('name'), shortName: offline('appShortName'), description: site('tagline') });
  return new Response(JSON.stringify(manifest), { headers: { 'Content-Type': 'application/manifest+json' } });
}

/** The web app manifest of one language: adding the site to a home screen opens that language. */

/** The brand colour for browser chrome and home-screen icons; app/globals.css --color-brand is the same (a test keeps them equal). */
export const THEME_COLOR = '#0b3d91';

type Input = { locale: string; dir: 'ltr' | 'rtl'; name: string; shortName: string; description: string };

export function webAppManifest({ locale, dir, name, shortName, description }: Input) {
  const home = `/${locale}/`;
  return {
    id: home,
    name,
    short_name: shortName,
    description,
    lang: locale,
    dir,
    start_url: home,
    scope: home,
    display: 'standalone',
    theme_color: THEME_COLOR,
    background_color: '#ffffff',
    icons: [
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      // The glyph sits inside the maskable safe zone, so the same picture can be cropped to any shape.
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      { src: '/icons/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
    ],
  };
}

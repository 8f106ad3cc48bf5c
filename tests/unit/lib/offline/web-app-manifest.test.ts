import { describe, expect, it } from 'vitest';
import { THEME_COLOR, webAppManifest } from '@/lib/offline/web-app-manifest';

describe('adding the site to a home screen', () => {
  const arabic = webAppManifest({ locale: 'ar', dir: 'rtl', name: 'اعرف حقوقك', shortName: 'حقوقك', description: '…' });

  it('opens the language it was added from, and stays in it', () => {
    expect(arabic).toMatchObject({ start_url: '/ar/', scope: '/ar/', id: '/ar/', lang: 'ar', dir: 'rtl' });
  });

  it('uses the brand colours and offers 192 and 512 pixel icons, one maskable', () => {
    expect(arabic).toMatchObject({ theme_color: THEME_COLOR, background_color: '#ffffff', display: 'standalone' });
    const sizes = arabic.icons.map((icon) => icon.sizes);
    expect(sizes).toContain('192x192');
    expect(sizes).toContain('512x512');
    expect(arabic.icons.some((icon) => icon.purpose === 'maskable')).toBe(true);
  });
});

describe('the brand colour', () => {
  it('is the same in the page styles as in the browser chrome and home-screen manifest', async () => {
    const { readFileSync } = await import('node:fs');
    const css = readFileSync(new URL('../../../../app/globals.css', import.meta.url), 'utf8');
    expect(/--color-brand:\s*(#[0-9a-f]{6})/i.exec(css)?.[1]?.toLowerCase()).toBe(THEME_COLOR.toLowerCase());
  });
});

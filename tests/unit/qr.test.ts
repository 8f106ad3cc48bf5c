import { describe, expect, it } from 'vitest';
import { qrSvg, siteAddress } from '@/lib/qr';

describe('the QR code on a printed flyer', () => {
  it('opens the site in the flyer language', () => {
    expect(siteAddress('https://kyr.example.org', 'ar')).toBe('https://kyr.example.org/ar/');
    expect(siteAddress('https://kyr.example.org/', 'zh')).toBe('https://kyr.example.org/zh/');
  });

  it('is plain SVG with black modules on white, and nothing that runs', async () => {
    const svg = await qrSvg('https://kyr.example.org/es/');
    expect(svg.trim()).toMatch(/^<svg [^>]*viewBox="0 0 \d+ \d+"[^>]*>[\s\S]*<\/svg>$/);
    expect(svg).toContain('stroke="#000000"');
    expect(svg).not.toMatch(/<script|\son[a-z]+=|style=|href=/i);
  });

  it('is the same code every build', async () => {
    expect(await qrSvg('https://kyr.example.org/es/')).toBe(await qrSvg('https://kyr.example.org/es/'));
  });
});

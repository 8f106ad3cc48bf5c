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

  it('is the same code in another build: a separate process makes the same SVG, so a reprint matches the flyer', async () => {
    const { execFileSync } = await import('node:child_process');
    const path = await import('node:path');
    const repo = path.resolve(import.meta.dirname, '../..');
    const script = "import('./lib/qr.ts').then(async (m) => process.stdout.write(await m.qrSvg('https://kyr.example.org/es/')))";
    const other = execFileSync(path.join(repo, 'node_modules/.bin/tsx'), ['-e', script], { cwd: repo, encoding: 'utf8' });
    expect(other).toBe(await qrSvg('https://kyr.example.org/es/'));
    expect(other).toContain('<svg');
  });
});

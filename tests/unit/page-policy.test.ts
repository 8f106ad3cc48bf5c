import { createHash } from 'node:crypto';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { policyConflicts, secureExportedSite, withPolicyMeta } from '../../scripts/lib/page-policy';
import { editorHeaders, editorPolicy, headerPolicy, headersFile, pagePolicy, securityHeaders } from '../../scripts/lib/security-headers';

const sha = (text: string) => createHash('sha256').update(text, 'utf8').digest('base64');
const page = (head: string, body = '') => `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>${head}</head><body>${body}</body></html>`;
/** A page as it leaves the earlier post-build steps: a stylesheet and module files, nothing inline. */
const exported = page(
  '<link rel="stylesheet" href="/_next/static/css/a.css"/><script type="module" src="/_enhance/language-menu.AB12.js"></script>',
  '<main>Hi</main>',
);
const metaPolicy = (html: string) => /<meta http-equiv="Content-Security-Policy" content="([^"]*)"\/>/.exec(html)?.[1];

describe("a page gets a policy that allows scripts only from this site's files", () => {
  it('puts the policy right after <meta charset>, before any stylesheet or script', () => {
    const secured = withPolicyMeta(exported);
    const at = secured.indexOf('<meta http-equiv="Content-Security-Policy"');
    expect(at).toBe(secured.indexOf('<meta charSet="utf-8"/>') + '<meta charSet="utf-8"/>'.length);
    expect(at).toBeLessThan(secured.indexOf('<link'));
    expect(at).toBeLessThan(secured.indexOf('<script'));
  });

  it('names no script hash and allows no inline code or eval', () => {
    const policy = metaPolicy(withPolicyMeta(exported))!;
    expect(policy).toContain("script-src 'self';");
    expect(policy).not.toMatch(/sha256|unsafe-inline|unsafe-eval/);
    for (const directive of [
      "default-src 'self'",
      "style-src 'self'",
      "img-src 'self' data:",
      "connect-src 'self'",
      "worker-src 'self'",
      "manifest-src 'self'",
      "object-src 'none'",
      "base-uri 'none'",
      "form-action 'self'",
    ])
      expect(policy).toContain(directive);
    // Browsers ignore frame-ancestors in a <meta> and complain in the console: it belongs in the header.
    expect(policy).not.toContain('frame-ancestors');
  });

  it('replaces its own earlier policy when run twice, so a rebuilt page is not left with stale hashes', () => {
    const once = withPolicyMeta(page('<style>.a{}</style>'));
    const twice = withPolicyMeta(once.replace('.a{}', '.b{}'));
    expect(twice.match(/http-equiv="Content-Security-Policy"/g)).toHaveLength(1);
    expect(metaPolicy(twice)).toContain(sha('.b{}'));
    expect(metaPolicy(twice)).not.toContain(sha('.a{}'));
  });

  it('names a <style> block by its hash', () => {
    expect(pagePolicy({ styleHashes: ['abc='] })).toContain("style-src 'self' 'sha256-abc='");
    expect(metaPolicy(withPolicyMeta(page('<style>.qr{fill:#000}</style>')))).toContain(`'sha256-${sha('.qr{fill:#000}')}'`);
  });

  it('refuses a page that loads something before the policy could govern it', () => {
    const early = '<!DOCTYPE html><html><head><script src="/early.js"></script><meta charset="utf-8"/></head><body></body></html>';
    expect(() => withPolicyMeta(early)).toThrow(/before <meta charset>/);
  });
});

describe('markup the policy would block stops the build instead of breaking a page', () => {
  it('finds inline scripts, inline style attributes, inline event handlers and javascript: links', () => {
    expect(policyConflicts(page('', '<script>go()</script>'))).toEqual([
      expect.stringMatching(/inline <script> \(go\(\)\); put the behaviour in a module under enhance\//),
    ]);
    expect(policyConflicts(page('', '<div style="color:red">x</div>'))).toEqual([expect.stringMatching(/<div> has a style="..." attribute/)]);
    expect(policyConflicts(page('', '<button onclick="go()">x</button>'))).toEqual([expect.stringMatching(/inline event handler \(onclick=\)/)]);
    expect(policyConflicts(page('', '<a href="javascript:go()">x</a>'))).toEqual([expect.stringMatching(/javascript:/)]);
  });

  it('lets a page load module files', () => {
    expect(policyConflicts(exported)).toEqual([]);
  });

  it('lists every offending page by name when securing a whole export', () => {
    const out = mkdtempSync(path.join(tmpdir(), 'kyr-out-'));
    mkdirSync(path.join(out, 'en'));
    writeFileSync(path.join(out, 'en', 'index.html'), page('', '<p style="margin:0">x</p>'));
    writeFileSync(path.join(out, 'index.html'), exported);
    expect(() => secureExportedSite(out)).toThrow(/en\/index\.html: a <p> has a style/);
  });
});

describe("securing an export writes every page and the hosts' _headers file", () => {
  it('adds a policy to every HTML file, nested or not, and writes _headers', () => {
    const out = mkdtempSync(path.join(tmpdir(), 'kyr-out-'));
    mkdirSync(path.join(out, 'es', 'help'), { recursive: true });
    writeFileSync(path.join(out, 'index.html'), exported);
    writeFileSync(path.join(out, '404.html'), page(''));
    writeFileSync(path.join(out, 'es', 'help', 'index.html'), exported);
    const report = secureExportedSite(out);
    expect(report.pages).toBe(3);
    for (const file of ['index.html', '404.html', 'es/help/index.html']) expect(metaPolicy(readFileSync(path.join(out, file), 'utf8'))).toBeDefined();
    expect(readFileSync(path.join(out, '_headers'), 'utf8')).toBe(headersFile());
  });
});

describe('the headers every response carries', () => {
  const file = headersFile();

  it('apply to every path in the _headers format Netlify and Cloudflare Pages read', () => {
    const lines = file.split('\n');
    const start = lines.indexOf('/*');
    expect(start).toBeGreaterThan(-1);
    for (const [name, value] of Object.entries(securityHeaders)) expect(lines).toContain(`  ${name}: ${value}`);
    // Cloudflare Pages ignores lines over 2,000 characters.
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(2_000);
  });

  it('forbid framing, referrers, MIME sniffing and powerful features', () => {
    expect(securityHeaders['Referrer-Policy']).toBe('no-referrer');
    expect(securityHeaders['X-Content-Type-Options']).toBe('nosniff');
    expect(securityHeaders['X-Frame-Options']).toBe('DENY');
    for (const feature of ['geolocation', 'camera', 'microphone', 'payment', 'usb']) expect(securityHeaders['Permissions-Policy']).toContain(`${feature}=()`);
    expect(headerPolicy).toContain("frame-ancestors 'none'");
    expect(headerPolicy).not.toContain('unsafe-eval');
    expect(headerPolicy).toContain("script-src 'self';");
  });

  it('carry every directive of a page policy, so the two policies never disagree on anything but inline styles', () => {
    const page = pagePolicy({ styleHashes: ['abc='] }).split('; ');
    const header = headerPolicy.split('; ');
    for (const directive of page) {
      const name = directive.split(' ')[0];
      const inHeader = header.find((candidate) => candidate.split(' ')[0] === name);
      expect(inHeader, name).toBeDefined();
      if (name === 'style-src') expect(inHeader).toBe("style-src 'self' 'unsafe-inline'");
      else expect(inHeader).toBe(directive);
    }
  });

  it('are the ones `npm start` and the end-to-end tests serve (serve.json)', () => {
    const serve = JSON.parse(readFileSync('serve.json', 'utf8')) as { headers: { source: string; headers: { key: string; value: string }[] }[] };
    const everywhere = serve.headers.find((rule) => rule.source === '**');
    expect(Object.fromEntries(everywhere!.headers.map(({ key, value }) => [key, value]))).toEqual(securityHeaders);
    // The editor's own values come after, so they replace the readers' under /admin/ only.
    const editor = serve.headers.findIndex((rule) => rule.source === 'admin/**');
    expect(editor).toBeGreaterThan(serve.headers.indexOf(everywhere!));
    expect(Object.fromEntries(serve.headers[editor].headers.map(({ key, value }) => [key, value]))).toEqual(editorHeaders);
  });
});

describe('the volunteers’ editor at /admin/', () => {
  it('gets its own policy there, after the site-wide rule, and nowhere else', () => {
    const lines = headersFile().split('\n');
    const start = lines.indexOf('/admin/*');
    expect(start).toBeGreaterThan(lines.indexOf('/*'));
    for (const [name, value] of Object.entries(editorHeaders))
      expect(lines.slice(start + 1, start + 1 + Object.keys(editorHeaders).length)).toContain(`  ${name}: ${value}`);
  });

  it('allows the eval Decap needs, and still no other site’s scripts and no framing', () => {
    expect(editorPolicy).toContain("script-src 'self' 'unsafe-eval';");
    expect(editorPolicy).toContain("frame-ancestors 'none'");
    expect(editorPolicy).toContain("object-src 'none'");
    expect(headerPolicy).not.toContain('unsafe-eval');
  });
});

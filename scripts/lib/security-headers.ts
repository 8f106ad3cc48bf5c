/**
 * The site's security policy, in one place: the Content-Security-Policy directives every page
 * shares, and the HTTP headers a host sends with every response (`out/_headers`, serve.json).
 *
 * Two policies reach a browser, and it enforces both (a resource must satisfy each):
 * - a <meta> CSP in every page (scripts only from this site's files, inline <style> blocks by
 *   their sha256; see page-policy.ts), which works on every host, even one that sets no headers;
 * - the header CSP below, the same for every path, which adds what a <meta> cannot carry
 *   (frame-ancestors). No page has an inline script, so it allows scripts from 'self' only. Inline
 *   styles differ from page to page, and per-path header CSPs with each page's hashes would need
 *   one _headers rule per page (Cloudflare Pages allows 100, we have more pages, and hosts disagree
 *   on how overlapping rules combine), so the header allows inline styles ('unsafe-inline') and the
 *   <meta> narrows them to the page's own hashed <style> blocks.
 */
import { EDITOR_DIRECTORY } from '../../lib/editor-path';

/** Directives both policies share. */
const shared: [directive: string, ...sources: string[]][] = [
  ['default-src', "'self'"],
  // No inline style attributes are rendered (postbuild fails if one appears), and <style> blocks
  // are named by hash, so styles need no 'unsafe-inline' in a page's policy.
  ['style-src', "'self'"],
  // data: for inline SVG/PNG images such as QR codes on printed pages.
  ['img-src', "'self'", 'data:'],
  ['connect-src', "'self'"],
  ['worker-src', "'self'"],
  ['manifest-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'self'"],
];

const serialize = (directives: string[][]) => directives.map((parts) => parts.join(' ')).join('; ');

/** The <meta> policy of one page: scripts from this site's files, its <style> blocks (if any) by hash. */
export function pagePolicy({ styleHashes = [] }: { styleHashes?: string[] } = {}): string {
  const quote = (hash: string) => `'sha256-${hash}'`;
  return serialize([
    shared[0],
    ['script-src', "'self'"],
    ...shared
      .slice(1)
      .map(([directive, ...sources]) => (directive === 'style-src' ? [directive, ...sources, ...styleHashes.map(quote)] : [directive, ...sources])),
  ]);
}

/** The header policy, the same for every response: see the comment at the top for 'unsafe-inline'. */
export const headerPolicy = serialize([
  shared[0],
  ['script-src', "'self'"],
  ...shared.slice(1).map(([directive, ...sources]) => (directive === 'style-src' ? [directive, ...sources, "'unsafe-inline'"] : [directive, ...sources])),
  ['frame-ancestors', "'none'"],
]);

/**
 * Powerful features no page uses, switched off so that no script, ours or injected, can ask for
 * them. Fullscreen, screen wake lock, clipboard and web share stay allowed: the "show this to the
 * agent" card and sharing a number may want them. Only names Chromium knows: an unknown one (such as
 * bluetooth) is reported as an error in the console of every page.
 */
const disabledFeatures = [
  'accelerometer',
  'autoplay',
  'camera',
  'display-capture',
  'geolocation',
  'gyroscope',
  'hid',
  'idle-detection',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'serial',
  'usb',
  'xr-spatial-tracking',
];

/** Headers every response carries, on every host that lets us set them. */
export const securityHeaders: Record<string, string> = {
  'Content-Security-Policy': headerPolicy,
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Permissions-Policy': disabledFeatures.map((feature) => `${feature}=()`).join(', '),
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/**
 * The editor at /admin/ (Decap CMS, for volunteers, never for readers) needs what reader pages
 * must never allow, so it has a policy of its own, sent for /admin/ only:
 * - 'unsafe-eval': Decap checks its configuration with Ajv, which compiles its checks with
 *   `new Function` (and its bundle runs WebAssembly);
 * - inline styles: its interface is styled by Emotion, which writes <style> tags as it runs;
 * - connect-src: decap-server on this computer for `npm run admin` (Decap's fixed local address)
 *   and GitHub's API for the real deployment;
 * - img-src: the volunteer's GitHub avatar, and previews Decap makes as blob: URLs;
 * - Cross-Origin-Opener-Policy same-origin-allow-popups: signing in opens the OAuth provider in a
 *   popup that hands the token back to this page.
 */
export const editorPolicy = serialize([
  ['default-src', "'self'"],
  ['script-src', "'self'", "'unsafe-eval'"],
  ['style-src', "'self'", "'unsafe-inline'"],
  ['img-src', "'self'", 'data:', 'blob:', 'https://avatars.githubusercontent.com'],
  ['connect-src', "'self'", 'http://localhost:8081', 'https://api.github.com'],
  ['worker-src', "'self'", 'blob:'],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'self'"],
  ['frame-ancestors', "'none'"],
]);

/** What /admin/ sends instead of the readers' values; every other security header is the same. */
export const editorHeaders: Record<string, string> = {
  'Content-Security-Policy': editorPolicy,
  'Cross-Origin-Opener-Policy': 'same-origin-allow-popups',
  'X-Robots-Tag': 'noindex',
};

/**
 * `out/_headers` for Netlify and Cloudflare Pages: the security headers on every path, and the
 * editor's own values for /admin/ (a later, more specific rule; see the README for hosts that
 * join the values of both rules instead of replacing them).
 */
export function headersFile(): string {
  return [
    '# Generated after the build by scripts/postbuild.ts from scripts/lib/security-headers.ts; edit that file, not this one.',
    '# Every page also carries its own <meta> Content-Security-Policy, with the hashes of its inline styles.',
    '/*',
    ...Object.entries(securityHeaders).map(([name, value]) => `  ${name}: ${value}`),
    '/vcard/*',
    '  Content-Type: text/vcard; charset=utf-8',
    `/${EDITOR_DIRECTORY}/*`,
    ...Object.entries(editorHeaders).map(([name, value]) => `  ${name}: ${value}`),
    // A new build must reach readers on their next visit: the worker is never taken from a cache.
    '/sw.js',
    '  Cache-Control: no-cache',
    '',
  ].join('\n');
}

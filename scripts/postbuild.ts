/**
 * Steps after `next build` over out/. The Content-Security-Policy step rewrites every page, so it
 * runs before any step that fingerprints out/ (a service worker's precache list would otherwise
 * record pages as they were before their policy was added).
 */
import { writeFileSync } from 'node:fs';
import { secureExportedSite } from './lib/page-policy';
import { sourceStamp } from './lib/source-stamp';

const policy = secureExportedSite('out');
console.log(`postbuild: Content-Security-Policy added to ${policy.pages} pages (${policy.scriptHashes} inline script hashes, largest <meta> ${policy.largestPolicy} bytes); out/_headers written.`);
writeFileSync('out/.build-stamp', sourceStamp());
console.log('postbuild: out/ is ready.');

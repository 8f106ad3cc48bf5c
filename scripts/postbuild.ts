/**
 * Steps after `next build` over out/. The Content-Security-Policy step rewrites every page, so it
 * runs before the service worker step, which fingerprints out/ (its precache list would otherwise
 * record pages as they were before their policy was added). The stamp comes last, so `npm start`
 * knows the build is current.
 */
import { writeFileSync } from 'node:fs';
import { locales } from '../i18n/routing';
import { secureExportedSite } from './lib/page-policy';
import { writeServiceWorker } from './lib/service-worker-build';
import { sourceStamp } from './lib/source-stamp';

const policy = secureExportedSite('out');
console.log(`postbuild: Content-Security-Policy added to ${policy.pages} pages (${policy.scriptHashes} inline script hashes, largest <meta> ${policy.largestPolicy} bytes); out/_headers written.`);
const offline = await writeServiceWorker('out', locales);
console.log(`postbuild: service worker for build ${offline.build} (npm run offline:size reports what it caches).`);
writeFileSync('out/.build-stamp', sourceStamp());
console.log('postbuild: out/ is ready.');

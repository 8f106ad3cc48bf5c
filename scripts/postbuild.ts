/**
 * Steps after `next build` over out/, in this order:
 * 1. take the framework's runtime out of every page (the pages are plain HTML and CSS);
 * 2. bundle our own behaviours and give each page the modules it renders a `data-module` for, and
 *    point the language menu at the same page in each language;
 * 3. put the CSS each page uses in the page, so no page links a stylesheet online (the offline
 *    copies link the precached one);
 * 4. the Content-Security-Policy, which hashes what each page ends up with (its inlined <style>);
 * 5. the service worker, which fingerprints out/ (its precache list would otherwise record pages
 *    as they were before the steps above);
 * 6. the volunteers' editor in out/admin/, last, so no reader step touches it (it is no reader
 *    page: see lib/editor-path.ts);
 * 7. the stamp, so `npm start` knows the build is current.
 */
import { writeFileSync } from 'node:fs';
import { locales } from '../i18n/routing';
import { inlineCriticalCss } from './lib/critical-css';
import { writeEditor } from './lib/editor-build';
import { bundleEnhancements, withEnhancements } from './lib/enhancements';
import { rewriteExportedPages } from './lib/exported-pages';
import { secureExportedSite } from './lib/page-policy';
import { withSamePageLinks } from './lib/same-page-links';
import { writeServiceWorker } from './lib/service-worker-build';
import { sourceStamp } from './lib/source-stamp';
import { stripExportedSite } from './lib/strip-framework';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

const stripped = stripExportedSite('out');
console.log(
  `postbuild: framework runtime taken out of ${stripped.pages} pages (${stripped.scriptsRemoved} scripts; ${stripped.payloadFiles} RSC payloads and ${stripped.scriptFiles} script files, ${kb(stripped.bytesRemoved)}, deleted).`,
);
const modules = await bundleEnhancements('out');
rewriteExportedPages('out', (html, pagePath) => withEnhancements(withSamePageLinks(html, pagePath), modules));
console.log(`postbuild: behaviours bundled as modules (${Object.values(modules).join(', ')}).`);
const inlined = await inlineCriticalCss('out');
console.log(`postbuild: each of ${inlined} pages carries the CSS it uses and links no stylesheet.`);
const policy = secureExportedSite('out');
console.log(`postbuild: Content-Security-Policy added to ${policy.pages} pages (largest <meta> ${policy.largestPolicy} bytes); out/_headers written.`);
const offline = await writeServiceWorker('out', locales);
console.log(`postbuild: service worker for build ${offline.build} (npm run offline:size reports what it caches).`);
const editor = await writeEditor('out');
console.log(`postbuild: the volunteers' editor written to out/admin/ (${editor.files} files, ${kb(editor.bytes)}; not a reader page).`);
writeFileSync('out/.build-stamp', sourceStamp());
console.log('postbuild: out/ is ready.');

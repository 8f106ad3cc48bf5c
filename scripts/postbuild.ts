/** Steps after `next build` over out/: the service worker, then a stamp so `npm start` knows the build is current. */
import { writeFileSync } from 'node:fs';
import { locales } from '../i18n/routing';
import { sourceStamp } from './lib/source-stamp';
import { writeServiceWorker } from './lib/service-worker-build';

const offline = await writeServiceWorker('out', locales);
console.log(`postbuild: service worker for build ${offline.build} (npm run offline:size reports what it caches).`);
writeFileSync('out/.build-stamp', sourceStamp());
console.log('postbuild: out/ is ready.');

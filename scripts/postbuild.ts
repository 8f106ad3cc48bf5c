/** Steps after `next build` over out/: currently only a stamp so `npm start` knows the build is current. */
import { writeFileSync } from 'node:fs';
import { sourceStamp } from './lib/source-stamp';

writeFileSync('out/.build-stamp', sourceStamp());
console.log('postbuild: out/ is ready.');

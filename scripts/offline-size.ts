/**
 * npm run offline:size — how many bytes the service worker downloads to save a language for
 * offline use, from the built out/ (run the build first). A first visit in one language downloads
 * sw.js, the shared precache, the language's index and its pack (the pages saved up front, as
 * their offline copies); pages saved only once opened (flyers, About, other regions) are listed
 * apart. "gzip" is what travels over the network (level 6, as most hosts send; the index and pack
 * are JSON, which hosts compress); "raw" is the same files uncompressed. Prints numbers only;
 * `--json` prints them for other tools (npm run bench reads `firstVisit`).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { locales } from '../i18n/routing';
import { planOffline } from './lib/offline-plan';

const OUT = 'out';
if (!existsSync(path.join(OUT, 'sw.js'))) {
  console.error('offline:size: out/sw.js is missing. Build the site first (npm run build).');
  process.exit(1);
}

type Size = { files: number; raw: number; gzip: number };

function sizeOf(files: string[]): Size {
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const bytes = readFileSync(path.join(OUT, file));
    raw += bytes.length;
    gzip += gzipSync(bytes).length;
  }
  return { files: files.length, raw, gzip };
}

const add = (...sizes: Size[]): Size => sizes.reduce((a, b) => ({ files: a.files + b.files, raw: a.raw + b.raw, gzip: a.gzip + b.gzip }));

const plan = await planOffline(OUT, locales);
const shared = sizeOf(plan.shared.map(({ file }) => file));
const worker = sizeOf(['sw.js']);
const languages = Object.fromEntries(
  Object.entries(plan.languages).map(([locale, { pages, index, pack }]) => {
    const saved = sizeOf([index.file, pack.file]);
    const onVisit = sizeOf(pages.filter((page) => !page.upFront).map(({ file }) => file));
    const upFront = pages.filter((page) => page.upFront).length;
    return [locale, { upFront: { pages: upFront, ...saved }, onVisit, firstVisit: add(worker, shared, saved) }];
  }),
);

if (process.argv.includes('--json')) {
  console.log(JSON.stringify({ build: plan.build, shared, worker, languages }, null, 2));
} else {
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`.padStart(10);
  const row = (what: string, files: number | string, size: { raw: number; gzip: number }) =>
    console.log(`${what.padEnd(26)}${String(files).padStart(6)}${kb(size.raw)}${kb(size.gzip)}`);
  console.log(`Offline cache of build ${plan.build} (gzip = about what is downloaded, raw = the same uncompressed)\n`);
  console.log(`${'what'.padEnd(26)}${'files'.padStart(6)}${'raw'.padStart(10)}${'gzip'.padStart(10)}`);
  row('sw.js', 1, worker);
  row('shared precache', shared.files, shared);
  for (const [locale, size] of Object.entries(languages)) row(`${locale} up front (pages)`, size.upFront.pages, size.upFront);
  console.log('\nPages saved only once opened, each downloaded on its own:');
  for (const [locale, { onVisit }] of Object.entries(languages)) row(`${locale} once opened`, onVisit.files, onVisit);
  console.log('\nOne language, first visit (sw.js + shared precache + its index and pack):');
  for (const [locale, { firstVisit }] of Object.entries(languages)) row(locale, '', firstVisit);
}

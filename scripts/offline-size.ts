/**
 * npm run offline:size — how many bytes the service worker stores for a reader, from the built
 * out/ (run the build first). For each language: its own pages, plus the shared precache that
 * any first visit also downloads. "raw" is what Cache Storage holds; "gzip" approximates what
 * travels over the network. Prints numbers only; `--json` prints them for other tools.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { locales } from '../i18n/routing';
import { planOffline, type PlannedFile } from './lib/offline-plan';

const OUT = 'out';
if (!existsSync(path.join(OUT, 'sw.js'))) {
  console.error('offline:size: out/sw.js is missing. Build the site first (npm run build).');
  process.exit(1);
}

type Size = { files: number; raw: number; gzip: number };

function sizeOf(files: PlannedFile[]): Size {
  let raw = 0;
  let gzip = 0;
  for (const { file } of files) {
    const bytes = readFileSync(path.join(OUT, file));
    raw += bytes.length;
    gzip += gzipSync(bytes).length;
  }
  return { files: files.length, raw, gzip };
}

const plan = await planOffline(OUT, locales);
const shared = sizeOf(plan.shared);
const workerBytes = readFileSync(path.join(OUT, 'sw.js'));
const worker = { files: 1, raw: workerBytes.length, gzip: gzipSync(workerBytes).length };
const languages = Object.fromEntries(
  Object.entries(plan.languages).map(([locale, files]) => {
    const own = sizeOf(files);
    return [locale, { ...own, firstVisit: { raw: own.raw + shared.raw, gzip: own.gzip + shared.gzip } }];
  }),
);

if (process.argv.includes('--json')) {
  console.log(JSON.stringify({ build: plan.build, shared, worker, languages }, null, 2));
} else {
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`.padStart(10);
  console.log(`Offline cache of build ${plan.build} (raw = stored, gzip = about what is downloaded)\n`);
  console.log(`${'what'.padEnd(22)}${'files'.padStart(6)}${'raw'.padStart(10)}${'gzip'.padStart(10)}`);
  console.log(`${'shared precache'.padEnd(22)}${String(shared.files).padStart(6)}${kb(shared.raw)}${kb(shared.gzip)}`);
  console.log(`${'sw.js'.padEnd(22)}${String(worker.files).padStart(6)}${kb(worker.raw)}${kb(worker.gzip)}`);
  for (const [locale, size] of Object.entries(languages)) {
    console.log(`${`${locale} pages`.padEnd(22)}${String(size.files).padStart(6)}${kb(size.raw)}${kb(size.gzip)}`);
  }
  console.log('\nOne language, first visit (its pages + shared precache):');
  for (const [locale, { firstVisit }] of Object.entries(languages)) {
    console.log(`${locale.padEnd(22)}${''.padStart(6)}${kb(firstVisit.raw)}${kb(firstVisit.gzip)}`);
  }
}

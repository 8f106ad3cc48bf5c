/**
 * Writes out/sw.js after `next build` (the page side, registering it, is enhance/offline-saving.ts),
 * and out/_offline/: each language's index and pack (lib/offline/offline-plan.ts), which the worker
 * downloads instead of every page one by one.
 *
 * Why Workbox's injectManifest way and not generateSW: generateSW makes a worker from options
 * (precache plus runtime routes) and cannot express what this site promises: the pages of a
 * language saved when a reader first opens it and not before, one cache per language per build,
 * carried over to the next build before it takes over. So the worker is our own code
 * (service-worker/), using Workbox's runtime for what it does well (precaching with revisions,
 * routing, a cache-first strategy), and the precache manifest comes from workbox-build's
 * getManifest, the step injectManifest runs, called per group (shared, each language) because
 * the worker needs the groups apart; the plan goes into the bundle as one constant.
 *
 * The Workbox runtime is bundled into sw.js with esbuild (the bundler tsx already runs on), so
 * it is served from our own origin like everything else: no CDN, no third-party request.
 */
import { build } from 'esbuild';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { planOffline, workerPlan, type OfflineBuild } from './offline-plan';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

async function bundle(entry: string, outfile: string, define: Record<string, string> = {}): Promise<void> {
  await build({
    entryPoints: [path.join(ROOT, entry)],
    outfile,
    bundle: true,
    format: 'iife',
    minify: true,
    // Old Android browsers that run service workers understand ES2017 (async functions).
    target: 'es2017',
    tsconfig: path.join(ROOT, 'tsconfig.json'),
    define: { 'process.env.NODE_ENV': '"production"', ...define },
    logLevel: 'warning',
  });
}

export async function writeServiceWorker(outDir: string, locales: readonly string[]): Promise<OfflineBuild> {
  const offline = await planOffline(outDir, locales);
  // A fresh folder: a language the build no longer has leaves no index behind.
  rmSync(path.join(outDir, '_offline'), { recursive: true, force: true });
  mkdirSync(path.join(outDir, '_offline'));
  for (const { index, pack } of Object.values(offline.languages)) {
    for (const file of [index, pack]) writeFileSync(path.join(outDir, file.file), file.content);
  }
  await bundle('service-worker/service-worker.ts', path.join(outDir, 'sw.js'), { OFFLINE_PLAN: JSON.stringify(workerPlan(offline)) });
  return offline;
}

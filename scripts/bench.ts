/**
 * npm run bench — how heavy and how fast the exported site is, next to a bare Next.js + next-intl
 * page measured the same way, against the budgets in bench.config.ts. Exits 1 when a budget is
 * exceeded. Prints a table and writes bench-results/latest.json. Not part of npm test.
 *
 *   --build           rebuild out/ and the bare page (timing both) even when they are current
 *   --skip-baseline   measure the site only
 *
 * Build time is the wall-clock time of a cold `next build` (no .next/ cache) run by the bench. When
 * out/ was already current and the bench did not build it, the time of the bench's last build of
 * the same sources is reported, or none.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { benchConfig } from '../bench.config';
import { locales } from '../i18n/routing';
import playwrightConfig from '../playwright.config';
import { markBuilt, prepareBaseline } from './lib/bench-baseline';
import { firstVisit, largestContentfulPaint, offlineSave } from './lib/browser-metrics';
import { findChromium } from './lib/chromium';
import { fileFor, gzipBytes, pageWeight, sharedAssets, sitePaths } from './lib/page-weight';
import { sourceStamp } from './lib/source-stamp';
import { startStaticServer, type StaticServer } from './lib/static-server';

const args = new Set(process.argv.slice(2));
const ROOT = process.cwd();
const OUT = path.join(ROOT, 'out');
const BASELINE = path.join(os.tmpdir(), 'kyr-bench-baseline');
const RESULTS = path.join(ROOT, 'bench-results');
const BUILD_TIME_FILE = path.join(RESULTS, 'build-time.json');

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

function run(command: string, commandArgs: string[], cwd: string) {
  const result = spawnSync(command, commandArgs, { cwd, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
  if (result.status !== 0) throw new Error(`${command} ${commandArgs.join(' ')} failed in ${cwd} (exit ${result.status}).`);
}

/** A cold `next build` in `cwd`, timed; returns milliseconds. */
function timedNextBuild(cwd: string): number {
  rmSync(path.join(cwd, '.next'), { recursive: true, force: true });
  const started = performance.now();
  run('npx', ['next', 'build'], cwd);
  return Math.round(performance.now() - started);
}

function buildSiteIfStale(): { ms: number | null; builtNow: boolean } {
  const stamp = sourceStamp();
  const current = existsSync(path.join(OUT, '.build-stamp')) && readFileSync(path.join(OUT, '.build-stamp'), 'utf8') === stamp;
  if (current && !args.has('--build')) {
    const recorded = existsSync(BUILD_TIME_FILE) ? (JSON.parse(readFileSync(BUILD_TIME_FILE, 'utf8')) as { stamp: string; ms: number }) : null;
    return { ms: recorded?.stamp === stamp ? recorded.ms : null, builtNow: false };
  }
  console.log(current ? 'Building the site (--build) …' : 'out/ is missing or older than its sources: building the site …');
  run('npx', ['tsx', 'scripts/content-check.ts', '--quiet'], ROOT);
  const ms = timedNextBuild(ROOT);
  run('npx', ['tsx', 'scripts/postbuild.ts'], ROOT);
  mkdirSync(RESULTS, { recursive: true });
  writeFileSync(BUILD_TIME_FILE, JSON.stringify({ stamp: sourceStamp(), ms }, null, 2));
  return { ms, builtNow: true };
}

function buildBaseline(): { ms: number | null } {
  const { needsBuild, stamp } = prepareBaseline(BASELINE, path.join(ROOT, 'node_modules'), args.has('--build'));
  const timeFile = path.join(BASELINE, 'build-time.json');
  if (!needsBuild) return { ms: existsSync(timeFile) ? (JSON.parse(readFileSync(timeFile, 'utf8')) as { ms: number }).ms : null };
  console.log(`Building the bare Next.js + next-intl page in ${BASELINE} …`);
  const ms = timedNextBuild(BASELINE);
  markBuilt(BASELINE, stamp);
  writeFileSync(timeFile, JSON.stringify({ ms }));
  return { ms };
}

/**
 * Bytes saving one language for offline use downloads on a first visit. The offline tooling's own
 * count when the build has a service worker and scripts/offline-size.ts (sw.js, the shared
 * precache, the language's index and pack); otherwise an estimate: the language's HTML pages plus
 * every CSS and JavaScript file they link, counted once.
 */
function offlineBytes(locale: string): { gzip: number; raw: number | null; source: string } {
  if (existsSync(path.join(OUT, 'sw.js')) && existsSync(path.join(ROOT, 'scripts/offline-size.ts'))) {
    const result = spawnSync('npx', ['tsx', 'scripts/offline-size.ts', '--json'], { cwd: ROOT, encoding: 'utf8' });
    try {
      const report = JSON.parse(result.stdout) as { languages: Record<string, { firstVisit: { raw: number; gzip: number } }> };
      const { raw, gzip } = report.languages[locale].firstVisit;
      return { gzip, raw, source: 'scripts/offline-size.ts (sw.js + the shared precache + the language index and pack)' };
    } catch {
      // Fall through to the estimate, and say so.
    }
  }
  const pages = sitePaths(OUT, `/${locale}/`);
  const assets = sharedAssets(OUT, pages);
  const gzip = [...pages.map((page) => fileFor(OUT, page)), ...assets.map((asset) => fileFor(OUT, asset))].reduce((total, file) => total + gzipBytes(file), 0);
  return {
    gzip,
    raw: null,
    source: `estimate: ${pages.length} HTML pages of /${locale}/ + ${assets.length} CSS/JS files they link (no service worker in this build)`,
  };
}

type Row = { page: string; path: string; firstRenderGzip: number; jsGzip: number; firstVisitGzip: number; requests: number };

async function measurePages(browser: Browser, server: StaticServer, outDir: string, pages: Record<string, string>): Promise<Row[]> {
  const rows: Row[] = [];
  for (const [page, urlPath] of Object.entries(pages)) {
    const weight = pageWeight(outDir, urlPath);
    const visit = await firstVisit(browser, server.url + urlPath);
    rows.push({ page, path: urlPath, firstRenderGzip: weight.firstRenderGzip, jsGzip: weight.jsGzip, firstVisitGzip: visit.gzip, requests: visit.requests });
  }
  return rows;
}

async function medianLcp(browser: Browser, url: string) {
  const runs = [];
  for (let run = 0; run < benchConfig.lcp.runs; run += 1) runs.push(await largestContentfulPaint(browser, url, benchConfig.lcp));
  const sorted = [...runs].sort((a, b) => a.ms - b.ms);
  return { medianMs: sorted[Math.floor(sorted.length / 2)].ms, runsMs: runs.map((run) => run.ms), element: sorted[Math.floor(sorted.length / 2)].element };
}

function table(headers: string[], rows: string[][]): string {
  const widths = headers.map((header, column) => Math.max(header.length, ...rows.map((row) => row[column].length)));
  const line = (cells: string[]) => cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  ');
  return [line(headers), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)].join('\n');
}

async function main() {
  const started = performance.now();
  const siteBuild = buildSiteIfStale();
  const baselineBuild = args.has('--skip-baseline') ? null : buildBaseline();

  const chromiumPath = findChromium()?.path;
  if (!chromiumPath) throw new Error('No Chromium found: run `npx tsx scripts/setup-browser.ts` or set CHROMIUM_PATH.');
  const browser = await chromium.launch({ executablePath: chromiumPath, args: playwrightConfig.use?.launchOptions?.args, chromiumSandbox: false });
  const servers: StaticServer[] = [];
  try {
    const site = await startStaticServer(ROOT, benchConfig.ports.site);
    servers.push(site);
    console.log('Measuring the site …');
    const rows = await measurePages(browser, site, OUT, benchConfig.pages);

    // Budgets hold for every page, not only the sampled ones: read sizes of all pages from out/.
    const allPages = sitePaths(OUT);
    const weights = allPages.map((page) => pageWeight(OUT, page));
    const heaviestJs = weights.reduce((a, b) => (b.jsGzip > a.jsGzip ? b : a));
    const rightsPages = weights.filter((weight) => /^\/[^/]+\/rights\/[^/]+\/$/.test(weight.path));
    const heaviestRights = rightsPages.reduce((a, b) => (b.firstRenderGzip > a.firstRenderGzip ? b : a));
    const heaviestRightsVisit = await firstVisit(browser, site.url + heaviestRights.path);

    console.log(
      `Largest contentful paint, ${benchConfig.lcp.runs} cold runs each (${benchConfig.lcp.downloadKbps} kbit/s, ${benchConfig.lcp.latencyMs} ms, CPU ÷${benchConfig.lcp.cpuSlowdown}) …`,
    );
    const lcp = await medianLcp(browser, site.url + benchConfig.lcp.page);

    let baseline: { row: Row; lcp: Awaited<ReturnType<typeof medianLcp>>; buildMs: number | null } | null = null;
    if (baselineBuild) {
      const server = await startStaticServer(BASELINE, benchConfig.ports.baseline);
      servers.push(server);
      console.log('Measuring the bare Next.js + next-intl page …');
      const [row] = await measurePages(browser, server, path.join(BASELINE, 'out'), { 'bare Next.js + next-intl': '/en/' });
      baseline = { row, lcp: await medianLcp(browser, `${server.url}/en/`), buildMs: baselineBuild.ms };
    }

    const offline = Object.fromEntries(locales.map((locale) => [locale, offlineBytes(locale)]));

    const heaviestOffline = locales.reduce((a, b) => (offline[b].gzip > offline[a].gzip ? b : a));
    // The same, as Chromium downloads it with the worker running: the budget holds for the larger.
    const savedInBrowser = existsSync(path.join(OUT, 'sw.js'))
      ? await offlineSave(browser, `${site.url}/${heaviestOffline}/`, gzipBytes(path.join(OUT, 'sw.js')))
      : null;
    const offlineActual = Math.max(offline[heaviestOffline].gzip, savedInBrowser?.gzip ?? 0);
    const budgets: { name: string; limit: number; actual: number; unit: 'bytes' | 'ratio' }[] = [
      {
        name: `rights page first render (largest of ${rightsPages.length}: ${heaviestRights.path})`,
        limit: benchConfig.budgets.rightsFirstRenderGzip,
        actual: heaviestRights.firstRenderGzip,
        unit: 'bytes',
      },
      {
        name: `rights page first visit, all bytes (${heaviestRights.path})`,
        limit: benchConfig.budgets.rightsFirstVisitGzip,
        actual: heaviestRightsVisit.gzip,
        unit: 'bytes',
      },
      {
        name: `JavaScript per page (largest of ${allPages.length}: ${heaviestJs.path})`,
        limit: benchConfig.budgets.javascriptPerPageGzip,
        actual: heaviestJs.jsGzip,
        unit: 'bytes',
      },
      ...(baseline
        ? [
            {
              name: `rights page LCP, median, × the bare page's (${benchConfig.lcp.page})`,
              limit: benchConfig.budgets.rightsLcpVersusBare,
              actual: lcp.medianMs / baseline.lcp.medianMs,
              unit: 'ratio' as const,
            },
          ]
        : []),
      {
        name: `one language saved for offline, first visit (largest of ${locales.length}: ${heaviestOffline})`,
        limit: benchConfig.budgets.offlineLanguageGzip,
        actual: offlineActual,
        unit: 'bytes',
      },
    ];
    const checked = budgets.map((budget) => ({ ...budget, ok: budget.actual <= budget.limit }));

    // The report.
    const versus = (value: number, base: number | undefined) => (base ? `${(value / base).toFixed(1)}×` : '');
    const base = baseline?.row;
    console.log(`\nPage weight (gzip). "× bare" compares with a bare Next.js + next-intl page.\n`);
    console.log(
      table(
        ['page', 'path', 'HTML+CSS', '× bare', 'JavaScript', '× bare', 'first visit', 'requests'],
        [...rows, ...(base ? [base] : [])].map((row) => [
          row.page,
          row.path,
          kb(row.firstRenderGzip),
          row === base ? '' : versus(row.firstRenderGzip, base?.firstRenderGzip),
          kb(row.jsGzip),
          row === base ? '' : versus(row.jsGzip, base?.jsGzip),
          kb(row.firstVisitGzip),
          String(row.requests),
        ]),
      ),
    );
    console.log(
      `\nLargest contentful paint, median of ${benchConfig.lcp.runs}: site ${seconds(lcp.medianMs)} (runs ${lcp.runsMs.map(seconds).join(', ')}; ${lcp.element})`,
    );
    if (baseline)
      console.log(`                                     bare ${seconds(baseline.lcp.medianMs)} (runs ${baseline.lcp.runsMs.map(seconds).join(', ')})`);
    console.log(
      `\nBuild (cold \`next build\`): site ${siteBuild.ms === null ? 'not timed — out/ was built outside the bench; `npm run bench -- --build` times one' : `${seconds(siteBuild.ms)}${siteBuild.builtNow ? '' : ' (the bench’s last build of these sources)'}`}`,
    );
    if (baseline) console.log(`                            bare ${baseline.buildMs === null ? 'not timed' : seconds(baseline.buildMs)}`);
    console.log(`\nOffline, one language (gzip): ${locales.map((locale) => `${locale} ${kb(offline[locale].gzip)}`).join(', ')}`);
    console.log(`  source: ${offline.en.source}`);
    if (savedInBrowser) {
      const largest = savedInBrowser.largest.map(({ url, gzip }) => `${url} ${kb(gzip)}`).join(', ');
      console.log(`  in Chromium, /${heaviestOffline}/: ${kb(savedInBrowser.gzip)} in ${savedInBrowser.requests} downloads (largest: ${largest})`);
    }
    console.log('\nBudgets:');
    if (!baseline) console.log('  (the LCP budget compares with the bare page: left out with --skip-baseline)');
    for (const budget of checked) {
      const show = (value: number) => (budget.unit === 'ratio' ? `${value.toFixed(2)}×` : kb(value));
      console.log(`  ${budget.ok ? 'ok  ' : 'OVER'} ${budget.name}: ${show(budget.actual)} (budget ${show(budget.limit)})`);
    }

    mkdirSync(RESULTS, { recursive: true });
    const report = {
      date: new Date().toISOString(),
      machine: { cpus: os.cpus().length, loadAverage: os.loadavg().map((load) => Number(load.toFixed(2))), node: process.version, chromium: browser.version() },
      config: benchConfig,
      pages: rows,
      baseline: baseline && { page: baseline.row, lcp: baseline.lcp, buildMs: baseline.buildMs },
      lcp,
      build: { siteMs: siteBuild.ms, builtNow: siteBuild.builtNow, measured: 'wall-clock time of a cold `next build` (no .next/ cache) run by the bench' },
      offline,
      offlineInBrowser: savedInBrowser && { locale: heaviestOffline, ...savedInBrowser },
      budgets: checked,
      benchSeconds: Math.round((performance.now() - started) / 1000),
    };
    writeFileSync(path.join(RESULTS, 'latest.json'), `${JSON.stringify(report, null, 2)}\n`);
    console.log(`\nWrote bench-results/latest.json (${report.benchSeconds} s).`);
    if (checked.some((budget) => !budget.ok)) process.exitCode = 1;
  } finally {
    await browser.close();
    for (const server of servers) server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});

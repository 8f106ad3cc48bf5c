/**
 * Finds a Chromium for the end-to-end tests, or installs one, and says what it did:
 * CHROMIUM_PATH, then Playwright's cache, then /usr/bin/chromium; otherwise Debian's `chromium`
 * with apt-get when we are root, or Playwright's installer elsewhere. As root it also installs the
 * Noto fonts, so Arabic and Chinese render in screenshots and PDFs, and pdftotext, which the
 * print tests read a printed page with.
 */
import { execSync, spawnSync } from 'node:child_process';
import { findChromium } from './lib/chromium';

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;

function run(command: string): boolean {
  console.log(`setup-browser: running: ${command}`);
  return spawnSync('sh', ['-c', command], { stdio: 'inherit' }).status === 0;
}

function missingDebianPackages(names: string[]): string[] {
  return names.filter((name) => spawnSync('dpkg', ['-s', name], { stdio: 'ignore' }).status !== 0);
}

function main(): number {
  if (isRoot && hasApt) {
    // Fonts matter for what the tests look at (print layout in Arabic and Chinese); pdftotext
    // (poppler-utils) reads what a printed page says.
    const printing = missingDebianPackages(['fonts-noto-core', 'fonts-noto-cjk', 'poppler-utils']);
    const browser = findChromium() ? [] : ['chromium'];
    const wanted = [...browser, ...printing];
    if (wanted.length > 0) {
      console.log(`setup-browser: installing Debian packages: ${wanted.join(', ')}`);
      if (!run(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends ${wanted.join(' ')}`)) {
        console.error('setup-browser: apt-get failed; see its messages above.');
        if (browser.length > 0) return 1;
      }
    }
  }
  let found = findChromium();
  if (!found && !(isRoot && hasApt)) {
    console.log('setup-browser: no Chromium found; asking Playwright to install one.');
    run('npx playwright install chromium');
    found = findChromium();
  }
  if (!found) {
    console.error('setup-browser: no Chromium could be found or installed. Install one (Debian: apt-get install chromium) or set CHROMIUM_PATH.');
    return 1;
  }
  const version = execSync(`"${found.path}" --version`, { encoding: 'utf8' }).trim();
  console.log(`setup-browser: using ${version} at ${found.path} (found in ${found.from}).`);
  return 0;
}

process.exitCode = main();

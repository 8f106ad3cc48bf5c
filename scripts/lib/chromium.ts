import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

/** Where a Chromium may already be, in the order we trust them. */
export function findChromium(): { path: string; from: string } | null {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv && existsSync(fromEnv)) return { path: fromEnv, from: 'CHROMIUM_PATH' };
  try {
    const require = createRequire(import.meta.url);
    const { chromium } = require('playwright-core') as typeof import('playwright-core');
    const cached = chromium.executablePath();
    if (cached && existsSync(cached)) return { path: cached, from: "Playwright's browser cache" };
  } catch {
    // playwright-core not installed or no cached browser: look on the system.
  }
  for (const candidate of ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable']) {
    if (existsSync(candidate)) return { path: candidate, from: 'the system' };
  }
  return null;
}

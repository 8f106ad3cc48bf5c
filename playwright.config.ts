import { defineConfig } from '@playwright/test';
import { findChromium } from './scripts/lib/chromium';

const port = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: 'chromium',
    // A fresh context would install the service worker and save a language in the background
    // (about 50 requests) on every test. Only the specs about offline use and the worker allow it.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: findChromium()?.path,
      // This machine has no network but localhost: keep Chromium from calling home.
      args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run', '--disable-gpu'],
      chromiumSandbox: false,
    },
  },
  webServer: {
    command: `npx serve out --listen tcp://127.0.0.1:${port} --no-clipboard --config ../serve.json`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
  },
});

import next from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

const config = [
  ...next,
  ...nextTs,
  {
    rules: {
      // Every page is a static HTML file: plain links load it whole, work with JavaScript off and
      // are what the service worker caches. Client-side navigation would add payload fetches.
      '@next/next/no-html-link-for-pages': 'off',
    },
  },
  {
    // enhance/ runs in exported pages with no framework: a full page load is the only navigation there.
    files: ['enhance/**'],
    rules: { '@next/next/no-location-assign-relative-destination': 'off' },
  },
  { ignores: ['out/**', '.next/**', 'node_modules/**', 'next-env.d.ts', 'test-results/**', 'playwright-report/**'] },
];

export default config;

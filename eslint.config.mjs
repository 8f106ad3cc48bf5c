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
  { ignores: ['out/**', '.next/**', 'node_modules/**', 'next-env.d.ts', 'test-results/**', 'playwright-report/**'] },
];

export default config;

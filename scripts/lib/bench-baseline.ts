/**
 * The yardstick for `npm run bench`: the smallest Next.js + next-intl static export that says one
 * paragraph at /en/, built with this repository's own node_modules (same Next, React, next-intl).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Turbopack resolves packages only inside its root: the root must hold both the app and node_modules. */
function commonAncestor(a: string, b: string): string {
  const left = a.split(path.sep);
  const right = b.split(path.sep);
  let shared = 0;
  while (shared < left.length && left[shared] === right[shared]) shared += 1;
  return left.slice(0, shared).join(path.sep) || path.sep;
}

function files(nodeModules: string, dir: string): Record<string, string> {
  return {
    'package.json': JSON.stringify({ name: 'kyr-bench-baseline', private: true, type: 'module' }, null, 2),
    'serve.json': readFileSync('serve.json', 'utf8'),
    'tsconfig.json': JSON.stringify(
      {
        compilerOptions: {
          target: 'ES2022',
          lib: ['dom', 'dom.iterable', 'esnext'],
          allowJs: true,
          incremental: true,
          esModuleInterop: true,
          strict: true,
          noEmit: true,
          module: 'esnext',
          moduleResolution: 'bundler',
          resolveJsonModule: true,
          isolatedModules: true,
          jsx: 'react-jsx',
          skipLibCheck: true,
          plugins: [{ name: 'next' }],
        },
        include: ['next-env.d.ts', '**/*.ts', '**/*.tsx', '.next/types/**/*.ts', '.next/dev/types/**/*.ts'],
        exclude: ['node_modules', 'out', '.next'],
      },
      null,
      2,
    ),
    'next.config.mjs': [
      "import createNextIntlPlugin from 'next-intl/plugin';",
      `export default createNextIntlPlugin('./i18n/request.ts')({ output: 'export', trailingSlash: true, turbopack: { root: ${JSON.stringify(commonAncestor(dir, path.dirname(nodeModules)))} } });`,
      '',
    ].join('\n'),
    'messages/en.json': JSON.stringify(
      { home: { title: 'Know your rights', text: 'You have rights in the United States, whatever your immigration status.' } },
      null,
      2,
    ),
    'i18n/routing.ts': [
      "import { defineRouting } from 'next-intl/routing';",
      "export const routing = defineRouting({ locales: ['en'], defaultLocale: 'en', localePrefix: 'always' });",
      '',
    ].join('\n'),
    'i18n/request.ts': [
      "import { locale as rootLocale } from 'next/root-params';",
      "import { getRequestConfig } from 'next-intl/server';",
      'export default getRequestConfig(async ({ locale }) => {',
      "  const chosen = locale ?? (await rootLocale()) ?? 'en';",
      '  return { locale: chosen, messages: (await import(`../messages/${chosen}.json`)).default };',
      '});',
      '',
    ].join('\n'),
    'app/[locale]/layout.tsx': [
      'export const dynamicParams = false;',
      "export function generateStaticParams() { return [{ locale: 'en' }]; }",
      'export default async function Layout({ children, params }: { children: React.ReactNode; params: Promise<{ locale: string }> }) {',
      '  const { locale } = await params;',
      '  return <html lang={locale}><body>{children}</body></html>;',
      '}',
      '',
    ].join('\n'),
    'app/[locale]/page.tsx': [
      "import { getTranslations } from 'next-intl/server';",
      'export default async function Page() {',
      "  const t = await getTranslations('home');",
      "  return <main><h1>{t('title')}</h1><p>{t('text')}</p></main>;",
      '}',
      '',
    ].join('\n'),
  };
}

/**
 * Writes the baseline app into `dir` with a symlink to `nodeModules`. Returns whether it needs a
 * build: forced, or its files or the packages changed since the last one (the stamp is written by
 * `markBuilt`).
 */
export function prepareBaseline(dir: string, nodeModules: string, force = false): { needsBuild: boolean; stamp: string } {
  const target = realpathSync(nodeModules);
  const content = files(target, dir);
  const hash = createHash('sha256');
  for (const [name, text] of Object.entries(content)) hash.update(name).update(text);
  hash.update(readFileSync(path.join(target, 'next/package.json'))).update(readFileSync(path.join(target, 'next-intl/package.json')));
  const stamp = hash.digest('hex');
  const stampFile = path.join(dir, 'out/.build-stamp');
  if (!force && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) return { needsBuild: false, stamp };
  rmSync(dir, { recursive: true, force: true });
  for (const [name, text] of Object.entries(content)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  symlinkSync(target, path.join(dir, 'node_modules'));
  return { needsBuild: true, stamp };
}

export function markBuilt(dir: string, stamp: string) {
  writeFileSync(path.join(dir, 'out/.build-stamp'), stamp);
}

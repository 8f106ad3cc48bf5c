import { realpathSync } from 'node:fs';
import path from 'node:path';
import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';

/**
 * Turbopack only resolves packages inside its root. In a git worktree whose node_modules is a
 * symlink to another checkout, the root must be a folder that holds both; otherwise the default.
 */
function turbopackRoot(): string | undefined {
  const project = process.cwd();
  let modules: string;
  try {
    modules = path.dirname(realpathSync(path.join(project, 'node_modules')));
  } catch {
    return undefined;
  }
  if (modules === project) return undefined;
  const common = project.split(path.sep);
  const other = modules.split(path.sep);
  let shared = 0;
  while (shared < common.length && common[shared] === other[shared]) shared += 1;
  return common.slice(0, shared).join(path.sep) || path.sep;
}

const nextConfig: NextConfig = {
  output: 'export',
  trailingSlash: true,
  images: { unoptimized: true },
  poweredByHeader: false,
  experimental: { globalNotFound: true },
  turbopack: { root: turbopackRoot() },
};

export default createNextIntlPlugin('./i18n/request.ts')(nextConfig);

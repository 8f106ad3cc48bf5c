import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** Everything a build reads; a change to any of these means out/ is stale. */
const INPUTS = [
  'admin',
  'app',
  'components',
  'content',
  'enhance',
  'i18n',
  'lib',
  'messages',
  'public',
  'scripts',
  'service-worker',
  'site.config.ts',
  'next.config.ts',
  'package-lock.json',
];

function files(entry: string): string[] {
  let stat;
  try {
    stat = statSync(entry);
  } catch {
    return [];
  }
  if (!stat.isDirectory()) return [entry];
  return readdirSync(entry)
    .sort()
    .flatMap((name) => files(path.join(entry, name)));
}

/** A hash of the build's inputs, written into out/ after a build. */
export function sourceStamp(root = process.cwd()): string {
  const hash = createHash('sha256');
  for (const file of INPUTS.flatMap((input) => files(path.join(root, input)))) {
    hash.update(path.relative(root, file));
    hash.update(readFileSync(file));
  }
  return hash.digest('hex');
}

/**
 * npm start — builds the site when out/ is missing or older than its sources, then serves out/
 * on PORT (default 3000) with `serve`, a static file server that honours trailing slashes and 404.html.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { sourceStamp } from './lib/source-stamp';

const stampFile = 'out/.build-stamp';
const current = existsSync(stampFile) && readFileSync(stampFile, 'utf8') === sourceStamp();
if (!current) {
  console.log(existsSync('out') ? 'Sources changed since the last build: building again.' : 'No build yet: building the site.');
  const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const port = process.env.PORT ?? '3000';
const server = spawnSync('npx', ['serve', 'out', '--listen', `tcp://0.0.0.0:${port}`, '--no-clipboard', '--config', '../serve.json'], { stdio: 'inherit' });
process.exit(server.status ?? 0);

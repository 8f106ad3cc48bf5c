/**
 * npm run admin — the volunteers' editor against the files on this computer, no GitHub account
 * needed: decap-server (Decap CMS's local backend) edits content/ in this folder, and the built
 * site (with the editor at /admin/) is served on PORT (default 8080). Saving in the editor writes
 * the file at once: there is no review step locally; `git diff` shows what changed.
 * Builds first when there is no build with the editor in it.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

// Decap looks for its local backend at this fixed address (local_backend: true in the config).
const DECAP_LOCAL_PORT = 8081;
const port = process.env.PORT ?? '8080';

if (!existsSync('out/admin/index.html')) {
  console.log('No build with the editor yet: building the site first (a few minutes).');
  const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const children: ChildProcess[] = [
  spawn(process.execPath, [path.resolve('node_modules/decap-server/dist/index.js')], {
    stdio: 'inherit',
    env: { ...process.env, PORT: String(DECAP_LOCAL_PORT), BIND_HOST: '127.0.0.1', GIT_REPO_DIRECTORY: process.cwd(), MODE: 'fs' },
  }),
  spawn(
    process.execPath,
    [path.resolve('node_modules/serve/build/main.js'), 'out', '--listen', `tcp://127.0.0.1:${port}`, '--no-clipboard', '--config', '../serve.json'],
    { stdio: 'ignore' },
  ),
];

console.log(
  [
    '',
    `The editor: http://localhost:${port}/admin/  (click "Login": no account is needed here)`,
    'Saving writes the files in content/ in this folder; `git diff` shows what changed, `npm run content:check` checks it.',
    'After adding a region or a rights topic, run `npm run build` again so the editor lists it. Stop with Ctrl+C.',
    '',
  ].join('\n'),
);

const stop = () => {
  for (const child of children) child.kill();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
for (const child of children)
  child.on('exit', (code) => {
    if (code !== null && code !== 0) {
      console.error(`A server stopped (exit ${code}); is port ${child === children[0] ? DECAP_LOCAL_PORT : port} already in use?`);
      stop();
    }
  });

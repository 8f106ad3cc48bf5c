/**
 * npm test — every check a change must pass, in order, stopping at the first failure:
 * content check, type check, lint, unit tests, build, browser set-up, end-to-end tests.
 */
import { spawnSync } from 'node:child_process';

const steps: [name: string, command: string][] = [
  ['content check', 'npm run --silent content:check -- --quiet'],
  ['type check', 'npm run --silent typecheck'],
  ['lint', 'npm run --silent lint'],
  ['unit tests', 'npx vitest run'],
  ['build', 'npm run --silent build'],
  ['browser set-up', 'npx tsx scripts/setup-browser.ts'],
  ['end-to-end tests', 'npx playwright test'],
];

for (const [index, [name, command]] of steps.entries()) {
  console.log(`\n=== npm test ${index + 1}/${steps.length}: ${name} ===`);
  const result = spawnSync('sh', ['-c', command], { stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`\nnpm test: the ${name} step failed (${command}).`);
    process.exit(result.status ?? 1);
  }
}
console.log(`\nnpm test: all ${steps.length} steps passed.`);

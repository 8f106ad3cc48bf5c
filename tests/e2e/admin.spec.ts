/**
 * A volunteer who has never seen YAML keeps a number right from the editor at /admin/, against
 * decap-server on this machine, as `npm run admin` runs it. The server edits a temporary copy of
 * content/ (made before, deleted after), so the tests never change the working tree; what it
 * writes is read back from disk and checked with content:check's own loader.
 *
 * The editor looks for decap-server at Decap's fixed local address (localhost:8081); the tests
 * run their own server on a free port and pass the editor's requests to it, so a volunteer's
 * `npm run admin` on the same machine is never touched.
 */
import { expect, type Page, test } from '@playwright/test';
import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { locales } from '../../i18n/routing';
import { loadContent } from '../../lib/content/load';
import { formatProblem } from '../../lib/content/problems';
import { localToday } from '../../lib/editor/record-check';
import { planOffline } from '../../scripts/lib/offline-plan';
import { editorHeaders } from '../../scripts/lib/security-headers';

// One decap-server and one copy of content/ for the file; Decap's 5 MB bundle and content:check over the copy take a while on a busy machine.
test.describe.configure({ mode: 'serial', timeout: 120_000 });

const DECAP_LOCAL_BACKEND = 'http://localhost:8081';
const NIJC = 'content/contacts/us-il-chicago/nijc.yaml';
const NIJC_EDITOR = '/admin/#/collections/contacts-us-il-chicago/entries/nijc';

let repo = '';
let server: ChildProcess | undefined;
let proxy = '';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

test.beforeAll(async () => {
  repo = mkdtempSync(path.join(tmpdir(), 'kyr-editor-'));
  cpSync('content', path.join(repo, 'content'), { recursive: true });
  const port = await freePort();
  proxy = `http://127.0.0.1:${port}`;
  server = spawn(process.execPath, [path.resolve('node_modules/decap-server/dist/index.js')], {
    // Its own folder as working directory: decap-server reads a .env from there.
    cwd: repo,
    env: { ...process.env, PORT: String(port), BIND_HOST: '127.0.0.1', GIT_REPO_DIRECTORY: repo, MODE: 'fs', LOG_LEVEL: 'warn' },
    stdio: 'ignore',
  });
  const info = () =>
    fetch(`${proxy}/api/v1`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"action":"info"}' }).then(
      (response) => response.status,
      () => 0,
    );
  await expect.poll(info, { timeout: 20_000 }).toBe(200);
});

test.afterAll(() => {
  server?.kill();
  if (repo) rmSync(repo, { recursive: true, force: true });
});

// A request the editor still has in flight when a test ends is dropped, not reported against the next test.
test.afterEach(({ page }) => page.unrouteAll({ behavior: 'ignoreErrors' }));

const onDisk = (file: string) => readFileSync(path.join(repo, file), 'utf8');

/** content:check over the copy: every problem it would print, one line each. */
const contentCheck = () => loadContent({ root: path.join(repo, 'content') }).problems.map(formatProblem);

/** Opens the editor as a volunteer does, with its requests to decap-server sent to the test's own. */
async function openEditor(page: Page, address: string) {
  await page.route(`${DECAP_LOCAL_BACKEND}/**`, async (route) => {
    const url = route.request().url().replace(DECAP_LOCAL_BACKEND, proxy);
    await route.fulfill({ response: await route.fetch({ url }) });
  });
  await page.goto(address);
  await page.getByRole('button', { name: 'Login' }).click();
}

/** Decap's selects are comboboxes: type the choice, take it. */
async function chooseOption(page: Page, label: string, option: string) {
  await page.getByRole('combobox', { name: label }).fill(option);
  await page.getByRole('option', { name: option, exact: true }).click();
}

async function publish(page: Page) {
  await page.getByRole('button', { name: 'Publish' }).click();
  await page.getByText('Publish now').click();
}

test('a volunteer changes a number and records the call; only those lines change and content:check passes', async ({ page, baseURL }) => {
  const before = onDisk(NIJC);
  const offSite: string[] = [];
  const refused: string[] = [];
  page.on('request', (request) => {
    const { origin, protocol } = new URL(request.url());
    if (origin !== new URL(baseURL!).origin && origin !== DECAP_LOCAL_BACKEND && protocol !== 'data:' && protocol !== 'blob:') offSite.push(request.url());
  });
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) refused.push(message.text());
  });
  await openEditor(page, NIJC_EDITOR);

  // Step 1: the call sheet's facts, from the file as readers see it.
  const check = page.locator('.kyr-check');
  await expect(check.getByRole('link', { name: '(312) 660-1370' })).toHaveAttribute('href', 'tel:+13126601370');
  await expect(check).toContainText('https://40thward.org/topics-and-services/immigrant-refugee-communities/');
  await expect(check).toContainText('never checked');

  // The organisation now publishes another number.
  await page.getByLabel('Number', { exact: false }).first().fill('(312) 660-1300');
  // Step 2 and 3: what happened, who called, when, how.
  await check.getByLabel('The number changed').check();
  await check.getByLabel('Your initials').fill('jd');
  await publish(page);
  // A changed number needs where it is published or a note of the call.
  await expect(page.getByText('A phone number changed: add where the new number is published')).toBeVisible();
  expect(onDisk(NIJC)).toBe(before);

  await check.getByLabel('Note of the call').fill('The old number plays a message that gives 312-660-1300.');
  await publish(page);

  const today = localToday();
  const expected = before
    .replace('  - number: 312-660-1370\n', '  - number: (312) 660-1300\n')
    .replace(
      'verification:\n  status: unverified\n',
      `verification:\n  status: verified\n  checked_on: ${today}\n  checked_by: jd\n  method: phone-call\n  call_note: The old number plays a message that gives 312-660-1300.\n`,
    );
  // decap-server truncates the file before it writes it, so a read can catch it empty: wait for the whole file.
  await expect.poll(() => onDisk(NIJC), { timeout: 10_000 }).toBe(expected);
  expect(contentCheck()).toEqual([]);
  expect(offSite, 'requests to other sites').toEqual([]);
  expect(refused, 'Content-Security-Policy violations').toEqual([]);
});

test('a number the site could not dial and an http:// website are refused in the form, before saving', async ({ page }) => {
  const file = 'content/contacts/us-il-chicago/legal-aid-chicago.yaml';
  const before = onDisk(file);
  await openEditor(page, '/admin/#/collections/contacts-us-il-chicago/entries/legal-aid-chicago');
  await page.getByLabel('Number', { exact: false }).first().fill('555-1234');
  await page.getByLabel('Website').fill('http://legalaidchicago.org');
  await publish(page);
  await expect(page.getByText('"555-1234" is not a valid phone number; write it as the organisation publishes it')).toBeVisible();
  await expect(page.getByText('must be a full web address starting with https://')).toBeVisible();
  // Nothing reached the disk.
  await page.waitForTimeout(500);
  expect(onDisk(file)).toBe(before);
});

test('a new contact made from the form passes content:check', async ({ page }) => {
  await openEditor(page, '/admin/#/collections/contacts-us-il-chicago/new');
  await chooseOption(page, 'Kind', 'legal-aid');
  await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Example Immigration Legal Clinic');
  await page.getByRole('button', { name: 'Add phones' }).click();
  await page.getByRole('textbox', { name: 'Number (optional)' }).fill('(312) 555-0142');
  await chooseOption(page, 'Label', 'main');
  await page.getByRole('textbox', { name: 'Web address' }).fill('https://example.org/contact');
  await page.getByRole('textbox', { name: 'Date you read it' }).fill('2026-11-30');
  await page.getByRole('textbox', { name: 'What it says (optional)' }).fill('Call us at (312) 555-0142.');
  await publish(page);
  const created = 'content/contacts/us-il-chicago/example-immigration-legal-clinic.yaml';
  const written = () => (existsSync(path.join(repo, created)) ? onDisk(created) : '');
  await expect
    .poll(written, { timeout: 10_000 })
    .toBe(
      [
        'kind: legal-aid',
        'name: Example Immigration Legal Clinic',
        'phones:',
        '  - number: (312) 555-0142',
        '    label: main',
        'verification:',
        '  status: unverified',
        'sources:',
        '  - url: https://example.org/contact',
        '    retrieved: 2026-11-30',
        '    says: Call us at (312) 555-0142.',
        '',
      ].join('\n'),
    );
  expect(contentCheck()).toEqual([]);
});

test('the editor has its own security headers, and the readers’ pages keep theirs', async ({ request }) => {
  const editor = (await request.get('/admin/')).headers();
  for (const [name, value] of Object.entries(editorHeaders)) expect(editor[name.toLowerCase()], name).toBe(value);
  const reader = (await request.get('/en/')).headers();
  expect(reader['content-security-policy']).not.toContain('unsafe-eval');
});

test.describe('the service worker leaves the editor alone', () => {
  test.use({ serviceWorkers: 'allow' });

  test('a reader’s saved language holds nothing of /admin/, and the editor always comes from the network', async ({ page }) => {
    const plan = await planOffline('out', locales);
    const pages = Object.values(plan.languages).flatMap((language) => language.pages);
    expect([...plan.shared, ...pages].filter((entry) => entry.url.startsWith('/admin'))).toEqual([]);

    await page.goto('/es/');
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30_000 });
    const fromWorker: string[] = [];
    page.on('response', (response) => {
      if (response.fromServiceWorker() && new URL(response.url()).pathname.startsWith('/admin')) fromWorker.push(response.url());
    });
    await page.goto('/admin/');
    await expect(page.getByRole('button', { name: 'Login' })).toBeVisible();
    expect(fromWorker).toEqual([]);
    const cached = await page.evaluate(async () =>
      (await Promise.all((await caches.keys()).map(async (name) => (await (await caches.open(name)).keys()).map((request) => request.url)))).flat(),
    );
    expect(cached.length).toBeGreaterThan(0);
    expect(cached.filter((url) => new URL(url).pathname.startsWith('/admin'))).toEqual([]);
  });
});

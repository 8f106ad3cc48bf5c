/**
 * `npm run content:check` as a volunteer runs it: the real script, in a folder holding a
 * content/ tree, reading its exit code and what it prints.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contact, contentTree, type Files, regionsYaml, removeContentTrees, topic, translation, verified } from './support/content-tree';

afterAll(removeContentTrees);

const repo = fileURLToPath(new URL('../..', import.meta.url));
const tsx = path.join(repo, 'node_modules', '.bin', 'tsx');
const script = path.join(repo, 'scripts', 'content-check.ts');

/** The site compares dates with the real today here, so fixtures use dates safely in the past. */
const LONG_AGO = '2024-01-15';

/** Each run starts tsx, which takes a second or two. */
const SPAWN_TIMEOUT = 60_000;

function contentCheck(files: Files, env: Record<string, string> = {}, args: string[] = []) {
  const { dir } = contentTree(files);
  const inherited = { ...process.env };
  delete inherited.REQUIRE_LEGAL_REVIEW;
  delete inherited.GITHUB_ACTIONS;
  const run = spawnSync(tsx, [script, ...args], { cwd: dir, env: { ...inherited, ...env }, encoding: 'utf8', timeout: SPAWN_TIMEOUT });
  if (run.error) throw run.error;
  const problemLines = run.stderr.split('\n').filter((line) => line.startsWith('content/'));
  return { status: run.status, stdout: run.stdout, stderr: run.stderr, output: run.stdout + run.stderr, problemLines };
}

type Run = ReturnType<typeof contentCheck>;

/** Runs the check once for a describe block; every test in it reads the same run. */
function runOnce(files: () => Files): () => Run {
  let run: Run | undefined;
  beforeAll(() => {
    run = contentCheck(files());
  }, SPAWN_TIMEOUT);
  return () => {
    if (!run) throw new Error('content:check did not run');
    return run;
  };
}

const sha12 = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 12);

const goodTree = (): Files => {
  const en = topic({ updated: LONG_AGO });
  return {
    'regions.yaml': regionsYaml,
    'contacts/us/uscis.yaml': contact({
      kind: 'government',
      name: 'USCIS Contact Center',
      phones: [{ number: '1-800-375-5283', label: 'main' }],
      sources: [{ url: 'https://www.uscis.gov/contactcenter', retrieved: LONG_AGO }],
    }),
    'contacts/us-il-chicago/nijc.yaml': contact({
      verification: { ...verified, checked_on: LONG_AGO },
      sources: [{ url: 'https://immigrantjustice.org/contact', retrieved: LONG_AGO }],
    }),
    'rights/agents-at-door/en.md': en,
    'rights/agents-at-door/es.md': translation(sha12(en)),
  };
};

describe('a volunteer runs content:check on a folder with mistakes', () => {
  const run = runOnce(() => ({
    'regions.yaml': regionsYaml,
    'contacts/us-il-chicago/nijc.yaml': contact({ phones: [{ number: '555-1234', label: 'main' }], cost: 'cheap' }),
    'contacts/us-il-chicago/bad-yaml.yaml': 'kind: legal-aid\nname: "NIJC\nphones:\n',
    'contacts/us-il/icirr.yml': contact(),
    'rights/agents-at-door/en.md': topic({ sources: [] }),
  }));

  it('exits with 1', () => {
    expect(run().status).toBe(1);
  });

  it('prints one line per problem, each naming the file and the field', () => {
    expect(run().problemLines).toEqual([
      expect.stringMatching(/^content\/contacts\/us-il\/icirr\.yml: \(file\): rename the file to end in \.yaml$/),
      expect.stringMatching(/^content\/contacts\/us-il-chicago\/bad-yaml\.yaml: line \d+: the file is not valid YAML/),
      expect.stringMatching(
        /^content\/contacts\/us-il-chicago\/nijc\.yaml: phones\[0\]\.number: "555-1234" is not a valid phone number; .*e\.g\. \(312\) 660-1370/,
      ),
      expect.stringMatching(/^content\/contacts\/us-il-chicago\/nijc\.yaml: cost: is not a known cost; use one of: free/),
      expect.stringMatching(/^content\/rights\/agents-at-door\/en\.md: sources: needs at least two sources$/),
    ]);
  });

  it('counts the problems and says to run it again', () => {
    expect(run().stderr).toMatch(/^5 problem\(s\) found\. Fix them and run npm run content:check again\.$/m);
  });

  it('prints no stack trace and no summary', () => {
    expect(run().output).not.toMatch(/^\s+at /m);
    expect(run().output).not.toMatch(/\.ts:\d+:\d+/);
    expect(run().stdout).not.toMatch(/Content is valid/);
  });
});

describe('a volunteer copies numbers as organisations publish them, some with words beside them', () => {
  const run = runOnce(() => ({
    'regions.yaml': regionsYaml,
    'contacts/us-il-chicago/nijc.yaml': contact({
      phones: [
        { number: '1-855-HELP-MY-FAMILY', label: 'hotline' },
        { number: '312-660-1370 ext. 2', label: 'main' },
        { number: '312-660-1370, press 2', label: 'appointments' },
        { number: '(312) 660-1370 (24/7)', label: 'emergency' },
        { number: '312-660-1370 Spanish', label: 'main' },
      ],
    }),
  }));

  it('accepts the vanity number, the extension and the menu option, and names the field the other words belong in', () => {
    expect(run().status).toBe(1);
    expect(run().problemLines).toEqual([
      'content/contacts/us-il-chicago/nijc.yaml: phones[3].number: "(312) 660-1370 (24/7)" is more than a phone number: "24/7" belongs in hours (hours: "24/7"); write only the number here, e.g. (312) 660-1370',
      'content/contacts/us-il-chicago/nijc.yaml: phones[4].number: "312-660-1370 Spanish" is more than a phone number: "Spanish" belongs in languages (languages: [es]); write only the number here, e.g. 312-660-1370',
    ]);
  });
});

describe('content:check on a pull request (GitHub Actions)', () => {
  it(
    'also marks each problem on the file in the pull request, in the same words',
    () => {
      const run = contentCheck(
        { 'regions.yaml': regionsYaml, 'contacts/us-il-chicago/nijc.yaml': contact({ phones: [{ number: '555-1234', label: 'main' }] }) },
        { GITHUB_ACTIONS: 'true' },
      );
      expect(run.status).toBe(1);
      expect(run.stdout.split('\n').filter((line) => line.startsWith('::error'))).toEqual([
        expect.stringMatching(
          /^::error file=content\/contacts\/us-il-chicago\/nijc\.yaml,title=content%3Acheck%3A phones\[0\]\.number::"555-1234" is not a valid phone number; write it as the organisation publishes it/,
        ),
      ]);
    },
    SPAWN_TIMEOUT,
  );
});

describe('a volunteer runs content:check in a folder without content', () => {
  it(
    'says regions.yaml is missing, exits with 1, and does not crash',
    () => {
      const run = contentCheck({});
      expect(run.status).toBe(1);
      expect(run.problemLines).toEqual(['content/regions.yaml: (file): is missing; create it with at least the region "us"']);
      expect(run.output).not.toMatch(/^\s+at /m);
    },
    SPAWN_TIMEOUT,
  );
});

describe('a volunteer runs content:check on valid content', () => {
  const run = runOnce(goodTree);

  it('exits with 0 and prints nothing on stderr', () => {
    expect(run().stderr).toBe('');
    expect(run().status).toBe(0);
  });

  it('summarises the counts of regions, contacts and topics', () => {
    expect(run().stdout).toContain('Content is valid: 3 regions, 2 contacts, 1 rights topics.');
  });

  it('gives the coverage of every language', () => {
    expect(run().stdout).toMatch(/^ {2}en: 1\/1 \(reference\)$/m);
    expect(run().stdout).toMatch(/^ {2}es: 1\/1$/m);
    for (const locale of ['zh', 'ar', 'pl', 'ht']) expect(run().stdout).toMatch(new RegExp(`^ {2}${locale}: 0/1$`, 'm'));
  });

  it('counts topics without legal review', () => {
    expect(run().stdout).toContain('Topics without legal review: 1/1.');
  });

  it('lists the contacts due for re-checking, never checked and checked long ago', () => {
    expect(run().stdout).toContain('Contacts due for re-checking: 2');
    expect(run().stdout).toContain('  content/contacts/us/uscis.yaml (never checked)');
    expect(run().stdout).toContain(`  content/contacts/us-il-chicago/nijc.yaml (last checked ${LONG_AGO})`);
  });

  it(
    'leaves the list of contacts out with --quiet, as the build runs it',
    () => {
      const quiet = contentCheck(goodTree(), {}, ['--quiet']);
      expect(quiet.status).toBe(0);
      expect(quiet.stdout).toContain('Contacts due for re-checking: 2');
      expect(quiet.stdout).not.toContain('content/contacts/');
    },
    SPAWN_TIMEOUT,
  );
});

describe('the English page changed after it was translated', () => {
  it(
    'still passes, and names the outdated translation in the summary',
    () => {
      const files = goodTree();
      files['rights/agents-at-door/en.md'] = topic({ updated: LONG_AGO, summary: 'Keep the door closed. Ask to see the warrant.' });
      const run = contentCheck(files);
      expect(run.status).toBe(0);
      expect(run.stdout).toMatch(/^ {2}es: 1\/1, outdated: agents-at-door$/m);
    },
    SPAWN_TIMEOUT,
  );
});

describe('a deployment requires legal review before publishing', () => {
  it(
    'fails on a topic no lawyer has reviewed, naming it',
    () => {
      const run = contentCheck(goodTree(), { REQUIRE_LEGAL_REVIEW: '1' });
      expect(run.status).toBe(1);
      expect(run.problemLines).toEqual([expect.stringMatching(/^content\/rights\/agents-at-door\/en\.md: review\.status: has no recorded legal review/)]);
      expect(run.output).not.toMatch(/^\s+at /m);
    },
    SPAWN_TIMEOUT,
  );

  it(
    'passes once the review is recorded',
    () => {
      const files = goodTree();
      files['rights/agents-at-door/en.md'] = topic({ updated: LONG_AGO, review: { status: 'reviewed', by: 'A. Lawyer', organization: 'NIJC', on: LONG_AGO } });
      files['rights/agents-at-door/es.md'] = translation(sha12(files['rights/agents-at-door/en.md']));
      const run = contentCheck(files, { REQUIRE_LEGAL_REVIEW: '1' });
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      expect(run.stdout).toContain('Topics without legal review: 0/1.');
    },
    SPAWN_TIMEOUT,
  );
});

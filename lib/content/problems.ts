import type { core } from 'zod';

/** One thing a volunteer must fix: which file, which field, and what to do. */
export type ContentProblem = { file: string; field: string; message: string };

export function formatProblem(problem: ContentProblem): string {
  return `${problem.file}: ${problem.field}: ${problem.message}`;
}

/** `phones[0].number` from ['phones', 0, 'number']. */
function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '');
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value: unknown = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** Of a union's branches, the one that got furthest into the data explains the mistake best. */
function closestBranch(branches: core.$ZodIssue[][]): core.$ZodIssue[] {
  const depth = (issues: core.$ZodIssue[]) => Math.max(...issues.map((issue) => issue.path.length));
  return branches.reduce((best, branch) => (depth(branch) > depth(best) ? branch : best));
}

/** Turns zod's issues into plain-English problems, one per mistake. */
export function problemsFromIssues(file: string, data: unknown, issues: readonly core.$ZodIssue[], base: PropertyKey[] = []): ContentProblem[] {
  return issues.flatMap((issue): ContentProblem[] => {
    const path = [...base, ...issue.path];
    if (issue.code === 'invalid_union' && issue.errors.length > 0) {
      // Descend into the branch that matched part of the data (hours: [...] with a typo inside);
      // when no branch got past the top, the union's own message says what is expected.
      const branch = closestBranch(issue.errors);
      if (Math.max(...branch.map((inner) => inner.path.length)) > 0) return problemsFromIssues(file, data, branch, path);
    }
    if (issue.code === 'unrecognized_keys')
      return issue.keys.map((key) => ({
        file,
        field: fieldPath([...path, key]),
        message: `is not a known field; check its spelling against docs/content-contract.md, or remove it`,
      }));
    const missing = valueAt(data, path) === undefined && issue.code === 'invalid_type';
    const field = fieldPath(path) || '(file)';
    const message = missing && !/is (missing|required)/.test(issue.message) ? `is missing; ${issue.message.replace(/^Invalid input.*$/, 'add it (see docs/content-contract.md)')}` : issue.message;
    return [{ file, field, message }];
  });
}

/** One line per distinct mistake: `<b>x</b>` is one problem, not one per tag. */
export function uniqueProblems(problems: ContentProblem[]): ContentProblem[] {
  const seen = new Set<string>();
  return problems.filter((problem) => {
    const key = formatProblem(problem);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

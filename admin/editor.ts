/**
 * The volunteers' editor at /admin/, on Decap CMS: loaded after the Decap bundle (which starts
 * itself and reads ./config.yml, generated from the content schema), it registers what the
 * generated config names before that config has loaded:
 * - the file formats that write only the lines a change touches (lib/editor/entry-format.ts);
 * - text boxes checked by the schema's own rule for that field (checked-text-widget.ts);
 * - the guided "record a check" step (record-check-widget.ts);
 * - a last check of the whole file with the schema content:check uses, before anything is saved,
 *   so a file the editor writes passes content:check, and a volunteer reads why not, in the same
 *   words, before saving instead of in a CI log afterwards.
 * Bundled by scripts/lib/editor-build.ts; never loaded by a reader page.
 */
import { parse } from 'yaml';
import { formatProblem, problemsFromIssues } from '@/lib/content/problems';
import { plainWordsError } from '@/lib/content/schema';
import { editorSchemas, type EditorKind, entryShapes, formatName } from '@/lib/editor/editor-config';
import { entryFormat, ORIGINAL_FILE, storedData } from '@/lib/editor/entry-format';
import { changedNumberProblem } from '@/lib/editor/record-check';
import { checkedTextWidget } from './checked-text-widget';
import type { ImmutableValue } from './decap-globals';
import { recordCheckWidget } from './record-check-widget';

const shapes = entryShapes();
const kinds = Object.keys(editorSchemas) as EditorKind[];

for (const kind of kinds) window.CMS.registerCustomFormat(formatName(kind), shapes[kind].frontMatter ? 'md' : 'yaml', entryFormat(shapes[kind]));
window.CMS.registerWidget('checked-string', checkedTextWidget(false));
window.CMS.registerWidget('checked-text', checkedTextWidget(true));
window.CMS.registerWidget('record-check', recordCheckWidget);

/** The kind of file an entry of a collection is (see editorConfig's collections). */
function kindOf(collection: string): EditorKind {
  if (collection.startsWith('contacts-')) return 'contact';
  return collection === 'regions' ? 'region' : 'topic';
}

/** Every problem content:check would report in this file, one line each, or none. */
function problemsOf(entry: ImmutableValue): string[] {
  const kind = kindOf(String(entry.get('collection')));
  const data = (entry.get('data') as ImmutableValue).toJS() as Record<string, unknown>;
  const stored = storedData(data, shapes[kind]);
  const checked = kind === 'region' ? { regions: stored } : stored;
  const file = String(entry.get('path') || `the new ${kind}`);
  const result = editorSchemas[kind].safeParse(checked, { error: plainWordsError });
  const lines = result.success ? [] : problemsFromIssues(file, checked, result.error.issues).map(formatProblem);
  if (kind === 'contact') {
    const original = data[ORIGINAL_FILE];
    const problem = changedNumberProblem(typeof original === 'string' ? parse(original) : undefined, stored);
    if (problem) lines.push(`${file}: phones: ${problem}`);
  }
  return lines;
}

window.CMS.registerEventListener({
  name: 'preSave',
  handler: ({ entry }) => {
    const problems = problemsOf(entry);
    if (problems.length > 0) throw new Error(`not saved, because content:check would refuse it:\n${problems.join('\n')}`);
  },
});

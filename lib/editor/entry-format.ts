/**
 * How the editor reads and writes a content file (a Decap CMS "custom format"), pure so that
 * unit tests and the browser run the same code:
 * - reading keeps the file's text beside its data (ORIGINAL_FILE), so that writing changes only
 *   the lines whose values changed (yaml-edit.ts) and a volunteer's pull request shows just them;
 * - a field that is either a word or a list (`hours: "24/7"` or opening periods) is shown as a
 *   switch plus the list, and written back as it was;
 * - a file whose top level is a list (regions.yaml) is shown as one list field;
 * - a Markdown file keeps its front matter as YAML and its body as text, unchanged;
 * - what a form leaves empty ("" in a cleared text box, a list emptied) is not written.
 */
import { parse } from 'yaml';
import { editYaml, freshYaml, type KeyOrder } from './yaml-edit';

/** The file as it was read: never written, never shown. */
export const ORIGINAL_FILE = '__original_file';

/** What the editor needs to know about one kind of file, from the generated config. */
export type EntryShape = {
  order: KeyOrder;
  /** regions.yaml is a list: the form shows it as this one field. */
  rootList?: string;
  /** Fields that hold either this word or something else: the word becomes a switch. */
  wordOrList?: Readonly<Record<string, string>>;
  /** Markdown with YAML front matter; the body is the field `body`. */
  frontMatter?: boolean;
};

/** The switch field beside a field that may hold a single word (`hours` → `hours_is_word`). */
export const wordSwitchName = (field: string) => `${field}_is_word`;

type Data = Record<string, unknown>;
const isRecord = (value: unknown): value is Data => typeof value === 'object' && value !== null && !Array.isArray(value);

const FRONT_MATTER = /^---\r?\n([\s\S]*?\r?\n)?---\r?\n?/;

function splitFrontMatter(text: string): { yaml: string; body: string } {
  const match = FRONT_MATTER.exec(text);
  return match ? { yaml: match[1] ?? '', body: text.slice(match[0].length) } : { yaml: '', body: text };
}

/**
 * Leaves out what a form leaves behind when a field is cleared: empty text, empty lists and
 * groups, and nulls, unless the file had that empty value already.
 */
function withoutEmpty(value: unknown, before: unknown): unknown {
  if (value === undefined || value === '') return undefined;
  if (value === null) return before === null ? null : undefined;
  if (Array.isArray(value)) {
    const items = value.map((item, index) => withoutEmpty(item, Array.isArray(before) ? before[index] : undefined)).filter((item) => item !== undefined);
    return items.length > 0 || (Array.isArray(before) && before.length === 0) ? items : undefined;
  }
  if (isRecord(value)) {
    const entries = Object.entries(value)
      .map(([key, item]) => [key, withoutEmpty(item, isRecord(before) ? before[key] : undefined)] as const)
      .filter(([, item]) => item !== undefined);
    return entries.length > 0 || (isRecord(before) && Object.keys(before).length === 0) ? Object.fromEntries(entries) : undefined;
  }
  return value;
}

/** The data as the file holds it (what content:check reads), from the data the form holds. */
export function storedData(formData: Data, shape: EntryShape): unknown {
  const original = typeof formData[ORIGINAL_FILE] === 'string' ? readData(formData[ORIGINAL_FILE], shape) : undefined;
  const data: Data = { ...formData };
  delete data[ORIGINAL_FILE];
  for (const [field, word] of Object.entries(shape.wordOrList ?? {})) {
    const isWord = data[wordSwitchName(field)] === true;
    delete data[wordSwitchName(field)];
    if (isWord) data[field] = word;
  }
  if (shape.frontMatter) delete data.body;
  const before = shape.rootList && isRecord(original) ? original[shape.rootList] : original;
  const value = shape.rootList ? data[shape.rootList] : data;
  return withoutEmpty(value, before) ?? (shape.rootList ? [] : {});
}

/** The file's data as stored, before the form's changes (switches and the root list unwrapped). */
function readData(text: string, shape: EntryShape): unknown {
  return parse(shape.frontMatter ? splitFrontMatter(text).yaml : text) ?? (shape.rootList ? [] : {});
}

/** Decap's custom format for one kind of file. */
export function entryFormat(shape: EntryShape) {
  return {
    fromFile(text: string): Data {
      const stored = readData(text, shape);
      const data: Data = shape.rootList ? { [shape.rootList]: stored } : isRecord(stored) ? { ...stored } : {};
      for (const [field, word] of Object.entries(shape.wordOrList ?? {}))
        if (data[field] === word) {
          delete data[field];
          data[wordSwitchName(field)] = true;
        }
      if (shape.frontMatter) data.body = splitFrontMatter(text).body;
      data[ORIGINAL_FILE] = text;
      return data;
    },
    toFile(formData: Data): string {
      const value = storedData(formData, shape);
      const original = typeof formData[ORIGINAL_FILE] === 'string' ? formData[ORIGINAL_FILE] : undefined;
      const order = shape.rootList ? (shape.order.nested[shape.rootList] ?? shape.order) : shape.order;
      if (!shape.frontMatter) return original ? editYaml(original, value, order) : freshYaml(value, order);
      const body = typeof formData.body === 'string' ? formData.body : '';
      const yaml = original ? editYaml(splitFrontMatter(original).yaml, value, order) : freshYaml(value, order);
      return `---\n${yaml}---\n${body}`;
    },
  };
}

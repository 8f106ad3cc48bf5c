/**
 * The editor's form fields, read from the content schema itself (zod's own definitions), so a
 * field, a list of choices or a required rule cannot differ between the form and content:check:
 * - a closed list (z.enum) is a select with exactly its values, several for a list of them;
 * - a field the schema makes optional (or gives a default) is optional in the form, every other
 *   field is required; a text per language requires the languages its metadata names;
 * - dates are date pickers; every other text is checked as you type by its own rule from the
 *   schema (schemaAt below), so a phone number or a web address is refused with the message
 *   content:check would print;
 * - a field that is a word or a list (hours: "24/7" or periods) is a switch beside the list.
 * Rules that join several fields (a consulate needs a country, a check needs its date) are
 * checked before saving with the whole schema (see admin/editor.ts).
 */
import type { z } from 'zod';
import { isoDate } from '../content/schemas/primitives';
import { wordSwitchName } from './entry-format';
import { fieldWords, labelOf } from './field-hints';
import type { KeyOrder } from './yaml-edit';

type Schema = z.ZodType;
type Def = Schema['_zod']['def'] & Record<string, unknown>;

/** A Decap CMS field, as written in its config; `schema` and `path` name the rule a checked text follows. */
export type EditorField = {
  name: string;
  label: string;
  widget: string;
  required?: boolean;
  hint?: string;
  options?: string[];
  multiple?: boolean;
  min?: number;
  value_type?: 'int';
  fields?: EditorField[];
  field?: EditorField;
  collapsed?: boolean;
  summary?: string;
  default?: unknown;
  format?: string;
  date_format?: string;
  time_format?: boolean;
  picker_utc?: boolean;
  schema?: string;
  path?: string;
};

const def = (schema: Schema) => schema._zod.def as Def;

/** The schema without its optional/nullable/default wrappers and the output side of a transform. */
function unwrap(schema: Schema): { inner: Schema; optional: boolean } {
  let inner = schema;
  let optional = false;
  for (;;) {
    const d = def(inner);
    if (d.type === 'optional' || d.type === 'default' || d.type === 'prefault') optional = true;
    if (d.type === 'optional' || d.type === 'nullable' || d.type === 'default' || d.type === 'prefault') inner = d.innerType as Schema;
    else if (d.type === 'pipe') inner = d.in as Schema;
    else return { inner, optional };
  }
}

const shapeOf = (schema: Schema) => def(schema).shape as Record<string, Schema>;
const enumValues = (schema: Schema) => Object.values(def(schema).entries as Record<string, string>);
const minLength = (schema: Schema) =>
  ((def(schema).checks as Schema[] | undefined) ?? []).map((check) => def(check)).find((check) => check.check === 'min_length')?.minimum as number | undefined;

/**
 * The rule for one field, by its path in a kind of file (`phones.number`; list items left out):
 * what the form checks a text against, in the browser, with the schema content:check uses.
 */
export function schemaAt(root: Schema, path: string): Schema {
  let current = intoItems(unwrap(root).inner);
  for (const key of path.split('.')) {
    const d = def(current);
    const next = d.type === 'object' ? shapeOf(current)[key] : d.type === 'record' ? (d.valueType as Schema) : undefined;
    if (!next) throw new Error(`${path}: the schema has no field "${key}"`);
    current = intoItems(unwrap(next).inner);
  }
  return current;
}

/** What one form field holds: a list's item, the list side of a word-or-list choice. */
function intoItems(schema: Schema): Schema {
  let current = schema;
  for (;;) {
    const d = def(current);
    if (d.type === 'array') current = unwrap(d.element as Schema).inner;
    else if (d.type === 'union') current = unwrap((d.options as Schema[]).find((option) => def(option).type !== 'literal')!).inner;
    else return current;
  }
}

type Context = { kind: keyof typeof fieldWords; path: string[] };

const dateField = { widget: 'datetime', format: 'YYYY-MM-DD', date_format: 'YYYY-MM-DD', time_format: false, picker_utc: true } as const;

function wordsFor(context: Context, name: string) {
  const path = [...context.path, name].join('.');
  const words = fieldWords[context.kind][path] ?? {};
  const wildcard = fieldWords[context.kind][[...context.path, '*'].join('.')] ?? {};
  return { path, label: words.label ?? labelOf(name), hint: words.hint, multiline: words.multiline ?? wildcard.multiline };
}

/** The form field for one schema field (and, for a word-or-list field, its switch). */
function fieldsFor(name: string, schema: Schema, context: Context): EditorField[] {
  const { inner, optional } = unwrap(schema);
  const words = wordsFor(context, name);
  const base = { name, label: words.label, ...(words.hint ? { hint: words.hint } : {}), ...(optional ? { required: false } : {}) };
  const inside: Context = { ...context, path: [...context.path, name] };
  const d = def(inner);

  if (d.type === 'enum') return [{ ...base, widget: 'select', options: enumValues(inner) }];
  if (d.type === 'number') return [{ ...base, widget: 'number', ...(def(inner).checks ? { value_type: 'int' as const } : {}) }];
  if (d.type === 'string') {
    // A date picker; empty by default, or Decap would fill in today.
    if (inner === isoDate) return [{ ...base, ...dateField, default: '' }];
    return [{ ...base, widget: words.multiline ? 'checked-text' : 'checked-string', schema: context.kind, path: words.path }];
  }
  // Decap cannot say "required once the group is filled in": inside an optional group every field
  // is optional in the form, and the check of the whole file before saving asks for the rest.
  if (d.type === 'object')
    return [
      {
        ...base,
        widget: 'object',
        ...(optional ? { collapsed: true } : {}),
        fields: optional ? allOptional(objectFields(inner, inside)) : objectFields(inner, inside),
      },
    ];
  if (d.type === 'record') {
    const required = (inner as z.ZodType).meta?.()?.requiredKeys as string[] | undefined;
    const keys = enumValues(d.keyType as Schema);
    return [
      {
        ...base,
        widget: 'object',
        collapsed: optional,
        fields: keys.map((key) => ({
          ...fieldsFor(key, d.valueType as Schema, inside)[0],
          ...(required?.includes(key) && !optional ? {} : { required: false }),
        })),
      },
    ];
  }
  if (d.type === 'array') {
    const element = unwrap(d.element as Schema).inner;
    const min = minLength(inner);
    if (def(element).type === 'enum') return [{ ...base, widget: 'select', multiple: true, options: enumValues(element), ...(min ? { min } : {}) }];
    const list = { ...base, widget: 'list', ...(min ? { min } : {}), collapsed: false };
    if (def(element).type === 'object') return [{ ...list, fields: objectFields(element, inside) }];
    return [{ ...list, field: fieldsFor(name, element, { ...context }).map((field) => ({ ...field, label: words.label }))[0] }];
  }
  if (d.type === 'union') {
    // A word or a list (hours: "24/7" or periods): the list, and a switch for the word.
    const options = d.options as Schema[];
    const word = options.find((option) => def(option).type === 'literal');
    const rest = options.find((option) => option !== word);
    if (!word || !rest || options.length !== 2) throw new Error(`${words.path}: the editor has no form for this kind of choice`);
    const switchWords = wordsFor(context, wordSwitchName(name));
    return [
      { ...fieldsFor(name, rest, context)[0], required: false },
      { name: wordSwitchName(name), label: switchWords.label, ...(switchWords.hint ? { hint: switchWords.hint } : {}), widget: 'boolean', required: false },
    ];
  }
  throw new Error(`${words.path}: the editor has no form field for a zod ${d.type}`);
}

const allOptional = (fields: EditorField[]): EditorField[] =>
  fields.map((field) => ({
    ...field,
    required: false,
    ...(field.fields ? { fields: allOptional(field.fields) } : {}),
    ...(field.field ? { field: allOptional([field.field])[0] } : {}),
  }));

/** The fields of an object schema, in the schema's order. */
export function objectFields(schema: Schema, context: Context): EditorField[] {
  return Object.entries(shapeOf(unwrap(schema).inner)).flatMap(([name, field]) => fieldsFor(name, field, context));
}

/** The literal word a word-or-list field may hold, per field (`{ hours: '24/7' }`). */
export function wordOrListFields(schema: Schema): Record<string, string> {
  return Object.fromEntries(
    Object.entries(shapeOf(unwrap(schema).inner)).flatMap(([name, field]) => {
      const d = def(unwrap(field).inner);
      const word = d.type === 'union' ? (d.options as Schema[]).find((option) => def(option).type === 'literal') : undefined;
      return word ? [[name, (def(word).values as string[])[0]]] : [];
    }),
  );
}

/** The order of the form's fields, for writing new lines where a person would put them. */
export function keyOrderOf(fields: EditorField[]): KeyOrder {
  return {
    keys: fields.map((field) => field.name),
    nested: Object.fromEntries(fields.filter((field) => field.fields).map((field) => [field.name, keyOrderOf(field.fields!)])),
  };
}

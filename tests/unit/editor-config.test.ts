/**
 * The editor's form asks for exactly what content:check accepts. The generated Decap config is
 * held against the content schema as zod itself describes it (z.toJSONSchema, an account of the
 * schema written by zod, not by our generator): the same fields, the same choices in every
 * list, the same required fields; and each checked text box applies the schema's own rule.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { contactSchema, regionsFileSchema, topicSchema } from '@/lib/content/schema';
import { editorConfig, editorSchemas } from '@/lib/editor/editor-config';
import { fieldWords } from '@/lib/editor/field-hints';
import { type EditorField, schemaAt } from '@/lib/editor/schema-fields';
import { loadContent } from '@/lib/content/load';

type Json = {
  type?: string | string[];
  properties?: Record<string, Json>;
  required?: string[];
  items?: Json;
  enum?: string[];
  anyOf?: Json[];
  const?: string;
  propertyNames?: Json;
  requiredKeys?: string[];
};

/** One field as a volunteer meets it: what kind of box, its choices, whether it must be filled in. */
type Expected = { kind: 'choice' | 'choices' | 'text' | 'switch'; options?: string[]; required: boolean };

/** What the schema asks for, field by field, from zod's JSON Schema of it. */
function fromSchema(json: Json, path: string, required: boolean, out: Map<string, Expected>) {
  const options = (json.anyOf ?? []).filter((option) => option.type !== 'null');
  if (json.anyOf) {
    const word = options.find((option) => option.const !== undefined);
    if (word) out.set(`${path}_is_word`, { kind: 'switch', required: false });
    return fromSchema(
      options.find((option) => option.const === undefined)!,
      path,
      required && !word,
      out,
    );
  }
  if (json.enum) return out.set(path, { kind: 'choice', options: json.enum, required });
  if (json.type === 'array' && json.items?.enum) return out.set(path, { kind: 'choices', options: json.items.enum, required });
  if (json.type === 'array') {
    if (json.items?.type !== 'object') return out.set(path, { kind: 'text', required });
    out.set(path, { kind: 'text', required });
    return fromItems(json.items, path, out);
  }
  if (json.type === 'object' && json.propertyNames?.enum) {
    if (path) out.set(path, { kind: 'text', required });
    for (const key of json.propertyNames.enum) out.set(`${path}.${key}`, { kind: 'text', required: required && (json.requiredKeys ?? []).includes(key) });
    return;
  }
  if (json.type === 'object') {
    if (path) out.set(path, { kind: 'text', required });
    for (const [name, child] of Object.entries(json.properties ?? {}))
      fromSchema(child, path ? `${path}.${name}` : name, required && (json.required ?? []).includes(name), out);
    return;
  }
  out.set(path, { kind: 'text', required });
}

/** An item of a list exists only once the volunteer adds it; then its own fields are required as the schema says. */
function fromItems(items: Json, path: string, out: Map<string, Expected>) {
  for (const [name, child] of Object.entries(items.properties ?? {})) fromSchema(child, `${path}.${name}`, (items.required ?? []).includes(name), out);
}

/** What the form asks for, field by field. */
function fromForm(fields: EditorField[], path: string, out: Map<string, Expected>) {
  for (const field of fields) {
    const at = path ? `${path}.${field.name}` : field.name;
    const required = field.required !== false;
    if (field.widget === 'select') out.set(at, { kind: field.multiple ? 'choices' : 'choice', options: field.options, required });
    else if (field.widget === 'boolean') out.set(at, { kind: 'switch', required: false });
    else out.set(at, { kind: 'text', required });
    if (field.fields) fromForm(field.fields, at, out);
    if (field.field?.widget === 'select') out.set(at, { kind: 'choices', options: field.field.options, required });
  }
}

const { content } = loadContent();
const config = editorConfig({
  regions: content.regions,
  topics: content.topics.map((topic) => ({ id: topic.id, title: topic.meta.title })),
  backend: { repo: 'example/repo', branch: 'main' },
  siteUrl: 'https://example.org',
});
const contactFields = (config.collections[0] as { fields: EditorField[] }).fields;
const regionFields = (config.collections.find((collection) => collection.name === 'regions') as { files: { fields: EditorField[] }[] }).files[0].fields;
const topicFields = (config.collections.find((collection) => collection.name === 'rights') as { files: { fields: EditorField[] }[] }).files[0].fields;

const schemaView = (schema: z.ZodType, root = '') => {
  const out = new Map<string, Expected>();
  fromSchema(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Json, root, true, out);
  if (root) out.delete(root);
  return out;
};
const formView = (fields: EditorField[]) => {
  const out = new Map<string, Expected>();
  fromForm(fields, '', out);
  return out;
};

describe('the contact form and content:check ask for the same things', () => {
  it('has every field of the schema, and no other, with the same choices and required fields', () => {
    expect(Object.fromEntries(formView(contactFields))).toEqual(Object.fromEntries(schemaView(contactSchema)));
  });

  it('offers exactly the kinds, phone labels, services, costs, days and check methods the schema allows', () => {
    const form = formView(contactFields);
    expect(form.get('kind')?.options).toEqual(['hotline', 'legal-aid', 'consulate', 'government', 'community']);
    expect(form.get('phones.label')?.options).toEqual(contactSchema.shape.phones.unwrap().unwrap().element.in.shape.label.options);
    expect(form.get('services')?.kind).toBe('choices');
    expect(form.get('cost')?.options).toEqual(['free', 'low-cost', 'fees', 'unknown']);
    expect(form.get('hours.days')?.options).toEqual(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']);
    expect(form.get('verification.method')?.options).toEqual(['phone-call', 'official-website', 'email', 'in-person']);
  });

  it('requires what the schema requires: kind, name, the check and a source with its address and date', () => {
    const required = [...formView(contactFields)].filter(([, field]) => field.required).map(([path]) => path);
    expect(required).toEqual([
      'kind',
      'name',
      'phones.label',
      'hours.days',
      'hours.open',
      'hours.close',
      'verification',
      'verification.status',
      'sources',
      'sources.url',
      'sources.retrieved',
    ]);
  });

  it('asks for the call in the guided "record a check" step, a new contact starting unverified', () => {
    const verification = contactFields.find((field) => field.name === 'verification')!;
    expect(verification.widget).toBe('record-check');
    expect(verification.fields?.find((field) => field.name === 'status')?.default).toBe('unverified');
  });
});

describe('regions and rights topics', () => {
  it('the regions form matches regions.yaml’s schema', () => {
    expect(Object.fromEntries(formView(regionFields))).toEqual(Object.fromEntries(schemaView(editorSchemas.region)));
    expect(regionsFileSchema).toBe(editorSchemas.region.shape.regions);
  });

  it('the topic form matches en.md’s front matter, plus its text', () => {
    const form = formView(topicFields);
    expect(form.get('body')).toEqual({ kind: 'text', required: true });
    form.delete('body');
    expect(Object.fromEntries(form)).toEqual(Object.fromEntries(schemaView(topicSchema)));
  });

  it('has a contacts collection for each region, in its folder, and each topic’s English page', () => {
    const folders = config.collections.flatMap((collection) => ('folder' in collection ? [collection.folder] : []));
    expect(folders).toEqual(content.regions.map((region) => `content/contacts/${region.id}`));
    const topics = (config.collections.find((collection) => collection.name === 'rights') as { files: { file: string }[] }).files.map((file) => file.file);
    expect(topics).toEqual(content.topics.map((topic) => `content/rights/${topic.id}/en.md`));
  });

  it('publishes through review: every change is a pull request, and the local editor works on this computer only', () => {
    expect(config.publish_mode).toBe('editorial_workflow');
    expect(config.backend).toMatchObject({ name: 'github', repo: 'example/repo', branch: 'main' });
    expect(config.local_backend).toBe(true);
  });
});

describe('text boxes check what they hold by the schema’s own rule', () => {
  const checked = (fields: EditorField[]): EditorField[] =>
    fields.flatMap((field) => [field, ...checked(field.fields ?? []), ...(field.field ? [field.field] : [])]);
  const rule = (path: string) => schemaAt(editorSchemas.contact, path);

  it('every checked box names a rule the schema has', () => {
    for (const field of [...checked(contactFields), ...checked(regionFields), ...checked(topicFields)].filter((field) => field.widget.startsWith('checked-')))
      expect(() => schemaAt(editorSchemas[field.schema as keyof typeof editorSchemas], field.path!), field.path).not.toThrow();
  });

  it('refuses a number the site could not dial, with the message content:check prints', () => {
    const result = rule('phones.number').safeParse('555-1234');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].message).toBe(
      '"555-1234" is not a valid phone number; write it as the organisation publishes it, e.g. (312) 660-1370, or start a number from another country with +',
    );
    expect(rule('phones.number').safeParse('(312) 660-1370').success).toBe(true);
  });

  it('refuses a website that is not https://', () => {
    expect(rule('website').safeParse('http://legalaidchicago.org').success).toBe(false);
    expect(rule('website').safeParse('https://legalaidchicago.org').success).toBe(true);
  });

  it('dates are picked from a calendar and stored as YYYY-MM-DD', () => {
    const retrieved = contactFields.find((field) => field.name === 'sources')!.fields!.find((field) => field.name === 'retrieved')!;
    expect(retrieved).toMatchObject({ widget: 'datetime', format: 'YYYY-MM-DD', time_format: false, default: '' });
  });
});

describe('the hints say what the README says', () => {
  const hint = (path: string) => {
    let fields = contactFields;
    let found: EditorField | undefined;
    for (const name of path.split('.')) {
      found = fields.find((field) => field.name === name);
      fields = found?.fields ?? [];
    }
    return found?.hint ?? '';
  };

  it('write the number as the organisation publishes it; https:// only; the source’s exact line', () => {
    expect(hint('phones.number')).toContain('Write the number as the organisation publishes it');
    expect(hint('website')).toContain('https://');
    expect(hint('sources.says')).toContain('exact line');
  });

  it('name only fields that exist', () => {
    const paths = (fields: EditorField[], prefix = ''): string[] =>
      fields.flatMap((field) => [
        `${prefix}${field.name}`,
        ...paths(field.fields ?? [], `${prefix}${field.name}.`),
        ...(field.fields ? [`${prefix}${field.name}.*`] : []),
      ]);
    const known = { contact: paths(contactFields), region: paths(regionFields), topic: paths(topicFields) };
    for (const [kind, words] of Object.entries(fieldWords))
      for (const path of Object.keys(words)) expect(known[kind as keyof typeof known], `${kind}: ${path}`).toContain(path);
  });
});

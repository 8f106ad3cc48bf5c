/**
 * The configuration of the editor at /admin/ (Decap CMS), generated at build time from the
 * content schema (schema-fields.ts) and the regions and topics that exist, so the form always
 * asks for what content:check accepts. scripts/lib/editor-build.ts writes it to
 * out/admin/config.yml; tests/unit/editor-config.test.ts holds it to the schema.
 */
import { z } from 'zod';
import { contactSchema, type Region, regionsFileSchema, topicSchema } from '../content/schema';
import type { EntryShape } from './entry-format';
import { type EditorField, keyOrderOf, objectFields, wordOrListFields } from './schema-fields';

/** The schemas the form checks against, by kind of file; regions.yaml's list is the form's one field `regions`. */
export const editorSchemas = {
  contact: contactSchema,
  region: z.strictObject({ regions: regionsFileSchema }),
  topic: topicSchema,
};
export type EditorKind = keyof typeof editorSchemas;

/** Where the editor saves: a GitHub repository, through pull requests (see the README). */
type EditorBackend = {
  repo: string;
  branch: string;
  /** The OAuth provider that lets a volunteer sign in with GitHub (Netlify's by default). */
  oauthBaseUrl?: string;
};

type TopicFile = { id: string; title: string };

/** The name under which each kind's file format is registered with the editor (admin/editor.ts). */
export const formatName = (kind: EditorKind) => `kyr-${kind}`;

/** What the editor knows about each kind of file: the order of its fields and its word-or-list fields. */
export function entryShapes(): Record<EditorKind, EntryShape> {
  return {
    contact: { order: keyOrderOf(contactFields()), wordOrList: wordOrListFields(contactSchema) },
    region: { order: keyOrderOf(regionFields()), rootList: 'regions' },
    topic: { order: keyOrderOf(topicFields()), frontMatter: true },
  };
}

const contactFields = (): EditorField[] => objectFields(editorSchemas.contact, { kind: 'contact', path: [] }).map(asRecordCheck);
const regionFields = (): EditorField[] =>
  objectFields(editorSchemas.region, { kind: 'region', path: [] }).map((field) => ({ ...field, summary: '{{fields.id}}', collapsed: true }));
const topicFields = (): EditorField[] => [
  ...objectFields(editorSchemas.topic, { kind: 'topic', path: [] }),
  { name: 'body', label: 'Page text (Markdown)', widget: 'text', hint: 'Headings (##), paragraphs, lists and links only; no HTML.' },
];

/**
 * The verification group is the guided "record a check" step (admin/record-check-widget.ts). A
 * new contact starts unverified, as the README asks (Decap takes a group's default from its fields).
 */
function asRecordCheck(field: EditorField): EditorField {
  if (field.name !== 'verification') return field;
  return { ...field, widget: 'record-check', fields: field.fields!.map((inner) => (inner.name === 'status' ? { ...inner, default: 'unverified' } : inner)) };
}

/** The whole Decap CMS configuration. */
export function editorConfig({ regions, topics, backend, siteUrl }: { regions: Region[]; topics: TopicFile[]; backend: EditorBackend; siteUrl: string }) {
  const contacts = contactFields();
  return {
    backend: {
      name: 'github',
      repo: backend.repo,
      branch: backend.branch,
      ...(backend.oauthBaseUrl ? { base_url: backend.oauthBaseUrl } : {}),
      // Plain words in the pull request a second volunteer reviews.
      commit_messages: {
        create: 'Add {{collection}} “{{slug}}”',
        update: 'Update {{collection}} “{{slug}}”',
        delete: 'Delete {{collection}} “{{slug}}”',
        uploadMedia: 'Upload “{{path}}”',
        deleteMedia: 'Delete “{{path}}”',
      },
    },
    // On localhost only: `npm run admin` saves to the files on this computer (decap-server).
    local_backend: true,
    // Every change becomes a pull request that another volunteer reviews before it is published.
    publish_mode: 'editorial_workflow',
    // Content has no images; an upload would land here, outside the published site, and show in the pull request.
    media_folder: 'editor-uploads',
    site_url: siteUrl,
    display_url: siteUrl,
    show_preview_links: false,
    search: true,
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections: [
      ...regions.map((region) => ({
        name: `contacts-${region.id}`,
        label: `Contacts: ${region.name.en ?? region.id}`,
        label_singular: `contact in ${region.name.en ?? region.id}`,
        description: `Phone lines, legal aid, consulates and offices listed on the ${region.name.en ?? region.id} help page. The file name is the contact's id.`,
        folder: `content/contacts/${region.id}`,
        extension: 'yaml',
        format: formatName('contact'),
        create: true,
        delete: false,
        identifier_field: 'name',
        slug: '{{slug}}',
        summary: '{{name}}',
        sortable_fields: ['name'],
        view_filters: [{ label: 'Not checked yet', field: 'verification.status', pattern: 'unverified' }],
        editor: { preview: false },
        fields: contacts,
      })),
      {
        name: 'regions',
        label: 'Regions',
        editor: { preview: false },
        files: [
          {
            name: 'regions',
            label: 'Regions (content/regions.yaml)',
            file: 'content/regions.yaml',
            format: formatName('region'),
            fields: regionFields(),
          },
        ],
      },
      {
        name: 'rights',
        label: 'Rights topics (English)',
        description: 'The English reference page of each topic. Translations are edited as files (see the README).',
        editor: { preview: false },
        files: topics.map((topic) => ({
          name: topic.id,
          label: topic.title,
          file: `content/rights/${topic.id}/en.md`,
          format: formatName('topic'),
          fields: topicFields(),
        })),
      },
    ],
  };
}

/** A rights topic's English reference page, and each translation of it. */
import { z } from 'zod';
import { idText, isoDate, plainText, oneOf, sourceUrl } from './primitives';

const situations = ['emergency', 'prepare', 'learn'] as const;
const translationStatuses = ['machine-draft', 'community-reviewed', 'professional'] as const;

const phrases = z.array(plainText('phrase'), { error: 'must be a list of phrases, each starting with "- "' }).default([]);

const topicSourceSchema = z.strictObject({
  title: plainText('title'),
  publisher: plainText('publisher'),
  url: sourceUrl,
});

/** When a topic's legal facts were last checked against their sources, and which of them can change soon. */
const factsCheck = z.strictObject({
  checked_on: isoDate,
  checked_by: plainText('checked_by'),
  in_flux: z
    .array(
      z.strictObject({
        fact: plainText('fact'),
        source: sourceUrl,
      }),
      { error: 'must be a list of facts, each starting with "- fact:" and with its "source:" web address' },
    )
    .optional()
    .default([]),
});

export const topicSchema = z.strictObject({
  title: plainText('title'),
  summary: plainText('summary'),
  order: z.number({ error: 'must be a whole number, e.g. 1' }).int({ error: 'must be a whole number, e.g. 1' }),
  situation: oneOf(situations, 'situation'),
  jurisdiction: idText('jurisdiction'),
  updated: isoDate,
  say: phrases,
  sources: z.array(topicSourceSchema).min(2, { error: 'needs at least two sources' }),
  facts: factsCheck,
  review: z
    .strictObject({
      status: oneOf(['unreviewed', 'reviewed'], 'status'),
      by: plainText('by').nullable().optional(),
      organization: plainText('organization').nullable().optional(),
      on: isoDate.nullable().optional(),
    })
    .superRefine((value, ctx) => {
      if (value.status !== 'reviewed') return;
      if (!value.by) ctx.addIssue({ code: 'custom', path: ['by'], message: 'is required when status is reviewed; write the reviewer’s name' });
      if (!value.on) ctx.addIssue({ code: 'custom', path: ['on'], message: 'is required when status is reviewed; write the date, e.g. 2026-11-20' });
    }),
});

export const translationSchema = z.strictObject({
  title: plainText('title'),
  summary: plainText('summary'),
  say: phrases,
  translation: z
    .strictObject({
      status: oneOf(translationStatuses, 'status'),
      source_hash: z
        .string({ error: 'must be the first 12 hex digits of the sha256 of en.md, in quotes' })
        .regex(/^[0-9a-f]{12}$/, { error: 'must be the first 12 hex digits of the sha256 of en.md, e.g. "3f9a1c0d2b7e"; run npm run content:hash' }),
      reviewed_by: plainText('reviewed_by').nullable().optional(),
      reviewed_on: isoDate.nullable().optional(),
    })
    .superRefine((value, ctx) => {
      if (value.status === 'machine-draft') return;
      if (!value.reviewed_by)
        ctx.addIssue({ code: 'custom', path: ['reviewed_by'], message: 'is required unless status is machine-draft; write who reviewed it' });
      if (!value.reviewed_on)
        ctx.addIssue({ code: 'custom', path: ['reviewed_on'], message: 'is required unless status is machine-draft; write the date, e.g. 2026-11-20' });
    }),
});

export type TopicMeta = z.infer<typeof topicSchema>;
export type TranslationMeta = z.infer<typeof translationSchema>;

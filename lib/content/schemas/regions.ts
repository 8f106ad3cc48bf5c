/** A region: a country, state or city, with its name per language and its parent. */
import { z } from 'zod';
import { idText, localizedText } from './primitives';

export const regionSchema = z.strictObject({
  id: idText('id'),
  name: localizedText('name'),
  parent: idText('parent').nullable().optional().default(null),
  /**
   * The countries of the communities the region's ready-made flyer serves, largest first: each
   * prints its consulate's number (rules.ts checks each has one in the region or a parent).
   */
  flyer_communities: z
    .array(z.string().regex(/^[A-Z]{2}$/, { error: 'must be a two-letter country code in capitals, e.g. MX' }), {
      error: 'must be a list of two-letter country codes, e.g. [MX, GT, HN]',
    })
    .optional(),
});

export const regionsFileSchema = z
  .array(regionSchema, { error: 'must be a list of regions, each starting with "- id:"' })
  .min(1, { error: 'lists no region; add at least the country, id: us' });

export type Region = z.infer<typeof regionSchema>;

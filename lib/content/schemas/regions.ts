/** A region: a country, state or city, with its name per language and its parent. */
import { z } from 'zod';
import { idText, localizedText } from './primitives';

export const regionSchema = z.strictObject({
  id: idText('id'),
  name: localizedText('name'),
  parent: idText('parent').nullable().optional().default(null),
});

export const regionsFileSchema = z
  .array(regionSchema, { error: 'must be a list of regions, each starting with "- id:"' })
  .min(1, { error: 'lists no region; add at least the country, id: us' });

export type Region = z.infer<typeof regionSchema>;

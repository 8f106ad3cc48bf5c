/**
 * The content contract (docs/content-contract.md) as zod schemas, one module per concern under
 * schemas/. Types are inferred from them, never written twice.
 */
export * from './schemas/regions';
export * from './schemas/contacts';
export * from './schemas/phones';
export * from './schemas/topics';
export { plainWordsError, weekdays } from './schemas/primitives';

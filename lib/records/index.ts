// The record domain: schemas and types of everything kept in IndexedDB, and
// the one formatter for their validation errors. PURE.
export * from './schemas.ts';
export { StoredClassificationSchema, StoredDeadlineSchema } from './classification.ts';
export { formatIssue, formatIssues, type IssueLike } from './issues.ts';

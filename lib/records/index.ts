// The record domain: schemas and types of everything kept in IndexedDB, and
// the one formatter for their validation errors. PURE.
export * from './schemas.ts';
export { StoredClassificationSchema, StoredDeadlineSchema } from './classification.ts';
export { formatIssue, formatIssues, type IssueLike } from './issues.ts';
export { isNew, isNewUnopened, newUnopenedCount, nextVisit, VISIT_GAP_MS, VISIT_PAGE_OF, type OpenedIds } from './visits.ts';
export { currentRating } from './rating.ts';
export { goneFrom, neighboursIn, showsAllRatings, type ListingEntry, type Neighbours } from './listing.ts';
export { detectOutcomes, doneSteps, textChanged, type Sighting } from './outcomes.ts';
export type { ImportErrorCode, ImportFailure, ImportIssue, ImportReport, ImportResult, MergeCounts } from './import-report.ts';

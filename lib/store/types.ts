// Records kept in IndexedDB: defined in the pure domain (lib/records), re-exported
// here for the modules that have always imported them from the store.
export {
  STEP_IDS,
  type ChecklistRecord,
  type DraftRecord,
  type ItemStatus,
  type OpenedRecord,
  type OutcomeEvent,
  type OutcomeKind,
  type ReportLogRecord,
  type ReviewRecord,
  type ReviewRequestRecord,
  type StepId,
  type StepProgress,
  type VisitRecord,
} from '../records/index.ts';

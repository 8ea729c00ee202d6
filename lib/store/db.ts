// The extension's IndexedDB (extension origin, opened by the background, the
// popup and the options page — never by a content script, whose IndexedDB
// would belong to the Seller Central page). Versioned schema: each entry of
// MIGRATIONS upgrades from the version before it, so an install of any age
// upgrades step by step.
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type {
  ChecklistRecord,
  DraftRecord,
  OpenedRecord,
  ReportLogRecord,
  ReviewRecord,
  ReviewRequestRecord,
  VisitRecord,
} from '../records/index.ts';

export type { DraftRecord, ReviewRequestRecord } from '../records/index.ts';

export const DB_NAME = 'reviewguard';

export interface RGSchema extends DBSchema {
  reviews: {
    key: string;
    value: ReviewRecord;
    indexes: { 'by-asin': string; 'by-lastSeen': string };
  };
  checklists: { key: string; value: ChecklistRecord };
  drafts: { key: string; value: DraftRecord };
  reviewRequests: { key: string; value: ReviewRequestRecord };
  /** Visits per page kind ("new since your last visit"). */
  visits: { key: string; value: VisitRecord };
  /** Items opened in the checklist (clears them from the "new" badge). */
  opened: { key: string; value: OpenedRecord };
  /** Reports the seller marked as sent. */
  reports: { key: string; value: ReportLogRecord; indexes: { 'by-item': string; 'by-sentAt': string } };
  /** Small key-value settings and state (selected review, settings). */
  meta: { key: string; value: unknown };
}

type UpgradeTx = IDBPTransaction<RGSchema, StoreNames<RGSchema>[], 'versionchange'>;
type Migration = (db: IDBPDatabase<RGSchema>, tx: UpgradeTx) => void;

/** MIGRATIONS[i] takes the database from version i to i + 1. Append only. */
export const MIGRATIONS: Migration[] = [
  // v1: reviews with their classification, checklist progress, drafts, meta.
  (db) => {
    const reviews = db.createObjectStore('reviews', { keyPath: 'id' });
    reviews.createIndex('by-asin', 'asin');
    reviews.createIndex('by-lastSeen', 'lastSeen');
    db.createObjectStore('checklists', { keyPath: 'reviewId' });
    db.createObjectStore('drafts', { keyPath: 'orderId' });
    db.createObjectStore('meta');
  },
  // v2: orders for which a review was already requested (repeat-review-request).
  (db) => {
    db.createObjectStore('reviewRequests', { keyPath: 'orderId' });
  },
  // v3: visits, opened items and the reports log (issue 12). Reviews gain
  // optional fields (arrivedNew, status, outcomes) and checklists a new step
  // id ('dispute'): both are additions, so existing rows stay valid as they are.
  (db) => {
    db.createObjectStore('visits', { keyPath: 'pageKind' });
    db.createObjectStore('opened', { keyPath: 'reviewId' });
    const reports = db.createObjectStore('reports', { keyPath: 'id' });
    reports.createIndex('by-item', 'itemId');
    reports.createIndex('by-sentAt', 'sentAt');
  },
];

export const DB_VERSION = MIGRATIONS.length;

export type RGDatabase = IDBPDatabase<RGSchema>;

export function openStore(name = DB_NAME, version = DB_VERSION): Promise<RGDatabase> {
  return openDB<RGSchema>(name, version, {
    upgrade(db, oldVersion, newVersion, tx) {
      for (let v = oldVersion; v < (newVersion ?? version); v++) MIGRATIONS[v]!(db, tx as unknown as UpgradeTx);
    },
    blocking() {
      // A newer version wants to open (extension updated): let it.
    },
  });
}

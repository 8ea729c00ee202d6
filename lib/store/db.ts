// The extension's IndexedDB (extension origin, opened by the background, the
// popup and the options page — never by a content script, whose IndexedDB
// would belong to the Seller Central page). Versioned schema: each entry of
// MIGRATIONS upgrades from the version before it, so an install of any age
// upgrades step by step.
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { ChecklistRecord, ReviewRecord } from './types.ts';

export const DB_NAME = 'reviewguard';

export interface DraftRecord {
  /** Order id the message is about. */
  orderId: string;
  text: string;
  updatedAt: string;
  pageKind: string;
}

export interface ReviewRequestRecord {
  orderId: string;
  requestedAt: string;
  /** Where we learned it: our click on "Yes", or Amazon's "already requested" error. */
  via: 'request-review' | 'amazon-error';
}

export interface RGSchema extends DBSchema {
  reviews: {
    key: string;
    value: ReviewRecord;
    indexes: { 'by-asin': string; 'by-lastSeen': string };
  };
  checklists: { key: string; value: ChecklistRecord };
  drafts: { key: string; value: DraftRecord };
  reviewRequests: { key: string; value: ReviewRequestRecord };
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

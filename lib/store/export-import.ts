// Export and import of the whole history (the seller's backup, or a move to
// another browser). The JSON file is versioned and validated with zod on the
// way in; a bad file gets an error that names the field and the row, and
// changes NOTHING: everything is validated first, then written in one
// transaction. Merging never overwrites newer data: per record the copy with
// the later lastSeen / updatedAt wins, and the report says what happened.
import * as z from 'zod/mini';
import { SettingsSchema } from '../protocol.ts';
import {
  ChecklistRecordSchema,
  DraftRecordSchema,
  OpenedRecordSchema,
  ReportLogRecordSchema,
  ReviewRecordSchema,
  ReviewRequestRecordSchema,
  VisitRecordSchema,
} from '../records/index.ts';
import type { RGDatabase } from './db.ts';
import { SETTINGS_KEY } from './settings.ts';
import type { ImportErrorCode, ImportFailure, ImportIssue, ImportReport, ImportResult, MergeCounts } from '../records/import-report.ts';
export type { ImportErrorCode, ImportFailure, ImportIssue, ImportReport, ImportResult, MergeCounts } from '../records/import-report.ts';

export const EXPORT_FORMAT = 'reviewguard-export';
/** 2 added visits, opened items and the reports log (and new optional record fields); version 1 files still import. */
export const EXPORT_VERSION = 2;
/** Largest file the import reads (a history of ~100k reviews is far below). */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

// Re-exported where the export file's parts have always been found.
export { ChecklistRecordSchema, DraftRecordSchema, ReviewRecordSchema, ReviewRequestRecordSchema };

const list = <T extends z.ZodMiniType>(row: T) => z._default(z.array(row), []);

/** The export file (versions 1 and 2: version 1 simply lacks the newer sections). */
export const ExportFileSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.union([z.literal(1), z.literal(EXPORT_VERSION)]),
  exportedAt: z.string().check(z.refine((s) => !Number.isNaN(Date.parse(s)), { message: 'not a date (use ISO 8601)' })),
  reviews: z.array(ReviewRecordSchema),
  checklists: list(ChecklistRecordSchema),
  drafts: list(DraftRecordSchema),
  reviewRequests: list(ReviewRequestRecordSchema),
  visits: list(VisitRecordSchema),
  opened: list(OpenedRecordSchema),
  reports: list(ReportLogRecordSchema),
  settings: z.optional(SettingsSchema),
});
export type ExportFile = z.infer<typeof ExportFileSchema>;

const STORES = ['reviews', 'checklists', 'drafts', 'reviewRequests', 'visits', 'opened', 'reports', 'meta'] as const;

// ------------------------------------------------------------------ export

export async function exportAll(db: RGDatabase, now: Date): Promise<ExportFile> {
  const tx = db.transaction([...STORES], 'readonly');
  const [reviews, checklists, drafts, reviewRequests, visits, opened, reports, rawSettings] = await Promise.all([
    tx.objectStore('reviews').getAll(),
    tx.objectStore('checklists').getAll(),
    tx.objectStore('drafts').getAll(),
    tx.objectStore('reviewRequests').getAll(),
    tx.objectStore('visits').getAll(),
    tx.objectStore('opened').getAll(),
    tx.objectStore('reports').getAll(),
    tx.objectStore('meta').get(SETTINGS_KEY),
  ]);
  await tx.done;
  const file: ExportFile = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: now.toISOString(),
    reviews,
    checklists,
    drafts,
    reviewRequests,
    visits,
    opened,
    reports,
  };
  const settings = SettingsSchema.safeParse(rawSettings);
  if (rawSettings !== undefined && settings.success) file.settings = settings.data;
  return file;
}

export async function exportJson(db: RGDatabase, now: Date): Promise<string> {
  return `${JSON.stringify(await exportAll(db, now), null, 2)}\n`;
}

/** File names with the date: reviewguard-2026-11-22.json / .csv */
export function exportFileName(now: Date, ext: 'json' | 'csv'): string {
  return `reviewguard-${now.toISOString().slice(0, 10)}.${ext}`;
}

// ------------------------------------------------------------------ parse



export type ParseResult = { ok: true; file: ExportFile } | ImportFailure;

const SECTIONS = ['reviews', 'checklists', 'drafts', 'reviewRequests', 'visits', 'opened', 'reports'] as const;
type Section = (typeof SECTIONS)[number];
const KEY_OF: Record<Section, string> = {
  reviews: 'id',
  checklists: 'reviewId',
  drafts: 'orderId',
  reviewRequests: 'orderId',
  visits: 'pageKind',
  opened: 'reviewId',
  reports: 'id',
};

function rowId(raw: unknown, section: string, row: number | undefined): string | undefined {
  if (row === undefined || !raw || typeof raw !== 'object') return undefined;
  const list = (raw as Record<string, unknown>)[section];
  if (!Array.isArray(list)) return undefined;
  const rec = list[row - 1] as Record<string, unknown> | undefined;
  const key = KEY_OF[section as Section];
  const v = key && rec && typeof rec === 'object' ? rec[key] : undefined;
  return typeof v === 'string' ? v.slice(0, 60) : undefined;
}

export function describeIssue(i: ImportIssue): string {
  const where = i.section ? (i.row !== undefined ? `${i.section} row ${i.row}${i.id ? ` (${i.id})` : ''}` : i.section) : 'file';
  return `${where}${i.field ? `, field "${i.field}"` : ''}: ${i.message}`;
}

function fail(code: ImportErrorCode, issues: ImportIssue[], headline?: string): ImportFailure {
  const first = issues.slice(0, 5).map(describeIssue);
  const more = issues.length > 5 ? ` (and ${issues.length - 5} more)` : '';
  return { ok: false, code, error: headline ?? `The file is not valid: ${first.join('; ')}${more}. Nothing was imported.`, issues };
}

/** Parses and validates an export file's text. Never throws. */
export function parseExport(text: string): ParseResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    const msg = `This file is not JSON (${(e as Error).message}). Choose a .json file made by "Export JSON". Nothing was imported.`;
    return fail('not-json', [{ section: '', field: '', message: 'not JSON' }], msg);
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw) || (raw as Record<string, unknown>).format !== EXPORT_FORMAT) {
    const msg = `This is not a ReviewGuard export (expected "format": "${EXPORT_FORMAT}"). Nothing was imported.`;
    return fail('not-export', [{ section: '', field: 'format', message: 'not a ReviewGuard export' }], msg);
  }
  const version = (raw as Record<string, unknown>).version;
  if (typeof version === 'number' && version > EXPORT_VERSION) {
    const msg = `This export is version ${version}, made by a newer ReviewGuard; this one reads version ${EXPORT_VERSION}. Update ReviewGuard and try again. Nothing was imported.`;
    return fail('newer-version', [{ section: '', field: 'version', message: `unsupported version ${version}` }], msg);
  }
  const parsed = ExportFileSchema.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((iss): ImportIssue => {
      const path = iss.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
      const [section, idx, ...rest] = path;
      if (typeof section === 'string' && typeof idx === 'number') {
        const row = idx + 1;
        const id = rowId(raw, section, row);
        return { section, row, ...(id ? { id } : {}), field: rest.join('.'), message: iss.message };
      }
      return { section: typeof section === 'string' && path.length > 1 ? section : '', field: path.join('.'), message: iss.message };
    });
    return fail('invalid', issues);
  }
  // Duplicate keys inside the file would make the merge order-dependent.
  const dupes: ImportIssue[] = [];
  for (const section of SECTIONS) {
    const seen = new Set<string>();
    const key = KEY_OF[section];
    (parsed.data[section] as Array<Record<string, unknown>>).forEach((rec, i) => {
      const k = String(rec[key]);
      if (seen.has(k)) dupes.push({ section, row: i + 1, id: k.slice(0, 60), field: key, message: 'duplicate of an earlier row' });
      seen.add(k);
    });
  }
  if (dupes.length) return fail('invalid', dupes);
  return { ok: true, file: parsed.data };
}

// ------------------------------------------------------------------ merge




const zero = (): MergeCounts => ({ added: 0, updated: 0, keptNewerLocal: 0, unchanged: 0 });

/** -1 / 0 / 1: is a earlier than, same as, or later than b (ISO dates compared as instants). */
function cmp(a: string, b: string): number {
  const x = Date.parse(a);
  const y = Date.parse(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

interface KeyedStore<T> {
  get(key: string): Promise<T | undefined>;
  put(value: T): Promise<unknown>;
}

/** Merges `incoming` into `store`: `order(file, local)` > 0 means the file's copy is newer. */
async function merge<T>(
  store: KeyedStore<T>,
  incoming: readonly T[],
  key: (r: T) => string,
  order: (file: T, local: T) => number,
  counts: MergeCounts,
): Promise<void> {
  for (const rec of incoming) {
    const prev = await store.get(key(rec));
    if (prev === undefined) {
      await store.put(rec);
      counts.added++;
      continue;
    }
    const o = order(rec, prev);
    if (o > 0) {
      await store.put(rec);
      counts.updated++;
    } else if (o < 0) counts.keptNewerLocal++;
    else counts.unchanged++;
  }
}

/**
 * Validates the file, then merges it in ONE transaction: all or nothing.
 * Per record the later lastSeen (reviews), updatedAt (checklists, drafts),
 * lastActive (visits) wins; a review request, an opened mark or a logged
 * report already known here is kept (they record facts, first one counts).
 */
export async function importExport(db: RGDatabase, input: string | unknown): Promise<ImportResult> {
  const parsed = typeof input === 'string' ? parseExport(input) : parseExport(JSON.stringify(input));
  if (!parsed.ok) return parsed;
  const file = parsed.file;
  const report: Required<ImportReport> = {
    reviews: zero(),
    checklists: zero(),
    drafts: zero(),
    reviewRequests: zero(),
    visits: zero(),
    opened: zero(),
    reports: zero(),
    settings: file.settings ? 'kept-local' : 'absent',
  };
  const tx = db.transaction([...STORES], 'readwrite');
  const done = tx.done;
  done.catch(() => {}); // awaited below; an abort is reported through the catch
  try {
    const newer = (a: string, b: string) => cmp(a, b);
    await merge(tx.objectStore('reviews'), file.reviews, (r) => r.id, (a, b) => newer(a.lastSeen, b.lastSeen), report.reviews);
    await merge(tx.objectStore('checklists'), file.checklists, (r) => r.reviewId, (a, b) => newer(a.updatedAt, b.updatedAt), report.checklists);
    await merge(tx.objectStore('drafts'), file.drafts, (r) => r.orderId, (a, b) => newer(a.updatedAt, b.updatedAt), report.drafts);
    // A review request is a fact ("asked once"): the local one always stays.
    await merge(
      tx.objectStore('reviewRequests'),
      file.reviewRequests,
      (r) => r.orderId,
      (a, b) => (cmp(a.requestedAt, b.requestedAt) === 0 ? 0 : -1),
      report.reviewRequests,
    );
    // A visit: the one with the later activity is the truer picture of "last visit".
    await merge(tx.objectStore('visits'), file.visits, (r) => r.pageKind, (a, b) => newer(a.lastActive, b.lastActive), report.visits);
    // Opened and reported are facts: the local row stays; missing ones are added.
    await merge(tx.objectStore('opened'), file.opened, (r) => r.reviewId, (a, b) => (cmp(a.openedAt, b.openedAt) === 0 ? 0 : -1), report.opened);
    await merge(tx.objectStore('reports'), file.reports, (r) => r.id, () => 0, report.reports);
    if (file.settings) {
      const meta = tx.objectStore('meta');
      const local = await meta.get(SETTINGS_KEY);
      if (local === undefined || !SettingsSchema.safeParse(local).success) {
        await meta.put(file.settings, SETTINGS_KEY);
        report.settings = 'applied';
      }
    }
    await done;
  } catch (e) {
    try {
      tx.abort();
    } catch {
      /* already finished */
    }
    return { ok: false, code: 'write-failed', error: `Import failed while writing (${(e as Error).message}). Nothing was changed.`, issues: [] };
  }
  return { ok: true, report };
}


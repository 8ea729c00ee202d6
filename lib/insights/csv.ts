// The review history as CSV (one row per review / feedback), for a
// spreadsheet. PURE. RFC 4180 quoting, CRLF line ends, and a guard against
// formula injection: review text is written by buyers, so a cell that starts
// with = + - @ (or a tab / carriage return) is prefixed with ' so Excel,
// LibreOffice and Sheets show it as text instead of running it.
import { buildChecklist, disputeOf, summariseProgress, urgency } from '../checklist/index.ts';
import type { ChecklistRecord, ReviewRecord } from '../records/index.ts';
import { asinOf, currentRating } from './index.ts';
import { outcomeNote } from './outcomes.ts';

export const CSV_COLUMNS = [
  'id',
  'kind',
  'marketplace',
  'host',
  'asin',
  'order_id',
  'date',
  'rating',
  'removable',
  'grounds',
  'root_causes',
  'risks',
  'days_left',
  'checklist_done',
  'checklist_total',
  'amazon_status',
  'outcomes',
  'dispute',
  'title',
  'body',
] as const;

export type CsvCell = string | number | boolean | null | undefined;

/** One cell: formula guard for text, quoted when it holds a comma, quote or line break. */
export function csvCell(v: CsvCell): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  if (typeof v === 'boolean') return v ? 'yes' : 'no';
  let s = v;
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvLine(cells: readonly CsvCell[]): string {
  return cells.map(csvCell).join(',');
}

/** The CSV text (header + one row per record, oldest review first). No BOM: the download adds one for Excel. */
export function reviewsCsv(records: readonly ReviewRecord[], checklists: readonly ChecklistRecord[], now: Date): string {
  const progress = new Map(checklists.map((c) => [c.reviewId, c]));
  const sorted = [...records].sort((a, b) => (a.item.date < b.item.date ? -1 : a.item.date > b.item.date ? 1 : a.id < b.id ? -1 : 1));
  const history = [...records];
  const lines = [csvLine(CSV_COLUMNS)];
  for (const r of sorted) {
    const c = r.classification;
    const { done, total } = summariseProgress(buildChecklist(r, { now, lang: 'en', history }), progress.get(r.id));
    const left = urgency(r, now);
    lines.push(
      csvLine([
        r.id,
        r.kind,
        r.marketplace,
        r.host,
        asinOf(r),
        r.orderId,
        r.item.date,
        currentRating(r),
        c.removable,
        [...new Set(c.grounds.map((g) => g.id))].join(';'),
        (c.rootCauses ?? []).join(';'),
        (c.risks ?? []).join(';'),
        Number.isFinite(left) ? left : null,
        done,
        total,
        r.status,
        outcomeNote(r, 'en', 1000),
        disputeOf(r)?.kind,
        r.item.title,
        r.item.body,
      ]),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}

// Insights over the stored review history (seed 002: "analyse reviews
// regularly for patterns"). PURE: no browser, DOM or IndexedDB, so the options
// page, the tests and a CLI compute the same figures from the same records.
//
// Every function takes the records and the page's filter, so every chart and
// table follows the same filter. "Negative" means the LATEST rating is 1–3
// (a buyer who raised a review to 4 stars no longer counts).
import { contactDeadline, removalDeadline } from '../checklist/deadlines.ts';
import { currentRating } from '../records/index.ts';
import { dayNumber, isoDay } from '../reviews/dates.ts';
import { RISK_IDS, ROOT_CAUSES, type GroundId, type RiskId, type RootCause } from '../reviews/types.ts';
import type { ChecklistRecord, ReviewRecord, StepId } from '../records/index.ts';

export { currentRating };

/** Highest rating counted as negative. */
export const NEGATIVE_MAX_RATING = 3;

export interface InsightsFilter {
  /** Review date from (inclusive), YYYY-MM-DD. */
  from?: string;
  /** Review date to (inclusive), YYYY-MM-DD. */
  to?: string;
  /** Seller Central host (marketplace), e.g. sellercentral.amazon.de. */
  host?: string;
  /** ASIN. */
  asin?: string;
}

export const NO_FILTER: InsightsFilter = {};

export function asinOf(r: ReviewRecord): string | undefined {
  return r.asin ?? r.item.asin ?? undefined;
}

export function isNegative(r: ReviewRecord): boolean {
  return currentRating(r) <= NEGATIVE_MAX_RATING;
}

/** Day number of the review date (NaN when unusable). */
function reviewDay(r: ReviewRecord): number {
  return dayNumber(r.item.date);
}

/** Records that pass the filter (empty / missing fields do not filter). */
export function applyFilter(records: readonly ReviewRecord[], filter: InsightsFilter = NO_FILTER): ReviewRecord[] {
  const from = filter.from ? dayNumber(filter.from) : Number.NaN;
  const to = filter.to ? dayNumber(filter.to) : Number.NaN;
  return records.filter((r) => {
    if (filter.host && r.host !== filter.host) return false;
    if (filter.asin && asinOf(r) !== filter.asin) return false;
    if (!Number.isNaN(from) || !Number.isNaN(to)) {
      const d = reviewDay(r);
      if (Number.isNaN(d)) return false;
      if (!Number.isNaN(from) && d < from) return false;
      if (!Number.isNaN(to) && d > to) return false;
    }
    return true;
  });
}

/** The hosts and ASINs present in the history, for the filter drop-downs (sorted). */
export function filterOptions(records: readonly ReviewRecord[]): { hosts: string[]; asins: string[] } {
  const hosts = new Set<string>();
  const asins = new Set<string>();
  for (const r of records) {
    if (r.host) hosts.add(r.host);
    const a = asinOf(r);
    if (a) asins.add(a);
  }
  return { hosts: [...hosts].sort(), asins: [...asins].sort() };
}

// ------------------------------------------------------------ by week

/** A bar's root cause: the primary one, or 'none' when the classifier found none. */
export type CauseKey = RootCause | 'none';
export const CAUSE_KEYS: readonly CauseKey[] = [...ROOT_CAUSES, 'none'];

export interface WeeklyByRootCause {
  /** Monday (UTC) of each week, YYYY-MM-DD, consecutive, oldest first. */
  weeks: string[];
  /** One count per week for each cause; stacked, they sum to `totals`. */
  series: Record<CauseKey, number[]>;
  totals: number[];
  /** All negative reviews counted (= sum of totals). */
  count: number;
}

/** Monday of the ISO week of a day number (day 0 = 1970-01-01, a Thursday). */
function mondayOf(day: number): number {
  return day - ((day + 3) % 7);
}

/** Most weeks a chart shows: the latest ones (a longer range is cut at the start). */
export const MAX_WEEKS = 104;

/**
 * Negative reviews per week by primary root cause (each review counted once,
 * under its first root cause, so the stacked bars add up to the number of
 * negative reviews). Weeks without reviews are included as zeros, from the
 * filter's `from` (or the first review) to its `to` (or the last review).
 */
export function weeklyByRootCause(records: readonly ReviewRecord[], filter: InsightsFilter = NO_FILTER): WeeklyByRootCause {
  const neg = applyFilter(records, filter).filter(isNegative);
  const days = neg.map(reviewDay).filter((d) => !Number.isNaN(d));
  const series = Object.fromEntries(CAUSE_KEYS.map((k) => [k, [] as number[]])) as unknown as Record<CauseKey, number[]>;
  if (days.length === 0) return { weeks: [], series, totals: [], count: 0 };
  const fromF = filter.from ? dayNumber(filter.from) : Number.NaN;
  const toF = filter.to ? dayNumber(filter.to) : Number.NaN;
  let first = mondayOf(Number.isNaN(fromF) ? Math.min(...days) : fromF);
  const last = mondayOf(Number.isNaN(toF) ? Math.max(...days) : toF);
  if ((last - first) / 7 + 1 > MAX_WEEKS) first = last - (MAX_WEEKS - 1) * 7;
  const n = Math.max(0, (last - first) / 7 + 1);
  const weeks = Array.from({ length: n }, (_, i) => isoDay(first + i * 7));
  for (const k of CAUSE_KEYS) series[k] = new Array<number>(n).fill(0);
  const totals = new Array<number>(n).fill(0);
  let count = 0;
  for (const r of neg) {
    const d = reviewDay(r);
    if (Number.isNaN(d)) continue;
    const i = (mondayOf(d) - first) / 7;
    if (i < 0 || i >= n) continue;
    const cause: CauseKey = r.classification.rootCauses?.[0] ?? 'none';
    series[cause][i]! += 1;
    totals[i]! += 1;
    count += 1;
  }
  return { weeks, series, totals, count };
}

/** Totals per primary root cause over the filtered negative reviews (for text summaries). */
export function causeTotals(records: readonly ReviewRecord[], filter: InsightsFilter = NO_FILTER): Array<{ cause: CauseKey; count: number }> {
  const counts = new Map<CauseKey, number>();
  for (const r of applyFilter(records, filter).filter(isNegative)) {
    const c: CauseKey = r.classification.rootCauses?.[0] ?? 'none';
    counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  return CAUSE_KEYS.filter((k) => counts.has(k))
    .map((cause) => ({ cause, count: counts.get(cause)! }))
    .sort((a, b) => b.count - a.count);
}

// ------------------------------------------------------------ by ASIN

export interface AsinRow {
  asin: string;
  negative: number;
  /** All reviews of the ASIN in the filter (any rating). */
  total: number;
}

/**
 * Negative reviews per ASIN, most first (ties: ASIN order), top `limit`.
 * Records without an ASIN (most seller feedback) are counted in `withoutAsin`.
 */
export function byAsin(
  records: readonly ReviewRecord[],
  filter: InsightsFilter = NO_FILTER,
  limit = 10,
): { rows: AsinRow[]; withoutAsin: number; asinCount: number } {
  const map = new Map<string, AsinRow>();
  let withoutAsin = 0;
  for (const r of applyFilter(records, filter)) {
    const a = asinOf(r);
    const neg = isNegative(r);
    if (!a) {
      if (neg) withoutAsin += 1;
      continue;
    }
    const row = map.get(a) ?? { asin: a, negative: 0, total: 0 };
    row.total += 1;
    if (neg) row.negative += 1;
    map.set(a, row);
  }
  const all = [...map.values()].filter((r) => r.negative > 0).sort((x, y) => y.negative - x.negative || (x.asin < y.asin ? -1 : 1));
  return { rows: all.slice(0, limit), withoutAsin, asinCount: all.length };
}

// ------------------------------------------------------------ removable

export interface RemovableShare {
  negative: number;
  removable: number;
  /** removable / negative, 0 when there are none. */
  share: number;
  /** How often each ground was found among the removable ones, most first. */
  grounds: Array<{ id: GroundId; count: number }>;
}

/** Of the negative reviews in the filter, how many had a removal ground. */
export function removableShare(records: readonly ReviewRecord[], filter: InsightsFilter = NO_FILTER): RemovableShare {
  const neg = applyFilter(records, filter).filter(isNegative);
  const removable = neg.filter((r) => r.classification.removable);
  const counts = new Map<GroundId, number>();
  for (const r of removable) {
    for (const id of new Set(r.classification.grounds.map((g) => g.id))) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return {
    negative: neg.length,
    removable: removable.length,
    share: neg.length ? removable.length / neg.length : 0,
    grounds: [...counts].map(([id, count]) => ({ id, count })).sort((a, b) => b.count - a.count || (a.id < b.id ? -1 : 1)),
  };
}

// ------------------------------------------------------------ risks

export interface RiskItem {
  id: string;
  kind: ReviewRecord['kind'];
  asin?: string;
  host: string;
  date: string;
  rating: number;
  risks: RiskId[];
  /** The words that raised the first risk (page text: render as text only). */
  quote?: string;
  title?: string;
}

/** Risks raised by the reviews in the filter (any rating): counts and the reviews, newest first. */
export function risks(records: readonly ReviewRecord[], filter: InsightsFilter = NO_FILTER): { counts: Record<RiskId, number>; items: RiskItem[] } {
  const counts = Object.fromEntries(RISK_IDS.map((id) => [id, 0])) as Record<RiskId, number>;
  const items: RiskItem[] = [];
  for (const r of applyFilter(records, filter)) {
    const list = [...new Set(r.classification.risks ?? [])];
    if (list.length === 0) continue;
    for (const id of list) counts[id] += 1;
    const item: RiskItem = { id: r.id, kind: r.kind, host: r.host, date: r.item.date, rating: currentRating(r), risks: list };
    const a = asinOf(r);
    if (a) item.asin = a;
    const quote = r.classification.riskEvidence?.[0]?.quote;
    if (quote) item.quote = quote;
    if (r.item.title) item.title = r.item.title;
    items.push(item);
  }
  items.sort((a, b) => dayNumber(b.date) - dayNumber(a.date) || (a.id < b.id ? -1 : 1));
  return { counts, items };
}

// ------------------------------------------------------------ deadlines

export interface UpcomingDeadline {
  reviewId: string;
  kind: ReviewRecord['kind'];
  asin?: string;
  host: string;
  rating: number;
  /** Deadline id: feedback-removal, review-report, contact-buyer, proactive-messaging. */
  deadlineId: string;
  /** The checklist step the deadline belongs to. */
  step: Extract<StepId, 'report' | 'contact'>;
  lastDay: string;
  daysLeft: number;
  source: string;
}

/**
 * The open deadlines, soonest first (expired ones hidden): reporting a
 * removable review / feedback, and contacting the buyer about a negative one
 * (the same windows the checklist uses). A deadline whose checklist step is
 * already marked done is left out.
 */
export function upcomingDeadlines(
  records: readonly ReviewRecord[],
  now: Date,
  filter: InsightsFilter = NO_FILTER,
  checklists: readonly ChecklistRecord[] = [],
): UpcomingDeadline[] {
  const done = new Map(checklists.map((c) => [c.reviewId, c]));
  const out: UpcomingDeadline[] = [];
  for (const r of applyFilter(records, filter)) {
    const progress = done.get(r.id);
    const rating = currentRating(r);
    const add = (step: UpcomingDeadline['step'], d: ReturnType<typeof removalDeadline>) => {
      if (!d || d.expired || progress?.steps[step]?.done) return;
      const row: UpcomingDeadline = {
        reviewId: r.id,
        kind: r.kind,
        host: r.host,
        rating,
        deadlineId: d.id,
        step,
        lastDay: d.lastDay,
        daysLeft: d.daysLeft,
        source: d.source,
      };
      const a = asinOf(r);
      if (a) row.asin = a;
      out.push(row);
    };
    // Already removed or struck by Amazon: no report deadline to chase.
    if (r.classification.removable && !r.status) add('report', removalDeadline(r, now));
    if (rating <= NEGATIVE_MAX_RATING) add('contact', contactDeadline(r, now));
  }
  return out.sort((a, b) => a.daysLeft - b.daysLeft || (a.reviewId < b.reviewId ? -1 : a.reviewId > b.reviewId ? 1 : 0) || (a.step < b.step ? -1 : 1));
}

// ------------------------------------------------------------ headline

export interface Headline {
  reviews: number;
  negative: number;
  removable: number;
  withRisk: number;
  openDeadlines: number;
  /** Open deadlines with 7 days or fewer left. */
  dueThisWeek: number;
}

export function headline(
  records: readonly ReviewRecord[],
  now: Date,
  filter: InsightsFilter = NO_FILTER,
  checklists: readonly ChecklistRecord[] = [],
): Headline {
  const list = applyFilter(records, filter);
  const share = removableShare(list);
  const deadlines = upcomingDeadlines(list, now, NO_FILTER, checklists);
  return {
    reviews: list.length,
    negative: share.negative,
    removable: share.removable,
    withRisk: list.filter((r) => (r.classification.risks ?? []).length > 0).length,
    openDeadlines: deadlines.length,
    dueThisWeek: deadlines.filter((d) => d.daysLeft <= 7).length,
  };
}

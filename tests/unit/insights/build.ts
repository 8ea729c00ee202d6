// Hand-made ReviewRecords for exact aggregation tests (no classifier).
import { deadlinesFor } from '../../../lib/reviews/deadlines.ts';
import type { Classification, GroundId, RiskId, RootCause } from '../../../lib/reviews/types.ts';
import type { ReviewRecord } from '../../../lib/store/types.ts';

export const NOW = new Date('2026-03-01T12:00:00Z');

export interface Spec {
  id: string;
  date: string;
  rating: number;
  kind?: 'review' | 'feedback';
  /** Latest rating after a change. */
  now?: number;
  causes?: RootCause[];
  grounds?: GroundId[];
  risks?: RiskId[];
  asin?: string;
  host?: string;
  lastSeen?: string;
  body?: string;
  title?: string;
}

export function rec(s: Spec): ReviewRecord {
  const kind = s.kind ?? 'review';
  const item = { id: s.id, kind, rating: s.rating, body: s.body ?? 'text', date: s.date, ...(s.title ? { title: s.title } : {}) };
  const classification: Classification = {
    removable: (s.grounds ?? []).length > 0,
    grounds: (s.grounds ?? []).map((id) => ({ id, field: 'body' as const, start: 0, end: 4, quote: 'text' })),
    reason: { en: '', zh: '' },
    rootCauses: s.causes ?? [],
    risks: s.risks ?? [],
    riskEvidence: (s.risks ?? []).map((id) => ({ id, field: 'body' as const, start: 0, end: 4, quote: `quote for ${id}` })),
    deadlines: deadlinesFor(item, NOW),
  };
  const ratings = [{ rating: s.rating, at: `${s.date}T10:00:00.000Z` }];
  if (s.now !== undefined) ratings.push({ rating: s.now, at: NOW.toISOString() });
  const r: ReviewRecord = {
    id: s.id,
    kind,
    item,
    classification,
    marketplace: 'US',
    host: s.host ?? 'sellercentral.amazon.com',
    firstSeen: `${s.date}T10:00:00.000Z`,
    lastSeen: s.lastSeen ?? `${s.date}T10:00:00.000Z`,
    ratings,
  };
  if (s.asin) r.asin = s.asin;
  return r;
}

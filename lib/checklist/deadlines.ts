// Picks the deadline each step needs from the classification's `deadlines`
// (computed by lib/reviews with its sourced constants). When a record was
// classified before a deadline existed, the fallback windows below are used,
// each with its source, so the step still shows a date.
import type { Deadline } from '../reviews/types.ts';
import type { ReviewRecord } from '../store/types.ts';

const DAY = 86_400_000;

export interface FallbackWindow {
  id: string;
  windowDays: number;
  source: string;
  lastChecked: string;
}

/**
 * Fallback windows (used only when the classification has no matching deadline).
 * - Brand "Contact buyer": 1–3 star reviews of the last 6 months (seed 004).
 * - Proactive Buyer-Seller Messaging: 30 days from the order date (seed 004;
 *   Amazon's Communication Guidelines). The feedback date is the latest the
 *   order can have been placed, so counting from it gives an upper bound.
 */
export const FALLBACK_WINDOWS = {
  contactBuyer: {
    id: 'contact-buyer',
    windowDays: 180,
    source: 'seed 004 (brand Customer Reviews "Contact buyer": reviews of the last 6 months)',
    lastChecked: '2026-01-15',
  },
  messaging: {
    id: 'proactive-messaging',
    windowDays: 30,
    source: "seed 004; Amazon Buyer-Seller Communication Guidelines (proactive messages within 30 days of the order)",
    lastChecked: '2026-01-15',
  },
} as const satisfies Record<string, FallbackWindow>;

/** Midnight UTC of an ISO date / date-time. */
function dayStart(iso: string | Date): number {
  const d = typeof iso === 'string' ? new Date(iso) : iso;
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
}

/** Builds a Deadline from a window counted from `from` (same semantics as lib/reviews). */
export function computeDeadline(w: FallbackWindow, from: string, now: Date): Deadline {
  const last = dayStart(from) + w.windowDays * DAY;
  const daysLeft = Math.round((last - dayStart(now)) / DAY);
  return {
    id: w.id,
    windowDays: w.windowDays,
    lastDay: new Date(last).toISOString().slice(0, 10),
    daysLeft,
    expired: daysLeft < 0,
    source: w.source,
    lastChecked: w.lastChecked,
  };
}

/** Re-bases a stored deadline on `now` (a stored daysLeft goes stale). */
export function refresh(d: Deadline, now: Date): Deadline {
  const last = Date.parse(`${d.lastDay}T00:00:00Z`);
  if (Number.isNaN(last)) return d;
  const daysLeft = Math.round((last - dayStart(now)) / DAY);
  return { ...d, daysLeft, expired: daysLeft < 0 };
}

function find(record: ReviewRecord, re: RegExp): Deadline | undefined {
  const all = record.classification.deadlines ?? {};
  for (const [key, d] of Object.entries(all)) {
    if (re.test(key) || re.test(d.id)) return d;
  }
  return undefined;
}

/** The removal-request deadline, if the classifier set one for this kind. */
export function removalDeadline(record: ReviewRecord, now: Date): Deadline | undefined {
  const kindRe = record.kind === 'feedback' ? /feedback.*remov|remov.*feedback/i : /review.*remov|remov.*review/i;
  const d = find(record, kindRe) ?? find(record, /remov|report/i);
  return d ? refresh(d, now) : undefined;
}

/** The window for contacting the buyer: brand "Contact buyer" for reviews, proactive messaging for feedback. */
export function contactDeadline(record: ReviewRecord, now: Date): Deadline {
  if (record.kind === 'review') {
    const d = find(record, /contact/i);
    return d ? refresh(d, now) : computeDeadline(FALLBACK_WINDOWS.contactBuyer, record.item.date, now);
  }
  const d = find(record, /messag|proactive/i);
  return d ? refresh(d, now) : computeDeadline(FALLBACK_WINDOWS.messaging, record.item.date, now);
}

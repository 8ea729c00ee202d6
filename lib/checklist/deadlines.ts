// Picks the deadline each step needs from the classification's `deadlines`
// (computed by lib/reviews from its sourced constants, lib/reviews/deadlines.ts).
// When a stored record lacks one (classified before the rule existed) the same
// rule is applied here; the proactive-messaging window, which lib/reviews does
// not compute, is defined below with its source.
import { CONTACT_BUYER, FEEDBACK_REMOVAL, REVIEW_REPORT, type DeadlineRule } from '../reviews/deadlines.ts';
import type { Deadline } from '../reviews/types.ts';
import type { ReviewRecord } from '../store/types.ts';

const DAY = 86_400_000;

export interface Window {
  id: string;
  windowDays: number;
  source: string;
  lastChecked: string;
}

/**
 * Proactive Buyer-Seller Messaging: 30 days from the ORDER date (seed 004;
 * policy.md §2 "warn from the order date"). A feedback record carries only
 * the feedback date, which is the latest the order can have been placed, so
 * the window counted from it is an upper bound: the UI labels it "at most".
 */
export const PROACTIVE_MESSAGING: Window = {
  id: 'proactive-messaging',
  windowDays: 30,
  source: 'seed 004; Amazon Communication Guidelines (proactive messages only within 30 days of the order)',
  lastChecked: '2026-11-22',
};

/** Kept for callers that want the windows the checklist uses, in one place. */
export const FALLBACK_WINDOWS: Readonly<Record<'contactBuyer' | 'reviewReport' | 'feedbackRemoval' | 'messaging', Window>> = {
  contactBuyer: CONTACT_BUYER,
  reviewReport: REVIEW_REPORT,
  feedbackRemoval: FEEDBACK_REMOVAL,
  messaging: PROACTIVE_MESSAGING,
};

/** Midnight UTC of an ISO date / date-time. */
function dayStart(d: string | Date): number {
  const x = typeof d === 'string' ? new Date(d) : d;
  return Date.UTC(x.getUTCFullYear(), x.getUTCMonth(), x.getUTCDate());
}

/** A Deadline from a window counted in calendar days from `from` (same semantics as lib/reviews). */
export function computeDeadline(w: Window | DeadlineRule, from: string, now: Date): Deadline | undefined {
  const start = dayStart(from);
  if (Number.isNaN(start)) return undefined;
  const last = start + w.windowDays * DAY;
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

function stored(record: ReviewRecord, id: string): Deadline | undefined {
  const all = record.classification.deadlines ?? {};
  return all[id] ?? Object.values(all).find((d) => d.id === id);
}

function pick(record: ReviewRecord, rule: Window | DeadlineRule, now: Date): Deadline | undefined {
  const d = stored(record, rule.id);
  return d ? refresh(d, now) : computeDeadline(rule, record.item.date, now);
}

/** The removal-report deadline: feedback removal (90 days) or the review report window (lib/reviews). */
export function removalDeadline(record: ReviewRecord, now: Date): Deadline | undefined {
  return pick(record, record.kind === 'feedback' ? FEEDBACK_REMOVAL : REVIEW_REPORT, now);
}

/** The window for contacting the buyer: brand "Contact buyer" for reviews, proactive messaging for feedback. */
export function contactDeadline(record: ReviewRecord, now: Date): Deadline | undefined {
  return pick(record, record.kind === 'review' ? CONTACT_BUYER : PROACTIVE_MESSAGING, now);
}

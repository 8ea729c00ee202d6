// Picks the deadline each step needs from the classification's `deadlines`
// (computed by lib/reviews from its sourced constants, lib/reviews/deadlines.ts).
// When a stored record lacks one (classified before the rule existed) the same
// rule is applied here; the proactive-messaging window, which lib/reviews does
// not compute, is defined below with its source.
import { CONTACT_BUYER, FEEDBACK_REMOVAL, REVIEW_REPORT, type DeadlineRule } from '../reviews/deadlines.ts';
import type { Deadline } from '../reviews/types.ts';
import type { ReviewRecord } from '../records/index.ts';

const DAY = 86_400_000;

export interface Window {
  id: string;
  windowDays: number;
  source: string;
  lastChecked: string;
}

/**
 * Proactive Buyer-Seller Messaging: within 30 days of ORDER COMPLETION, i.e.
 * delivery (Amazon's Communication Guidelines). A feedback record carries only
 * the feedback date; the buyer leaves feedback after delivery, so the window
 * counted from it is an upper bound: the UI labels it "at most".
 */
export const PROACTIVE_MESSAGING: Window = {
  id: 'proactive-messaging',
  windowDays: 30,
  source: 'https://sellercentral.amazon.com/help/hub/reference/external/G1801 (Communication Guidelines: proactive messages within 30 days of order completion)',
  lastChecked: '2026-12-01',
};

// Names of internal working documents; never shown to a seller.
const INTERNAL = /\b(?:seeds?\s*\d{3}|policy\.md|design\.md|seller-central-dom\.md)\b/i;
// A bare citation in brackets, "(seed 004)", is simply removed.
const BARE_CITATION = /\s*\((?:seeds?\s*\d{3}(?:\s*(?:,|and)\s*\d{3})*|policy\.md[^)]*|design\.md[^)]*)\)/gi;

/**
 * A deadline source as a seller may see it: public sources only. Clauses that
 * cite an internal document are dropped ("seed 004 (Brand > …)" keeps what the
 * parenthesis says Seller Central shows); when nothing public is left, the
 * Seller Central help is named.
 */
export function publicSource(source: string): string {
  const kept: string[] = [];
  for (const part of source.replace(BARE_CITATION, '').split(/;\s*/)) {
    if (!INTERNAL.test(part)) {
      kept.push(part.trim());
      continue;
    }
    const inner = /^\s*seeds?\s*\d{3}\s*\((.+)\)\s*$/i.exec(part)?.[1];
    if (inner && !INTERNAL.test(inner)) kept.push(`Seller Central (${inner.trim()})`);
  }
  const out = kept.filter(Boolean).join('; ');
  return out || 'Amazon Seller Central Help';
}

/** A note as a seller may see it: clauses (and sentences) that cite an internal document are dropped. */
export function publicNote(note: string): string {
  const seg = new Intl.Segmenter('en', { granularity: 'sentence' });
  const out: string[] = [];
  for (const { segment } of seg.segment(note.replace(BARE_CITATION, ''))) {
    const clauses = segment.trim().split(/;\s*/);
    const kept = clauses.filter((c) => !INTERNAL.test(c));
    if (!kept.length) continue;
    let s = kept.join('; ');
    if (kept.length < clauses.length && !/[.!?]$/.test(s)) s += '.';
    out.push(s);
  }
  return out.join(' ');
}

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

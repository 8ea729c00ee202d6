// Time limits that start at the review / feedback date. Amazon changes them,
// so each carries its source and the date it was last checked; the UI shows
// both. Windows count calendar days: left on day D with a 90-day window, the
// last day to act is D + 90.
import { dayNumber, isoDay } from './dates.ts';
import type { Deadline, ReviewItem } from './types.ts';

export interface DeadlineRule {
  id: string;
  windowDays: number;
  appliesTo: ReadonlyArray<ReviewItem['kind']>;
  /** Highest star rating the window applies to (brand "Contact buyer": 1–3). */
  maxRating?: number;
  title: { en: string; zh: string };
  source: string;
  /** Where sources disagree or the number is our choice, why. */
  note: string;
  lastChecked: string;
}

export const FEEDBACK_REMOVAL: DeadlineRule = {
  id: 'feedback-removal',
  windowDays: 90,
  appliesTo: ['feedback'],
  title: { en: 'Request feedback removal', zh: '申请移除买家反馈' },
  source: 'https://sellercentral.amazon.com/gp/help/external/20231 (Feedback Manager, "Request removal": within 90 days of the feedback)',
  note: "Amazon's current help allows removal requests for 90 days after the feedback was left; older seller guides say 60. We use Amazon's 90.",
  lastChecked: '2026-11-22',
};

export const REVIEW_REPORT: DeadlineRule = {
  id: 'review-report',
  windowDays: 180,
  appliesTo: ['review'],
  title: { en: 'Report the review to Amazon', zh: '向亚马逊举报该评论' },
  source: 'https://www.amazon.com/gp/help/customer/display.html?nodeId=201602680 (Community Guidelines: no deadline); Seller Central help, Brand > Customer Reviews (recent reviews only)',
  note:
    'Amazon sets no deadline for reporting a review that breaks the Community Guidelines. We use 180 days because the Brand > Customer Reviews page, ' +
    "where sellers find and report reviews, lists recent reviews only (Amazon's help copies say 30 or 90 days; the page's own filter is the truth), and a bad review does most of its damage while it is new.",
  lastChecked: '2026-11-22',
};

export const CONTACT_BUYER: DeadlineRule = {
  id: 'contact-buyer',
  windowDays: 180,
  appliesTo: ['review'],
  maxRating: 3,
  title: { en: 'Brand "Contact buyer" (1–3 star reviews)', zh: '品牌"联系买家"（1–3 星评论）' },
  source: 'Seller Central help, Brand > Customer Reviews > Contact buyer (1–3 star reviews, brand-registered sellers)',
  note: '6 months, counted as 180 days from the review date; only 1–3 star reviews, only for Brand Registry owners.',
  lastChecked: '2026-11-22',
};

export const DEADLINE_RULES: readonly DeadlineRule[] = [FEEDBACK_REMOVAL, REVIEW_REPORT, CONTACT_BUYER];

/** The deadlines that apply to this item, keyed by id. Empty when a date is unusable. */
export function deadlinesFor(item: Pick<ReviewItem, 'kind' | 'rating' | 'date'>, now: Date | string): Record<string, Deadline> {
  const out: Record<string, Deadline> = {};
  const start = dayNumber(item.date);
  const today = dayNumber(now);
  if (!Number.isFinite(start) || !Number.isFinite(today)) return out;
  for (const rule of DEADLINE_RULES) {
    if (!rule.appliesTo.includes(item.kind)) continue;
    if (rule.maxRating !== undefined && !(item.rating <= rule.maxRating)) continue;
    const last = start + rule.windowDays;
    const daysLeft = last - today;
    out[rule.id] = {
      id: rule.id,
      windowDays: rule.windowDays,
      lastDay: isoDay(last),
      daysLeft,
      expired: daysLeft < 0,
      source: rule.source,
      lastChecked: rule.lastChecked,
    };
  }
  return out;
}

// Topic alerts: several negative reviews of one ASIN with the same primary
// root cause within a few days usually mean one problem (a bad batch, a wrong
// size chart), worth fixing before the next buyer meets it. PURE.
import { dayNumber, isoDay } from '../reviews/dates.ts';
import type { Lang } from '../i18n/lang.ts';
import { ROOT_CAUSE_LABELS } from '../reviews/labels.ts';
import type { RootCause } from '../reviews/types.ts';
import type { ReviewRecord } from '../records/index.ts';
import { asinOf, isNegative } from './index.ts';

/** The two numbers, for the settings (defaults: 3 reviews within 7 days). */
import { DEFAULT_TOPIC_ALERTS, type TopicAlertSettings } from './topic-settings.ts';
export { DEFAULT_TOPIC_ALERTS, TopicAlertSettingsSchema, type TopicAlertSettings } from './topic-settings.ts';

export interface TopicCluster {
  asin: string;
  rootCause: RootCause;
  /** The reviews in the window, oldest first. */
  reviewIds: string[];
  count: number;
  /** First and last review date in the window, YYYY-MM-DD. */
  from: string;
  to: string;
}

export interface TopicOptions extends TopicAlertSettings {
  /**
   * When given, only the window ending today counts (the alert that is live
   * now): reviews dated within the last `windowDays` days up to `now`.
   * Without it, the fullest window anywhere in the history is reported.
   */
  now?: Date;
}

/**
 * Clusters of at least `minCount` negative reviews (1–3★ now, not removed by
 * Amazon) of the same ASIN whose primary root cause is the same, dated within
 * `windowDays` days of each other (first to last ≤ windowDays − 1 days).
 * Largest first, then most recent.
 */
export function topicClusters(records: readonly ReviewRecord[], opts: TopicOptions = DEFAULT_TOPIC_ALERTS): TopicCluster[] {
  const { minCount, windowDays } = opts;
  const groups = new Map<string, Array<{ id: string; day: number }>>();
  for (const r of records) {
    if (r.kind !== 'review' || !isNegative(r) || r.status === 'removed') continue;
    const asin = asinOf(r);
    const cause = r.classification.rootCauses?.[0];
    const d = dayNumber(r.item.date);
    if (!asin || !cause || Number.isNaN(d)) continue;
    const key = `${asin}\u0000${cause}`;
    const list = groups.get(key) ?? [];
    list.push({ id: r.id, day: d });
    groups.set(key, list);
  }
  const today = opts.now ? dayNumber(opts.now.toISOString()) : Number.NaN;
  const out: TopicCluster[] = [];
  for (const [key, list] of groups) {
    const [asin, cause] = key.split('\u0000') as [string, RootCause];
    const items = list.sort((a, b) => a.day - b.day || (a.id < b.id ? -1 : 1));
    let best: typeof items = [];
    if (!Number.isNaN(today)) {
      best = items.filter((x) => x.day <= today && x.day > today - windowDays);
    } else {
      // Sliding window: the fullest one, the latest among equals.
      let lo = 0;
      for (let hi = 0; hi < items.length; hi++) {
        while (items[hi]!.day - items[lo]!.day > windowDays - 1) lo++;
        if (hi - lo + 1 >= best.length) best = items.slice(lo, hi + 1);
      }
    }
    if (best.length < minCount) continue;
    out.push({
      asin,
      rootCause: cause,
      reviewIds: best.map((x) => x.id),
      count: best.length,
      from: isoDay(best[0]!.day),
      to: isoDay(best[best.length - 1]!.day),
    });
  }
  return out.sort((a, b) => b.count - a.count || (a.to < b.to ? 1 : a.to > b.to ? -1 : 0) || (a.asin < b.asin ? -1 : 1));
}

/** How long after its last review a topic alert stays up (the seller may not open the page every day). */
export const TOPIC_ALERT_LIVE_DAYS = 30;

/** The alerts worth showing now: clusters whose last review is at most TOPIC_ALERT_LIVE_DAYS old. */
export function liveTopicClusters(records: readonly ReviewRecord[], opts: TopicAlertSettings, now: Date): TopicCluster[] {
  const today = dayNumber(now.toISOString());
  return topicClusters(records, { minCount: opts.minCount, windowDays: opts.windowDays }).filter((c) => today - dayNumber(c.to) <= TOPIC_ALERT_LIVE_DAYS);
}

export { topicAlertText } from './topic-alert-text.ts';

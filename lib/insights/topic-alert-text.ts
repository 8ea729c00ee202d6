// The words of a topic alert (a small module of its own: the Customer
// Reviews page shows it, and the content script carries only what it reads).
import type { Lang } from '../i18n/lang.ts';
import { ROOT_CAUSE_LABELS } from '../reviews/names.ts';
import type { RootCause } from '../reviews/types.ts';

/** The alert in plain words, for the banner and the popup. */
export function topicAlertText(cluster: { count: number; asin: string; rootCause: RootCause }, windowDays: number, lang: Lang): string {
  const cause = ROOT_CAUSE_LABELS[cluster.rootCause][lang];
  return lang === 'zh'
    ? `${cluster.asin} 在 ${windowDays} 天内有 ${cluster.count} 条差评，都与“${cause}”有关。请在下一位买家遇到之前解决根本原因。`
    : `${cluster.count} negative reviews of ${cluster.asin} within ${windowDays} days, all about: ${cause}. Fix the cause before the next buyer meets it.`;
}

// Topic alerts in the popup: several negative reviews of one ASIN with the
// same primary root cause within the window. Props in, events out.
import { topicAlertText, type TopicCluster } from '../../lib/insights/topic-clusters.ts';
import { ui, type Lang } from '../../lib/i18n/ui.ts';

export interface TopicAlertsProps {
  alerts: readonly TopicCluster[];
  windowDays: number;
  lang: Lang;
  /** Opens the latest review of the alert in the checklist (its "Fix the cause" step). */
  onFix: (reviewId: string) => void;
}

export function TopicAlerts({ alerts, windowDays, lang, onFix }: TopicAlertsProps) {
  if (!alerts.length) return null;
  const t = ui(lang);
  return (
    <section class="rgc-topics" aria-label={t.topicTitle}>
      {alerts.map((a) => (
        <div
          key={`${a.asin}:${a.rootCause}`}
          class="rgc-topic"
          role="alert"
          data-alert="topic-cluster"
          data-kind="topic-cluster"
          data-asin={a.asin}
          data-root-cause={a.rootCause}
          data-count={String(a.count)}
        >
          <strong class="rgc-topic__title">{t.topicTitle}</strong>
          <span>{topicAlertText(a, windowDays, lang)}</span>
          <span class="rgc-row rgc-row--end">
            <button type="button" class="rgc-btn rgc-btn--primary" data-action="fix-cause" onClick={() => onFix(a.reviewIds[a.reviewIds.length - 1]!)}>
              {t.topicFix}
            </button>
          </span>
        </div>
      ))}
    </section>
  );
}

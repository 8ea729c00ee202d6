// The reporting guard in the report step: the exact channel(s), Amazon's
// warning about improper reports, this week's count of reports marked as sent,
// and "Mark as sent" — with a warning to confirm first when ReviewGuard did
// not call the item removable (or it was already reported). Props in, events out.
import { useState } from 'preact/hooks';
import { checkReport, IMPROPER_REPORT_WARNING, reportChannels, weeklyReportCounts } from '../../lib/checklist/index.ts';
import { checklistUi, type Lang } from '../../lib/i18n/ui.ts';
import type { ReportChannelId, ReportLogRecord, ReviewRecord } from '../../lib/records/index.ts';

export interface ReportGuardProps {
  record: ReviewRecord;
  /** Every report marked as sent (for this week's count and this item's earlier reports). */
  reports: readonly ReportLogRecord[];
  now: Date;
  lang: Lang;
  onMarkSent: (channel: ReportChannelId) => void;
}

export function ReportGuard({ record, reports, now, lang, onMarkSent }: ReportGuardProps) {
  const t = checklistUi(lang);
  const [pending, setPending] = useState<ReportChannelId | null>(null);
  const mine = reports.filter((r) => r.itemId === record.id);
  const thisWeek = weeklyReportCounts(reports, now, 1)[0]?.sent ?? 0;
  const check = checkReport(record, reports, lang);
  const mark = (channel: ReportChannelId) => {
    if (check.confirm && check.warning) setPending(channel);
    else onMarkSent(channel);
  };
  return (
    <div class="rgc-report-guard" data-report-guard="">
      <p class="rgc-label">{t.reportWhere}</p>
      <ul class="rgc-channels">
        {reportChannels(record.kind, lang).map((c) => (
          <li key={c.id} data-channel={c.id} class="rgc-channel">
            <strong>{c.label}</strong>
            <span class="rgc-channel__how">{c.how}</span>
            <span class="rgc-row rgc-row--end">
              <a class="rgc-link" href={c.source} target="_blank" rel="noreferrer noopener">
                {t.helpPage}
              </a>
              <button type="button" class="rgc-btn" data-action="mark-sent" data-channel={c.id} onClick={() => mark(c.id)}>
                {t.markSent}
              </button>
            </span>
          </li>
        ))}
      </ul>
      {pending ? (
        <div class="rgc-alert rgc-alert--warn" role="alertdialog" data-report-confirm="" aria-label={t.markSent}>
          <p>{check.warning}</p>
          <div class="rgc-row rgc-row--end">
            <button type="button" class="rgc-btn" data-action="cancel-sent" onClick={() => setPending(null)}>
              {t.cancel}
            </button>
            <button
              type="button"
              class="rgc-btn rgc-btn--danger"
              data-action="confirm-sent"
              onClick={() => {
                onMarkSent(pending);
                setPending(null);
              }}
            >
              {t.markSentAnyway}
            </button>
          </div>
        </div>
      ) : null}
      {/* The confirmation already quotes Amazon's warning. */}
      <p class="rgc-warning" data-report-warning="" hidden={!!pending}>
        {IMPROPER_REPORT_WARNING[lang]}
      </p>
      {mine.length ? (
        <p class="rgc-muted" data-reported={String(mine.length)}>
          {t.reportedOn(mine.map((r) => r.sentAt.slice(0, 10)).join(', '))}
        </p>
      ) : null}
      <p class="rgc-muted" data-reports-week={String(thisWeek)}>
        {t.reportsThisWeek(thisWeek)}
      </p>
    </div>
  );
}

import { t } from '../../lib/checklist/i18n.ts';
import type { StepDeadline, UiLang } from '../../lib/checklist/types.ts';

/** Colour band of a deadline: red ≤ 3 days, amber ≤ 10, grey when expired, calm otherwise. */
export function deadlineTone(d: Pick<StepDeadline, 'daysLeft' | 'expired'>): 'expired' | 'red' | 'amber' | 'ok' {
  if (d.expired || d.daysLeft < 0) return 'expired';
  if (d.daysLeft <= 3) return 'red';
  if (d.daysLeft <= 10) return 'amber';
  return 'ok';
}

export function deadlineText(d: Pick<StepDeadline, 'daysLeft' | 'expired' | 'lastDay'>, lang: UiLang): string {
  if (d.expired || d.daysLeft < 0) return t(lang, 'ui.expired', { lastDay: d.lastDay });
  if (d.daysLeft === 0) return t(lang, 'ui.today');
  if (d.daysLeft === 1) return t(lang, 'ui.dayLeft');
  return t(lang, 'ui.daysLeft', { n: d.daysLeft });
}

export interface DeadlineChipProps {
  deadline: StepDeadline;
  lang: UiLang;
  /** Show the label ("Report before 2026-03-10") next to the days. */
  withLabel?: boolean;
}

/** A colour-coded chip; the colour is never the only signal (the text says it too). */
export function DeadlineChip({ deadline, lang, withLabel = false }: DeadlineChipProps) {
  const tone = deadlineTone(deadline);
  const text = deadlineText(deadline, lang);
  return (
    <span class={`rgc-chip rgc-chip--${tone}`} data-tone={tone} title={t(lang, 'ui.source', { source: deadline.source, lastChecked: deadline.lastChecked })}>
      {withLabel && !deadline.expired ? `${deadline.label} ${deadline.lastDay} · ${text}` : text}
    </span>
  );
}

import type { StepDeadline } from '../../lib/checklist/types.ts';
import { checklistUi, type Lang } from '../../lib/i18n/ui.ts';

/** Colour band of a deadline: red ≤ 3 days, amber ≤ 10, grey when expired, calm otherwise. */
export function deadlineTone(d: Pick<StepDeadline, 'daysLeft' | 'expired'>): 'expired' | 'red' | 'amber' | 'ok' {
  if (d.expired || d.daysLeft < 0) return 'expired';
  if (d.daysLeft <= 3) return 'red';
  if (d.daysLeft <= 10) return 'amber';
  return 'ok';
}

export function deadlineText(d: Pick<StepDeadline, 'daysLeft' | 'expired' | 'lastDay'>, lang: Lang): string {
  const t = checklistUi(lang);
  if (d.expired || d.daysLeft < 0) return t.expired(d.lastDay);
  if (d.daysLeft === 0) return t.today;
  if (d.daysLeft === 1) return t.dayLeft;
  return t.daysLeft(d.daysLeft);
}

export interface DeadlineChipProps {
  deadline: StepDeadline;
  lang: Lang;
  /** Show the label ("Report before 2026-03-10") next to the days. */
  withLabel?: boolean;
}

/** A colour-coded chip; the colour is never the only signal (the text says it too). */
export function DeadlineChip({ deadline, lang, withLabel = false }: DeadlineChipProps) {
  const tone = deadlineTone(deadline);
  const text = deadlineText(deadline, lang);
  return (
    <span class={`rgc-chip rgc-chip--${tone}`} data-tone={tone} title={checklistUi(lang).source(deadline.source, deadline.lastChecked)}>
      {withLabel && !deadline.expired ? `${deadline.label} ${deadline.lastDay} · ${text}` : text}
    </span>
  );
}

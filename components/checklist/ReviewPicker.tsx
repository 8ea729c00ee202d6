import { buildChecklist, isNewUnopened, needsAction, sortForPicker } from '../../lib/checklist/index.ts';
import { RISK_TEXT } from '../../lib/checklist/labels.ts';
import { currentRating, excerpt } from '../../lib/checklist/poa.ts';
import { checklistUi, type Lang } from '../../lib/i18n/ui.ts';
import type { ChecklistRecord, ReviewRecord } from '../../lib/records/index.ts';
import { DeadlineChip } from './DeadlineChip.tsx';

export interface ReviewPickerProps {
  /** Recent reviews / feedback (any order); the picker filters and sorts. */
  records: ReviewRecord[];
  /** Progress by review id (to leave out the finished ones). */
  progress?: Record<string, ChecklistRecord | undefined>;
  now: Date;
  lang: Lang;
  onPick: (id: string) => void;
  /** Highlights the current one. */
  selectedId?: string;
  /** Ids already opened in the checklist: new items not in it are listed first, marked "New". */
  opened?: ReadonlySet<string>;
}

/** Reviews that still need action, most urgent deadline first; each is a real button. */
export function ReviewPicker({ records, progress = {}, now, lang, onPick, selectedId, opened = new Set() }: ReviewPickerProps) {
  const open = sortForPicker(
    records.filter((r) => needsAction(r, progress[r.id], now)),
    now,
    opened,
  );
  const t = checklistUi(lang);
  return (
    <section class="rgc-picker" aria-labelledby="rgc-picker-title">
      <h2 id="rgc-picker-title" class="rgc-h2">
        {t.pickTitle}
      </h2>
      {open.length === 0 ? (
        <p class="rgc-muted">{t.pickEmpty}</p>
      ) : (
        <ul class="rgc-picker__list">
          {open.map((r) => {
            const c = buildChecklist(r, { now, lang });
            const stars = currentRating(r);
            const text = excerpt(r.item.title ? `${r.item.title} — ${r.item.body}` : r.item.body, 90);
            const kind = r.kind === 'feedback' ? t.kindFeedback : t.kindReview;
            const risks = r.classification.risks ?? [];
            const fresh = isNewUnopened(r, opened);
            return (
              <li key={r.id} data-review-id={r.id} data-new={String(fresh)}>
                <button
                  type="button"
                  class={`rgc-picker__item${r.id === selectedId ? ' is-selected' : ''}`}
                  aria-current={r.id === selectedId ? 'true' : undefined}
                  onClick={() => onPick(r.id)}
                >
                  <span class="rgc-picker__top">
                    <span class="rgc-picker__meta">
                      {fresh ? <span class="rgc-tag rgc-tag--new">{t.newTag}</span> : null}
                      {t.pickItem(stars, kind, r.item.date.slice(0, 10))}
                    </span>
                    {c.nextDeadline ? <DeadlineChip deadline={c.nextDeadline} lang={lang} /> : <span class="rgc-chip rgc-chip--none">{t.noDeadline}</span>}
                  </span>
                  <span class="rgc-picker__text">{text}</span>
                  {risks.length || (r.classification.removable && !r.status) ? (
                    <span class="rgc-picker__tags">
                      {/* Already struck through by Amazon: nothing to report. */}
                      {r.classification.removable && !r.status ? <span class="rgc-tag rgc-tag--ok">{t.removableTag}</span> : null}
                      {risks.map((k) => (
                        <span key={k} class="rgc-tag rgc-tag--risk">
                          {RISK_TEXT[k].label[lang]}
                        </span>
                      ))}
                    </span>
                  ) : null}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

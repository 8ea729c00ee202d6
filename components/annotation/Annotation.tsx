// The inline annotation under a review card or feedback row. Props in (an
// already-localised view model), events out; no extension APIs.
import type { AnnotationView } from '../../lib/present/annotation-view.ts';
import { langTag } from '../../lib/i18n/lang.ts';

export interface AnnotationProps {
  view: AnnotationView;
  selected: boolean;
  onSelect: () => void;
}

export function Annotation({ view, selected, onSelect }: AnnotationProps) {
  return (
    <section class={`rg-ann ${view.removable ? 'rg-yes' : view.conditional ? 'rg-maybe' : 'rg-no'}`} lang={langTag(view.lang)} aria-label={view.brand}>
      <div class="rg-row">
        <span class="rg-logo" aria-hidden="true">
          ✓
        </span>
        {view.fresh && (
          <span class="rg-new" data-new-mark="" title={view.fresh.title}>
            {view.fresh.text}
          </span>
        )}
        <span class={`rg-badge ${view.removable ? 'rg-badge-yes' : view.conditional ? 'rg-badge-maybe' : 'rg-badge-no'}`}>{view.badge}</span>
        {view.deadline && <span class={`rg-deadline rg-urgency-${view.deadline.urgency}`} title={view.deadline.source}>{view.deadline.text}</span>}
        {view.risks.map((r) => (
          <span class="rg-risk" role="alert" key={r.id} title={r.quote ? `“${r.quote}”` : undefined}>
            ⚠ {r.label}
          </span>
        ))}
        <span class="rg-spacer" />
        {view.progress && <span class="rg-progress">{view.progress}</span>}
        <button type="button" class="rg-select" data-action="select" aria-pressed={selected} onClick={onSelect}>
          {selected ? view.selectedText : view.selectText}
        </button>
      </div>
      <p class="rg-reason">{view.reason}</p>
      {view.outcome && (
        <p class="rg-outcome" data-outcome="">
          <span class="rg-label">{view.outcome.label}:</span> {view.outcome.text}
        </p>
      )}
      {view.evidence.length > 0 && (
        <p class="rg-evidence">
          <span class="rg-label">{view.evidenceLabel}:</span>
          {view.evidence.map((e) => (
            <span class="rg-quote" key={e.key} title={e.ground}>
              “{e.quote}” <em>— {e.ground}</em>
            </span>
          ))}
        </p>
      )}
      {(view.causes.length > 0 || view.removal) && (
        <div class="rg-row rg-foot">
          {view.causes.map((c, i) => (
            <span class={`rg-chip ${i === 0 ? 'rg-chip-primary' : ''}`} key={c}>
              {c}
            </span>
          ))}
          {view.removal && <span class={`rg-removal ${view.removal.offered ? 'rg-offered' : ''}`}>{view.removal.text}</span>}
        </div>
      )}
    </section>
  );
}

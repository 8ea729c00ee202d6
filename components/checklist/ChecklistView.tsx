import { useState } from 'preact/hooks';
import { DISPUTE_KINDS, disputeTemplate, renderTemplate, summariseProgress, templatesFor } from '../../lib/checklist/index.ts';
import type { Checklist, ChecklistStep, Draft, Template, TemplateLang, TemplateVars } from '../../lib/checklist/types.ts';
import { TEMPLATE_LANGS } from '../../lib/checklist/types.ts';
import { checklistUi, labelOf, langTag, type Lang } from '../../lib/i18n/ui.ts';
import type { ChecklistRecord, ReportChannelId, ReportLogRecord, ReviewRecord, StepId } from '../../lib/records/index.ts';
import { DeadlineChip } from './DeadlineChip.tsx';
import { ReportGuard } from './ReportGuard.tsx';

export type CopyWhat = { kind: 'template' | 'draft' | 'poa'; id: string };

export interface ChecklistViewProps {
  /** The review (its text is shown as plain text, never as HTML). */
  record: ReviewRecord;
  /** From buildChecklist(record, { now, history, lang }). */
  checklist: Checklist;
  /** Saved progress (done flags, notes, edited POA). */
  progress?: ChecklistRecord;
  lang: Lang;
  /** Slot values for the templates; `orderId` defaults to record.orderId. */
  templateVars?: TemplateVars;
  onToggle: (step: StepId, done: boolean) => void;
  /** Fired on every input (debouncing is the caller's job). */
  onNote: (step: StepId, note: string) => void;
  onCopy: (text: string, what: CopyWhat) => void;
  /** A rendered template to put into the buyer-message compose box. */
  onOpenCompose: (text: string, template: Template) => void;
  /** Export the (edited) Plan of Action as a text file. */
  onExport: (text: string) => void;
  /** The Plan of Action text changed (fired on every input). */
  onPoaChange?: (text: string) => void;
  /** Reports marked as sent (all items): with onMarkSent, the report step shows the reporting guard. */
  reports?: readonly ReportLogRecord[];
  /** The seller marked a report as sent through this channel (after confirming any warning). */
  onMarkSent?: (channel: ReportChannelId) => void;
  /** "Now", for this week's report count. */
  now?: Date;
  /** Open this step's details instead of the first open step (e.g. "fix" from a topic alert). */
  focusStep?: StepId;
}

/** The six steps for one review. Root carries data-review-id; each step data-step / data-done. */
export function ChecklistView(props: ChecklistViewProps) {
  const { record, checklist, progress, lang } = props;
  const t = checklistUi(lang);
  const vars: TemplateVars = { ...props.templateVars };
  if (vars.orderId === undefined && record.orderId) vars.orderId = record.orderId;
  const { done, total } = summariseProgress(checklist, progress);
  const firstOpen = props.focusStep ?? checklist.steps.find((s) => s.applicable && !progress?.steps[s.id]?.done)?.id;
  return (
    <article class="rgc-checklist" data-review-id={record.id} lang={langTag(lang)}>
      <ReviewText record={record} lang={lang} />
      <div class="rgc-progress">
        <progress max={Math.max(total, 1)} value={done} aria-label={t.progress(done, total)} />
        <span class="rgc-progress__text">{t.progress(done, total)}</span>
      </div>
      <ol class="rgc-steps">
        {checklist.steps.map((s, i) => (
          <StepItem key={`${record.id}:${s.id}`} step={s} index={i + 1} open={s.id === firstOpen} vars={vars} {...props} />
        ))}
      </ol>
    </article>
  );
}

function ReviewText({ record, lang }: { record: ReviewRecord; lang: Lang }) {
  const t = checklistUi(lang);
  return (
    <section class="rgc-review" aria-label={t.reviewText}>
      {record.item.title ? <p class="rgc-review__title">{record.item.title}</p> : null}
      <p class="rgc-review__body">{record.item.body}</p>
    </section>
  );
}

interface StepItemProps extends ChecklistViewProps {
  step: ChecklistStep;
  index: number;
  open: boolean;
  vars: TemplateVars;
}

function StepItem(props: StepItemProps) {
  const { step, index, open, vars, progress, lang, onToggle, onNote, onCopy, onOpenCompose, onExport, onPoaChange, record } = props;
  const t = checklistUi(lang);
  const saved = progress?.steps[step.id];
  const done = saved?.done === true;
  const base = `rgc-${step.id}`;
  const [note, setNote] = useState(saved?.note ?? '');
  return (
    <li
      class={`rgc-step${done ? ' is-done' : ''}${step.applicable ? '' : ' is-na'}`}
      data-step={step.id}
      data-done={done ? 'true' : 'false'}
      data-applicable={step.applicable ? 'true' : 'false'}
      aria-labelledby={`${base}-title`}
    >
      <div class="rgc-step__head">
        <input
          type="checkbox"
          id={`${base}-done`}
          class="rgc-step__check"
          checked={done}
          aria-label={t.markDone(step.title)}
          aria-describedby={`${base}-summary`}
          onChange={(e) => onToggle(step.id, (e.currentTarget as HTMLInputElement).checked)}
        />
        <label for={`${base}-done`} id={`${base}-title`} class="rgc-step__title">
          <span class="rgc-step__num" aria-hidden="true">
            {index}.
          </span>{' '}
          {step.title}
        </label>
        {step.deadline ? <DeadlineChip deadline={step.deadline} lang={lang} /> : null}
        {!step.applicable ? <span class="rgc-tag">{t.notApplicable}</span> : null}
      </div>
      <p id={`${base}-summary`} class="rgc-step__summary">
        {step.applicable ? step.summary : (step.skipReason ?? step.summary)}
      </p>
      <details class="rgc-step__details" open={open}>
        <summary class="rgc-step__more">{t.details}</summary>
        {step.alerts?.map((a) => (
          <p key={a} class="rgc-alert" role="note">
            {a}
          </p>
        ))}
        {step.facts?.length ? (
          <dl class="rgc-facts">
            {step.facts.map((f) => (
              <div key={f.label} class="rgc-facts__row">
                <dt>{f.label}</dt>
                <dd>{f.value}</dd>
              </div>
            ))}
          </dl>
        ) : null}
        {step.deadline ? (
          <p class="rgc-source">
            {step.deadline.label} {step.deadline.lastDay} · {t.source(step.deadline.source, step.deadline.lastChecked)}
          </p>
        ) : null}
        {step.report ? (
          <dl class="rgc-facts">
            <div class="rgc-facts__row">
              <dt>{t.reason}</dt>
              <dd>{step.report.reason}</dd>
            </div>
            <div class="rgc-facts__row">
              <dt>{t.quote}</dt>
              <dd>
                <q class="rgc-quote">{step.report.quote}</q>
              </dd>
            </div>
          </dl>
        ) : null}
        {step.actions.length ? (
          <ul class="rgc-actions">
            {step.actions.map((a) => (
              <li key={a}>{a}</li>
            ))}
          </ul>
        ) : null}
        {step.drafts?.map((d) => (
          <DraftBlock key={d.id} draft={d} lang={lang} onCopy={onCopy} />
        ))}
        {step.id === 'report' && props.onMarkSent && record.status !== 'removed' ? (
          <ReportGuard record={record} reports={props.reports ?? []} now={props.now ?? new Date()} lang={lang} onMarkSent={props.onMarkSent} />
        ) : null}
        {step.templates?.length ? <Templates step={step} vars={vars} lang={lang} onCopy={onCopy} onOpenCompose={onOpenCompose} /> : null}
        {step.poaText !== undefined ? (
          <PoaEditor initial={progress?.poaText ?? step.poaText} lang={lang} onCopy={onCopy} onExport={onExport} onChange={onPoaChange} />
        ) : null}
        <label class="rgc-label" for={`${base}-note`}>
          {t.notes}
        </label>
        <textarea
          id={`${base}-note`}
          class="rgc-note"
          rows={2}
          value={note}
          aria-label={t.notesFor(step.title)}
          onInput={(e) => {
            const v = (e.currentTarget as HTMLTextAreaElement).value;
            setNote(v);
            onNote(step.id, v);
          }}
        />
      </details>
    </li>
  );
}

function CopyButton({ text, what, lang, onCopy }: { text: string; what: CopyWhat; lang: Lang; onCopy: ChecklistViewProps['onCopy'] }) {
  const t = checklistUi(lang);
  const [copied, setCopied] = useState(false);
  return (
    <button
      type="button"
      class="rgc-btn"
      onClick={() => {
        onCopy(text, what);
        setCopied(true);
      }}
      onBlur={() => setCopied(false)}
    >
      {copied ? t.copied : t.copy}
    </button>
  );
}

function DraftBlock({ draft, lang, onCopy }: { draft: Draft; lang: Lang; onCopy: ChecklistViewProps['onCopy'] }) {
  const t = checklistUi(lang);
  return (
    <div class="rgc-text-block" data-draft={draft.id}>
      <div class="rgc-text-block__head">
        <span class="rgc-text-block__title">{draft.title}</span>
        <CopyButton text={draft.text} what={{ kind: 'draft', id: draft.id }} lang={lang} onCopy={onCopy} />
      </div>
      <div class="rgc-text" lang={langTag(draft.lang)}>
        {draft.text}
      </div>
      {draft.gloss ? (
        <details class="rgc-gloss">
          <summary>{t.translation}</summary>
          <div class="rgc-text rgc-text--gloss">{draft.gloss}</div>
        </details>
      ) : null}
    </div>
  );
}

function Templates({
  step,
  vars,
  lang,
  onCopy,
  onOpenCompose,
}: {
  step: ChecklistStep;
  vars: TemplateVars;
  lang: Lang;
  onCopy: ChecklistViewProps['onCopy'];
  onOpenCompose: ChecklistViewProps['onOpenCompose'];
}) {
  const t = checklistUi(lang);
  const first = step.templates![0]!;
  const [msgLang, setMsgLang] = useState<TemplateLang>(first.lang);
  // The dispute step: the case the buyer describes first, then the other cases.
  const dispute = step.dispute;
  const list = dispute
    ? [dispute.kind, ...DISPUTE_KINDS.filter((k) => k !== dispute.kind)].map((k) => disputeTemplate(k, msgLang, lang))
    : msgLang === first.lang
      ? step.templates!
      : templatesFor(first.rootCause, msgLang, lang);
  const selectId = `rgc-${step.id}-msglang`;
  return (
    <div class="rgc-templates">
      <div class="rgc-row">
        <label class="rgc-label" for={selectId}>
          {t.templateLang}
        </label>
        <select id={selectId} class="rgc-select" value={msgLang} onChange={(e) => setMsgLang((e.currentTarget as HTMLSelectElement).value as TemplateLang)}>
          {TEMPLATE_LANGS.map((l) => (
            <option key={l} value={l} selected={l === msgLang}>
              {labelOf(t.messageLangs, l) ?? l}
            </option>
          ))}
        </select>
      </div>
      {list.map((tpl) => {
        const text = renderTemplate(tpl, vars);
        return (
          <div key={tpl.id} class="rgc-text-block" data-template={tpl.id}>
            <div class="rgc-text-block__head">
              <span class="rgc-text-block__title">{tpl.title}</span>
            </div>
            <div class="rgc-text" lang={langTag(tpl.lang)}>
              {text}
            </div>
            {tpl.gloss ? (
              <details class="rgc-gloss">
                <summary>{t.translation}</summary>
                <div class="rgc-text rgc-text--gloss">{renderTemplate(tpl.gloss, vars)}</div>
              </details>
            ) : null}
            <div class="rgc-row rgc-row--end">
              <CopyButton text={text} what={{ kind: 'template', id: tpl.id }} lang={lang} onCopy={onCopy} />
              <button type="button" class="rgc-btn rgc-btn--primary" onClick={() => onOpenCompose(text, tpl)}>
                {t.openCompose}
              </button>
            </div>
          </div>
        );
      })}
    </div>
  );
}

function PoaEditor({
  initial,
  lang,
  onCopy,
  onExport,
  onChange,
}: {
  initial: string;
  lang: Lang;
  onCopy: ChecklistViewProps['onCopy'];
  onExport: ChecklistViewProps['onExport'];
  onChange: ChecklistViewProps['onPoaChange'];
}) {
  const t = checklistUi(lang);
  const [text, setText] = useState(initial);
  return (
    <div class="rgc-poa">
      <label class="rgc-label" for="rgc-poa-text">
        {t.poaText}
      </label>
      <textarea
        id="rgc-poa-text"
        class="rgc-poa__text"
        rows={12}
        value={text}
        onInput={(e) => {
          const v = (e.currentTarget as HTMLTextAreaElement).value;
          setText(v);
          onChange?.(v);
        }}
      />
      <div class="rgc-row rgc-row--end">
        <CopyButton text={text} what={{ kind: 'poa', id: 'poa' }} lang={lang} onCopy={onCopy} />
        <button type="button" class="rgc-btn rgc-btn--primary" onClick={() => onExport(text)}>
          {t.export}
        </button>
      </div>
    </div>
  );
}

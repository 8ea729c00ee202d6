// Classification → what the annotation shows, localised. Pure: tested in
// unit tests without a DOM.
import type { Classification, Deadline } from '../reviews/types.ts';
import { CONDITIONAL_TITLES, FEEDBACK_REMOVAL_REASONS, GROUND_TITLES, RISK_NAMES, ROOT_CAUSE_LABELS } from '../reviews/names.ts';
import { ui, type Lang } from '../i18n/ui.ts';
import { outcomeNote } from '../checklist/outcome-text.ts';
import type { OutcomeEvent } from '../records/index.ts';

export interface AnnotationView {
  lang: Lang;
  brand: string;
  removable: boolean;
  /** Removable only if a condition holds that the page cannot show (Buy Shipping): never shown as plainly removable. */
  conditional: boolean;
  /** Amazon already struck it through (its own note on FBA feedback). */
  struck: boolean;
  badge: string;
  reason: string;
  deadline: { text: string; urgency: 'high' | 'medium' | 'low' | 'expired'; source: string } | null;
  risks: Array<{ id: string; label: string; quote?: string }>;
  causes: string[];
  evidence: Array<{ key: string; quote: string; ground: string }>;
  evidenceLabel: string;
  removal: { offered: boolean; text: string } | null;
  progress: string | null;
  selectText: string;
  selectedText: string;
  /** "New" since the seller's last visit of this page kind (null: not new). */
  fresh: { text: string; title: string } | null;
  /** What changed after the seller acted ("rating 2 → 4 on 2026-12-03"), or null. */
  outcome: { label: string; text: string } | null;
}

const QUOTE_MAX = 80;

function urgency(d: Deadline): 'high' | 'medium' | 'low' | 'expired' {
  if (d.expired) return 'expired';
  if (d.daysLeft <= 3) return 'high';
  if (d.daysLeft <= 10) return 'medium';
  return 'low';
}

/** The deadline that matters most now: removal when removable, else contacting the buyer. */
export function urgentDeadline(c: Classification): Deadline | null {
  const all = Object.values(c.deadlines);
  const relevant = all.filter((d) => (c.removable ? true : !/report|removal/.test(d.id)));
  const open = relevant.filter((d) => !d.expired).sort((a, b) => a.daysLeft - b.daysLeft);
  return open[0] ?? relevant[0] ?? null;
}

export function annotationView(
  c: Classification,
  opts: {
    lang: Lang;
    kind: 'review' | 'feedback';
    removalOffered?: boolean;
    /** Feedback Amazon already struck through (it took responsibility for an FBA order). */
    struck?: boolean;
    progress?: { done: number; total: number } | null;
    isNew?: boolean;
    outcomes?: readonly OutcomeEvent[];
  },
): AnnotationView {
  const t = ui(opts.lang);
  const L = opts.lang;
  const groundName = (id: keyof typeof GROUND_TITLES) => GROUND_TITLES[id][L];
  const first = c.grounds[0];
  const struck = !!(opts.struck || c.struckByAmazon);
  const cond = !struck && !c.removable ? c.conditionalGrounds?.[0] : undefined;
  const badge = struck ? t.struck : c.removable && first ? `${t.removable} — ${groundName(first.id)}` : cond ? t.conditionalBadge : t.notRemovable;
  const d = struck ? null : urgentDeadline(c);
  const deadline = d
    ? {
        text: d.expired ? t.expired : /report|removal/.test(d.id) ? t.reportWithin(d.daysLeft) : t.contactWithin(d.daysLeft),
        urgency: urgency(d),
        source: `${d.source} (${d.lastChecked})`,
      }
    : null;
  const seen = new Set<string>();
  const evidence = c.grounds
    .filter((g) => {
      const k = `${g.id}:${g.quote}`;
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    })
    .slice(0, 4)
    .map((g) => ({
      key: `${g.id}-${g.field}-${g.start}`,
      quote: g.quote.length > QUOTE_MAX ? `${g.quote.slice(0, QUOTE_MAX - 1)}…` : g.quote,
      ground: groundName(g.id),
    }));
  if (cond) {
    evidence.push({
      key: `${cond.id}-${cond.field}-${cond.start}`,
      quote: cond.quote.length > QUOTE_MAX ? `${cond.quote.slice(0, QUOTE_MAX - 1)}…` : cond.quote,
      ground: CONDITIONAL_TITLES[cond.id][L],
    });
  }
  let removal: AnnotationView['removal'] = null;
  if (opts.kind === 'feedback' && !struck) {
    const reason = c.removable && first ? (FEEDBACK_REMOVAL_REASONS[first.id] ?? GROUND_TITLES[first.id])[L] : cond ? (FEEDBACK_REMOVAL_REASONS[cond.id] ?? CONDITIONAL_TITLES[cond.id])[L] : null;
    if (opts.removalOffered !== undefined) {
      const base = opts.removalOffered ? t.removalOffered : t.removalNotOffered;
      removal = { offered: opts.removalOffered, text: opts.removalOffered && reason ? `${base}: ${t.chooseGround(reason)}` : base };
    } else if (reason) {
      // An unopened menu says nothing: tell the seller where to look, never "not offered".
      removal = { offered: false, text: `${t.removalUnknown}: ${t.chooseGround(reason)}` };
    }
  }
  return {
    lang: L,
    brand: t.brand,
    removable: c.removable,
    conditional: !!cond,
    struck,
    badge,
    reason: struck ? t.struckReason : c.reason[L],
    deadline,
    risks: c.risks.map((id) => ({
      id,
      label: RISK_NAMES[id][L],
      quote: c.riskEvidence.find((e) => e.id === id)?.quote,
    })),
    causes: c.rootCauses.map((rc) => ROOT_CAUSE_LABELS[rc][L]),
    evidence,
    evidenceLabel: t.evidence,
    removal,
    progress: opts.progress ? t.progress(opts.progress.done, opts.progress.total) : null,
    selectText: t.select,
    selectedText: t.selected,
    fresh: opts.isNew ? { text: t.newItem, title: t.newTitle } : null,
    outcome: opts.outcomes?.length ? { label: t.outcome, text: outcomeNote({ outcomes: [...opts.outcomes] }, L) } : null,
  };
}

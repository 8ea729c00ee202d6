// The checklist for one review or feedback (policy.md §3, seeds 000–004).
// PURE: runs in the service worker, in tests and in the Node CLI.
import type { Deadline, RootCause } from '../reviews/types.ts';
import type { ChecklistRecord, ReviewRecord, StepId } from '../records/index.ts';
import { STEP_IDS } from '../records/index.ts';
import { FIXES, publicReply } from './content.ts';
import { contactDeadline, publicSource, removalDeadline } from './deadlines.ts';
import { disputeOf } from './delivery-dispute.ts';
import { outcomeNote } from './outcome-text.ts';
import { disputeTemplate } from './dispute-templates.ts';
import { IMPROPER_REPORT_WARNING, reportChannels } from './reporting.ts';
import { LANG_NAMES, t, type MessageKey } from './i18n.ts';
import { CAUSE_TEXT, groundText, RISK_TEXT } from './labels.ts';
import { buildPlanOfAction, currentRating, excerpt, NEGATIVE_PILE_UP, negativeReviewsOfAsin, poaNeed } from './poa.ts';
import { templatesFor } from './templates.ts';
import type { Lang } from '../i18n/lang.ts';
import type { Checklist, ChecklistStep, Draft, StepDeadline, TemplateLang } from './types.ts';

export * from './types.ts';
export { allTemplates, getTemplate, renderTemplate, templatesFor } from './templates.ts';
export { buildPlanOfAction, currentRating, excerpt, NEGATIVE_PILE_UP, poaNeed } from './poa.ts';
export { FIXES, publicReply } from './content.ts';
export { CAUSE_TEXT, groundText, RISK_TEXT } from './labels.ts';
export { PROACTIVE_MESSAGING, publicNote, publicSource } from './deadlines.ts';
export * from './reporting.ts';
export { formatOutcome, outcomeNote } from './outcome-text.ts';
export { badgeText, isNewUnopened, newUnopenedCount, sortForPicker } from './new-items.ts';
export { sortByUrgency, urgency } from './urgency.ts';
export { DISPUTE_KINDS, detectDispute, disputeOf, type DisputeKind, type DisputeMatch } from './delivery-dispute.ts';
export { allDisputeTemplates, disputeTemplate } from './dispute-templates.ts';
export { t, LANG_NAMES } from './i18n.ts';
export type { MessageKey } from './i18n.ts';

export interface BuildOptions {
  now: Date;
  /** Other records seen (any ASIN); used for the Plan of Action pile-up count. */
  history?: ReviewRecord[];
  lang: Lang;
}

function day(iso: string): string {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? iso : new Date(ms).toISOString().slice(0, 10);
}

function stepDeadline(d: Deadline, label: string): StepDeadline {
  return { id: d.id, label, daysLeft: d.daysLeft, lastDay: d.lastDay, expired: d.expired, source: publicSource(d.source), lastChecked: d.lastChecked };
}

/** The language the buyer most likely reads, from the marketplace / Seller Central host. */
export function buyerLanguage(record: Pick<ReviewRecord, 'marketplace' | 'host'> & { item?: { marketplace?: string } }): TemplateLang {
  const hay = `${record.marketplace ?? ''} ${record.item?.marketplace ?? ''} ${record.host ?? ''}`.toLowerCase();
  const has = (re: RegExp) => re.test(hay);
  if (has(/(^|[\s.])(de|at)(\s|$)|amazon\.de\b|germany|deutschland/)) return 'de';
  if (has(/(^|[\s.])fr(\s|$)|amazon\.fr\b|france/)) return 'fr';
  if (has(/(^|[\s.])(es|mx)(\s|$)|amazon\.es\b|amazon\.com\.mx\b|spain|mexico|españa/)) return 'es';
  if (has(/(^|[\s.])it(\s|$)|amazon\.it\b|italy|italia/)) return 'it';
  if (has(/(^|[\s.])(jp|ja)(\s|$)|amazon\.co\.jp\b|japan/)) return 'ja';
  return 'en';
}

function causesOf(record: ReviewRecord): RootCause[] {
  return [...new Set(record.classification.rootCauses ?? [])];
}

/** The cause the message templates are written for (a generic one when none was found). */
function templateCause(record: ReviewRecord): RootCause {
  return causesOf(record)[0] ?? (record.kind === 'feedback' ? 'service' : 'preference');
}

function colon(lang: Lang): string {
  return lang === 'zh' ? '：' : ': ';
}

function kindWord(record: ReviewRecord, lang: Lang): string {
  return t(lang, record.kind === 'feedback' ? 'kind.feedback' : 'kind.review');
}

// ---------------------------------------------------------------- steps

function understandStep(record: ReviewRecord, lang: Lang, now: Date, history: ReviewRecord[]): ChecklistStep {
  const causes = causesOf(record);
  const c = record.classification;
  const stars = currentRating(record);
  const date = day(record.item.date);
  const summary = causes.length
    ? t(lang, 'understand.summary', { stars, kind: kindWord(record, lang), date, cause: CAUSE_TEXT[causes[0]!].label[lang] })
    : t(lang, 'understand.summary.none', { stars, kind: kindWord(record, lang), date });
  const facts: Array<{ label: string; value: string }> = [
    { label: t(lang, 'fact.rating'), value: t(lang, 'ui.stars', { n: stars }) },
    { label: t(lang, 'fact.date'), value: date },
    { label: t(lang, 'fact.kind'), value: kindWord(record, lang) },
  ];
  const asin = record.asin ?? record.item.asin;
  if (asin) facts.push({ label: t(lang, 'fact.asin'), value: asin });
  if (record.orderId) facts.push({ label: t(lang, 'fact.order'), value: record.orderId });
  facts.push({ label: t(lang, 'fact.removable'), value: t(lang, c.removable ? 'yes' : 'no') });
  causes.forEach((cause, i) => {
    const label = CAUSE_TEXT[cause].label[lang] + (i === 0 ? (lang === 'zh' ? `（${t(lang, 'fact.cause.primary')}）` : ` (${t(lang, 'fact.cause.primary')})`) : '');
    facts.push({ label: `${t(lang, 'fact.causes')}${colon(lang)}${label}`, value: CAUSE_TEXT[cause].explain[lang] });
  });
  const outcome = outcomeNote(record, lang);
  if (outcome) facts.push({ label: t(lang, 'ui.outcome'), value: outcome });
  const actions = [t(lang, 'understand.action.read'), t(lang, 'understand.action.cause')];
  const negatives = negativeReviewsOfAsin(record, history, now).length;
  if (negatives >= 2) actions.push(t(lang, 'understand.action.history', { n: negatives, days: NEGATIVE_PILE_UP.days }));
  const alerts = (c.risks ?? []).map((r) => `${RISK_TEXT[r].label[lang]}${colon(lang)}${RISK_TEXT[r].explain[lang]}`);
  return {
    id: 'understand',
    title: t(lang, record.kind === 'feedback' ? 'step.understand.feedback' : 'step.understand'),
    summary,
    applicable: true,
    actions,
    facts,
    ...(alerts.length ? { alerts } : {}),
  };
}

/**
 * A polite, factual report text for Amazon (English, which Seller Support
 * reads in every marketplace), citing the guideline and the exact quote.
 */
export function buildReportText(record: ReviewRecord, lang: Lang | 'en' = 'en'): string {
  const ground = record.classification.grounds[0];
  if (!ground) return '';
  const g = groundText(ground.id, record.kind);
  const quote = excerpt(ground.quote, 300);
  const asin = record.asin ?? record.item.asin;
  const stars = currentRating(record);
  const date = day(record.item.date);
  if (lang === 'zh') {
    const what = record.kind === 'feedback' ? `订单 ${record.orderId ?? record.id} 的卖家反馈` : `商品评论 ${record.id}`;
    return [
      '您好，',
      '',
      `我是${asin ? ` ASIN ${asin} 的` : '该商品的'}卖家。${date} 的${what}（${stars} 星）似乎违反了亚马逊的准则：${g.guideline.zh}`,
      '',
      `相关原文：“${quote}”`,
      '',
      `原因：${g.label.zh}。请核实，如确实违反准则，请将其移除。谢谢！`,
    ].join('\n');
  }
  const what = record.kind === 'feedback' ? `seller feedback for order ${record.orderId ?? record.id}` : `customer review ${record.id}`;
  return [
    'Hello,',
    '',
    `I am the seller${asin ? ` of ASIN ${asin}` : ''}. The ${what} dated ${date} (${stars} star${stars === 1 ? '' : 's'}) appears to break Amazon's guidelines: ${g.guideline.en}`,
    '',
    `The relevant words: "${quote}"`,
    '',
    `Reason: ${g.label.en}. Could you please check it and remove it if it breaks the guidelines? Thank you.`,
  ].join('\n');
}

/**
 * The classifier's one-line reason, reworded to sit inside "Not removable — …
 * Don't report it, respond instead.": its own "Not removable:" prefix and
 * closing "Respond … instead." advice are dropped (the frame says both).
 */
export function plainReason(reason: string, lang: Lang): string {
  let r = reason.trim().replace(/^(?:not removable|不可移除)\s*[:：—–-]\s*/iu, '');
  r = r.replace(/\s*(?:Respond\b[^.]*\binstead\.?|请回复[^。]*。?)$/u, '').trim();
  if (!r) return '';
  return /[.。!?！？]$/u.test(r) ? r : `${r}${lang === 'zh' ? '。' : '.'}`;
}

function reportStep(record: ReviewRecord, lang: Lang, now: Date): ChecklistStep {
  const c = record.classification;
  const title = t(lang, 'step.report');
  // Amazon already acted: nothing to report (a second report would only count against the brand).
  if (record.status) {
    const skipReason = t(lang, record.status === 'removed' ? 'report.alreadyRemoved' : 'report.alreadyStruck');
    return { id: 'report', title, summary: skipReason, applicable: false, skipReason, actions: [] };
  }
  const ground = c.grounds[0];
  if (!c.removable || !ground) {
    const skipReason = t(lang, 'report.notRemovable', { reason: plainReason(c.reason?.[lang] ?? '', lang) });
    return { id: 'report', title, summary: skipReason, applicable: false, skipReason, actions: [] };
  }
  const g = groundText(ground.id, record.kind);
  const d = removalDeadline(record, now);
  const deadline = d ? stepDeadline(d, t(lang, 'deadline.report')) : undefined;
  const reason = g.reason[lang];
  const quote = excerpt(ground.quote, 300);
  const text = buildReportText(record, 'en');
  const draft: Draft = { id: 'report.text', title: t(lang, 'report.draft'), text, lang: 'en' };
  if (lang !== 'en') draft.gloss = buildReportText(record, lang);
  const step: ChecklistStep = {
    id: 'report',
    title,
    summary: t(lang, 'report.summary', { ground: g.label[lang] }),
    applicable: true,
    actions: [
      t(lang, record.kind === 'feedback' ? 'report.action.where.feedback' : 'report.action.where.review'),
      t(lang, 'report.action.pick', { reason }),
      t(lang, 'report.action.quote', { quote }),
      t(lang, 'report.action.paste'),
      t(lang, 'report.action.once'),
      t(lang, 'report.warning'),
    ],
    drafts: [draft],
    report: {
      ground: ground.id,
      reason,
      guideline: g.guideline[lang],
      quote,
      field: ground.field,
      otherGrounds: [...new Set(c.grounds.slice(1).map((x) => x.id))].filter((id) => id !== ground.id),
      channels: reportChannels(record.kind, lang),
      warning: IMPROPER_REPORT_WARNING[lang],
    },
  };
  if (deadline) step.deadline = deadline;
  if (deadline?.expired) {
    step.applicable = false;
    step.skipReason = t(lang, 'report.expired', { lastDay: deadline.lastDay });
  }
  return step;
}

function contactStep(record: ReviewRecord, lang: Lang, now: Date): ChecklistStep {
  const isReview = record.kind === 'review';
  const d = contactDeadline(record, now);
  const deadline = d ? stepDeadline(d, t(lang, isReview ? 'deadline.contact' : 'deadline.messaging')) : undefined;
  const buyerLang = buyerLanguage(record);
  const rating = currentRating(record);
  let skipReason: string | undefined;
  if (isReview && rating > 3) skipReason = t(lang, 'contact.notPossible.rating');
  else if (d?.expired) skipReason = t(lang, 'contact.notPossible.expired', { lastDay: d.lastDay });
  const actions = [
    t(lang, isReview ? 'contact.action.route.review' : 'contact.action.route.feedback'),
    t(lang, 'contact.action.rules'),
    t(lang, 'contact.action.lang', { lang: LANG_NAMES[lang][buyerLang] ?? buyerLang }),
  ];
  if (!record.orderId) actions.push(t(lang, 'contact.action.noOrder'));
  const step: ChecklistStep = {
    id: 'contact',
    title: t(lang, 'step.contact'),
    summary: t(lang, isReview ? 'contact.summary.review' : 'contact.summary.feedback'),
    applicable: skipReason === undefined,
    actions,
    templates: templatesFor(templateCause(record), buyerLang, lang),
    contact: { route: isReview ? 'contact-buyer' : 'buyer-seller-messaging', buyerLang, possible: skipReason === undefined },
  };
  if (deadline) step.deadline = deadline;
  if (skipReason) step.skipReason = skipReason;
  return step;
}

/**
 * The delivery-dispute branch (seed 000): only for an item whose buyer says
 * the parcel did not arrive, is late, is held at customs or waits at the post
 * office. Check the tracking; apologise and offer re-shipment or refund; for
 * customs, optionally share the import duty; when the seller is not at fault,
 * Amazon decides (A-to-z Guarantee claim).
 */
function disputeStep(record: ReviewRecord, lang: Lang): ChecklistStep {
  const title = t(lang, 'step.dispute');
  const m = disputeOf(record);
  if (!m) {
    const skipReason = t(lang, 'dispute.notApplicable');
    return { id: 'dispute', title, summary: skipReason, applicable: false, skipReason, actions: [] };
  }
  const actions = [t(lang, 'dispute.action.tracking'), t(lang, `dispute.action.${m.kind}`), t(lang, 'dispute.action.choice')];
  if (m.kind === 'customs') actions.push(t(lang, 'dispute.action.duty'));
  actions.push(t(lang, 'dispute.action.atoz'), t(lang, 'dispute.action.never'));
  return {
    id: 'dispute',
    title,
    summary: t(lang, `dispute.summary.${m.kind}`),
    applicable: true,
    actions,
    facts: [{ label: t(lang, 'dispute.fact.said'), value: m.quote }],
    templates: [disputeTemplate(m.kind, buyerLanguage(record), lang)],
    dispute: { kind: m.kind, field: m.field, quote: m.quote },
  };
}

function replyStep(record: ReviewRecord, lang: Lang): ChecklistStep {
  const cause = templateCause(record);
  const draft: Draft = { id: `reply.${cause}`, title: t(lang, 'reply.draft'), text: publicReply(cause, 'en'), lang: 'en' };
  if (lang !== 'en') draft.gloss = publicReply(cause, lang);
  return {
    id: 'reply',
    title: t(lang, 'step.reply'),
    summary: t(lang, 'reply.summary'),
    applicable: true,
    actions: [t(lang, 'reply.action.tone'), t(lang, 'reply.action.private'), t(lang, 'reply.action.fixed')],
    drafts: [draft],
  };
}

function fixStep(record: ReviewRecord, lang: Lang): ChecklistStep {
  const causes = causesOf(record);
  const actions = causes.flatMap((c) => FIXES[c][lang].map((a) => `${CAUSE_TEXT[c].label[lang]}${colon(lang)}${a}`));
  actions.push(t(lang, 'fix.action.record'));
  const step: ChecklistStep = { id: 'fix', title: t(lang, 'step.fix'), summary: t(lang, 'fix.summary'), applicable: causes.length > 0, actions };
  if (!causes.length) {
    step.skipReason =
      lang === 'zh' ? '未发现产品或服务方面的原因（例如这条内容只是违反了规则）。' : 'No product or service cause was found (for example, it only breaks a rule).';
  }
  return step;
}

function poaStep(record: ReviewRecord, lang: Lang, now: Date, history: ReviewRecord[]): ChecklistStep {
  const need = poaNeed(record, history, now);
  const why: string[] = [];
  if (need.authenticity) why.push(t(lang, 'poa.why.authenticity'));
  if (need.safety) why.push(t(lang, 'poa.why.safety'));
  if (need.pileUp) why.push(t(lang, 'poa.why.pile', { n: need.negativeCount, days: NEGATIVE_PILE_UP.days }));
  const title = t(lang, 'step.poa');
  if (!need.needed) {
    const skipReason = t(lang, 'poa.notNeeded', { min: NEGATIVE_PILE_UP.count, days: NEGATIVE_PILE_UP.days });
    return { id: 'poa', title, summary: skipReason, applicable: false, skipReason, actions: [] };
  }
  const actions = [...why, t(lang, 'poa.action.edit')];
  if (need.authenticity) actions.push(t(lang, 'poa.action.invoices'));
  actions.push(t(lang, 'poa.action.submit'));
  return {
    id: 'poa',
    title,
    summary: t(lang, 'poa.summary'),
    applicable: true,
    actions,
    poaText: buildPlanOfAction(record, history, lang, now),
  };
}

/**
 * The checklist for one review or feedback: always every step of
 * STEP_IDS, in order; `applicable` says which apply to this one.
 */
export function buildChecklist(record: ReviewRecord, opts: BuildOptions): Checklist {
  const { now, lang } = opts;
  const history = (opts.history ?? []).filter((r) => r.id !== record.id);
  const byId: Record<StepId, ChecklistStep> = {
    understand: understandStep(record, lang, now, history),
    report: reportStep(record, lang, now),
    contact: contactStep(record, lang, now),
    dispute: disputeStep(record, lang),
    reply: replyStep(record, lang),
    fix: fixStep(record, lang),
    poa: poaStep(record, lang, now, history),
  };
  const steps = STEP_IDS.map((id) => byId[id]);
  const open = steps.filter((s) => s.applicable && s.deadline && !s.deadline.expired).map((s) => s.deadline!);
  const nextDeadline = open.sort((a, b) => a.daysLeft - b.daysLeft)[0];
  const checklist: Checklist = {
    reviewId: record.id,
    lang,
    kind: record.kind,
    rating: currentRating(record),
    steps,
    poaRecommended: byId.poa.applicable,
  };
  if (nextDeadline) checklist.nextDeadline = nextDeadline;
  return checklist;
}

/**
 * Progress of a checklist: `total` counts the applicable steps only (a step
 * that does not apply to this review cannot be done and must not hold the
 * bar below 100 %); `done` counts the applicable steps marked done. A step
 * marked done that is not applicable is ignored.
 */
export function summariseProgress(checklist: Checklist, progress: ChecklistRecord | undefined): { done: number; total: number } {
  const applicable = checklist.steps.filter((s) => s.applicable);
  const done = applicable.filter((s) => progress?.steps[s.id]?.done === true).length;
  return { done, total: applicable.length };
}

/**
 * Whether a record still needs the seller: a 1–3 star review or feedback
 * whose applicable steps are not all done.
 */
export function needsAction(record: ReviewRecord, progress: ChecklistRecord | undefined, now: Date): boolean {
  // No longer listed: nothing left to act on.
  if (currentRating(record) > 3 || record.status === 'removed') return false;
  const { done, total } = summariseProgress(buildChecklist(record, { now, lang: 'en' }), progress);
  return done < total;
}


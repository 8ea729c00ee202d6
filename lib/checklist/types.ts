// Public data model of the per-review checklist (issue #6). Pure types.
import type { RootCause, RiskId, GroundId } from '../reviews/types.ts';
import type { StepId } from '../records/index.ts';

import type { Lang } from '../i18n/lang.ts';
import type { DisputeKind } from './delivery-dispute.ts';
import type { ReportChannel } from './reporting.ts';

/** @deprecated Use `Lang` from lib/i18n/lang.ts; kept only for callers outside the pure layers. */
export type UiLang = Lang;

/** Languages a buyer-facing message template is written in. */
export const TEMPLATE_LANGS = ['en', 'zh', 'de', 'fr', 'es', 'it', 'ja'] as const;
export type TemplateLang = (typeof TEMPLATE_LANGS)[number];

/**
 * The three messages of a contact sequence (seed 001: "2–3 messages at most"):
 * `ask`      — first message: apology, ask about the problem, offer solutions;
 * `follow-up`— one reminder with the concrete solutions, if there was no answer;
 * `resolved` — confirms the agreed solution and what was fixed.
 */
export const TEMPLATE_STAGES = ['ask', 'follow-up', 'resolved'] as const;
export type TemplateStage = (typeof TEMPLATE_STAGES)[number];

/** Values a template's slots can be filled with (see renderTemplate). */
export interface TemplateVars {
  orderId?: string;
  buyerName?: string;
  productName?: string;
}

/** A compliant, buyer-facing message (Buyer-Seller Messaging). */
export interface Template {
  /** `${rootCause}.${stage}.${lang}`, stable. */
  id: string;
  rootCause: RootCause;
  stage: TemplateStage;
  lang: TemplateLang;
  /** Short label in the UI language, e.g. "1st message — ask about the problem". */
  title: string;
  /**
   * Plain text with slots `{orderId}`, `{buyerName}`, `{productName}`. A slot
   * may sit in an optional segment `[[ … ]]`, dropped when one of its slots is
   * unknown. Always pass it through `renderTemplate` before showing or sending.
   */
  body: string;
  /** The same message in the UI language (for reading only), when `lang` differs from it. */
  gloss?: string;
}

/** A deadline as shown on a step (a Deadline of the classification, plus a label). */
export interface StepDeadline {
  /** Deadline id in the classification (e.g. the removal window). */
  id: string;
  /** Plain words in the UI language: "Report before", "Contact buyer window". */
  label: string;
  daysLeft: number;
  /** ISO date YYYY-MM-DD. */
  lastDay: string;
  expired: boolean;
  /** Where the window comes from (Amazon help page or seed article). */
  source: string;
  /** When the source was last checked (ISO date). */
  lastChecked: string;
}

/** A ready-to-copy text that is not a buyer message (report, public reply). */
export interface Draft {
  id: string;
  /** Label in the UI language. */
  title: string;
  /** Plain text, ready to paste. */
  text: string;
  /** Language the text is written in. */
  lang: TemplateLang;
  /** The same text in the UI language when `lang` differs. */
  gloss?: string;
}

/** The removal report: what to pick in Amazon's form and what to paste. */
export interface ReportInfo {
  ground: GroundId;
  /** Amazon's wording of the report reason to pick. */
  reason: string;
  /** The guideline the review breaks, in plain words. */
  guideline: string;
  /** The offending words, verbatim (render as text only). */
  quote: string;
  field: 'title' | 'body';
  /** Other grounds found, if any (ids). */
  otherGrounds: GroundId[];
  /** Where to report it, preferred first (reporting.ts). */
  channels: ReportChannel[];
  /** Amazon's warning about improper reports, in the UI language. */
  warning: string;
}

/** dispute step only: which delivery problem the buyer describes. */
export interface DisputeInfo {
  kind: DisputeKind;
  field: 'title' | 'body';
  /** The buyer's sentence (page text: render as text only). */
  quote: string;
}

/** Contact route facts. */
export interface ContactInfo {
  /** brand "Contact buyer" (reviews) or Buyer-Seller Messaging (feedback). */
  route: 'contact-buyer' | 'buyer-seller-messaging';
  /** Language the buyer most likely reads (from the marketplace). */
  buyerLang: TemplateLang;
  possible: boolean;
}

export interface ChecklistStep {
  id: StepId;
  /** Step title in the UI language. */
  title: string;
  /** One or two sentences in plain words. */
  summary: string;
  /** False when the step does not apply to this review; see skipReason. */
  applicable: boolean;
  skipReason?: string;
  deadline?: StepDeadline;
  /** Concrete things to do, in order, in the UI language. */
  actions: string[];
  /** Buyer-facing message templates (contact step). */
  templates?: Template[];
  /** Report text / public reply drafts. */
  drafts?: Draft[];
  /** report step only. */
  report?: ReportInfo;
  /** contact step only. */
  contact?: ContactInfo;
  /** dispute step only. */
  dispute?: DisputeInfo;
  /** poa step only: the generated Plan of Action text. */
  poaText?: string;
  /** Plain-word facts for the understand step (label → value). */
  facts?: Array<{ label: string; value: string }>;
  /** Alerts (risks) to show prominently, in the UI language. */
  alerts?: string[];
}

export interface Checklist {
  reviewId: string;
  lang: Lang;
  kind: 'review' | 'feedback';
  rating: number;
  /** Always every step of STEP_IDS, in that order. */
  steps: ChecklistStep[];
  /** The most urgent open deadline, if any (also used by `urgency`). */
  nextDeadline?: StepDeadline;
  /** True when the checklist recommends a Plan of Action. */
  poaRecommended: boolean;
}

export type { RootCause, RiskId, GroundId, StepId, DisputeKind, ReportChannel };

// What a rule is: metadata (id, default severity, titles, source) and a
// check that reports findings through a callback. Rules see only the Doc.
import type { Doc } from './document.ts';
import type { LocalizedText, RuleId, Severity } from './types.ts';

export interface RuleMeta {
  id: RuleId;
  severity: Severity;
  title: { en: string; zh: string };
  /** Public page the rule comes from (Amazon help page, API docs). */
  source: string;
  /** A second public source, e.g. the FTC rule behind the review rules. */
  alsoSource?: string;
  /** The rule also applies to package-insert cards (lintMessage mode 'insert'). */
  insert?: boolean;
}

/** Message + explanation in English and Simplified Chinese. */
export interface Texts {
  en: LocalizedText;
  zh: LocalizedText;
}

export interface Report {
  /** Original offsets. */
  start: number;
  end: number;
  texts: Texts;
  fix?: string;
  /** Overrides the rule's default severity for this finding (before settings). */
  severity?: Severity;
}

export interface Rule {
  meta: RuleMeta;
  check(doc: Doc, report: (r: Report) => void): void;
}

export const SOURCES = {
  communication: 'https://sellercentral.amazon.com/help/hub/reference/external/G1801',
  reviews: 'https://sellercentral.amazon.com/help/hub/reference/external/GYRKB5RU3FS5TURN',
  messagingApi: 'https://developer-docs.amazon.com/sp-api/docs/messaging-api-v1-use-case-guide',
  solicitations: 'https://developer-docs.amazon.com/sp-api/docs/solicitations-api-v1-use-case-guide',
  /** FTC Trade Regulation Rule on consumer reviews (16 CFR Part 465), in force since 21 Oct 2024. */
  ftc: 'https://www.ecfr.gov/current/title-16/chapter-I/subchapter-D/part-465',
  /** Amazon's product-insert rules sit in the same review policy. */
  inserts: 'https://sellercentral.amazon.com/help/hub/reference/external/GYRKB5RU3FS5TURN',
  /** Opt-out and critical messages are described in the communication guidelines. */
  optOut: 'https://sellercentral.amazon.com/help/hub/reference/external/G1801',
} as const;

export function texts(en: [string, string], zh: [string, string]): Texts {
  return { en: { message: en[0], explanation: en[1] }, zh: { message: zh[0], explanation: zh[1] } };
}

/** Reports a normalised span, mapped back to the original text. */
export function reportSpan(doc: Doc, report: (r: Report) => void, s: number, e: number, t: Texts, extra?: { fix?: string; severity?: Severity }): void {
  const [start, end] = doc.orig(s, e);
  report({ start, end, texts: t, ...extra });
}

/** Document-level finding: a zero-width span at offset 0 (no single place in the text is at fault). */
export function reportDocument(report: (r: Report) => void, t: Texts): void {
  report({ start: 0, end: 0, texts: t });
}

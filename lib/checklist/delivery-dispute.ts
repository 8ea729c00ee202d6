// Which logistics items are delivery disputes (seed 000's dispute path): the
// buyer has not received the order, it is late, it is held at customs, or it
// waits at the local post office. PURE.
//
// Precision first: a dispute step that appears for a review about a broken
// part or a missing manual would send the seller down the wrong path, so each
// pattern names the order / parcel / delivery itself, or a phrase that only a
// delivery problem uses ("never arrived", "held at customs"). English, plus
// the template languages where the phrase is short and unambiguous.
import type { ReviewRecord } from '../records/index.ts';
import { currentRating } from './poa.ts';

export const DISPUTE_KINDS = ['not-received', 'late', 'customs', 'post-office'] as const;
export type DisputeKind = (typeof DISPUTE_KINDS)[number];

export interface DisputeMatch {
  kind: DisputeKind;
  field: 'title' | 'body';
  /** The sentence that says it (page text: render as text only). */
  quote: string;
}

// Nouns that name the shipment itself (not a part, a manual or a reply).
const PARCEL = String.raw`(?:order|package|parcel|item|items|product|shipment|delivery|purchase)`;
const DET = String.raw`(?:(?:my|the|this|our|any|an?)\s+)?`;
// \b is ASCII-only: after an accented letter, "not followed by a letter" is used instead.
const END = String.raw`(?![\p{L}\p{N}])`;

/** Checked in this order: the more specific kind wins when a text says several things. */
const PATTERNS: ReadonlyArray<[DisputeKind, RegExp]> = [
  [
    'customs',
    new RegExp(
      [
        String.raw`\b(?:held|stuck|seized|detained|waiting|sitting)\b[^.!?\n]{0,20}\bcustoms\b`,
        String.raw`\bcustoms\b[^.!?\n]{0,25}\b(?:fees?|charges?|duty|duties|clearance|hold|held)\b`,
        String.raw`\b(?:import|customs)\s+(?:duty|duties|tax|taxes|fees?|charges?)\b`,
        // "Zoll" alone is also the inch: only the customs compounds and phrases.
        String.raw`\bzollgebühr|\bzollamt\b|\b(?:beim|vom|im)\s+zoll\b|\beinfuhrumsatzsteuer\b`,
        String.raw`\bdouane${END}`,
        String.raw`\baduana${END}`,
        String.raw`\bdogana${END}`,
        '税関|関税',
        '海关|关税|清关',
      ].join('|'),
      'iu',
    ),
  ],
  [
    'post-office',
    new RegExp(
      [
        String.raw`\b(?:pick(?:ed)?\s*(?:it\s+|them\s+)?up|collect(?:ed)?|waiting|sitting|held|left)\b[^.!?\n]{0,30}\bpost\s*office\b`,
        String.raw`\bpost\s*office\b[^.!?\n]{0,30}\b(?:to\s+collect|to\s+pick|for\s+collection|notice|slip)\b`,
        String.raw`\bpostfiliale${END}`,
        String.raw`\bbureau de poste${END}`,
        String.raw`\boficina de correos${END}`,
        String.raw`\bufficio postale${END}`,
        '郵便局',
        '邮局',
      ].join('|'),
      'iu',
    ),
  ],
  [
    'not-received',
    new RegExp(
      [
        String.raw`\b${PARCEL}\s+(?:\w+\s+){0,2}never\s+(?:arrived|came|showed\s+up|got\s+here)\b`,
        String.raw`\bnever\s+(?:arrived|showed\s+up)\b`,
        String.raw`\b(?:did\s*n[o']?t|didn't|has\s*n[o']?t|hasn't|have\s*n[o']?t|haven't|not|never)\s+(?:yet\s+)?(?:receive|received|gotten)\s+(?:it|them|${DET}${PARCEL})\b`,
        String.raw`\b(?:did\s*n[o']?t|didn't|never)\s+(?:get|got)\s+(?:my|the|this|our)\s+(?:order|package|parcel|delivery|shipment)\b`,
        String.raw`\b${PARCEL}\s+(?:was|were|has|have)?\s*(?:never|not)\s+(?:been\s+)?(?:delivered|received|arrived)\b`,
        String.raw`\b(?:marked|shows?|showed|says?|said)\s+(?:as\s+)?delivered\b[^.!?\n]{0,40}(?:\b(?:not|never|no)\b|n't\b)`,
        String.raw`\blost\s+in\s+(?:the\s+)?(?:mail|post|transit)\b`,
        String.raw`\b(?:did\s*n[o']?t|didn't|has\s*n[o']?t|hasn't|have\s*n[o']?t|haven't|never)\s+(?:yet\s+)?reach(?:ed)?\s+(?:me|us)\b`,
        String.raw`\b(?:nie|nicht)\s+(?:angekommen|erhalten|geliefert)${END}`,
        String.raw`\bjamais\s+(?:reçu|arrivé|livré)|(?<!toujours\s)\bpas\s+(?:été\s+)?(?:reçu|livré)${END}|\bn'est\s+(?:jamais|pas)\s+arrivé`,
        String.raw`\bnunca\s+(?:me\s+)?(?:llegó|recibí)|\bno\s+(?:me\s+)?(?:ha\s+)?(?:llegado|llegó)${END}|\bno\s+(?:lo\s+)?(?:he\s+)?recib(?:í|ido)${END}`,
        String.raw`\bmai\s+(?:arrivat[oa]|ricevut[oa])|\bnon\s+(?:è|e)\s+(?:mai\s+)?arrivat[oa]|\bnon\s+(?:l'?\s*)?ho\s+(?:mai\s+)?ricevut[oa]`,
        // Not 届かない alone: 手が届かない is "out of reach". "Still not" (まだ, toujours pas) is late.
        '未着|(?:商品|荷物|注文)が届いていない|(?<!まだ)届いていません',
        '没收到货|没有收到货|未收到货|没收到包裹|没有收到包裹|一直没到|没有送达|丢件',
      ].join('|'),
      'iu',
    ),
  ],
  [
    // Late = still on its way. A parcel that arrived late is no dispute (nothing
    // to re-ship or refund for the delay): the contact step's apology covers it.
    'late',
    new RegExp(
      [
        String.raw`\b(?:delivery|shipment|order|package|parcel)\s+is\s+(?:still\s+)?(?:delayed|late)\b`,
        String.raw`\bstill\s+waiting\s+(?:for|on)\s+${DET}${PARCEL}\b`,
        String.raw`\bstill\s+not\s+(?:arrived|delivered|received)\b`,
        String.raw`\b(?:has\s*n[o']?t|hasn't|have\s*n[o']?t|haven't|not)\s+(?:arrived|come)\s+yet\b`,
        String.raw`\bnot\s+(?:yet\s+)?(?:received|rec'?d|gotten)\s+(?:\w+\s+){0,3}yet\b`,
        String.raw`\bwarte\s+(?:immer\s+)?noch\s+auf\s+(?:mein|meine|die|das)\s+(?:bestellung|lieferung|sendung|paket)`,
        String.raw`\btoujours\s+pas\s+(?:reçu|arrivé)`,
        String.raw`\btodavía\s+no\s+(?:ha\s+)?(?:llegado|llega)`,
        String.raw`\bancora\s+non\s+(?:è\s+)?arrivat[oa]`,
        'まだ届いて|配送が遅れています|到着が遅れています',
        '迟迟没到|还没到货',
      ].join('|'),
      'iu',
    ),
  ],
];

/** The sentence around [start, end) of `text`, one line, at most 240 characters. */
function sentenceAround(text: string, start: number, end: number): string {
  const seg = new Intl.Segmenter(undefined, { granularity: 'sentence' });
  let quote = text.slice(start, end);
  for (const s of seg.segment(text)) {
    if (s.index <= start && start < s.index + s.segment.length) {
      quote = text.slice(s.index, Math.max(end, s.index + s.segment.length));
      break;
    }
  }
  const one = quote.replace(/\s+/g, ' ').trim();
  return one.length > 240 ? `${one.slice(0, 239)}…` : one;
}

/** The delivery-dispute sub-kind a text describes, with the sentence that says it; null when none. */
export function detectDispute(fields: { title?: string; body: string }): DisputeMatch | null {
  for (const [kind, re] of PATTERNS) {
    for (const field of ['title', 'body'] as const) {
      const text = fields[field];
      if (!text) continue;
      const m = re.exec(text);
      if (m) return { kind, field, quote: sentenceAround(text, m.index, m.index + m[0].length) };
    }
  }
  return null;
}

/**
 * A record the dispute path applies to: negative (1–3★ now) and about a parcel
 * that did not arrive, is late, is held at customs or waits at the post office.
 */
export function disputeOf(record: ReviewRecord): DisputeMatch | null {
  if (currentRating(record) > 3) return null;
  return detectDispute({ ...(record.item.title ? { title: record.item.title } : {}), body: record.item.body });
}

// The two review-related facts several rules share: where the message asks
// the buyer to change a review, and where it asks for a review at all.
import { K as KINDS } from '../lexicon/kinds.ts';
import { wordAt, type Scan } from './tokens.ts';

// A module-local binding: read in hot loops, never through the import.
const K = KINDS;

export interface ChangeRequest {
  /** Normalised span from the change verb (or its request marker) to the noun. */
  s: number;
  e: number;
  sent: number;
  /** The noun is seller feedback, not a product review. */
  feedback: boolean;
  /** Matched by the English word-order pattern (a rephrasing fix applies). */
  english: boolean;
}

export interface ReviewRequest {
  s: number;
  e: number;
  sent: number;
}

const PRONOUNS = new Set(['it', 'this', 'that', 'them', 'one']);
const PARTICIPLE = /(?:ed|en|wn)$/;

function atomAtWord(scan: Scan, from: number, word: number): number {
  const atoms = scan.atoms;
  for (let i = from; i < atoms.length; i++) if (atoms[i]!.w <= word && atoms[i]!.we >= word) return i;
  for (let i = Math.min(from, atoms.length - 1); i >= 0; i--) if (atoms[i]!.w <= word && atoms[i]!.we >= word) return i;
  return -1;
}

/** Extends a span start back over "please", "could you kindly"… right before it. */
function requestStart(scan: Scan, word: number): number {
  let j = word - 1;
  let start = scan.wordStart[word]!;
  while (j >= 0 && j >= word - 4 && scan.wordSent[j] === scan.wordSent[word] && scan.wordKinds[j]! & (K.ASK | K.FILL) && wordAt(scan, j) !== 'and' && wordAt(scan, j) !== 'if') {
    if (scan.wordKinds[j]! & K.ASK) start = scan.wordStart[j]!;
    j--;
  }
  return start;
}

export function findChangeRequests(scan: Scan): ChangeRequest[] {
  const { atoms, wordKinds, wordSent, wordIds, sentences } = scan;
  const n = wordIds.length;
  const out: ChangeRequest[] = [];
  let lastSent = -1;
  const push = (c: ChangeRequest): void => {
    if (c.sent === lastSent) return; // one per sentence
    lastSent = c.sent;
    out.push(c);
  };
  for (let ai = 0; ai < atoms.length; ai++) {
    const a = atoms[ai]!;
    if (a.sent === lastSent) continue;
    if (a.k & K.CHG) {
      // "update your (negative 1-star) review"
      let found = -1;
      for (let j = a.we + 1; j < n && j <= a.we + 7 && wordSent[j] === a.sent; j++) {
        if (wordKinds[j]! & K.R) {
          found = j;
          break;
        }
        if (!(wordKinds[j]! & K.FILL)) break;
      }
      if (found >= 0) {
        const r = atoms[atomAtWord(scan, ai, found)]!;
        push({ s: requestStart(scan, a.w), e: r.e, sent: a.sent, feedback: (r.k & K.FB) !== 0, english: true });
        continue;
      }
      // "About your review: could you remove it?"
      const next = a.we + 1;
      const pronoun = next >= n || wordSent[next] !== a.sent || PRONOUNS.has(wordAt(scan, next));
      const sentence = sentences[a.sent]!;
      if (pronoun && sentence.mask & (K.ASK | K.COND)) {
        let r = -1;
        for (let i = ai - 1; i >= 0 && atoms[i]!.sent >= a.sent - 1; i--) if (atoms[i]!.k & K.R) r = i;
        if (r >= 0) {
          const e = next < n && wordSent[next] === a.sent && PRONOUNS.has(wordAt(scan, next)) ? scan.wordEnd[next]! : a.e;
          push({ s: requestStart(scan, a.w), e, sent: a.sent, feedback: (atoms[r]!.k & K.FB) !== 0, english: true });
          continue;
        }
      }
    }
    if (a.k & K.R) {
      // "your review to be removed", "could the feedback be updated"
      for (let j = a.we + 1; j < n && j <= a.we + 4 && wordSent[j] === a.sent; j++) {
        if (wordKinds[j]! & K.CHG && PARTICIPLE.test(wordAt(scan, j))) {
          push({ s: a.s, e: scan.wordEnd[j]!, sent: a.sent, feedback: (a.k & K.FB) !== 0, english: true });
          break;
        }
        if (!(wordKinds[j]! & K.FILL)) break;
      }
      if (a.sent === lastSent) continue;
    }
    if (a.k & K.CHGX && sentences[a.sent]!.mask & K.R) {
      // DE/FR/ES/IT/JA: change verb and review noun in one sentence, any order.
      const sentence = sentences[a.sent]!;
      let best = -1;
      for (let i = sentence.a0; i < sentence.a1; i++) {
        if (atoms[i]!.k & K.R && (best < 0 || Math.abs(atoms[i]!.w - a.w) < Math.abs(atoms[best]!.w - a.w))) best = i;
      }
      const r = atoms[best]!;
      push({ s: Math.min(a.s, r.s), e: Math.max(a.e, r.e), sent: a.sent, feedback: (r.k & K.FB) !== 0, english: false });
    }
  }
  return out;
}

export function findReviewRequests(scan: Scan, changes: readonly ChangeRequest[]): ReviewRequest[] {
  const { atoms, sentences } = scan;
  const out: ReviewRequest[] = [];
  let ci = 0;
  for (let si = 0; si < sentences.length; si++) {
    const sentence = sentences[si]!;
    const m = sentence.mask;
    if (!(m & K.R) || !(m & (K.ACT | K.ASK)) || m & K.HELP) continue;
    while (ci < changes.length && changes[ci]!.sent < si) ci++;
    if (ci < changes.length && changes[ci]!.sent === si) continue;
    // Span: the request word nearest the review noun, through the noun.
    let r = -1;
    for (let i = sentence.a0; i < sentence.a1; i++) if (atoms[i]!.k & K.R) {
      r = i;
      break;
    }
    const noun = atoms[r]!;
    let s = noun.s;
    let e = noun.e;
    let before = -1;
    for (let i = r; i >= sentence.a0; i--) if (atoms[i]!.k & (K.ACT | K.ASK)) {
      before = i;
      break;
    }
    if (before >= 0) s = atoms[before]!.s;
    else {
      for (let i = r; i < sentence.a1; i++) if (atoms[i]!.k & (K.ACT | K.ASK)) {
        e = atoms[i]!.e;
        break;
      }
    }
    out.push({ s, e, sent: si });
  }
  return out;
}

export interface Ask {
  /** Every request sentence that belongs to this ask (the first one is the ask). */
  requests: ReviewRequest[];
  /** The ask has a full request sentence (not only a heading, label or "share your experience"). */
  full: boolean;
}

/** Words of unrelated content that separate two asks. */
const OTHER_CONTENT_WORDS = 15;
/** Longest how-to line that still reads as part of the ask rather than content. */
const HOWTO_LINE_WORDS = 12;
/** Longest line without end punctuation that reads as a label, button or heading. */
const LABEL_WORDS = 7;
const PS = /(?:^|\n)\s*(?:p\.?\s?[sd]\.?|post scriptum|追伸|附言)(?=[\s:,.-]|$)/;
/** A numbered step or list item opens the line: an instruction, not an ask ("Step 2:", "2.", "ステップ2"). */
const STEP = /^\s*(?:(?:step|schritt|etape|paso|passo|fase)\s*\d|\d{1,2}\s*[.)]\s|(?:ステップ|步骤|第)\s*\d)/;
const END = /[.!?。!?]\s*$/;
/** An HTML tag: its words are markup, not text. */
const TAG = /<\/?[a-z][^<>]*>/g;

/**
 * Groups review requests into asks (policy.md §4). One ask restated is one
 * request: a how-to line ("click the link below…"), a numbered step, a link
 * label or heading ("Leave us feedback", "Review the kettle on Amazon"), a
 * "share your experience" line, a thank-you for reviewing, or a request in the
 * next sentences. A second ask needs a full request sentence (a review noun
 * or verb, not a label, step or heading) after a P.S., or after a paragraph
 * of unrelated content when the ask before it was a full request as well:
 * when unsure, it is the same ask.
 */
export function groupAsks(scan: Scan, text: string, requests: readonly ReviewRequest[]): Ask[] {
  const { sentences, atoms } = scan;
  // CJK text has no spaces and only lexicon terms become words (a sentence
  // with none is not even a sentence of the scan): a Chinese word averages
  // about 1.5 characters, so count that many as one word.
  const hasCjk = scan.cjk;
  const cjk = (from: number, to: number): number => {
    let n = 0;
    for (let i = from; i < to; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0x3040 && c <= 0x9fff) n++;
    }
    return n / 1.5;
  };
  // HTML tags (an e-mail template's markup) are neither words nor content:
  // style attributes would count as a paragraph between a request and its
  // button, and a closing tag would hide a label's or a colon's end.
  const tags: number[] = [];
  if (text.includes('<')) {
    TAG.lastIndex = 0;
    for (let m; (m = TAG.exec(text)); ) tags.push(m.index, m.index + m[0].length);
  }
  /** Index of the first tag that ends after pos (binary search: calls come in any order). */
  const tagAfter = (pos: number): number => {
    let lo = 0;
    let hi = tags.length / 2;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tags[2 * mid + 1]! <= pos) lo = mid + 1;
      else hi = mid;
    }
    return 2 * lo;
  };
  const inTag = (pos: number): boolean => {
    const i = tagAfter(pos);
    return i < tags.length && tags[i]! <= pos;
  };
  const visible = (s: number, e: number): string => {
    if (tags.length === 0) return text.slice(s, e);
    let out = '';
    let at = s;
    for (let i = tagAfter(s); i < tags.length && tags[i]! < e && at < e; i += 2) {
      if (tags[i]! > at) out += text.slice(at, tags[i]!);
      at = Math.max(at, tags[i + 1]!);
    }
    return at < e ? out + text.slice(at, e) : out;
  };
  const wordsIn = (from: number, to: number): number => {
    let n = sentences[to]!.w1 - sentences[from]!.w0;
    if (tags.length > 0 || hasCjk) {
      for (let w = sentences[from]!.w0; w < sentences[to]!.w1; w++) {
        const at = scan.wordStart[w]!;
        const c = text.charCodeAt(at);
        // A CJK lexicon term is already counted by its characters (below).
        if ((hasCjk && c >= 0x3040 && c <= 0x9fff) || (tags.length > 0 && inTag(at))) n--;
      }
    }
    return n + (hasCjk ? cjk(sentences[from]!.s, sentences[to]!.e) : 0);
  };
  /** A full request sentence: a review noun (or the verb "review"), not a label, heading, step, how-to or thank-you. */
  const full = (si: number): boolean => {
    const sent = sentences[si]!;
    const m = sent.mask;
    if (m & K.HOWTO || (m & K.THANKS && !(m & K.ASK))) return false;
    const body = visible(sent.s, sent.e);
    if (STEP.test(body) || /[:：]\s*$/.test(body) || (!END.test(body) && wordsIn(si, si) <= LABEL_WORDS)) return false;
    for (let i = sent.a0; i < sent.a1; i++) {
      const k = atoms[i]!.k;
      if (k & K.R && (!(k & K.ACT) || k & K.REASON)) return true;
    }
    return false;
  };
  const asks: Ask[] = [];
  let last = -1;
  for (const r of requests) {
    const sent = sentences[r.sent]!;
    const current = asks[asks.length - 1];
    const isFull = full(r.sent);
    if (!current) {
      asks.push({ requests: [r], full: isFull });
      last = r.sent;
      continue;
    }
    // The P.S. marker is its own short sentence or opens this one.
    const before = text.slice(sentences[r.sent - 1]?.s ?? sent.s, sent.s + Math.min(12, sent.e - sent.s));
    const ps = PS.test(before) || PS.test(text.slice(sent.s, sent.e));
    const label = wordsIn(r.sent, r.sent) <= 5 && !END.test(visible(sent.s, sent.e));
    // "Thanks in advance for leaving your review!" thanks for the ask already made.
    const thanks = (sent.mask & K.THANKS) !== 0 && !(sent.mask & K.ASK);
    let separate = false;
    if (ps) separate = !label && !thanks;
    else if (isFull && current.full) {
      // Other content: a paragraph's worth of words (hard-wrapped lines split
      // sentences, so count words, not sentences) that are not about the review.
      // A short how-to line ("Click the link below:") belongs to the ask; a long
      // sentence that merely contains "click" or "open" is product content.
      let other = 0;
      let gap = sentences[last]!.e;
      for (let si = last + 1; si < r.sent; si++) {
        const between = sentences[si]!;
        if (hasCjk) other += cjk(gap, between.s);
        gap = between.e;
        if (between.mask & K.R || (between.mask & K.HOWTO && wordsIn(si, si) <= HOWTO_LINE_WORDS)) continue;
        // "Write a couple of sentences on what you liked": guidance on the review asked for, not other content.
        if (between.mask & K.ACT && between.mask & K.SAT && !(between.mask & (K.REASON | K.CRIT | K.PROMO | K.INC | K.THANKS))) continue;
        other += wordsIn(si, si);
      }
      if (hasCjk) other += cjk(gap, sent.s);
      separate = other >= OTHER_CONTENT_WORDS;
    }
    if (separate) asks.push({ requests: [r], full: isFull });
    else {
      current.requests.push(r);
      current.full ||= isFull;
    }
    last = r.sent;
  }
  return asks;
}

// Splits the normalised text into words and sentences and looks every word
// (and multi-word phrase) up in the lexicon, producing "atoms": classified
// spans the rules reason about. Links and emails are skipped, so a word inside
// a URL ("…/free-gift") is not read as prose.
import { CJK_LEXICON, SYMBOL_SOURCE, TRIE, WORD_SOURCE, type TrieNode } from '../lexicon/index.ts';
import { F, K } from '../lexicon/kinds.ts';
import type { Span } from './span.ts';

export interface Atom {
  /** Word classes (K bits). */
  k: number;
  /** Normalised span. */
  s: number;
  e: number;
  /** First and last word index. */
  w: number;
  we: number;
  /** Sentence index. */
  sent: number;
}

export interface Sentence extends Span {
  /** OR of the kinds of the atoms in it. */
  mask: number;
  /** Index range into atoms. */
  a0: number;
  a1: number;
}

export interface Scan {
  atoms: Atom[];
  sentences: Sentence[];
  /** Kinds per word index (phrase kinds on every word of the phrase). */
  wordKinds: Int32Array;
  /** Lower-case Latin words in order ('\u0000' for a CJK term). */
  words: string[];
  /** Normalised span and sentence of every word. */
  wordStart: number[];
  wordEnd: number[];
  wordSent: number[];
  /** OR of all atom kinds. */
  mask: number;
}

const CJK_RUN = '[\\u3040-\\u30ff\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\u3005\\u3006]+';
const TOKEN = new RegExp(`${WORD_SOURCE}|${SYMBOL_SOURCE}|[.!?;\\n\\u3002\\uff01\\uff1f]|${CJK_RUN}`, 'g');

// Words before "review" that make it a verb ("our team will review your case").
const VERB_BEFORE = new Set([
  'will', 'to', 'we', 'i', 'they', 'can', 'could', 'would', 'should', 'shall', 'please', 'kindly', 'must', 'may', 'might',
  'carefully', 'currently', 'also', 'always', 'then', 'team', 'staff', 'and', 'or', "we'll", "i'll", "they'll", 'you', 'not',
  "we're", "i'm", 'gladly', 'happily', 'promptly', 'quickly', 'personally', 'further', "we'd", "i'd", 'department', "don't",
]);
// …of whom a seller is the subject: never the buyer's act of reviewing.
const SELLER_SUBJECT = new Set([
  'will', 'we', 'i', 'they', 'team', 'staff', "we'll", "i'll", "they'll", "we're", "i'm", 'shall', 'carefully', 'currently',
  'gladly', 'happily', 'promptly', 'quickly', 'personally', 'further', 'also', 'always', "we'd", "i'd", 'department',
]);
const REVIEWABLE = new Set(['product', 'item', 'purchase', 'it', 'us', 'our', 'this', 'the', 'your', 'my']);
const PRODUCT_OBJECT = new Set(['product', 'item', 'purchase', 'it', 'us', 'products', 'items']);

function isDigits(w: string): boolean {
  const c = w.charCodeAt(0);
  return c >= 48 && c <= 57;
}

/** Kinds of "review" at word i, judged from its neighbours. */
function reviewKinds(words: string[], sentOf: number[], i: number, kinds: number): number {
  const prev = i > 0 && sentOf[i - 1] === sentOf[i] ? words[i - 1]! : '';
  if (prev !== '' && !VERB_BEFORE.has(prev)) return kinds; // "a review", "your review": a noun
  // A verb. "Please review the product" is still a review request.
  if (prev !== '' && !SELLER_SUBJECT.has(prev)) {
    let j = i + 1;
    if (j < words.length && REVIEWABLE.has(words[j]!) && !PRODUCT_OBJECT.has(words[j]!)) j++;
    if (j < words.length && sentOf[j] === sentOf[i] && PRODUCT_OBJECT.has(words[j]!)) return K.R | K.ACT | K.REASON;
  }
  return 0;
}

export function scanTokens(text: string, original: string, origStart: Int32Array, origEnd: Int32Array, skip: readonly Span[]): Scan {
  const words: string[] = [];
  const ws: number[] = [];
  const we: number[] = [];
  const sentOf: number[] = [];
  const cjkAtoms: Array<Atom | undefined> = [];
  const sentences: Sentence[] = [];
  let sent = 0;
  let sentStart = 0;
  let skipIdx = 0;
  TOKEN.lastIndex = 0;
  for (let m; (m = TOKEN.exec(text)); ) {
    const s = m.index;
    while (skipIdx < skip.length && skip[skipIdx]!.e <= s) skipIdx++;
    const sk = skip[skipIdx];
    if (sk && sk.s <= s) {
      TOKEN.lastIndex = sk.e;
      continue;
    }
    const tok = m[0];
    const c = tok.charCodeAt(0);
    if (tok.length === 1 && (c === 46 || c === 33 || c === 63 || c === 59 || c === 10 || c === 0x3002 || c === 0xff01 || c === 0xff1f)) {
      // "." ends a sentence only before a space or the end ("3.5", "e.g" stay whole).
      if (c === 46) {
        const next = text.charCodeAt(s + 1);
        if (!(Number.isNaN(next) || next === 32 || next === 10)) continue;
      }
      if (words.length > 0 && sentOf[sentOf.length - 1] === sent) {
        sentences.push({ s: sentStart, e: s + 1, mask: 0, a0: 0, a1: 0 });
        sent++;
      }
      sentStart = s + 1;
      continue;
    }
    if (c >= 0x3040) {
      // A CJK run: find lexicon terms inside it.
      const re = CJK_LEXICON.regex;
      const end = s + tok.length;
      re.lastIndex = s;
      for (let j; (j = re.exec(text)) && j.index < end; ) {
        const entry = CJK_LEXICON.entries.get(j[0])!;
        const w = words.length;
        words.push('\u0000');
        ws.push(j.index);
        we.push(j.index + j[0].length);
        sentOf.push(sent);
        cjkAtoms[w] = { k: entry.kinds, s: j.index, e: j.index + j[0].length, w, we: w, sent };
      }
      continue;
    }
    words.push(tok);
    ws.push(s);
    we.push(s + tok.length);
    sentOf.push(sent);
  }
  if (words.length > 0 && sentOf[sentOf.length - 1] === sent) sentences.push({ s: sentStart, e: text.length, mask: 0, a0: 0, a1: 0 });

  // Longest-match lexicon walk.
  const n = words.length;
  const wordKinds = new Int32Array(n);
  const atoms: Atom[] = [];
  let mask = 0;
  for (let i = 0; i < n; ) {
    const pre = cjkAtoms[i];
    if (pre) {
      atoms.push(pre);
      wordKinds[i] = pre.k;
      mask |= pre.k;
      i++;
      continue;
    }
    let node: TrieNode | undefined = TRIE;
    let best: TrieNode | undefined;
    let bestEnd = i;
    for (let j = i; j < n && sentOf[j] === sentOf[i]; j++) {
      const next: Map<string, TrieNode> | undefined = node.next;
      if (!next) break;
      const w = words[j]!;
      node = next.get(w) ?? (isDigits(w) ? next.get('#') : undefined);
      if (!node) break;
      if (node.kinds !== 0 || node.flags !== 0) {
        best = node;
        bestEnd = j;
      }
    }
    if (!best) {
      i++;
      continue;
    }
    let k = best.kinds;
    if (best.flags & F.AMBIG_REVIEW) k = reviewKinds(words, sentOf, i, k);
    if (best.flags & F.CAPS_ONLY) {
      const os = origStart[ws[i]!]!;
      if (original.slice(os, origEnd[we[bestEnd]! - 1]!) !== original.slice(os, origEnd[we[bestEnd]! - 1]!).toUpperCase()) k &= ~K.OFFP;
    }
    if (k !== 0) {
      atoms.push({ k, s: ws[i]!, e: we[bestEnd]!, w: i, we: bestEnd, sent: sentOf[i]! });
      for (let j = i; j <= bestEnd; j++) wordKinds[j] = k;
      mask |= k;
    }
    i = bestEnd + 1;
  }

  // Per-sentence masks and atom ranges.
  let a = 0;
  for (let si = 0; si < sentences.length; si++) {
    const sentence = sentences[si]!;
    sentence.a0 = a;
    while (a < atoms.length && atoms[a]!.sent === si) sentence.mask |= atoms[a++]!.k;
    sentence.a1 = a;
  }
  return { atoms, sentences, wordKinds, words, wordStart: ws, wordEnd: we, wordSent: sentOf, mask };
}

// Splits the normalised text into words and sentences and looks every word
// (and multi-word phrase) up in the lexicon, producing "atoms": classified
// spans the rules reason about. Links and emails are skipped, so a word inside
// a URL ("…/free-gift") is not read as prose.
import { CJK_LEXICON as CJK_LEXICON_IMPORT, ROOT as ROOT_IMPORT, type TrieNode } from '../lexicon/index.ts';
import { hashWord, intern, lookup as lookupImport, NUM as NUM_IMPORT, UNKNOWN, WORDS as WORDS_IMPORT } from '../lexicon/vocab.ts';
import { F as F_IMPORT, K as K_IMPORT } from '../lexicon/kinds.ts';
import type { Span } from './span.ts';

// Module-local bindings: the scanner reads these per word, never through the import.
const CJK_LEXICON = CJK_LEXICON_IMPORT;
const ROOT = ROOT_IMPORT;
const lookup = lookupImport;
const NUM = NUM_IMPORT;
const WORDS = WORDS_IMPORT;
const F = F_IMPORT;
const K = K_IMPORT;

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
  /** Index range into words. */
  w0: number;
  w1: number;
}

export interface Scan {
  atoms: Atom[];
  sentences: Sentence[];
  /** Kinds per word index (phrase kinds on every word of the phrase). */
  wordKinds: Ints;
  /** Word ids (vocab.ts), -1 unknown, -3 CJK term. */
  wordIds: Ints;
  /** Normalised span and sentence of every word. */
  wordStart: Ints;
  wordEnd: Ints;
  wordSent: Ints;
  /** OR of all atom kinds. */
  mask: number;
  /** The text has CJK characters (words there are lexicon terms only). */
  cjk: boolean;
}

function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
}
function isCjk(c: number): boolean {
  return (c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || c === 0x3005 || c === 0x3006;
}
const CONTRACTIONS = ['t', 'll', 're', 've', 's', 'd', 'm'];
/** Length of an English contraction suffix at i ("ll" in "we'll"), 0 if none. Keep in sync with WORD_SOURCE. */
function contraction(text: string, i: number): number {
  for (const sfx of CONTRACTIONS) {
    if (text.startsWith(sfx, i) && !isLetter(text.charCodeAt(i + sfx.length))) return sfx.length;
  }
  return 0;
}
/** Separator-line characters: middle dots, box drawing, shapes, other stars and dingbats. */
function isOrnament(c: number): boolean {
  return c === 0xb7 || c === 0x30fb || (c >= 0x2500 && c <= 0x27bf && c !== 0x2605);
}
/** A star in a separator line ("★・・・★", "☆★☆") is decoration, not a rating. */
function decorative(text: string, i: number): boolean {
  return isOrnament(text.charCodeAt(i - 1)) || isOrnament(text.charCodeAt(i + 1));
}
function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
function isLetter(c: number): boolean {
  return c >= 97 && c <= 122;
}

// Words before "review" that make it a verb ("our team will review your case").
const ids = (words: string[]): Set<number> => new Set(words.map(intern));
const VERB_BEFORE = ids([
  'will', 'to', 'we', 'i', 'they', 'can', 'could', 'would', 'should', 'shall', 'please', 'kindly', 'must', 'may', 'might',
  'carefully', 'currently', 'also', 'always', 'then', 'team', 'staff', 'and', 'or', "we'll", "i'll", "they'll", 'you', 'not',
  "we're", "i'm", 'gladly', 'happily', 'promptly', 'quickly', 'personally', 'further', "we'd", "i'd", 'department', "don't",
]);
// …of whom a seller is the subject: never the buyer's act of reviewing.
const SELLER_SUBJECT = ids([
  'will', 'we', 'i', 'they', 'team', 'staff', "we'll", "i'll", "they'll", "we're", "i'm", 'shall', 'carefully', 'currently',
  'gladly', 'happily', 'promptly', 'quickly', 'personally', 'further', 'also', 'always', "we'd", "i'd", 'department',
]);
const REVIEWABLE = ids(['product', 'item', 'purchase', 'it', 'us', 'our', 'this', 'the', 'your', 'my']);
const PRODUCT_OBJECT = ids(['product', 'item', 'purchase', 'it', 'us', 'products', 'items']);
/** What a seller asks the buyer to *check* ("please review the attached label"), never a product to review. */
const INFO_OBJECT = ids([
  'details', 'order', 'orders', 'address', 'information', 'info', 'terms', 'policy', 'policies', 'invoice', 'case', 'request', 'options',
  'settings', 'message', 'messages', 'email', 'account', 'attached', 'attachment', 'instructions', 'manual', 'guide', 'form', 'photos',
  'photo', 'pictures', 'picture', 'images', 'changes', 'proof', 'design', 'draft', 'mockup', 'quote', 'list', 'steps', 'document',
  'documents', 'file', 'files', 'label', 'receipt', 'tracking', 'status', 'page', 'link', 'situation', 'issue', 'problem', 'claim',
  'return', 'refund', 'following', 'below', 'above', 'text', 'spelling', 'wording', 'layout', 'preview', 'sample', 'size', 'chart',
]);
/** Before "review", these make it the buyer's imperative ("register and review", "please review"). */
const LINKING = ids(['and', 'or', 'to']);
const TO = intern('to');
/** Words after the verb "review" that close its object ("review to get", "review on Amazon"). */
const AFTER_VERB = ids(['to', 'on']);
/** Word id of a CJK lexicon term (its atom is made by the scanner). */
const CJK_TERM = -3;

/** A seller subject a few words before word i in its sentence ("we will check and review…"). */
function sellerBefore(idsOf: Ints, sentOf: Ints, i: number): boolean {
  for (let j = i - 1; j >= 0 && j >= i - 5 && sentOf[j] === sentOf[i]; j--) if (SELLER_SUBJECT.has(idsOf[j]!)) return true;
  return false;
}

/** The text just before word i ends a heading or step label ("Step 2: Review…"). */
function afterLabel(text: string, start: number): boolean {
  let k = start - 1;
  while (k >= 0 && text.charCodeAt(k) === 32) k--;
  const c = text.charCodeAt(k);
  return c === 58 || c === 45 || c === 41 || c === 0x2013 || c === 0x2014;
}

/** Kinds of "review" at word i, judged from its neighbours. */
function reviewKinds(text: string, ws: Ints, idsOf: Ints, sentOf: Ints, i: number, kinds: number): number {
  const first = !(i > 0 && sentOf[i - 1] === sentOf[i]) || afterLabel(text, ws[i]!);
  const prev = first ? UNKNOWN : idsOf[i - 1]!;
  if (!first && !VERB_BEFORE.has(prev)) return kinds; // "a review", "your review": a noun
  if (!first && SELLER_SUBJECT.has(prev)) return 0; // "we will review your case"
  // A verb. "Please review the product", "register and review to get…" is still a review request.
  const n = idsOf.length;
  const act = K.R | K.ACT | K.REASON;
  let j = i + 1;
  if (j >= n || sentOf[j] !== sentOf[i]) return 0;
  const seller = LINKING.has(prev) && (prev === TO || sellerBefore(idsOf, sentOf, i - 1));
  if (PRODUCT_OBJECT.has(idsOf[j]!)) return act;
  if (AFTER_VERB.has(idsOf[j]!)) return seller || first ? 0 : act;
  if (!REVIEWABLE.has(idsOf[j]!)) return 0;
  j++;
  if (j >= n || sentOf[j] !== sentOf[i]) return 0;
  if (PRODUCT_OBJECT.has(idsOf[j]!)) return act;
  // "review your blender": an object that is not a document or a detail to check.
  if (idsOf[j] === CJK_TERM || INFO_OBJECT.has(idsOf[j]!) || seller) return 0;
  return act;
}

/** "Line", "Zoom" name the app when in capitals, capitalised after "on/via", or followed by a handle ("Line: @shop"). */
const CHANNEL_BEFORE = ids(['on', 'via', 'through', 'over']);
function lineChannel(original: string, os: number, oe: number, prev: number): boolean {
  const word = original.slice(os, oe);
  if (word === word.toUpperCase()) return true;
  if (word[0] !== word[0]!.toLowerCase() && CHANNEL_BEFORE.has(prev)) return true;
  // Japanese inserts write the app in lower case too: "lineを追加", "line公式アカウント".
  if (LINE_JA.test(original.slice(oe, oe + 8))) return true;
  let k = oe;
  while (k < original.length && (original[k] === ' ' || original[k] === ':')) k++;
  return original[k] === '@' || original[k] === '＠';
}
const LINE_JA = /^(?:を|で|に|の)?(?:追加|友だち|友達|公式|アカウント|ID)/u;

// Scratch arrays for the first pass, reused across calls so appending never
// regrows them (growing four arrays word by word cost as much as the scan);
// the result gets exact-size copies. lintMessage is synchronous: no reentry.
const IDS: number[] = [];
const WS: number[] = [];
const WE: number[] = [];
const SENT: number[] = [];
const SCRATCH_KEEP = 1 << 15;
/**
 * Per-word arrays: plain arrays for a normal message; typed arrays past this
 * many words, where copying and zeroing big plain arrays (allocated as large
 * heap objects) made a 100,000-character text several times slower than linear.
 */
const TYPED_FROM = 4096;

/** Per-word integers: a plain array, or a typed array for a very long text. */
export type Ints = number[] | Int32Array;

/** Exact-size copy of scratch[0, n): a plain array, or view `slot` of one shared buffer for a long text. */
function copyOut(a: number[], n: number, buffer: ArrayBuffer | undefined, slot: number): Ints {
  if (!buffer) return a.slice(0, n);
  const out = new Int32Array(buffer, slot * n * 4, n);
  for (let i = 0; i < n; i++) out[i] = a[i]!;
  return out;
}

const UPPER = /\p{Lu}/u;
const alnum = (x: number): boolean => (x >= 97 && x <= 122) || (x >= 48 && x <= 57);
const LOWER = /\p{Ll}/u;

/**
 * A full stop after a word, a number or an initialism where the writer typed
 * a capital right after it ("has been issued.If you", "veranlasst.Über",
 * "tomorrow.I will", "P.S.Did"): two sentences with the space left out.
 * "3.5" and domains (found before the scan and skipped) are not.
 */
function glued(text: string, i: number, original: string, toOrig: (s: number, e: number) => [number, number]): boolean {
  const a = text.charCodeAt(i - 1);
  const b = text.charCodeAt(i - 2);
  const n = text.charCodeAt(i + 1);
  // Before the stop: a word or number ("issued.If", "…8899001.Love") or an initialism ("P.S.Did").
  if (!alnum(a) || !(alnum(b) || b === 46) || !(n >= 97 && n <= 122)) return false;
  const [o] = toOrig(i + 1, i + 2);
  const xc = original.charCodeAt(o);
  // Typed in lower case (the common case, and every one in "a.a.a…"): no boundary.
  if (xc >= 97 && xc <= 122) return false;
  const x = original[o] ?? '';
  const y = original[o + 1] ?? '';
  return UPPER.test(x) && (LOWER.test(y) || (x === 'I' && (y === ' ' || y === "'" || y === '’')));
}

export function scanTokens(text: string, original: string, toOrig: (s: number, e: number) => [number, number], skip: readonly Span[]): Scan {
  let nw = 0;
  const cjkAtoms: Array<Atom | undefined> = [];
  const sentences: Sentence[] = [];
  let sent = 0;
  let sentStart = 0;
  let sentWord = 0;
  let skipIdx = 0;
  const len = text.length;
  let hasCjk = false;
  const endSentence = (at: number): void => {
    if (nw > 0 && SENT[nw - 1] === sent) {
      sentences.push({ s: sentStart, e: at + 1, mask: 0, a0: 0, a1: 0, w0: sentWord, w1: nw });
      sentWord = nw;
      sent++;
    }
    sentStart = at + 1;
  };
  // A hand-written scanner (no regex match objects): words [a-z0-9]+ with an
  // English contraction suffix, symbol tokens, sentence ends, CJK runs.
  for (let i = 0; i < len; ) {
    const c = text.charCodeAt(i);
    if (isWordChar(c)) {
      const s0 = i;
      let h = c;
      i++;
      for (let d; i < len && isWordChar((d = text.charCodeAt(i))); i++) h = (Math.imul(h, 31) + d) | 0;
      if (i + 1 < len && text.charCodeAt(i) === 39) {
        const sfx = contraction(text, i + 1);
        if (sfx > 0) {
          h = hashWord(text, s0, i + 1 + sfx);
          i += 1 + sfx;
        }
      }
      while (skipIdx < skip.length && skip[skipIdx]!.e <= s0) skipIdx++;
      const sk = skip[skipIdx];
      if (sk && sk.s < i) {
        i = Math.max(i, sk.e);
        continue;
      }
      IDS[nw] = lookup(text, s0, i, h);
      WS[nw] = s0;
      WE[nw] = i;
      SENT[nw] = sent;
      nw++;
      continue;
    }
    if (c === 46 || c === 33 || c === 63 || c === 59 || c === 10 || c === 0x3002 || c === 0xff01 || c === 0xff1f) {
      // "." ends a sentence only before a space or the end ("3.5", "e.g" stay whole),
      // or between a word and a capital the writer typed with no space ("issued.If you").
      if (c !== 46 || i + 1 >= len || text.charCodeAt(i + 1) === 32 || text.charCodeAt(i + 1) === 10 || glued(text, i, original, toOrig)) {
        while (skipIdx < skip.length && skip[skipIdx]!.e <= i) skipIdx++;
        const sk = skip[skipIdx];
        if (!(sk && sk.s <= i)) endSentence(i);
      }
      i++;
      continue;
    }
    if (c === 37 || c === 36 || c === 0x20ac || c === 0xa3 || c === 0xa5 || c === 0x20b9 || (c === 0x2605 && !decorative(text, i))) {
      IDS[nw] = lookup(text, i, i + 1, c);
      WS[nw] = i;
      WE[nw] = i + 1;
      SENT[nw] = sent;
      nw++;
      i++;
      continue;
    }
    if (isCjk(c)) {
      hasCjk = true;
      const s0 = i;
      while (i < len && isCjk(text.charCodeAt(i))) i++;
      // A CJK run: find lexicon terms inside it.
      const re = CJK_LEXICON.regex;
      re.lastIndex = s0;
      for (let j; (j = re.exec(text)) && j.index < i; ) {
        const entry = CJK_LEXICON.entries.get(j[0])!;
        const w = nw;
        IDS[nw] = CJK_TERM;
        WS[nw] = j.index;
        WE[nw] = j.index + j[0].length;
        SENT[nw] = sent;
        nw++;
        cjkAtoms[w] = { k: entry.kinds, s: j.index, e: j.index + j[0].length, w, we: w, sent };
      }
      continue;
    }
    i++;
  }
  if (nw > 0 && SENT[nw - 1] === sent) sentences.push({ s: sentStart, e: text.length, mask: 0, a0: 0, a1: 0, w0: sentWord, w1: nw });
  // One allocation for all five per-word arrays of a long text (word kinds are the fifth).
  const buffer = nw < TYPED_FROM ? undefined : new ArrayBuffer(nw * 4 * 5);
  const idsOf = copyOut(IDS, nw, buffer, 0);
  const ws = copyOut(WS, nw, buffer, 1);
  const we = copyOut(WE, nw, buffer, 2);
  const sentOf = copyOut(SENT, nw, buffer, 3);
  if (IDS.length > SCRATCH_KEEP) IDS.length = WS.length = WE.length = SENT.length = 0; // don't hold a huge message's arrays

  // Longest-match lexicon walk.
  const n = idsOf.length;
  // A plain array: a typed array this size is allocated off the JS heap, which costs more than the walk.
  const wordKinds: Ints = buffer ? new Int32Array(buffer, 4 * n * 4, n) : new Array<number>(n).fill(0);
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
    // First word: one array read (most words start no phrase); deeper levels walk the maps.
    const id0 = idsOf[i]!;
    let node: TrieNode | undefined = (id0 >= 0 && id0 < ROOT.length ? ROOT[id0] : undefined) ?? (id0 !== CJK_TERM && isDigit(text.charCodeAt(ws[i]!)) ? ROOT[NUM] : undefined);
    if (!node) {
      i++;
      continue;
    }
    let best: TrieNode | undefined;
    let bestEnd = i;
    if (node.kinds !== 0 || node.flags !== 0) best = node;
    for (let j = i + 1; j < n && sentOf[j] === sentOf[i]; j++) {
      const next: Map<number, TrieNode> | undefined = node.next;
      if (!next) break;
      const id = idsOf[j]!;
      // A word starting with a digit also matches the number wildcard "#" (symbols and CJK terms never do).
      node = (id >= 0 ? next.get(id) : undefined) ?? (id !== CJK_TERM && isDigit(text.charCodeAt(ws[j]!)) ? next.get(NUM) : undefined);
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
    if (best.flags & F.AMBIG_REVIEW) k = reviewKinds(text, ws, idsOf, sentOf, i, k);
    if (best.flags & F.CAPS_ONLY) {
      const [os, oe] = toOrig(ws[i]!, we[bestEnd]!);
      const prev = i > 0 && sentOf[i - 1] === sentOf[i] ? idsOf[i - 1]! : UNKNOWN;
      if (!lineChannel(original, os, oe, prev)) k &= ~K.OFFP;
    }
    if (k !== 0) {
      for (let j = i; j <= bestEnd; j++) wordKinds[j] = k;
      // Filler words ("the", "your", "to") matter only for adjacency, read
      // from wordKinds: no atom for them (they are a third of all words).
      if (k !== K.FILL) {
        atoms.push({ k, s: ws[i]!, e: we[bestEnd]!, w: i, we: bestEnd, sent: sentOf[i]! });
        mask |= k;
      }
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
  return { atoms, sentences, wordKinds, wordIds: idsOf, wordStart: ws, wordEnd: we, wordSent: sentOf, mask, cjk: hasCjk };
}

/** The known word at index i ('' for a word the lexicon does not know, '\u0000' for a CJK term). */
export function wordAt(scan: Scan, i: number): string {
  const id = scan.wordIds[i]!;
  return id >= 0 ? WORDS[id]! : id === CJK_TERM ? '\u0000' : '';
}

// One normalising pass that defeats the usual ways of hiding text from a
// filter (full-width forms, zero-width characters, homoglyphs, accents,
// spaced-out letters, "(at)"/"[dot]" spellings), while remembering for every
// normalised UTF-16 unit which range of the ORIGINAL text it came from, so a
// match in the normalised text maps back to an exact original span.
import { HOMOGLYPHS } from './homoglyphs.ts';

export interface Normalized {
  /** Lower-cased, folded text; horizontal whitespace runs collapsed to one space. */
  readonly text: string;
  /** start[i]/end[i]: original UTF-16 range of normalised unit i; null = identity (text only lower-cased). */
  readonly start: Int32Array | null;
  readonly end: Int32Array | null;
  /** Length of the original text (for end-of-text spans). */
  readonly originalLength: number;
}

/** Maps a normalised range [s, e) back to the original text. */
export function toOriginal(n: Normalized, s: number, e: number): [number, number] {
  if (!n.start || !n.end) return e <= s ? [Math.min(s, n.originalLength), Math.min(s, n.originalLength)] : [s, e];
  if (e <= s) {
    const at = s < n.text.length ? n.start[s]! : n.originalLength;
    return [at, at];
  }
  return [n.start[s]!, n.end[e - 1]!];
}

const SPACE = 32;
const NEWLINE = 10;

function isInvisible(cp: number): boolean {
  return (
    cp === 0xad || cp === 0x34f || cp === 0x61c || cp === 0x115f || cp === 0x1160 || cp === 0x17b4 || cp === 0x17b5 ||
    (cp >= 0x180b && cp <= 0x180f) || (cp >= 0x200b && cp <= 0x200f) || (cp >= 0x202a && cp <= 0x202e) ||
    (cp >= 0x2060 && cp <= 0x206f) || cp === 0x3164 || (cp >= 0xfe00 && cp <= 0xfe0f) || cp === 0xfeff ||
    cp === 0xffa0 || cp === 0x20e3 || (cp >= 0xe0000 && cp <= 0xe0fff) || (cp >= 0x1d173 && cp <= 0x1d17a)
  );
}

const COMBINING_LATIN = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff]/g;

// Folding of one non-ASCII code point, memoised: the set of distinct code
// points in real messages is small, and NFKC per call would dominate the cost.
const foldCache = new Map<number, string>();

function fold(cp: number): string {
  const cached = foldCache.get(cp);
  if (cached !== undefined) return cached;
  let out: string;
  if (isInvisible(cp)) out = '';
  else if (cp === 0xdf || cp === 0x1e9e) out = 'ss';
  else if (cp === 0x2018 || cp === 0x2019 || cp === 0x201b || cp === 0x2032 || cp === 0x2bc || cp === 0xff07) out = "'";
  else if (cp === 0x201c || cp === 0x201d || cp === 0x201e || cp === 0x2033) out = '"';
  else if ((cp >= 0x2010 && cp <= 0x2015) || cp === 0x2212 || cp === 0xfe63 || cp === 0xff0d) out = '-';
  else if (cp === 0x2028 || cp === 0x2029 || cp === 0x85) out = '\n';
  else if (cp >= 0xd800 && cp <= 0xdfff) out = ' '; // lone surrogate: keep one unit, match nothing
  else {
    const homoglyph = HOMOGLYPHS.get(cp);
    if (homoglyph !== undefined) out = homoglyph;
    else {
      let s = String.fromCodePoint(cp).normalize('NFKC');
      // Accents are stripped only from Latin/Greek/Cyrillic; kana keep their
      // voicing marks (ビ must stay ビ).
      if (s.length > 0 && s.charCodeAt(0) < 0x2000) s = s.normalize('NFD').replace(COMBINING_LATIN, '');
      s = s.toLowerCase();
      let folded = '';
      for (const ch of s) {
        const c = ch.codePointAt(0)!;
        const h = HOMOGLYPHS.get(c);
        folded += h ?? (/\s/.test(ch) ? (ch === '\n' ? '\n' : ' ') : ch);
      }
      out = folded;
    }
  }
  if (foldCache.size < 20_000) foldCache.set(cp, out);
  return out;
}

// Reused output buffers (grown on demand): the string is built from `buf` in
// chunks, the offset maps are copied out at the end.
let buf = new Uint16Array(4096);
let mapStart = new Int32Array(4096);
let mapEnd = new Int32Array(4096);

function grow(min: number): void {
  const size = Math.max(min, buf.length * 2);
  const b = new Uint16Array(size);
  b.set(buf);
  buf = b;
  const s = new Int32Array(size);
  s.set(mapStart);
  mapStart = s;
  const e = new Int32Array(size);
  e.set(mapEnd);
  mapEnd = e;
}

function bufToString(len: number): string {
  let s = '';
  for (let i = 0; i < len; i += 4096) s += String.fromCharCode.apply(null, buf.subarray(i, Math.min(len, i + 4096)) as unknown as number[]);
  return s;
}

// Plain printable ASCII with single spaces: lower-casing is the whole fold.
const NEEDS_FOLDING = /[^\x20-\x7e\n]|[ \n][ \n]/;

/** Character-level pass: NFKC, case, accents, homoglyphs, invisibles, whitespace. */
function foldText(src: string): Normalized {
  const n = src.length;
  if (!NEEDS_FOLDING.test(src)) {
    // Same length, unit for unit: the offset map is the identity.
    return { text: src.toLowerCase(), start: null, end: null, originalLength: n };
  }
  if (buf.length < n + 16) grow(n + 16);
  let k = 0;
  let last = NEWLINE; // text start counts as after a newline: leading spaces dropped
  for (let i = 0; i < n; i++) {
    const c = src.charCodeAt(i);
    if (k + 8 > buf.length) grow(k + 8);
    if (c < 0x80) {
      let u = c;
      if (c >= 65 && c <= 90) u = c + 32;
      else if (c === SPACE || c === 9 || c === 11 || c === 12) {
        if (last === SPACE || last === NEWLINE) continue;
        u = SPACE;
      } else if (c === NEWLINE) {
        if (last === SPACE) k--; // no trailing space before a line break
      } else if (c < 32 || c === 127) {
        if (c === 13 || last === SPACE || last === NEWLINE) continue;
        u = SPACE; // control characters act as spaces
      }
      buf[k] = u;
      mapStart[k] = i;
      mapEnd[k] = i + 1;
      k++;
      last = u;
      continue;
    }
    let cp = c;
    let len = 1;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const d = src.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        cp = (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
        len = 2;
      }
    }
    const f = fold(cp);
    for (let j = 0; j < f.length; j++) {
      const u = f.charCodeAt(j);
      if (u === SPACE && (last === SPACE || last === NEWLINE)) continue;
      if (u === NEWLINE && last === SPACE) k--;
      if ((u === 0x3099 || u === 0x309a) && k > 0) {
        // Half-width dakuten: recombine with the preceding kana (ﾋﾞ → ビ).
        const composed = (String.fromCharCode(buf[k - 1]!) + f).normalize('NFC');
        if (composed.length === 1) {
          buf[k - 1] = composed.charCodeAt(0);
          mapEnd[k - 1] = i + len;
          continue;
        }
      }
      if (k + 1 > buf.length) grow(k + 8);
      buf[k] = u;
      mapStart[k] = i;
      mapEnd[k] = i + len;
      k++;
      last = u;
    }
    i += len - 1;
  }
  if (last === SPACE && k > 0) k--;
  return { text: bufToString(k), start: mapStart.slice(0, k), end: mapEnd.slice(0, k), originalLength: n };
}

interface Edit {
  from: number;
  to: number;
  repl: string;
}

/** Applies sorted, non-overlapping edits to a normalised text, keeping the offset map exact. */
function applyEdits(n: Normalized, edits: Edit[]): Normalized {
  const t = n.text;
  let size = t.length;
  for (const e of edits) size += e.repl.length - (e.to - e.from);
  const start = new Int32Array(size);
  const end = new Int32Array(size);
  let out = '';
  let k = 0;
  let pos = 0;
  const copy = (a: number, b: number): void => {
    out += t.slice(a, b);
    if (n.start && n.end) {
      start.set(n.start.subarray(a, b), k);
      end.set(n.end.subarray(a, b), k);
    } else for (let i = a; i < b; i++) {
      start[k + i - a] = i;
      end[k + i - a] = i + 1;
    }
    k += b - a;
  };
  for (const e of edits) {
    copy(pos, e.from);
    const [os, oe] = toOriginal(n, e.from, e.to);
    for (let j = 0; j < e.repl.length; j++) {
      start[k] = os;
      end[k] = oe;
      k++;
    }
    out += e.repl;
    pos = e.to;
  }
  copy(pos, t.length);
  return { text: out, start, end, originalLength: n.originalLength };
}

// "j o h n @ g m a i l . c o m": four or more single characters separated by
// single spaces are one word spelled out. Three would catch "S M L" size lists.
const SPACED_OUT = /(?<![^ \n])[^ \n](?: [^ \n]){3,}(?=[,.;:!?)\]"']*(?:[ \n]|$))/g;
// "(at)", "[at]", "{dot}", "<at>" with optional spaces around: never ordinary prose.
// The dot in other languages too: "( p u n k t )", "(point)", "[punto]".
const BRACKETED = /\s?[([{<]\s?(at|dot|punkt|point|punto)\s?[)\]}>]\s?/g;
const BRACKETED_HINT = /(?:at|dot|punkt|point|punto)\s?[)\]}>]/;
// "support#shop.com": a hash for the at sign, right before a host with a mail TLD.
const HASH_AT = /(?<=[a-z0-9])#(?=[a-z0-9-]{2,63}\.(?:com|net|org|info|de|co|uk|fr|es|it|jp|cn|eu|nl|at|ch|ca|au)(?![a-z0-9-]))/g;

// Gate: two single characters separated by a space, twice in a row.
const MAYBE_SPACED = /(?:^|[ \n])[^ \n] [^ \n] [^ \n] [^ \n]/;

const DIMENSIONS = /^x?(?: ?\d x)+(?: \d)?$|^\d(?: x \d)+$/;

function collapseSpacedOut(n: Normalized): Normalized {
  if (!MAYBE_SPACED.test(n.text)) return n;
  SPACED_OUT.lastIndex = 0;
  let edits: Edit[] | undefined;
  for (let m; (m = SPACED_OUT.exec(n.text)); ) {
    if (DIMENSIONS.test(m[0])) continue; // "12 x 8 x 4 in" is a size, not a spelled word
    edits ??= [];
    for (let j = m.index + 1; j < m.index + m[0].length; j += 2) edits.push({ from: j, to: j + 1, repl: '' });
  }
  return edits ? applyEdits(n, edits) : n;
}

function replaceBracketed(n: Normalized): Normalized {
  // One native scan instead of five (and "at )" with a space is caught too).
  if (!BRACKETED_HINT.test(n.text)) return n;
  BRACKETED.lastIndex = 0;
  let edits: Edit[] | undefined;
  for (let m; (m = BRACKETED.exec(n.text)); ) {
    (edits ??= []).push({ from: m.index, to: m.index + m[0].length, repl: m[1] === 'at' ? '@' : ' dot ' }); // a spelled dot stays a strong email/link signal
  }
  return edits ? applyEdits(n, edits) : n;
}

function replaceHashAt(n: Normalized): Normalized {
  if (!n.text.includes('#')) return n;
  HASH_AT.lastIndex = 0;
  let edits: Edit[] | undefined;
  for (let m; (m = HASH_AT.exec(n.text)); ) (edits ??= []).push({ from: m.index, to: m.index + 1, repl: '@' });
  return edits ? applyEdits(n, edits) : n;
}

/** Normalises `src` for matching; see module comment. Never throws. */
export function normalize(src: string): Normalized {
  return replaceHashAt(replaceBracketed(collapseSpacedOut(foldText(src))));
}

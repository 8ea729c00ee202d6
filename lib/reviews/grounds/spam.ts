// Gibberish, keyboard mashing, repeated characters or words, copy-paste filler.
// Only removable when that is (nearly) all the review says: one angry
// "!!!!!!!!" after a real complaint is still a real complaint.
import type { Context, GroundDetector } from '../context.ts';
import { type Field, type Span, evidence, findAll, sentencesOf } from '../text.ts';
import type { Evidence } from '../types.ts';

// Letters only: "!!!!!!" or "1000000" is emphasis or a number, not gibberish.
const CHAR_RUN = /(\p{L})\1{5,}/gu;
const LOREM = /lorem ipsum(?:[\s,.]+\p{L}+){0,80}/giu;
const TOKEN = /[\p{L}\p{N}]+(?:['’]\p{L}+)?/gu;
// Four keys in a row on a QWERTY keyboard, forwards or back (not "erty"/"wert":
// property, liberty, German "Wert").
const MASH = /qwer|rtyu|tyui|yuio|uiop|asdf|sdfg|dfgh|fghj|ghjk|hjkl|zxcv|xcvb|cvbn|vbnm|lkjh|fdsa|poiu|mnbv|jkjk|dfdf/iu;
const VOWEL = /[aeiouyàáâäæãåāèéêëēėęîïíīįìôöòóœøōõûüùúūÿ]/iu;
const LATIN_ONLY = /^[A-Za-z]+$/u;

interface Token extends Span {
  word: string;
}

function tokens(text: string): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(text)) !== null) {
    out.push({ start: m.index, end: m.index + m[0].length, word: m[0].toLowerCase() });
    if (out.length >= 50_000) break;
  }
  return out;
}

// A whole review of one or two short mashed words ("Hfhf", "Dkdkd"): no vowel,
// or one letter pair typed over and over. Only when that is all the text says.
const PAIR_MASH = /^(?:\p{L})?(\p{L}\p{L})\1+(?:\p{L})?$/u;
// Sounds people write ("Hmmm", "Grrr", "Psst") hold a doubled letter, and baby-talk
// pairs ("mama", "tutu", "haha": consonant then vowel) are words: neither is mashing.
function mashedWord(w: string): boolean {
  if (!LATIN_ONLY.test(w) || w.length < 4 || w.length > 12 || /(\p{L})\1/u.test(w)) return false;
  if (!VOWEL.test(w)) return true;
  const pair = PAIR_MASH.exec(w)?.[1];
  return !!pair && new Set(w).size <= 3 && !(!VOWEL.test(pair[0]!) && VOWEL.test(pair[1]!));
}

function isGibberish(w: string): boolean {
  if (w.length < 4 || !LATIN_ONLY.test(w)) return false;
  if (MASH.test(w)) return true;
  return w.length >= 7 && !VOWEL.test(w);
}

/** Runs of the same 1–5 word sequence repeated back to back. */
function repeats(toks: Token[]): Span[] {
  const out: Span[] = [];
  for (let n = 1; n <= 5; n++) {
    const need = n === 1 ? 4 : 3;
    for (let i = 0; i + n * need <= toks.length; ) {
      let reps = 1;
      while (i + (reps + 1) * n <= toks.length && sameRun(toks, i, i + reps * n, n)) reps++;
      if (reps >= need) {
        out.push({ start: toks[i]!.start, end: toks[i + reps * n - 1]!.end });
        i += reps * n;
      } else i++;
    }
  }
  return out;
}

function sameRun(toks: Token[], a: number, b: number, n: number): boolean {
  for (let k = 0; k < n; k++) if (toks[a + k]!.word !== toks[b + k]!.word) return false;
  return true;
}

/** The same sentence (3+ words) pasted three or more times. */
function pasted(f: Field): Span[] {
  const sentences = sentencesOf(f);
  if (sentences.length < 3) return [];
  const seen = new Map<string, Span[]>();
  for (const s of sentences) {
    const key = f.text.slice(s.start, s.end).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
    if (key.split(' ').length < 3) continue;
    const list = seen.get(key) ?? [];
    list.push(s);
    seen.set(key, list);
  }
  return [...seen.values()].filter((l) => l.length >= 3).flat();
}

function merge(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}

export const spam: GroundDetector = {
  id: 'spam',
  kinds: ['review'],
  detect(ctx: Context): Evidence[] {
    const found: Array<{ f: Field; s: Span }> = [];
    const all: Array<{ f: Field; t: Token }> = [];
    let meaningful = 0;
    for (const f of ctx.fields) {
      const toks = tokens(f.text);
      for (const t of toks) all.push({ f, t });
      const spans = merge([
        ...findAll(CHAR_RUN, f.text, 200),
        ...findAll(LOREM, f.text, 20),
        ...toks.filter((t) => isGibberish(t.word)),
        ...repeats(toks),
        ...pasted(f),
      ]);
      // Words outside the spam spans that carry meaning (2+ letters).
      let j = 0;
      for (const t of toks) {
        while (j < spans.length && spans[j]!.end <= t.start) j++;
        const inside = j < spans.length && spans[j]!.start <= t.start;
        if (!inside && t.word.length > 1) meaningful++;
      }
      for (const s of spans) if (s.end - s.start >= 4) found.push({ f, s });
    }
    if (all.length > 0 && all.length <= 2 && all.every(({ t }) => mashedWord(t.word) || isGibberish(t.word))) return all.map(({ f, t }) => evidence(f, t));
    const spamChars = found.reduce((n, x) => n + x.s.end - x.s.start, 0);
    if (found.length === 0 || spamChars < 8 || meaningful > 3) return [];
    return found
      .sort((a, b) => b.s.end - b.s.start - (a.s.end - a.s.start))
      .slice(0, 5)
      .map((x) => evidence(x.f, x.s));
  },
};

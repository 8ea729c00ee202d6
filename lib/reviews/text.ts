// Small text helpers shared by the grounds. Everything works on the original
// field text (regexes with the `iu` flags instead of a lower-cased copy), so
// every match index is already a UTF-16 offset into the field: no offset maps.
import type { Evidence, ReviewItem } from './types.ts';

export type FieldName = Evidence['field'];

export interface Field {
  field: FieldName;
  text: string;
}

export interface Span {
  start: number;
  end: number;
}

/** A sentence (or title) with its offsets, used by the "entirely about" grounds. */
export interface Sentence extends Span {
  field: FieldName;
}

/** Title first (Amazon shows it first), then body; empty fields are skipped. */
export function fieldsOf(item: Pick<ReviewItem, 'title' | 'body'>): Field[] {
  const out: Field[] = [];
  if (typeof item.title === 'string' && item.title.trim() !== '') out.push({ field: 'title', text: item.title });
  if (typeof item.body === 'string' && item.body.trim() !== '') out.push({ field: 'body', text: item.body });
  return out;
}

// Letters/digits on either side make a match part of a longer word
// ("class", "Scunthorpe", "shiitake" are not profanity).
const NOT_BEFORE = '(?<![\\p{L}\\p{N}_-])';
const NOT_AFTER = '(?![\\p{L}\\p{N}_])';

/**
 * Compiles a lexicon into one global regex. `words` are regex fragments that
 * must stand as whole words (Latin scripts); `cjk` fragments match anywhere
 * (Japanese / Chinese have no spaces between words).
 */
export function lexicon(words: readonly string[], cjk: readonly string[] = []): RegExp {
  const parts: string[] = [];
  if (words.length) parts.push(`${NOT_BEFORE}(?:${words.join('|')})${NOT_AFTER}`);
  if (cjk.length) parts.push(`(?:${cjk.join('|')})`);
  return new RegExp(parts.join('|') || '(?!)', 'giu');
}

/** Every match of a global regex as a span (zero-length matches skipped). */
export function findAll(re: RegExp, text: string, limit = 200): Span[] {
  const out: Span[] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    out.push({ start: m.index, end: m.index + m[0].length });
    if (out.length >= limit) break;
  }
  re.lastIndex = 0;
  return out;
}

export function evidence(f: Field, span: Span): Evidence {
  return { field: f.field, start: span.start, end: span.end, quote: f.text.slice(span.start, span.end) };
}

/** Sentence boundaries: Latin and CJK full stops, ! ? ; and line breaks. */
const SENTENCE_END = /[.!?;。！？；\n\r]+|\s[-–—]\s|(?<=\S)\s*,\s*(?:but|however|though|although|aber|mais|pero|ma|però)\s/giu;

/** Splits a field into trimmed, non-empty sentences. Linear in the text length. */
export function sentencesOf(f: Field): Sentence[] {
  const out: Sentence[] = [];
  let from = 0;
  const push = (a: number, b: number): void => {
    while (a < b && /\s/u.test(f.text[a]!)) a++;
    while (b > a && /\s/u.test(f.text[b - 1]!)) b--;
    if (b > a) out.push({ field: f.field, start: a, end: b });
  };
  SENTENCE_END.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SENTENCE_END.exec(f.text)) !== null) {
    // Keep "3.5", "e.g." and "amazon.com" inside one sentence.
    if (m[0] === '.' && /\w/u.test(f.text[m.index + 1] ?? '')) continue;
    push(from, m.index);
    from = m.index + m[0].length;
  }
  push(from, f.text.length);
  return out;
}

/** Rough word count: Latin words, plus one "word" per two CJK characters. */
export function wordCount(s: string): number {
  const latin = s.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)?.filter((w) => !/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(w)).length ?? 0;
  const cjk = s.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu)?.length ?? 0;
  return latin + Math.ceil(cjk / 2);
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

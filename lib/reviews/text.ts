// Small text helpers shared by the grounds. Everything works on the field
// text as written, but for spaces (regexes with the `iu` flags instead of a
// lower-cased copy), so every match index is already a UTF-16 offset into the
// field: no offset maps.
import type { Evidence, ReviewItem } from './types.ts';

export type FieldName = Evidence['field'];

export interface Field {
  field: FieldName;
  /** The field with every space character read as a plain space (same length, so offsets are the original's). */
  text: string;
  /** The field as written: what evidence quotes. */
  raw: string;
}

export interface Span {
  start: number;
  end: number;
}

/** A sentence (or title) with its offsets, used by the "entirely about" grounds. */
export interface Sentence extends Span {
  field: FieldName;
}

// Pages render runs of spaces as no-break spaces and editors type thin or
// tab spaces: the lexicons write a plain space, so read every one-unit space
// as one. One UTF-16 unit for one keeps every offset exact.
const SPACES = /[\t\v\f\u00a0\u1680\u2000-\u200a\u202f\u205f]/g;

// Pasted or exported review text can carry HTML: tags are markup, not words,
// and an entity is one character. Both are read in place, padded with spaces
// to their written length, so every offset still points into the original.
const TAG = /<\/?[A-Za-z][^<>]{0,300}>/g;
const BLOCK_TAG = /^<\/?(?:br|p|div|li|ul|ol|h[1-6]|tr|table|blockquote)(?![A-Za-z])/i;
const ENTITY = /&(?:#(\d{1,6})|#[xX]([\da-fA-F]{1,5})|(amp|lt|gt|quot|apos|nbsp));/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

const LETTER_AT = /\p{L}/u;

function entity(m: string, dec: string | undefined, hex: string | undefined, name: string | undefined, at: number, all: string): string {
  // Padding inside a word ("don&#39;t") would split it: there the entity stays as written.
  if (LETTER_AT.test(all[at - 1] ?? '') && LETTER_AT.test(all[at + m.length] ?? '')) return m;
  const code = dec ? Number(dec) : hex ? Number.parseInt(hex, 16) : -1;
  // One UTF-16 unit only: anything else stays as written.
  const ch = name ? NAMED[name]! : code > 0 && code < 0xd800 ? String.fromCharCode(code) : '';
  return ch ? ch + ' '.repeat(m.length - 1) : m;
}

// "Recieved", "reciept": the commonest misspelling in real reviews, and the word
// an order complaint hangs on. The fix swaps two letters, so offsets stay exact.
const IE_FOR_EI = /(?<=(?<![\p{L}])rec)ie(?=(?:v(?:e|es|ed|er|ers|ing)|pts?)(?![\p{L}]))/giu;

// Review-page chrome that scrapes and copied cards carry ("21 people found this
// helpful"): it says nothing about the order or the product, so it is read as
// spaces (same length, offsets exact). Only a line that is all chrome.
const CHROME = /(?<=^|\n)[ \t]*(?:(?:\d[\d,. ]*|one|a|eine?) (?:people|person|personen|persona|personas|persone|personnes?) (?:found this helpful|fand(?:en)? (?:diese|das) (?:informationen )?hilfreich|consideran? esto útil|(?:ont|a) trouvé cela utile|(?:hanno|ha) trovato (?:questo|utile)[^\n]{0,20}|è stato utile)|\d[\d,]*人のお客様がこれが役に立ったと考えています|helpful|report(?: abuse)?|verified purchase|read more|translate review to english)[ \t.]*(?=\n|$)/giu;

function field(name: FieldName, raw: string): Field {
  let text = raw.replace(SPACES, ' ');
  if (/helpful|hilfreich|útil|utile|役に立った|report|verified|read more|translate/iu.test(text)) text = text.replace(CHROME, (m) => ' '.repeat(m.length));
  if (/recie(?:v|pt)/iu.test(text)) text = text.replace(IE_FOR_EI, (m) => m.charAt(1) + m.charAt(0));
  if (text.includes('<')) text = text.replace(TAG, (m) => (BLOCK_TAG.test(m) ? '\n' : ' ') + ' '.repeat(m.length - 1));
  if (text.includes('&')) text = text.replace(ENTITY, entity);
  return { field: name, text, raw };
}

// "Ordered this for a gift. When it arrived the ...": with no title of its own, a
// review shows its first words cut off as one. That says nothing the body does not,
// and its cut-off end ("When it arrived the") would read as a sentence of its own.
const CUT = /(?:\.\.\.|…)\s*$/u;
const squeeze = (text: string): string => text.replace(/\s+/gu, ' ').trim();
function cutFromBody(title: string, body: string | undefined): boolean {
  if (!CUT.test(title) || typeof body !== 'string') return false;
  const stem = squeeze(title.replace(CUT, ''));
  return stem.length >= 10 && squeeze(body).startsWith(stem);
}

/** Title first (Amazon shows it first), then body; empty fields are skipped. */
export function fieldsOf(item: Pick<ReviewItem, 'title' | 'body'>): Field[] {
  const out: Field[] = [];
  if (typeof item.title === 'string' && item.title.trim() !== '' && !cutFromBody(item.title, item.body)) out.push(field('title', item.title));
  if (typeof item.body === 'string' && item.body.trim() !== '') out.push(field('body', item.body));
  return out;
}

// Letters/digits on either side make a match part of a longer word
// ("class", "Scunthorpe", "shiitake" are not profanity).
const NOT_BEFORE = '(?<![\\p{L}\\p{N}_-])';
const NOT_AFTER = '(?![\\p{L}\\p{N}_])';

/**
 * A word list compiled into one global regex. V8 compiles a case-insensitive
 * /u pattern into about half again as much code as a case-sensitive one, and
 * a review runs some thirty lists of hundreds of phrases each, enough code to
 * crowd the processor's caches: so the pattern is lower-cased and run on
 * lower-cased text (the bench's median fell by a third). Text whose lower-case
 * form changes length ("İ") runs the case-insensitive twin instead, so offsets
 * always point into the original.
 */
/** Below V8's 20 KB limit for optimised patterns, with room for the NOT_BEFORE/NOT_AFTER guards. */
export const MAX_PATTERN = 20_000;

export class Lexicon {
  readonly #pattern: string;
  readonly #lower: RegExp;
  /** Words one of which every match contains: absent from a text, the scan is skipped. */
  readonly #gate: RegExp | undefined;
  #folded: RegExp | undefined;

  constructor(pattern: string, required?: readonly string[]) {
    // V8 stops optimising a pattern whose source exceeds 20 KB (kRegExpTooLargeToOptimize): one phrase past it
    // made every review a third slower. Refused here, so a test fails before a slow build ships.
    if (pattern.length > MAX_PATTERN) throw new Error(`lexicon: pattern of ${pattern.length} characters exceeds ${MAX_PATTERN}; split it into two lexicons`);
    this.#pattern = pattern;
    this.#lower = new RegExp(lowerCasePattern(pattern), 'gu');
    if (required?.length) this.#gate = new RegExp([...new Set(required)].map((w) => w.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')).join('|'), 'u');
  }

  /** The regex to run on `text` and the text to run it on (same length, same offsets); undefined when it cannot match. */
  target(text: string): [RegExp, string] | undefined {
    const low = lowerCased(text);
    if (low.length === text.length) return this.#gate && !this.#gate.test(low) ? undefined : [this.#lower, low];
    this.#folded ??= new RegExp(this.#pattern, 'giu');
    return [this.#folded, text];
  }

  test(text: string): boolean {
    const target = this.target(text);
    if (!target) return false;
    const [re, t] = target;
    re.lastIndex = 0;
    const found = re.test(t);
    re.lastIndex = 0;
    return found;
  }
}

const IDEOGRAPH = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** Splits a pattern at its top-level "|" (not inside groups or classes). */
function branches(pattern: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '\\') i++;
    else if (c === '[') for (i++; i < pattern.length && pattern[i] !== ']'; i++) { if (pattern[i] === '\\') i++; }
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(pattern.slice(from, i));
      from = i + 1;
    }
  }
  out.push(pattern.slice(from));
  return out;
}

/**
 * Words one of which every match of `pattern` contains, each of three
 * characters or more: a plain run outside groups, classes, escapes and
 * quantified characters, or one word from each branch of a group that must
 * match. Undefined when there are none. Conservative: whatever it cannot
 * read gives undefined, and then the lexicon is never skipped.
 */
export function requiredLiterals(pattern: string): string[] | undefined {
  const alternatives = branches(pattern);
  if (alternatives.length > 1) {
    const sets = alternatives.map(requiredLiterals);
    return sets.every((x) => x !== undefined) ? (sets as string[][]).flat() : undefined;
  }
  const candidates: string[][] = [];
  let run = '';
  // One ideograph is as rare as three letters.
  const cut = (): void => {
    if (run.trim().length >= (IDEOGRAPH.test(run) ? 1 : 3)) candidates.push([run]);
    run = '';
  };
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '\\') {
      i++;
      // An escaped sign ("\\.", "\\-") is the sign itself; a class escape ("\\s", "\\p{L}") is not plain text.
      if (/^[^\\p{L}\\p{N}]$/u.test(pattern[i] ?? '')) run += pattern[i];
      else {
        cut();
        if ((pattern[i] === 'p' || pattern[i] === 'P') && pattern[i + 1] === '{') i = pattern.indexOf('}', i);
      }
    } else if (c === '[') {
      cut();
      for (i++; i < pattern.length && pattern[i] !== ']'; i++) if (pattern[i] === '\\') i++;
    } else if (c === '(') {
      cut();
      const open = i;
      let depth = 1;
      for (i++; i < pattern.length && depth > 0; i++) {
        if (pattern[i] === '\\') i++;
        else if (pattern[i] === '[') for (i++; i < pattern.length && pattern[i] !== ']'; i++) { if (pattern[i] === '\\') i++; }
        else if (pattern[i] === '(') depth++;
        else if (pattern[i] === ')') depth--;
      }
      const inner = pattern.slice(open + 1, i - 1);
      const next = pattern[i] ?? '';
      const optional = next === '?' || next === '*' || (next === '{' && pattern[i + 1] === '0');
      const look = /^\?<?[=!]/u.test(inner);
      if (!optional && !look) {
        const body = inner.startsWith('?:') ? inner.slice(2) : inner.startsWith('?<') ? inner.slice(inner.indexOf('>') + 1) : inner;
        const words = requiredLiterals(body);
        if (words) candidates.push(words);
      }
      i--;
    } else if (c === '?' || c === '*' || c === '+' || c === '{') {
      // A character that may be absent ends the run before it; one that may repeat, after it.
      const least = c === '+' ? 1 : c === '{' ? Number.parseInt(pattern.slice(i + 1), 10) : 0;
      if (!(least >= 1)) run = run.slice(0, -1);
      cut();
      if (c === '{') i = pattern.indexOf('}', i);
    } else if (c === '.' || c === '^' || c === '$') cut();
    else run += c;
  }
  cut();
  // The most selective: the longest shortest word, then the fewest words.
  const score = (words: string[]): number => Math.min(...words.map((w) => w.length)) * 1000 - words.length;
  return candidates.sort((a, b) => score(b) - score(a))[0];
}

/**
 * Compiles a lexicon. `words` are regex fragments that must stand as whole
 * words (Latin scripts); `cjk` fragments match anywhere (Japanese / Chinese
 * have no spaces between words).
 */
export function lexicon(words: readonly string[], cjk: readonly string[] = []): Lexicon {
  const parts: string[] = [];
  const fragments = words.map(curlyApostrophes);
  if (words.length) parts.push(`${NOT_BEFORE}(?:${fragments.join('|')})${NOT_AFTER}`);
  if (cjk.length) parts.push(`(?:${cjk.join('|')})`);
  // Most lexicons match in few reviews; one literal test spares the others the full scan.
  const required = [...fragments, ...cjk].map((f) => requiredLiterals(lowerCasePattern(f)));
  return new Lexicon(parts.join('|') || '(?!)', required.every((r) => r !== undefined) ? (required as string[][]).flat() : undefined);
}

/**
 * Lower-cases a pattern's literals and leaves its escapes alone (`\S`, `\P{L}`).
 * A case class such as `\p{Lu}` would match nothing in lower-cased text, so it
 * is refused rather than silently changed.
 */
export function lowerCasePattern(pattern: string): string {
  let out = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c !== '\\') {
      out += c.toLowerCase();
      continue;
    }
    const next = pattern[i + 1] ?? '';
    if ((next === 'p' || next === 'P') && pattern[i + 2] === '{') {
      const end = pattern.indexOf('}', i);
      const name = pattern.slice(i + 3, end);
      if (/^(?:Lu|Ll|Lt|LC|Uppercase_Letter|Lowercase_Letter|Titlecase_Letter|Cased_Letter|Upper|Lower|Uppercase|Lowercase)$/u.test(name)) throw new Error(`lexicon: \\${next}{${name}} depends on case; use a plain RegExp`);
      out += pattern.slice(i, end + 1);
      i = end;
      continue;
    }
    out += c + next;
    i++;
  }
  return out;
}

// The same text is read by many lexicons in a row: lower-case it once.
const recent: Array<[string, string]> = [];

function lowerCased(text: string): string {
  for (const [raw, low] of recent) if (raw === text) return low;
  const low = text.toLowerCase();
  if (recent.length >= 4) recent.pop();
  recent.unshift([text, low]);
  return low;
}

/**
 * Phones and word processors type "don’t", not "don't": an apostrophe in a
 * lexicon word matches both (outside character classes, which list their own).
 */
function curlyApostrophes(word: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < word.length; i++) {
    const c = word[i]!;
    if (c === '\\') {
      out += c + (word[i + 1] ?? '');
      i++;
    } else if (inClass) {
      if (c === ']') inClass = false;
      out += c;
    } else if (c === '[') {
      inClass = true;
      out += c;
    } else out += c === "'" ? "['’]" : c;
  }
  return out;
}

/** Every match of a global regex or a lexicon as a span (zero-length matches skipped). */
export function findAll(pattern: RegExp | Lexicon, raw: string, limit = 200): Span[] {
  const target = pattern instanceof Lexicon ? pattern.target(raw) : ([pattern, raw] as const);
  if (!target) return [];
  const [re, text] = target;
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
  return { field: f.field, start: span.start, end: span.end, quote: f.raw.slice(span.start, span.end) };
}

// Sentences come from Intl.Segmenter (Unicode sentence rules, every script,
// CJK included). It keeps together what a reader would split: "It broke.It
// was bad." (a missing space), line breaks and HTML <br> in pasted text,
// semicolons, " - " and ", but"; those are split again below.
const SENTENCES = new Intl.Segmenter('en', { granularity: 'sentence' });
const WORDS = new Intl.Segmenter('en', { granularity: 'word' });
// Case-sensitive on purpose: "broke.It" is a boundary, "amazon.com" is not.
// Unicode's rules never end a sentence before a lower-case word or a digit,
// but many reviewers write all in lower case ("it broke. seller never
// replied", "was bent. 5 stars for delivery"): a full stop after a word of
// three or more letters, a space and a lower-case letter or a digit is a
// boundary too, unless the word is an abbreviation ("approx. 5"); so is an
// ellipsis before a lower-case word ("160...feel cheated"), as it is before a
// capital.
const INNER_BREAK = /[\n\r;；]+|<[Bb][Rr]\s*\/?>|\s[-–—]\s|(?<=\S)\s*,\s*(?:[Bb]ut|BUT|[Hh]owever|HOWEVER|[Tt]hough|THOUGH|[Aa]lthough|ALTHOUGH|[Aa]ber|ABER|[Mm]ais|MAIS|[Pp]ero|PERO|[Mm]a|MA|[Pp]erò|PERÒ)\s|(?<=\p{Ll}{2}[.!?])(?=\p{Lu}\p{Ll}|I\s)|(?<=\p{Lu}{3}[.!?])(?=\p{Lu}{2,}\s)|(?<=\p{N}[.])(?=\p{Ll}{3,}\s)|(?<=[.!?])[ \u00a0]+(?=\p{Ll}|\p{N})|(?<=\.\.|…)[ \u00a0]*(?=\p{Ll}{2})/gu;
/** Words a full stop abbreviates ("approx. two weeks", "inkl. der Batterie"), lower-case. */
const ABBREVIATIONS = new Set(['etc', 'incl', 'approx', 'esp', 'min', 'max', 'vol', 'resp', 'bzw', 'usw', 'ggf', 'evtl', 'inkl', 'zzgl', 'ca', 'mrs', 'env', 'pág', 'aprox', 'pag', 'sig', 'dott', 'sec', 'hrs', 'mins', 'qty', 'pcs', 'pkg', 'dept', 'ext', 'tel', 'fig', 'ref', 'vgl', 'str', 'ltd', 'inc', 'corp', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);

const LETTER = /\p{L}/u;
const WORD_EDGE = /[\p{L}\p{N}.@/]/u;

/**
 * Whitespace at `at` after [.!?] before a lower-case letter or a digit ends a
 * sentence only after a word of three or more letters ("it broke. seller…"),
 * not after an abbreviation, a domain or a number ("approx. two", "acme.com. then").
 */
function lowerCaseBoundary(text: string, at: number): boolean {
  const i = at - 1;
  let j = i;
  while (j > 0 && LETTER.test(text[j - 1]!)) j--;
  if (i - j < 3 || (j > 0 && WORD_EDGE.test(text[j - 1]!))) return false;
  return !(text[i] === '.' && ABBREVIATIONS.has(text.slice(j, i).toLowerCase()));
}
// V8's segmenter slows down with the length of the string it walks, so long
// texts are fed to it in pieces cut at line breaks or spaces: linear overall.
const PIECE = 400;

function* pieces(text: string): Generator<[number, string]> {
  let from = 0;
  while (from < text.length) {
    if (text.length - from <= PIECE) {
      yield [from, text.slice(from)];
      return;
    }
    const window = text.slice(from, from + PIECE);
    let cut = window.lastIndexOf('\n');
    if (cut < PIECE / 2) cut = Math.max(window.lastIndexOf('. '), window.lastIndexOf('! '), window.lastIndexOf('? '), window.lastIndexOf('。')) + 1;
    if (cut < PIECE / 2) cut = window.lastIndexOf(' ');
    if (cut < PIECE / 2) cut = PIECE;
    // Never cut a surrogate pair in half.
    if (/[\uD800-\uDBFF]/u.test(text[from + cut - 1] ?? '')) cut--;
    yield [from, text.slice(from, from + cut)];
    from += cut;
  }
}

// Topics, root causes and the spam check all read a field's sentences: split once.
const split = new WeakMap<Field, readonly Sentence[]>();

/** Splits a field into trimmed, non-empty sentences. Linear in the text length. */
export function sentencesOf(f: Field): readonly Sentence[] {
  let out = split.get(f);
  if (!out) split.set(f, (out = splitSentences(f)));
  return out;
}

function splitSentences(f: Field): Sentence[] {
  const out: Sentence[] = [];
  const push = (a: number, b: number): void => {
    while (a < b && /[\s.,!?;:。！？、]/u.test(f.text[a]!)) a++;
    while (b > a && /\s/u.test(f.text[b - 1]!)) b--;
    if (b > a) out.push({ field: f.field, start: a, end: b });
  };
  for (const [offset, piece] of pieces(f.text)) {
    for (const seg of SENTENCES.segment(piece)) {
      const at = offset + seg.index;
      let from = at;
      INNER_BREAK.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = INNER_BREAK.exec(seg.segment)) !== null) {
        if (m[0].length === 0) INNER_BREAK.lastIndex++;
        else if (m[0].trim() === '' && /[.!?]/u.test(seg.segment[m.index - 1] ?? '') && /[\p{Ll}\p{N}]/u.test(seg.segment[m.index + m[0].length] ?? '') && !lowerCaseBoundary(seg.segment, m.index)) continue;
        push(from, at + m.index);
        from = at + m.index + m[0].length;
      }
      push(from, at + seg.segment.length);
    }
  }
  return out;
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/u;
const LATIN_WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

/**
 * Words, counted up to `limit`. Scripts written without spaces (CJK, Thai) go
 * through Intl.Segmenter's dictionary; spaced scripts are counted by a plain
 * scan, which gives the same answer there at a fraction of the cost.
 */
export function wordCount(s: string, limit = 50): number {
  const text = s.length > limit * 12 ? s.slice(0, limit * 12) : s;
  let n = 0;
  if (!CJK.test(text)) {
    LATIN_WORD.lastIndex = 0;
    while (LATIN_WORD.exec(text) !== null) if (++n >= limit) break;
    LATIN_WORD.lastIndex = 0;
    return n;
  }
  for (const w of WORDS.segment(text)) if (w.isWordLike && ++n >= limit) break;
  return n;
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** The writer is shouting or Title-Casing: capitals then say nothing about names. */
export function capsMeanNothing(text: string): boolean {
  const words = text.match(/\p{L}+/gu) ?? [];
  if (words.length < 3) return true;
  const caps = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return caps / words.length > 0.6;
}

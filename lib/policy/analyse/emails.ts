// Email addresses in the normalised text, including spelled-out forms
// ("john at gmail dot com"); "(at)", "[dot]", full-width "＠" and spaced
// letters were already folded by the normaliser.
import type { Span } from './span.ts';

const EMAIL =
  /(?<![a-z0-9._%+\-])([a-z0-9][a-z0-9._%+\-]{0,63}(?:\s+dot\s+[a-z0-9_%+\-]{1,63}){0,3})(\s?@\s?|\s+at\s+)([a-z0-9][a-z0-9\-]{0,62}(?:(?:\.|\s+dot\s+)[a-z0-9\-]{1,63}){0,4})(?:\.|\s+dot\s+)([a-z]{2,12})(?![a-z0-9\-])/g;

// With a plain-word " at ", only a provider name or a spelled "dot" makes it
// an address: "arrive at home.com" is rare, "look at amazon.com" is not.
const PROVIDERS = new Set([
  'gmail', 'googlemail', 'yahoo', 'ymail', 'hotmail', 'outlook', 'live', 'msn', 'icloud', 'me', 'mac', 'aol', 'gmx',
  'web', 'mail', 'email', 'protonmail', 'proton', 'qq', '163', '126', 'sina', 'foxmail', 'yandex', 'zoho', 'orange',
  'free', 'libero', 'virgilio', 'laposte', 'btinternet', 'comcast', 'verizon', 'att', 'sbcglobal', 't-online', 'freenet',
]);
const NOT_LOCAL = new Set(['me', 'us', 'you', 'him', 'her', 'them', 'it', 'this', 'that', 'look', 'here', 'there', 'home', 'arrive', 'arrives', 'arrived', 'is', 'are', 'was', 'be']);

const EMAIL_AT = new RegExp(EMAIL.source, 'y');

/** The domain label that starts at i ("gmail" in "gmail.com"). */
function label(text: string, i: number): string {
  let j = i;
  for (let c; (c = text.charCodeAt(j)) === 45 || (c >= 97 && c <= 122) || (c >= 48 && c <= 57); ) j++;
  return text.slice(i, j);
}

function isLocal(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 46 || c === 95 || c === 37 || c === 43 || c === 45;
}

/** Start of the local part that ends just before `end` (one word, plus "x dot y" groups). */
function localStart(text: string, end: number): number {
  let i = end;
  while (i > 0 && end - i < 64 && isLocal(text.charCodeAt(i - 1))) i--;
  // "john dot smith at …": extend over spelled dots.
  while (i >= 6 && text.startsWith(' dot ', i - 5)) {
    let j = i - 5;
    const k = j;
    while (j > 0 && k - j < 64 && isLocal(text.charCodeAt(j - 1))) j--;
    if (j === k) break;
    i = j;
  }
  return i;
}

// Only positions next to an "@" or a spelled " at " can hold an address: the
// regex runs anchored (sticky) at the start of the local part before each,
// so hostile input like "@@@@…" stays linear.
export function findEmails(text: string): Span[] {
  const out: Span[] = [];
  let done = 0;
  const tryAt = (sepStart: number, sepEnd: number, spelled: boolean): void => {
    if (sepStart < done) return;
    const start = localStart(text, sepStart);
    if (start === sepStart) return;
    // The next character must start a domain label.
    let d = sepEnd;
    if (text.charCodeAt(d) === 32) d++;
    const c = text.charCodeAt(d);
    if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57))) return;
    // The first domain label must end in "." or " dot " ("at no cost" cannot
    // be an address): checked here, before the regex runs.
    let j = d + 1;
    for (let x; (x = text.charCodeAt(j)) === 45 || (x >= 97 && x <= 122) || (x >= 48 && x <= 57); ) j++;
    if (text.charCodeAt(j) !== 46) {
      let k = j;
      while (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 10) k++;
      if (k === j || !text.startsWith('dot', k)) return;
      const after = text.charCodeAt(k + 3);
      if (after !== 32 && after !== 10) return;
    }
    EMAIL_AT.lastIndex = start;
    const m = EMAIL_AT.exec(text);
    if (!m) return;
    if (spelled || m[2]!.indexOf('@') < 0) {
      const local = m[1]!;
      const domain = m[3]!;
      const spelledDot = m[0].indexOf(' dot ') >= 0;
      const provider = PROVIDERS.has(domain.split(/\.|\s+dot\s+/)[0]!);
      if (NOT_LOCAL.has(local) || (!spelledDot && !provider)) return;
    }
    out.push({ s: m.index, e: m.index + m[0].length });
    done = m.index + m[0].length;
  };
  const ats: number[] = [];
  for (let i = text.indexOf('@'); i >= 0; i = text.indexOf('@', i + 1)) ats.push(i);
  const words: number[] = [];
  // Searching "at " and checking the space before is several times faster
  // than searching " at " (spaces are everywhere; "a" much less so).
  for (let i = text.indexOf('at ', 1); i >= 0; i = text.indexOf('at ', i + 1)) if (text.charCodeAt(i - 1) === 32) words.push(i - 1);
  if (ats.length === 0 && words.length === 0) return out;
  // Merge both candidate lists in text order.
  let a = 0;
  let w = 0;
  while (a < ats.length || w < words.length) {
    if (w >= words.length || (a < ats.length && ats[a]! < words[w]!)) {
      const i = ats[a++]!;
      // "a @casaluz.es", "at @shop.official": a social handle after a word,
      // not an address (an obfuscated one is spaced on both sides of the @,
      // or names a mail provider).
      if (text.charCodeAt(i - 1) === 32 && text.charCodeAt(i + 1) !== 32 && !PROVIDERS.has(label(text, i + 1))) continue;
      tryAt(text.charCodeAt(i - 1) === 32 ? i - 1 : i, i + 1, false);
    } else {
      const i = words[w++]!;
      tryAt(i, i + 4, true);
    }
  }
  return out;
}

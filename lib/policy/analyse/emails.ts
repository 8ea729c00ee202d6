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

// Only positions next to an "@" or a spelled " at " can hold an address;
// the full regex (with its look-behind) runs from a little before each one
// instead of over the whole text.
function candidates(text: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf('@'); i >= 0; i = text.indexOf('@', i + 1)) out.push(i);
  for (let i = text.indexOf(' at '); i >= 0; i = text.indexOf(' at ', i + 1)) {
    const next = /^[a-z0-9-]+/.exec(text.slice(i + 4, i + 40));
    if (next && (PROVIDERS.has(next[0]) || text.slice(i + 4, i + 120).indexOf(' dot ') >= 0)) out.push(i);
  }
  return out.sort((a, b) => a - b);
}

export function findEmails(text: string): Span[] {
  const cands = candidates(text);
  if (cands.length === 0) return [];
  const out: Span[] = [];
  let done = 0; // text before this offset is settled
  for (const c of cands) {
    if (c < done) continue;
    EMAIL.lastIndex = Math.max(done, c - 200);
    for (let m; (m = EMAIL.exec(text)) && m.index <= c; ) {
      const end = m.index + m[0].length;
      if (m[2]!.indexOf('@') < 0) {
        const local = m[1]!;
        const domain = m[3]!;
        const spelledDot = m[0].indexOf(' dot ') >= 0;
        const provider = PROVIDERS.has(domain.split(/\.|\s+dot\s+/)[0]!);
        if (NOT_LOCAL.has(local) || (!spelledDot && !provider)) {
          EMAIL.lastIndex = m.index + 1;
          continue;
        }
      }
      out.push({ s: m.index, e: end });
      done = end;
      if (end > c) break;
    }
    done = Math.max(done, c + 1);
  }
  return out;
}

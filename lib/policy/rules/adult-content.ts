// Obscene, sexual or abusive language, also masked ("f*ck", "sh1t").
import { K as KINDS } from '../lexicon/kinds.ts';
import { reportSpan, SOURCES, texts, type Rule } from '../rule.ts';

// A module-local binding: read in hot loops, never through the import.
const K = KINDS;

const T = texts(
  ['Obscene or abusive language', 'Amazon forbids obscene, sexual or abusive language in buyer messages, whatever the buyer wrote. Rewrite it in a calm, professional tone.'],
  ['含有粗俗或辱骂性语言', '无论买家写了什么,亚马逊都禁止在买家消息中使用粗俗、色情或辱骂性语言。请用冷静、专业的语气改写。'],
);
const MASKED = /(?<![a-z0-9])(?:f[*#@%!.]+c?k\w*|f[u*#@]{1,2}[*#@!]?ck\w*|sh[*!1][t*]\w*|b[*!1]tch\w*|a[*$]{2}h[o0*]le|c[*]nt|p[*]ssy|d[*]ck)/g;

/** /[*#@%!$]|[a-z]1[a-z]/.test(t), by single-character searches (several times faster than the regex). */
function hasMaskChar(t: string): boolean {
  for (const c of '*#@%!$') if (t.indexOf(c) >= 0) return true;
  for (let i = t.indexOf('1', 1); i >= 0; i = t.indexOf('1', i + 1)) {
    const a = t.charCodeAt(i - 1);
    const b = t.charCodeAt(i + 1);
    if (a >= 97 && a <= 122 && b >= 97 && b <= 122) return true;
  }
  return false;
}

/**
 * "xxx" in a placeholder for an order id or a number ("XXX-XXXXXXX-XXXXXXX",
 * "Order #xxx", "xxx@…") fills in a value: templates are full of them.
 */
function placeholder(t: string, s: number, e: number): boolean {
  if (e - s !== 3 || t.slice(s, e) !== 'xxx') return false;
  const near = (c: number): boolean => c === 45 || c === 95 || c === 35 || c === 64 || c === 120 || (c >= 48 && c <= 57); // - _ # @ x 0-9
  return near(t.charCodeAt(e)) || near(t.charCodeAt(s - 1)) || /\b(?:order|id|number|no|nr|n°|#|code|tracking)(?:\s+is)?\W{0,3}$/.test(t.slice(Math.max(0, s - 16), s));
}

export const rule: Rule = {
  meta: { id: 'adult-content', severity: 'error', title: { en: 'Adult or abusive content', zh: '粗俗或辱骂内容' }, source: SOURCES.communication, insert: true },
  check(doc, report) {
    const t = doc.norm.text;
    if (doc.scan.mask & K.ADULT) for (const a of doc.scan.atoms) if (a.k & K.ADULT && !placeholder(t, a.s, a.e)) reportSpan(doc, report, a.s, a.e, T);
    if (/[a-z][*#@%!$1.]+[a-z*]/.test(t) && hasMaskChar(t)) {
      MASKED.lastIndex = 0;
      for (let m; (m = MASKED.exec(t)); ) {
        if (m[0] === 'fuck' || /^[a-z]+$/.test(m[0])) continue; // plain words come from the lexicon
        reportSpan(doc, report, m.index, m.index + m[0].length, T);
      }
    }
  },
};

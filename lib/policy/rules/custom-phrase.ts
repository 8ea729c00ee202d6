// The seller's own forbidden phrases (settings.customPhrases), matched after
// the same normalisation as everything else, on word boundaries.
import { normalize } from '../normalize.ts';
import { reportSpan, SOURCES, texts, type Rule } from '../rule.ts';

const cache = new Map<string, string>();
function normalized(phrase: string): string {
  let n = cache.get(phrase);
  if (n === undefined) {
    n = normalize(phrase).text.trim();
    if (cache.size > 2000) cache.clear();
    cache.set(phrase, n);
  }
  return n;
}
const isWord = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);

export const rule: Rule = {
  meta: { id: 'custom-phrase', severity: 'error', title: { en: 'Custom forbidden phrase', zh: '自定义禁用语' }, source: SOURCES.communication, insert: true },
  check(doc, report) {
    const t = doc.norm.text;
    for (const phrase of doc.settings.customPhrases ?? []) {
      const p = normalized(phrase);
      if (!p) continue;
      const wordStart = isWord(p.charCodeAt(0));
      const wordEnd = isWord(p.charCodeAt(p.length - 1));
      for (let i = t.indexOf(p); i >= 0; i = t.indexOf(p, i + 1)) {
        if (wordStart && i > 0 && isWord(t.charCodeAt(i - 1))) continue;
        if (wordEnd && isWord(t.charCodeAt(i + p.length))) continue;
        reportSpan(
          doc,
          report,
          i,
          i + p.length,
          texts(
            [`Contains "${phrase}" (your forbidden phrases)`, `You added "${phrase}" to your forbidden phrases in ReviewGuard's settings. Rephrase or remove it.`],
            [`包含"${phrase}"(自定义禁用语)`, `您在 ReviewGuard 设置中把"${phrase}"列为禁用语。请改写或删除。`],
          ),
        );
      }
    }
  },
};

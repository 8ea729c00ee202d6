// More than two consecutive line breaks (blank-looking lines count) break
// Amazon's message styling rules. The fix keeps one blank line.
import { SOURCES, texts, type Rule } from '../rule.ts';

const T = texts(
  ['More than two line breaks in a row', "Amazon's styling rules allow at most two consecutive line breaks (one blank line). Remove the extra blank lines."],
  ['连续换行超过两个', '亚马逊的格式要求最多连续两个换行(即一个空行)。请删除多余的空行。'],
);
const RUN = /\r?\n(?:[ \t\u00a0\u3000]*\r?\n){2,}/g;

export const rule: Rule = {
  meta: { id: 'excess-line-breaks', severity: 'warning', title: { en: 'Excess line breaks', zh: '多余换行' }, source: SOURCES.communication },
  check(doc, report) {
    const text = doc.text;
    if (text.indexOf('\n') < 0) return;
    RUN.lastIndex = 0;
    for (let m; (m = RUN.exec(text)); ) report({ start: m.index, end: m.index + m[0].length, texts: T, fix: m[0].indexOf('\r') >= 0 ? '\r\n\r\n' : '\n\n' });
  },
};

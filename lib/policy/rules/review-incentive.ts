// Anything of value offered in connection with a review, in any clause order:
// an incentive word and a review act (leave/write/change a review, "for your
// review") in the same sentence, or in the next one when a connector like
// "in return" or "as a thank you" ties the two sentences together.
import { K as KINDS } from '../lexicon/kinds.ts';
import { reportSpan, SOURCES, texts, type Rule } from '../rule.ts';

// A module-local binding: read in hot loops, never through the import.
const K = KINDS;

const T = texts(
  ['Incentive offered for a review', 'Offering anything of value (refund, gift card, coupon, free product, money) in connection with a review or feedback is review manipulation: Amazon removes the reviews and can suspend the account. Solve the problem unconditionally, e.g. "We have sent you a replacement", and never link it to a review.'],
  ['以好处换取评价', '以任何有价值的东西(退款、礼品卡、优惠券、免费产品、现金)换取或修改评价都属于操纵评价:亚马逊会删除评价,甚至封停账号。请无条件地解决问题,例如"我们已为您寄出替换品",绝不要把它和评价挂钩。'],
);

export const rule: Rule = {
  meta: { id: 'review-incentive', severity: 'error', title: { en: 'Review incentive', zh: '以利益换取评价' }, source: SOURCES.reviews, alsoSource: SOURCES.ftc, insert: true },
  check(doc, report) {
    const { sentences, atoms } = doc.scan;
    if (!(doc.scan.mask & (K.INC | K.INCW)) || !(doc.scan.mask & K.R)) return;
    const changeSents = new Set(doc.changeRequests().map((c) => c.sent));
    let lastReported = -2;
    for (let si = 0; si < sentences.length; si++) {
      const m = sentences[si]!.mask;
      if (!(m & (K.INC | K.INCW))) continue;
      // Window: this sentence, plus a neighbour when an exchange connector
      // ("in return") or a review-change request links them ("Would you
      // raise your rating? We'd compensate you.").
      const win = [si];
      for (const nj of [si - 1, si + 1]) {
        const nb = sentences[nj];
        if (nb && ((m | nb.mask) & K.EXC || changeSents.has(nj) || changeSents.has(si))) win.push(nj);
      }
      let wm = 0;
      let change = false;
      for (const w of win) {
        wm |= sentences[w]!.mask;
        if (changeSents.has(w)) change = true;
      }
      if (!(wm & K.R)) continue;
      const strong = (m & K.INC) !== 0 && (change || (wm & (K.ACT | K.ASK | K.CHGX | K.EXC)) !== 0);
      const weak = (m & K.INCW) !== 0 && (change || (wm & (K.CHGX | K.EXC)) !== 0);
      if (!strong && !weak) continue;
      if (win.includes(lastReported)) continue;
      // Span: from the first to the last incentive/review atom in the win.
      let s = Infinity;
      let e = -1;
      for (const w of win) {
        const sent = sentences[w]!;
        for (let i = sent.a0; i < sent.a1; i++) {
          const a = atoms[i]!;
          if (a.k & (K.INC | K.INCW | K.R)) {
            s = Math.min(s, a.s);
            e = Math.max(e, a.e);
          }
        }
      }
      reportSpan(doc, report, s, e, T);
      lastReported = si;
    }
  },
};

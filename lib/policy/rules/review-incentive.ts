// Anything of value offered in connection with a review, in any clause order:
// an incentive word and a review act (leave/write/change a review, "for your
// review") in the same sentence, or in the next one when a connector like
// "in return" or "as a thank you" ties the two sentences together. Funnel
// wording splits the offer from the ask ("Share your experience on Amazon.
// Everyone who does gets a VIP pass."): a gift-like reward the buyer *gets*
// (get, receive, claim, unlock, "everyone who…") within two sentences of a
// review ask is one offer, unless the reward is a remedy for a problem.
import { K as KINDS } from '../lexicon/kinds.ts';
import { wordAt } from '../analyse/tokens.ts';
import type { Doc } from '../document.ts';
import { reportSpan, SOURCES, texts, type Rule } from '../rule.ts';

// A module-local binding: read in hot loops, never through the import.
const K = KINDS;

const T = texts(
  ['Incentive offered for a review', 'Offering anything of value (refund, gift card, coupon, free product, money) in connection with a review or feedback is review manipulation: Amazon removes the reviews and can suspend the account. Solve the problem unconditionally, e.g. "We have sent you a replacement", and never link it to a review.'],
  ['以好处换取评价', '以任何有价值的东西(退款、礼品卡、优惠券、免费产品、现金)换取或修改评价都属于操纵评价:亚马逊会删除评价,甚至封停账号。请无条件地解决问题,例如"我们已为您寄出替换品",绝不要把它和评价挂钩。'],
);

/** Sentences either side of a gift-like offer searched for the review ask it pays for. */
const FUNNEL_REACH = 2;
/** …and either side of an offer tied by a connector ("as a thank-you", "afterwards"). */
const TIED_REACH = 6;
/** Words after a temporal connector ("once you have…") within which a review act must follow for it to bind. */
const TEMPORAL_REACH = 3;

/**
 * The sentence's kinds, with EXC kept only when a connector really ties a
 * reward to an act: "once you have tried it" or "as soon as you receive it"
 * is about time, not exchange; "once you have left a review" binds.
 */
function boundMask(doc: Doc, si: number): number {
  const sent = doc.scan.sentences[si]!;
  const m = sent.mask;
  if (!(m & K.EXC)) return m;
  const { atoms, wordKinds, wordSent } = doc.scan;
  for (let i = sent.a0; i < sent.a1; i++) {
    const a = atoms[i]!;
    if (!(a.k & K.EXC)) continue;
    if (a.k & (K.R | K.ACT | K.CHG)) return m; // "for leaving", "for your review"
    const w0 = wordAt(doc.scan, a.w);
    const temporal = w0 === 'once' || w0 === 'after' || (w0 === 'as' && wordAt(doc.scan, a.w + 1) === 'soon');
    if (!temporal) return m;
    for (let j = a.we + 1; j <= a.we + TEMPORAL_REACH && j < wordKinds.length && wordSent[j] === si; j++) if (wordKinds[j]! & (K.R | K.ACT)) return m;
  }
  return m & ~K.EXC;
}

/** A reward with no problem-solving role: a gift, a VIP pass, credit, an extra unit (not a refund or a replacement). */
function giftLike(doc: Doc, si: number): boolean {
  const sent = doc.scan.sentences[si]!;
  for (let i = sent.a0; i < sent.a1; i++) {
    const a = doc.scan.atoms[i]!;
    if (a.k & (K.INC | K.INCW) && !(a.k & K.REASON)) return true;
  }
  return false;
}

/** The sentence (or the one before it) is about a problem: an apology, damage, a return. */
function remedial(doc: Doc, si: number): boolean {
  const { sentences, atoms } = doc.scan;
  for (const sj of [si - 1, si]) {
    const sent = sentences[sj];
    if (!sent || !(sent.mask & (K.REASON | K.CRIT))) continue;
    for (let i = sent.a0; i < sent.a1; i++) {
      const a = atoms[i]!;
      if (a.k & (K.REASON | K.CRIT) && !(a.k & (K.INC | K.INCW | K.R | K.ACT))) return true;
    }
  }
  return false;
}

/**
 * The reward is part of the order, not a prize: "your order includes a free
 * case", "the gift ships in a separate parcel" (a funnel offer is never that).
 */
const BUNDLED = /\b(?:separate(?:ly)?|included|includes|comes with|ships with|separat|separaten|inklusive|beiliegend|separe(?:ment)?|inclus|incluse|aparte|incluid[oa]|separat[oa]|inclus[oa])\b|別便|同梱|付属|另行|随单|附赠/;

function spanOf(doc: Doc, win: readonly number[]): [number, number] {
  const { sentences, atoms } = doc.scan;
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
  return [s, e];
}

/**
 * A funnel's confirmation page: "your review has been published … until your
 * gift arrives". A gift said beside a review the buyer already posted is what
 * the review earned, however far apart the two are.
 */
const POSTED = /\b(?:(?:your|the) review (?:has been|was|is) (?:posted|published|submitted|received)|bewertung wurde veroffentlicht|rezension wurde veroffentlicht|avis a ete publie|resena (?:ha sido|fue) publicada|recensione e stata pubblicata|grazie per (?:aver |avere )?lasciat[oa]? una recensione|grazie per lasciare una recensione)\b/;

/** "This page unlocks once you post a review": a reward that needs no name, the verb says it. */
const UNLOCKED = /\b(?:unlock|sblocc|desbloque|debloqu|freischalt|freigeschalt)\w*,? (?:[a-z]+ ){0,2}?(?:when|once|after|quand|cuando|quando|sobald|wenn|nachdem)\b/;

export const rule: Rule = {
  meta: { id: 'review-incentive', severity: 'error', title: { en: 'Review incentive', zh: '以利益换取评价' }, source: SOURCES.reviews, alsoSource: SOURCES.ftc, insert: true },
  check(doc, report) {
    const { sentences } = doc.scan;
    const mask = doc.scan.mask;
    if (!(mask & K.R)) return;
    // A reward the unlock verb implies names nothing: read it first, in any text.
    let unlocked = -9;
    if (mask & K.GAIN) {
      sentences.forEach((sent, si) => {
        if ((sent.mask & (K.GAIN | K.R | K.ACT)) === (K.GAIN | K.R | K.ACT) && UNLOCKED.test(doc.norm.text.slice(sent.s, sent.e))) {
          reportSpan(doc, report, sent.s, sent.e, T);
          unlocked = si;
        }
      });
    }
    if (!(mask & (K.INC | K.INCW))) return;
    const changes = doc.changeRequests();
    const changeSents = changes.length > 0 ? new Set(changes.map((c) => c.sent)) : undefined;
    const changed = (si: number): boolean => changeSents !== undefined && changeSents.has(si);
    // Without any connector in the text, a sentence's kinds are its mask.
    const anyExc = (mask & K.EXC) !== 0;
    const bound = (si: number): number => (anyExc ? boundMask(doc, si) : sentences[si]!.mask);
    // The next sentence with content: markup lines ("</p>", "<p>") and bare step numbers sit between paragraphs.
    const neighbour = (si: number, dir: number): number => {
      let j = si + dir;
      while (j >= 0 && j < sentences.length && sentences[j]!.mask === 0 && sentences[j]!.w1 - sentences[j]!.w0 <= 1) j += dir;
      return j;
    };
    const posted = POSTED.test(doc.norm.text) ? sentences.findIndex((sent) => POSTED.test(doc.norm.text.slice(sent.s, sent.e))) : -1;
    let lastReported = -2;
    let lastStart = -2;
    let lastEnd = -2;
    for (let si = 0; si < sentences.length; si++) {
      const m = sentences[si]!.mask;
      if (!(m & (K.INC | K.INCW))) continue;
      if (Math.abs(si - unlocked) < 2) continue;
      const mb = bound(si);
      const here = changed(si);
      // Window: this sentence, plus a neighbour when an exchange connector
      // ("in return") or a review-change request links them ("Would you
      // raise your rating? We'd compensate you.").
      let from = si;
      let to = si;
      let wm = mb;
      let change = here;
      for (const nj of [neighbour(si, -1), neighbour(si, 1)]) {
        if (nj < 0 || nj >= sentences.length) continue;
        const nb = bound(nj);
        const nbChanged = changed(nj);
        if (!((mb | nb) & K.EXC || nbChanged || here)) continue;
        wm |= nb;
        change ||= nbChanged;
        from = Math.min(from, nj);
        to = Math.max(to, nj);
      }
      // Nothing to pair with: no review noun in the window and no reward the buyer gets.
      if (!(wm & K.R) && !(m & K.GAIN) && posted < 0) continue;
      const gift = giftLike(doc, si);
      let hit = false;
      let partner = -1;
      if (wm & K.R) {
        // A reward the buyer gets for a review counts without a request word
        // ("a short review earns you $15 in credit"), a refund does not.
        const strong = (m & K.INC) !== 0 && (change || (wm & (K.ACT | K.ASK | K.CHGX | K.EXC)) !== 0 || (gift && (wm & K.GAIN) !== 0));
        const weak = (m & K.INCW) !== 0 && (change || (wm & (K.CHGX | K.EXC)) !== 0);
        hit = strong || weak;
      }
      // Funnel: a gift-like reward the buyer gets, and a review ask nearby
      // (step numbers such as "2." on a line of their own do not count as sentences).
      // An offer with an exchange connector ("as a thank-you") that does not
      // thank for the order itself reaches an ask several sentences away.
      const tied = (mb & K.EXC) !== 0 && !(m & K.THANKS);
      if (!hit && gift && posted >= 0 && posted !== si && !remedial(doc, si) && !BUNDLED.test(doc.norm.text.slice(sentences[si]!.s, sentences[si]!.e))) {
        partner = posted;
        hit = true;
      }
      if (!hit && gift && m & K.GAIN && !remedial(doc, si) && !BUNDLED.test(doc.norm.text.slice(sentences[si]!.s, sentences[si]!.e))) {
        for (const dir of [-1, 1]) {
          for (let sj = si + dir, d = 0; sj >= 0 && sj < sentences.length && d < (tied ? TIED_REACH : FUNNEL_REACH) && !hit; sj += dir) {
            const nb = sentences[sj]!;
            if (nb.mask === 0 && nb.w1 - nb.w0 <= 1) continue;
            d++;
            if (!(nb.mask & K.R) || !((nb.mask | m) & (K.ACT | K.ASK))) continue;
            partner = sj;
            hit = true;
          }
        }
      }
      if (!hit) continue;
      // One finding per offer: skip a sentence already inside the last window.
      if ((lastReported >= from && lastReported <= to) || (si >= lastStart && si <= lastEnd)) continue;
      const [s, e] = spanOf(doc, partner < 0 ? [from, si, to] : [from, si, to, partner]);
      reportSpan(doc, report, s, e, T);
      lastReported = si;
      lastStart = partner < 0 ? from : Math.min(from, partner);
      lastEnd = Math.max(to, partner);
    }
  },
};

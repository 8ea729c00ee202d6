// Asking for a positive review, in four shapes: a positive qualifier next to
// the review noun ("a 5-star review", "reseña positiva"); asking only happy
// buyers ("if you are satisfied, please leave a review"); gating ("if not,
// contact us first"); and telling the buyer what to write ("mention how easy").
import { K as KINDS } from '../lexicon/kinds.ts';
import type { Doc } from '../document.ts';
import { reportSpan, SOURCES, texts, type Rule } from '../rule.ts';

// A module-local binding: read in hot loops, never through the import.
const K = KINDS;

const POSITIVE = texts(
  ['Asks for a positive review', 'Amazon forbids asking for a positive or 5-star review. You may ask for a review only in neutral words, e.g. "please share your honest feedback about the product".'],
  ['要求好评', '亚马逊禁止要求买家给好评或五星评价。只能用中立的措辞请求评价,例如"欢迎分享您对产品的真实评价"。'],
);
const SATISFIED = texts(
  ['Asks only satisfied buyers for a review', 'Asking for a review only if the buyer is happy ("if you love it, leave a review") is review gating, which Amazon forbids. Ask every buyer the same neutral way, or use the "Request a Review" button.'],
  ['只请满意的买家留评', '仅在买家满意时请求留评("如果您喜欢,请留评")属于筛选评价,亚马逊明令禁止。请以同样中立的方式询问所有买家,或使用"请求评论"按钮。'],
);
const GATING = texts(
  ['Review gating: "contact us before reviewing"', 'Steering unhappy buyers to contact you instead of (or before) leaving a review is review gating, which Amazon forbids. You may offer help, but never tie it to whether or when they review.'],
  ['评价筛选:"留评前先联系我们"', '引导不满意的买家先联系卖家而不是(或在)留评之前,属于筛选评价,亚马逊明令禁止。可以提供帮助,但不要把帮助与是否留评或何时留评挂钩。'],
);
const TELLING = texts(
  ['Tells the buyer what to write in the review', 'Telling buyers what to say in a review (mention, highlight, say that…) is review manipulation. Ask only for their honest opinion.'],
  ['告诉买家评价里写什么', '告诉买家在评价中写什么(提到、强调、说……)属于操纵评价。只能请买家分享真实看法。'],
);

/** "or"/"and" joining a positive word to its opposite ("positive or critical", "ob gut oder schlecht"). */
const JOIN = new Set(['or', 'and', 'nor', 'oder', 'und', 'ou', 'et', 'o', 'y', 'e', 'oppure', 'ni', 'weder', 'noch']);
const OPPOSITE = /^(?:negative|negatives?|bad|critical|neutral|not|poor|mixed|otherwise|worse|negativ\w*|schlecht\w*|kritisch\w*|neutral\w*|mauvais\w*|negati\w*|critique\w*|neutre\w*|mal[ao]s?|critic[ao]s?|neutr[ao]s?|cattiv[ao]|critic[ao]|neutrale|so)$/;
/** Words either side of a positive word searched for its opposite. */
const BALANCE_REACH = 3;

/** A positive word balanced by its opposite: "good or bad", "positive or critical", "the good and the not so good". */
function balanced(doc: Doc, w: number, we: number): boolean {
  const { wordSent, wordStart, wordEnd } = doc.scan;
  const t = doc.norm.text;
  const word = (i: number): string => t.slice(wordStart[i]!, wordEnd[i]!);
  for (const [from, to] of [[we + 1, we + 1 + BALANCE_REACH], [w - BALANCE_REACH, w - 1]] as const) {
    let join = false;
    for (let i = Math.max(0, from); i <= to && i < wordSent.length; i++) {
      if (wordSent[i] !== wordSent[w]) continue;
      const x = word(i);
      if (JOIN.has(x)) join = true;
      else if (join && OPPOSITE.test(x) && (x !== 'so' || word(i + 1) === 'good')) return true;
      else if (!join && from < w && OPPOSITE.test(x) && i + 1 < wordSent.length && JOIN.has(word(i + 1))) return true;
    }
  }
  return false;
}

/** A ready text handed over for the review: the buyer's earlier (happy) words, to paste. */
const PREWRITTEN = /\b(?:copy(?: and paste| & paste|\/paste)?|paste) (?:what you wrote|your (?:feedback|comment|comments|words|message|answer|rating comment)|(?:it|this|them) as (?:your|the|a) (?:product )?review)|\b(?:we ?(?:ve|have)|we've) (?:included|copied|pasted|added) your (?:feedback|comment|comments|words|answer)\b/g;

/** What follows a telling verb leaves the content to the buyer ("say what you think", "tell us how you feel"). */
const OPEN_CONTENT = /^[\s,]*(?:what you|what they|how you feel|how you found|whatever|anything|everything you|your (?:honest|own|true|real)|in your own words|honestly|freely)/;

/** "if you like," / "if you like to": "if you wish", not "if you like the lamp". */
function wishLike(doc: Doc, e: number): boolean {
  const rest = doc.norm.text.slice(e, e + 6);
  return /^\s*(?:[,.;:!?]|to\b)/.test(rest);
}

/** A short question ("Love the lamp?", "Something not right?"): a condition in question form. */
const SHORT_QUESTION = 8;
function shortQuestion(doc: Doc, si: number): boolean {
  const sent = doc.scan.sentences[si];
  if (!sent || sent.w1 - sent.w0 > SHORT_QUESTION) return false;
  const last = doc.norm.text.slice(sent.s, sent.e).trimEnd();
  return last.endsWith('?') || last.endsWith('？');
}

/** A heading: a short line of its own that does not end in a full stop ("Enjoyed the lamp?", "Si la lampe vous a plu"). */
function headingLine(doc: Doc, si: number): boolean {
  const sent = doc.scan.sentences[si];
  const t = doc.norm.text;
  if (!sent || sent.w1 - sent.w0 > 8 || (sent.s > 0 && t[sent.s - 1] !== '\n')) return false;
  const x = t.slice(sent.s, sent.e);
  return x.endsWith('\n') || sent.e >= t.length || (/[?!？]$/.test(x) && t[sent.e] === '\n');
}

/**
 * Satisfaction taken for granted ("Delighted you love the
 * kettle!", "Nos alegra que te haya gustado"): a review asked right after
 * it is asked of happy buyers only, as with "if you are happy".
 */
// Only gladness about liking the item: "happy you are part of our community" presupposes nothing about it.
const PRESUPPOSE = /\b(?:glad|happy|thrilled|delighted) (?:that )?you(?:'re| are)? (?:lov|enjoy|lik|had an? (?:positive|great|good|wonderful)|satisfied|happy with)|alegra que .{0,30}?(?:te|le|les|os) (?:haya|hayan) gustado|ravis? que .{0,30}?(?:vous|te|t') ?(?:plaise|plaît|aimiez|aimes)|(?:felici|contenti) che .{0,30}?(?:ti|le|vi) (?:sia|siano) piaciut|freut (?:uns|mich),? dass .{0,30}?gefällt|気に入っていただけて嬉し|很高兴您喜欢/;

/**
 * A wish for the rating itself ("we hope for a top rating", "we look forward
 * to your five-star review"): the request is the wish. Read only beside a
 * positive rating phrase, never as a request word of its own (so "we hope your
 * email arrived" asks for nothing).
 */
const WISH = /\b(?:hope|hoping|hopefully|wish|look(?:ing)? forward|count on you)\b|\bhoffen\b|freuen uns auf|esperamos|esperons|speriamo|希望|期待|楽しみ/;

/**
 * After the condition, a comma and then a clause of at least two words that
 * neither asks nor talks about a review ("steep it longer", "laissez
 * infuser"): the condition's own main clause. A wish or a plea there ("please
 * buy a copy", "me encantaría que…") still leads into the ask.
 */
function ownConsequent(doc: Doc, si: number, from: number): boolean {
  const sent = doc.scan.sentences[si]!;
  const rest = doc.norm.text.slice(from, sent.e);
  const i = rest.search(/[,,、]/);
  if (i < 0 || !/\p{L}+\P{L}+\p{L}/u.test(rest.slice(i + 1))) return false;
  for (let j = sent.a0; j < sent.a1; j++) {
    const a = doc.scan.atoms[j]!;
    if (a.s >= from + i && a.k & (K.R | K.ASK)) return false;
  }
  return true;
}

/** Words after "if" within which a satisfaction word makes the ask conditional. */
const SAT_REACH = 12;
const HARD_END = /[;:.!?。;!?]/;
/** "and"/"or" after the last comma: the comma separates list items ("Ideen, Tipps oder Mut gegeben haben"), not clauses. */
const LIST_TAIL = /,[^,]*\b(?:and|or|und|oder|et|ou|y|o|e)\s[^,]*$/;
/** Punctuation between a condition and its satisfaction word ends the clause, unless the commas only join a list. */
function clauseBreak(between: string): boolean {
  if (HARD_END.test(between)) return true;
  return /[,,]/.test(between) && !LIST_TAIL.test(between);
}

function atomsSpan(doc: Doc, si: number, kinds: number): [number, number] {
  const sent = doc.scan.sentences[si]!;
  let s = Infinity;
  let e = -1;
  for (let i = sent.a0; i < sent.a1; i++) {
    const a = doc.scan.atoms[i]!;
    if (a.k & kinds) {
      s = Math.min(s, a.s);
      e = Math.max(e, a.e);
    }
  }
  return e < 0 ? [sent.s, sent.e] : [s, e];
}

/** "before you write/post/review…": an order put on the review itself (help offered first), not "before you write to us". */
/**
 * "Contact us first", "instead": a gate with nothing after it but the review to come.
 * "We will swap it before it ships" names its own event and gates nothing.
 */
function firstOrInstead(doc: Doc, si: number): boolean {
  const { atoms } = doc.scan;
  const sent = doc.scan.sentences[si]!;
  for (let i = sent.a0; i < sent.a1; i++) {
    const a = atoms[i]!;
    if (!(a.k & K.GATE)) continue;
    const w = doc.norm.text.slice(a.s, a.e);
    if (!/^(?:before|prior to|until)$/.test(w) || REVIEW_GATE.test(doc.norm.text.slice(a.s, a.e + 12))) return true;
  }
  return false;
}

const REVIEW_GATE = /^(?:before|prior to|instead of|rather than)\s+(?:you\s+)?(?:write|post|leave|review|rate|writing|posting|leaving|reviewing|rating)\b(?!\s+(?:to|us)\b)/;
function reviewGate(doc: Doc, si: number): boolean {
  const sent = doc.scan.sentences[si]!;
  const t = doc.norm.text;
  for (let i = sent.a0; i < sent.a1; i++) {
    const a = doc.scan.atoms[i]!;
    if (a.k & K.GATE && REVIEW_GATE.test(t.slice(a.s, a.e + 12))) return true;
  }
  return false;
}

/** A telling verb in the sentence that prescribes content (not "say what you think"). */
function steers(doc: Doc, si: number): boolean {
  const sent = doc.scan.sentences[si]!;
  for (let i = sent.a0; i < sent.a1; i++) {
    const a = doc.scan.atoms[i]!;
    if (a.k & K.TELL && !OPEN_CONTENT.test(doc.norm.text.slice(a.e, a.e + 40))) return true;
  }
  return false;
}

export const rule: Rule = {
  meta: { id: 'positive-review-request', severity: 'error', title: { en: 'Positive review request', zh: '索要好评' }, source: SOURCES.reviews, alsoSource: SOURCES.ftc, insert: true },
  check(doc, report) {
    const { sentences, atoms, wordSent } = doc.scan;
    const mask = doc.scan.mask;
    if (!(mask & K.R) && !(mask & K.SAT)) return;
    const requestSents = new Set(doc.reviewRequests().map((r) => r.sent));
    const requests = requestSents.size > 0;
    for (let si = 0; si < sentences.length; si++) {
      const sent = sentences[si]!;
      const m = sent.mask;
      const next = sentences[si + 1]?.mask ?? 0;
      // 1. Positive qualifier within 3 words of a review noun, in a request
      // (or right before one: "Every 5-star rating counts. Please rate us!").
      if (m & K.R && m & K.POS && (m & (K.ACT | K.ASK | K.CHG | K.CHGX | K.EXC | K.COND) || requestSents.has(si + 1) || WISH.test(doc.norm.text.slice(sent.s, sent.e)))) {
        let hit = false;
        for (let i = sent.a0; i < sent.a1 && !hit; i++) {
          const p = atoms[i]!;
          if (!(p.k & K.POS) || balanced(doc, p.w, p.we)) continue;
          if (p.k & K.R) hit = true;
          for (let j = sent.a0; j < sent.a1 && !hit; j++) {
            const r = atoms[j]!;
            if (r.k & K.R && !(r.k & K.POS) && (Math.abs(r.w - p.we) <= 3 || Math.abs(p.w - r.we) <= 3)) hit = true;
          }
        }
        if (hit) {
          const [s, e] = atomsSpan(doc, si, K.POS | K.R);
          reportSpan(doc, report, s, e, POSITIVE);
          continue;
        }
      }
      // 2. "if you are happy/satisfied…" with a review asked in this or the next sentence.
      if (m & K.SAT && m & K.COND && (m | next) & K.R && (m | next) & (K.ACT | K.ASK)) {
        let hit = false;
        for (let i = sent.a0; i < sent.a1 && !hit; i++) {
          const c = atoms[i]!;
          if (!(c.k & K.COND)) continue;
          if (c.k & K.SAT) hit = true; // Japanese conditional forms carry both
          // The satisfaction word may sit a clause away ("if it is true that
          // our products make you satisfactory"), but not past punctuation.
          for (let j = i + 1; j < sent.a1 && atoms[j]!.w <= c.we + SAT_REACH && wordSent[atoms[j]!.w] === si; j++) {
            const a = atoms[j]!;
            if (a.k & (K.NEG | K.HELP | K.CONTACT) || clauseBreak(doc.norm.text.slice(c.e, a.s))) break;
            if (a.k & K.SAT && !(doc.norm.text.slice(a.s, a.e) === 'like' && wishLike(doc, a.e))) {
              // With the ask only in the next sentence, a condition that has
              // its own main clause ("If you like strong tea, steep it
              // longer.") governs that clause, not the ask after it.
              hit = !!(m & K.R) || !ownConsequent(doc, si, a.e);
              break;
            }
          }
        }
        if (hit) {
          const [s, e] = atomsSpan(doc, si, K.COND | K.SAT | K.R | K.ACT | K.ASK);
          reportSpan(doc, report, s, e, SATISFIED);
          continue;
        }
      }
      // 2b. The condition as a question: "Love the lamp? Then a rating would mean a lot."
      // The request may follow a line about the review ("Loved it? A review
      // helps others. Write a review").
      let then = requestSents.has(si + 1) ? si + 1 : next & K.R && requestSents.has(si + 2) ? si + 2 : -1;
      // A conditional heading ("Enjoyed the lamp?", "Si la lampe vous a
      // plu") governs its section: the request may sit a few lines below it.
      if (then < 0 && m & K.SAT && !(m & (K.NEG | K.R)) && (shortQuestion(doc, si) || m & K.COND) && headingLine(doc, si)) {
        // …up to the next heading that neither asks for a review nor opens a list (":").
        // Only thanks and lines about the review sit between ("Enjoyed it?\nReviews help
        // small shops.\nLeave one here"); usage tips in between start a section of their own.
        for (let j = si + 1; j <= si + 5 && j < sentences.length && (sentences[j]!.mask & (K.R | K.THANKS | K.HELP) || /[:：]\s*$/.test(doc.norm.text.slice(sentences[j]!.s, sentences[j]!.e))); j++) {
          if (requestSents.has(j)) {
            then = j;
            break;
          }
        }
      }
      if (m & K.SAT && !(m & (K.NEG | K.R)) && then > 0 && (shortQuestion(doc, si) || (m & K.COND && headingLine(doc, si)))) {
        const [s1] = atomsSpan(doc, si, K.SAT);
        const [, e1] = atomsSpan(doc, then, K.R | K.ACT | K.ASK);
        reportSpan(doc, report, s1, e1, SATISFIED);
        continue;
      }
      // 2c. Satisfaction taken for granted, then the ask: "Delighted you love it! A review would mean a lot."
      const to = m & K.SAT && !(m & K.NEG) ? (requestSents.has(si) ? si : requestSents.has(si + 1) ? si + 1 : requestSents.has(si + 2) ? si + 2 : -1) : -1;
      if (to >= 0 && PRESUPPOSE.test(doc.norm.text.slice(sent.s, sent.e))) {
        reportSpan(doc, report, atomsSpan(doc, si, K.SAT)[0], atomsSpan(doc, to, K.R | K.ACT | K.ASK)[1], SATISFIED);
        continue;
      }
      // 3. Gating: contact us first/before/instead, about a review (also after
      // a short question: "Something not right? Contact us first.").
      if (m & K.GATE && (m & K.CONTACT || reviewGate(doc, si)) && (m & K.R || (m & K.COND && (requests || (mask & K.R && firstOrInstead(doc, si)))) || (requests && shortQuestion(doc, si - 1)))) {
        const [s, e] = atomsSpan(doc, si, K.GATE | K.CONTACT | K.R | K.COND | K.NEG);
        reportSpan(doc, report, s, e, GATING);
        continue;
      }
      // 4. Telling what to write.
      if (m & K.TELL && m & K.R && m & (K.ASK | K.ACT) && steers(doc, si)) {
        const [s, e] = atomsSpan(doc, si, K.TELL | K.R);
        reportSpan(doc, report, s, e, TELLING);        continue;
      }
      // 5. Handing the buyer a text to post ("copy and paste what you wrote", "we've included your
      // feedback below"), in a message that asks for a review: the content is the seller's pick.
      if (requests) {
        PREWRITTEN.lastIndex = 0;
        const hit = PREWRITTEN.exec(doc.norm.text.slice(sent.s, sent.e));
        if (hit) reportSpan(doc, report, sent.s + hit.index, sent.s + hit.index + hit[0].length, TELLING);
      }
    }
  },
};

// A review that is only about the seller, shipping, delivery, packaging or
// customer service, or about receiving a wrong, damaged, empty or incomplete
// order, belongs in seller feedback, not in product reviews. Any sentence
// about the product itself ("arrived late and the zipper broke") makes it a
// product review: not removable. A claim that the item is fake is a claim
// about the product (an authenticity risk), never this; receiving a used item
// with nothing about the product is (policy §4), and keeps its risk.
import type { Context, GroundDetector } from '../context.ts';
import type { Evidence } from '../types.ts';
import { PRAISED_ARRIVAL, type TaggedSentence, type Topic, fewerThanListed, onlyCondition, onlyWear, substantive } from '../topics.ts';
import { detectRisks } from '../risks.ts';
import { evidence, wordCount } from '../text.ts';
import { EMPTY_ORDER, mayTellEmpty, onlyEmpty } from '../empty-order.ts';
import { incentivized } from './incentivized.ts';
import { wholeComment } from './whole-comment.ts';

// Authenticity words that say the item came used (policy §4 lists "used" with
// wrong and incomplete items). A broken seal or a tampered box is read as a
// doubt about the goods themselves and keeps the review.
const USED = /used|returned|refurbished|second[- ]hand|not (?:brand )?new|gebraucht|Gebrauchsspuren|benutzt|d['’]occasion|usagée?|usad[oa]|usat[oa]|中古|使用済|二手|用过/iu;

// "Wrong colour" over "Ordered black, received white": once another sentence
// says a different thing was sent, a bare wrong-item remark is that order's
// complaint too. Words about the listing ("than pictured", "the description")
// keep it a listing mismatch.
const WRONG_ITEM = /(?<![\p{L}])(?:(?:wrong|different) (?:item|product|colou?r|size|model|one|thing|style|version|book|flavou?r|scent)s?|not (?:what|the (?:one|item|product|colou?r|size|model)) (?:I|we) ordered)(?![\p{L}])/iu;
const LISTING = /pictur|photo|image|descri|listing|advertis|\bad\b|website|shown|page/iu;
const SENT = /(?:received|got|getting|sent|delivered|came|shipped)/iu;
const LUKEWARM = /^\W*(?:(?:the )?(?:product|item|it|quality)(?: is| was|['’]s)? )?not (?:that|so|very|really|too) (?:great|good|nice|impressive|effective)(?![\p{L}])/iu;
const STATED_MEASURE = /(?:showing|shown|shows|listed|mentioned|written|says|said|claimed|advertised|stated)(?: \p{L}+){0,3} \d+(?:[.,]\d+)? ?(?:ml|l|ltr|litres?|liters?|g|gm|gms|grams?|kg|oz|pcs|pieces|cm|mm|inch(?:es)?)(?![\p{L}])[^.!?\n]{0,60}?(?:received|got|delivered|came|sent|only)|(?:received|got|delivered|came|sent)(?: \p{L}+){0,3} \d+(?:[.,]\d+)? ?(?:ml|l|ltr|g|gm|gms|grams?|kg|oz|pcs|pieces)(?![\p{L}])[^.!?\n]{0,60}?(?:showing|shown|listed|mentioned|written|advertised|stated|instead of)/iu;
const EXPECTED = /not what (?:I|we) (?:thought|expected|was expecting|were expecting|had in mind)/iu;

// "Arrived broken, and not what is displayed on the listing": a comparison with the
// listing is the listing's mismatch (not-as-described), however the arrival is told.
const AGAINST_LISTING = /(?<![\p{L}])(?:not (?:as|what) (?:is |was |were |are |it |they )?(?:described|pictured|advertised|shown|displayed|listed)|nothing like the (?:pictures?|photos?|images?|pics?|description|listing)|(?:does ?n['’]?t|does not|did ?n['’]?t|did not) match (?:the |its )?(?:description|picture|photo|listing|ad)|(?:different|differs) from (?:the )?(?:pictures?|photos?|description|listing)|(?:misleading|false) (?:listing|description|pictures?|photos?))(?![\p{L}])/iu;

// "Broken" over "The box was crushed and it arrived broken": a bare damage
// word is the arrival's damage once another sentence says it came that way.
// "Handle was cracked" too: a part named, then only the damage.
const DAMAGE_ONLY = /^(?:(?:the |my |its |a )?(?:\p{L}+ ){0,2}(?:was|were|is|are|got)\s+|(?:arrived|came|received|item|product|totally|completely)\s+)?(?:broken|cracked|damaged|smashed|shattered|crushed|dented|bent|in pieces)(?: in the (?:box|package|parcel|mail))?[\s!.]*$/iu;
const DAMAGED = /damag|broke|crack|crush|smash|shatter|dent|bent|pieces|leak|spill|torn|ripped|squash/iu;

// "This book arrived with glue on the bottom pages": the bare verb says how the item
// came, and only words of an order gone wrong (late, lost, damaged, wrong, missing,
// opened) make that the order's complaint. Otherwise the sentence reads as unknown.
const ORDER_WENT_WRONG = /late|delay|slow|week|days?\b|month|never|still|yet|lost|stolen|wrong|missing|without|incomplete|empty|damag|broke|crack|crush|dent|bent|smash|shatter|leak|spill|torn|ripped|wet|soak|melt|open|used|dirty|early|time|neighbo|door|porch|address|box|package|pack|parcel|wrap|courier|driver|carrier|mail|post|ship|track|refund|return|replace|seller|amazon/iu;
const bareArrival = (s: TaggedSentence): boolean => !!s.bareArrival && s.tags.has('delivery') && !ORDER_WENT_WRONG.test(s.text.replace(/arriv\p{L}*|deliver\p{L}*|shipped|ships/giu, ''));
const notOrder = (s: TaggedSentence): TaggedSentence => ({ ...s, tags: new Set([...s.tags].filter((t) => t !== 'delivery')) as Set<Topic> });

/** Read a sentence as the order's: its product and listing words describe what was sent. */
const asOrder = (s: TaggedSentence): TaggedSentence => ({ ...s, tags: new Set([...s.tags].filter((t) => t !== 'mismatch' && t !== 'product').concat('delivery')) as Set<Topic> });

function rereadWrongItem(sentences: readonly TaggedSentence[]): readonly TaggedSentence[] {
  const arrival = sentences.filter((s) => s.tags.has('delivery') && !s.tags.has('product') && !LISTING.test(s.text));
  const sent = arrival.some((s) => SENT.test(s.text));
  const damaged = arrival.some((s) => DAMAGED.test(s.text) && !DAMAGE_ONLY.test(s.text));
  if (!sent && !damaged) return sentences;
  return sentences.map((s) => {
    if (sent && s.tags.has('mismatch') && !s.tags.has('product') && WRONG_ITEM.test(s.text) && !LISTING.test(s.text)) return asOrder(s);
    if (damaged && DAMAGE_ONLY.test(s.text)) return asOrder(s);
    return s;
  });
}

// "Broken inside a perfectly packed box", "the parcel was intact": damage that the
// reviewer says did not happen on the way is the product's (corpus conventions).
// Also "the box was fine, so that happened at the factory": the reviewer rules the trip out.
export const GOOD_PACKING = /(?:box|package|packaging|parcel|carton|outer box|shipping box)(?: \p{L}+)? (?:was|were|is|looked|arrived|came)(?: \p{L}+)? (?:fine|ok|okay|good|great|intact|undamaged|perfect|flawless|pristine|unharmed|untouched)(?![\p{L}])|(?:didn['’]?t|did not|couldn['’]?t|could not|can['’]?t|cannot|wasn['’]?t|was not|not) (?:have )?(?:happen(?:ed)?|(?:get|got|been) (?:damaged|broken|bent|cracked)) (?:in|during) (?:transit|shipping|delivery|the mail)|(?:well|perfectly|carefully|properly|securely|nicely|tightly) (?:packed|packaged|wrapped|boxed)|(?:box|package|packaging|parcel|carton|outer box) (?:was |were |is |looked |arrived )?(?:completely |totally |perfectly )?(?:intact|undamaged|(?:in )?perfect (?:condition|shape)|not damaged)|(?:left|came from|shipped from) the (?:factory|manufacturer)|manufactur\p{L}* (?:defect|fault|flaw)|gut verpackt|bien emball|bien empaquetad|ben imballat|梱包は(?:丁寧|問題な|綺麗|きれい)|包装(?:完好|很好)/iu;

// "Arrived broken in the left speaker": a part that does not work is the product's
// defect (corpus conventions), even when told as the arrival. A part that came
// cracked or dented is still transit damage.
export const BROKEN_PART = /(?<![\p{L}])(?:broken|not working|defective|faulty|dead) (?:in|on|at) (?:the |its |my |one )?(?:\p{L}+ )?(?!(?:box|boxes|package|packaging|parcel|carton|transit|shipping|delivery|mail|post|arrival|way|two|half|pieces|places)(?![\p{L}]))\p{L}+/iu;

// "Listed as new", "the condition it was in", "pre-owned": the review is about the
// state the unit was sent in, so dents, stains and torn pages are that state.
const AS_RECEIVED = /(?<![\p{L}])(?:(?:bought|ordered|purchased|paid for|listed as|sold as|supposed to be|advertised as|described as|says|said)(?: (?:it|this|a|as|brand|like))* new|not (?:a |brand )?new|wasn['’]?t (?:a )?new|pre-?owned|condition|when (?:it|they|the \p{L}+|my \p{L}+) (?:came|arrived|got here)|(?:^|I |we )(?:received|got) (?:it|them|the|my|this))(?![\p{L}])/iu;

const ORDER_TOPICS: readonly Topic[] = ['seller', 'delivery', 'packaging', 'amazon'];

export const sellerFeedback: GroundDetector = {
  id: 'seller-feedback',
  kinds: ['review'],
  detect(ctx) {
    // Any product sentence (but a bare damage word, read below) rules the ground out: skip all the reading.
    // A unit said to have come used: wear and dirt on it are how it was sent (policy §4).
    const cameUsed = ctx.sentences.some((s) => s.tags.has('delivery') && USED.test(s.text));
    // A sentence says how the unit came ("when I got the fridge", "listed as new"): its state is the order's (corpus house rules).
    const received = cameUsed || ctx.sentences.some((s) => (s.tags.has('delivery') && !PRAISED_ARRIVAL.test(s.text)) || AS_RECEIVED.test(s.text));
    const asSent = (s: TaggedSentence): boolean => (cameUsed && s.tags.has('product') && onlyWear(s.text)) || (received && !s.tags.has('seller') && (s.tags.has('product') || s.tags.has('delivery') || substantive(s).length === 0) && onlyCondition(s.text));
    // "It was listed as new.": said beside a state it came in, that is the order's story too.
    const stated = received && ctx.sentences.some((s) => !s.tags.has('seller') && onlyCondition(s.text));
    const asClaimed = (s: TaggedSentence): boolean => stated && substantive(s).length === 0 && !s.tags.has('product') && AS_RECEIVED.test(s.text) && wordCount(s.text, 13) <= 12;
    // A sentence that only says the thing was not in the case ("NO DISC NO MANUAL!!!") speaks of the order, whatever product words it holds.
    const cue = mayTellEmpty(ctx.fields);
    const product = ctx.sentences.filter((s) => s.tags.has('product') && !asSent(s) && !(cue && onlyEmpty(s.text)));
    if (product.length > 1 || (product.length === 1 && !DAMAGE_ONLY.test(product[0]!.text))) return [];
    // "Shipping costs more than the item": every order word is about a charge, so the price is the complaint (pricing-availability).
    const order = ctx.sentences.filter((s) => ORDER_TOPICS.some((t) => s.tags.has(t)));
    if (order.length && order.every((s) => s.tags.has('price')) && !(cue && ctx.sentences.some((s) => EMPTY_ORDER.test(s.text)))) return [];
    if (GOOD_PACKING.test(ctx.sentences.map((s) => s.text).join(' ')) && ctx.sentences.some((s) => DAMAGED.test(s.text))) return [];
    if (ctx.sentences.some((s) => BROKEN_PART.test(s.text))) return [];
    if (fewerThanListed(ctx.fields)) return [];
    if (ctx.sentences.some((s) => s.tags.has('mismatch') && AGAINST_LISTING.test(s.text) && !WRONG_ITEM.test(s.text))) return [];
    // "Not that great, and the packaging is so bad": a lukewarm verdict that opens the review judges the thing itself.
    if (LUKEWARM.test(ctx.sentences[0]?.text ?? '')) return [];
    // "Showing 120 ml but received a 100 ml tube": a measure the listing states, and a different one received, is the listing's mismatch.
    if (ctx.sentences.some((s) => STATED_MEASURE.test(s.text))) return [];
    // "12 packs, as shown in the picture … not what I thought I was getting": the listing set the expectation.
    if (ctx.sentences.some((s) => EXPECTED.test(s.text)) && ctx.sentences.some((s) => LISTING.test(s.text) && !SENT.test(s.text))) return [];
    // Only a review with a listing-mismatch sentence or a bare damage word needs the second reading.
    const worn = ctx.sentences.map((s) => (asSent(s) || asClaimed(s) ? asOrder(s) : bareArrival(s) ? notOrder(s) : s));
    const sentences = product.length || worn.some((s) => s.tags.has('mismatch')) ? rereadWrongItem(worn) : worn;
    const found = wholeComment(
      ctx,
      ['seller', 'delivery', 'packaging', 'amazon', 'price', 'availability'],
      ['seller', 'delivery', 'packaging', 'amazon'],
      // "Wrong product delivered": the mismatch is the delivery's.
      [['delivery', 'mismatch']],
      true,
      sentences,
    );
    const empty = found.length === 0 && cue ? emptyOrder(ctx, sentences) : undefined;
    // "The company sent me this free to review": the sending is the incentive, not an order complaint.
    if ((found.length === 0 && !empty) || incentivized.detect(ctx).length) return [];
    if (found.length === 0 && empty) found.push(empty);
    // The quote keeps the page's own spaces: read the plain-space text at the evidence.
    const said = (e: { field: string; start: number; end: number }): string => ctx.fields.find((f) => f.field === e.field)!.text.slice(e.start, e.end);
    // With the thing itself missing, an opened or tampered case says how it went missing, not that the goods are fake.
    const missing = found[0] === empty;
    const fake = detectRisks(ctx.fields).evidence.some((e) => e.id === 'authenticity-risk' && !(USED.test(said(e)) && !/open|seal|tamper|開封|拆/iu.test(said(e))) && !(missing && /open|seal|tamper|wrap/iu.test(said(e))));
    return fake ? [] : found;
  },
};

/**
 * The first sentence saying the case came without the thing, when no other
 * sentence speaks of the product or the listing: a buyer who never had the
 * product cannot have judged it, so the rest is that order's story.
 */
function emptyOrder(ctx: Context, sentences: readonly TaggedSentence[]): Evidence | undefined {
  const anchor = sentences.find((s) => EMPTY_ORDER.test(s.text));
  if (!anchor) return undefined;
  if (sentences.some((s) => (s.tags.has('product') || s.tags.has('mismatch')) && !onlyEmpty(s.text))) return undefined;
  const f = ctx.fields.find((x) => x.field === anchor.field);
  return f && evidence(f, { start: anchor.start, end: Math.min(anchor.end, anchor.start + 300) });
}

// Word classes the lexicon assigns to words and phrases. Rules reason about
// which classes occur together in a sentence (and, for a few, how close),
// so "refund ... if you update your review" is caught in any clause order.
export const K = {
  /** A review, rating or feedback noun (any language). */
  R: 1 << 0,
  /** The noun is seller *feedback* rather than a product review. */
  FB: 1 << 1,
  /** Buyer writes/leaves/posts/rates (the act of reviewing). */
  ACT: 1 << 2,
  /** English change verb: update, remove, revise… (must sit right before/after the noun). */
  CHG: 1 << 3,
  /** Change verb in DE/FR/ES/IT/JA/ZH: free word order, same sentence is enough. */
  CHGX: 1 << 4,
  /** Something of value: refund, gift card, coupon, free product, money. */
  INC: 1 << 5,
  /** Of value only when traded for a review change: replacement, upgrade. */
  INCW: 1 << 6,
  /** Exchange connector: "in return", "as a thank you", "for leaving". */
  EXC: 1 << 7,
  /** Positive qualifier: positive, 5-star, glowing, good. */
  POS: 1 << 8,
  /** Satisfaction word: happy, satisfied, love (gating when conditional). */
  SAT: 1 << 9,
  /** Conditional: if, wenn, si, se. */
  COND: 1 << 10,
  /** Negation. */
  NEG: 1 << 11,
  /** Gating order: first, before, instead of. */
  GATE: 1 << 12,
  /** Contact verb. */
  CONTACT: 1 << 13,
  /** Telling the buyer what to write: mention, say, highlight. */
  TELL: 1 << 14,
  /** Marketing: coupon code, % off, new arrivals, follow us. */
  PROMO: 1 << 15,
  /** Off-platform messaging app. */
  OFFP: 1 << 16,
  /** The seller's own site/shop/chat (a channel only next to a contact verb). */
  SITE: 1 << 17,
  /** Social network (a channel next to a contact verb). */
  SOCIAL: 1 << 18,
  /** The buyer's personal contact data: "your email", "your phone number". */
  PII: 1 << 19,
  /** Request marker: please, could you, we'd appreciate. */
  ASK: 1 << 20,
  /** Moving the conversation off Amazon: "email us", "contact us directly". */
  MOVE: 1 << 21,
  /** Obscene, sexual or abusive word. */
  ADULT: 1 << 22,
  /** A permitted reason to write: problem, return, manual, invoice. */
  REASON: 1 << 23,
  /** Order/shipping confirmation or thanks. */
  THANKS: 1 << 24,
  /** Critical to completing the order: address, customisation, scheduling. */
  CRIT: 1 << 25,
  /** Generic help offer: "if you have any questions", "feel free". */
  HELP: 1 << 26,
  /** Words allowed between a change verb and the review noun. */
  FILL: 1 << 27,
  /** Reference to Amazon's own messaging ("via Amazon messages"). */
  AMZ: 1 << 28,
  /** How-to words that restate a request rather than make a new one: click, link, below, button. */
  HOWTO: 1 << 29,
  /** The buyer receives something: get, receive, claim, unlock, "everyone who…" (a reward's other half). */
  GAIN: 1 << 30,
} as const;

export type KindName = keyof typeof K;

/** Entry flags (not kinds). */
export const F = {
  /** "review": a verb after "we will", "to", "please"… */
  AMBIG_REVIEW: 1,
  /** "line", "zoom": the app only in capitals, capitalised after "on/via", or before a handle. */
  CAPS_ONLY: 2,
} as const;

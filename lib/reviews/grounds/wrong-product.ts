// The reviewer says the review is about a different product than the listing
// ("meant to post this on the blender", "wrong listing, sorry"). Receiving the
// wrong item is an order problem, not this ground.
import type { Context, GroundDetector } from '../context.ts';
import { evidence, findAll, lexicon } from '../text.ts';
import type { Evidence } from '../types.ts';

const WRONG = lexicon([
  `(?:this|my) review (?:is|was) (?:actually |really )?(?:meant |supposed to be |intended )?(?:for|about) (?:a |the |my |another |an? )?(?:different|other|older|previous|old|\\p{L}+ brand)`,
  `(?:this|my) review (?:is|was) (?:meant|supposed|intended) (?:to be )?for`,
  `(?:meant|supposed|intended|wanted) to (?:review|rate) (?:the|my|a|another|an)`,
  `(?:meant|supposed|intended|wanted) to (?:post|put|leave|write) (?:this|my|the) (?:review|rating) (?:on|for|under)`,
  `(?:posted|left|wrote|put) (?:this|my|the) (?:review|rating) (?:on|for|under) the wrong (?:product|item|listing|page)`,
  `wrong (?:product|item|listing|page),? (?:sorry|oops)`, `review(?:ing|ed)? the wrong (?:product|item|listing|thing)`, `(?:on|for) the wrong (?:listing|product page)`,
  `(?:I'?m|I am) (?:actually )?reviewing (?:the|my) (?:other|old|older|previous|\\p{L}+ brand)`,
  `this (?:review|rating) (?:is|was) for (?:the|my) \\p{L}+ (?:I|that I|we) (?:bought|got|ordered) (?:at|from|elsewhere|somewhere)`,
  `(?:this|my) review (?:belongs|should go) (?:on|to|with)`,
]);

export const wrongProduct: GroundDetector = {
  id: 'wrong-product',
  kinds: ['review'],
  detect(ctx: Context): Evidence[] {
    const out: Evidence[] = [];
    for (const f of ctx.fields) for (const m of findAll(WRONG, f.text, 5)) out.push(evidence(f, m));
    return out;
  },
};

// A review only about the price or availability ("price doubled overnight",
// "always out of stock"). "Not worth the money, it broke" is about the product.
// "Item not available" above a delivery complaint ("got the gift box only")
// is about the order that went wrong, not about stock: no price, no ground.
// A price told to advertise another store, or as the reward for a review,
// belongs to promotional or incentivized, not here.
import type { GroundDetector } from '../context.ts';
import { incentivized } from './incentivized.ts';
import { promotional } from './promotional.ts';
import { EMPTY_ORDER, mayTellEmpty } from '../empty-order.ts';
import { detectRisks } from '../risks.ts';
import { wholeComment } from './whole-comment.ts';
import { fewerThanListed } from '../topics.ts';

// "At that price I expected better", "for the price the quality is meh": the
// price is the yardstick for a verdict on the product, which keeps the review.
// (A small pack for the money is still a price complaint.)
// "could have been sturdier", "should be bigger": a comparative verdict measured against the price.
// "It ok game, I would wait for a price drop": a verdict on the thing beside the price advice.
// "Use your 15 bucks on anything else": advice not to buy it at all, not a word on the price.
// "Rausgeworfenes Geld, jeder Euro tut weh" (money thrown away): a verdict on the thing, in any language.
const VERDICT = /(?<![\p{L}])(?:(?:small|tiny|thin|flimsy|short|light|weak|little|big|large|good|great|nice|decent|bad|poor|cheaply made|fragile|ok|okay|fine|alright|all right|acceptable|fair|not bad|average|mediocre|solid)(?: \p{L}+)? for the (?:price|cost|money|amount)|(?:ok|okay|fine|good|decent|nice|great|alright|all right|worth it|not bad|average) (?:at|for) (?:this|that|such a|such|the) (?:price|cost|rate|amount)|(?:may|might|could|would) (?:be )?worth (?:it|the (?:price|money|cost))|wasted (?:my |\$|€|£)?\d+|^\W*(?:ok|okay|fine|good|decent|nice|great|alright|works? (?:well|fine|great))(?:,| but| though| yet)|wasted my money|waste of (?:money|cash)|(?:raus|hinaus|heraus)?(?:geworfen|geschmissen)es Geld|verschwendetes Geld|Geldverschwendung|schade ums? (?:das )?Geld|argent (?:jeté|gaspillé)|gaspillage d['’]argent|(?:dinero|plata) tirad[oa]|pérdida de dinero|soldi (?:buttati|sprecati)|spreco di (?:soldi|denaro)|(?:use|spend|put|save) (?:your|the|that) (?:[$€£]?\d+ )?(?:bucks|dollars|euros|pounds|money|cash)(?: \p{L}+){0,2} (?:on|towards?|for) (?:literally )?(?:anything|something) else|(?:ok|okay|good|great|nice|decent|fun|fine|solid|mediocre|average|cute) (?:game|book|product|item|movie|film|toy|album|show|set)s?|quality|expected|expecting|tastes?|works?|worked|broke\p{L}*|(?:should|could|would|must)(?:n['’]?t)?(?: (?:of|have|'ve|’ve))?(?: been| be) (?:\p{L}+ )?(?!cheaper|pricier|costlier|dearer)\p{L}+er|better|worse)(?![\p{L}])|(?:値段|価格|値)(?:相応|なり)|安かろう|品質|性能|一分钱一分货|质量/iu;

const REFUND = /refund|返金|退款|rembours|reembols|rimbors|erstatt/iu;

export const pricingAvailability: GroundDetector = {
  id: 'pricing-availability',
  kinds: ['review'],
  detect(ctx) {
    const found = wholeComment(ctx, ['price', 'availability', 'amount', 'seller', 'delivery', 'packaging', 'amazon'], ['price', 'availability'], [], true);
    if (found.length && ctx.sentences.some((s) => s.tags.has('price') && VERDICT.test(s.text))) return [];
    if (found.length && !ctx.sentences.some((s) => s.tags.has('price')) && ctx.sentences.some((s) => s.tags.has('delivery'))) return [];
    // "They send a cheap copy for about the same price": the complaint is the fake, not the price.
    if (found.length && detectRisks(ctx.fields).risks.includes('authenticity-risk')) return [];
    // "Pack of 5, only one came; the price is excessive for one": the shortfall against the listing is the complaint.
    if (found.length && fewerThanListed(ctx.fields)) return [];
    // "Paid $60 and got an empty box": the order never came, which is no word on the price.
    if (found.length && mayTellEmpty(ctx.fields) && ctx.sentences.some((s) => EMPTY_ORDER.test(s.text))) return [];
    // "They refunded $40 but only $30 arrived": every amount is a refund's, which is the seller's business, not the price.
    const priced = ctx.sentences.filter((s) => s.tags.has('price'));
    if (found.length && priced.length && priced.every((s) => REFUND.test(s.text))) return [];
    // "Half the price at Costco", "got it at a discount in exchange for a review": the
    // price is how the ad or the incentive is told; that ground is the one to report.
    if (found.length && (promotional.detect(ctx).length || incentivized.detect(ctx).length)) return [];
    return found;
  },
};

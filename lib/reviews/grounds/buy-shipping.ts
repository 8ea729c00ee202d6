// Negative feedback on a seller-fulfilled order that is entirely about a late
// or undelivered package: Amazon strikes the rating through when the order was
// shipped on time with Buy Shipping (policy, feedback removal criteria). The
// text cannot show how it was shipped, so this ground is conditional: it never
// makes the item removable, it asks the seller to check.
import type { Context } from '../context.ts';
import { findAll, lexicon } from '../text.ts';
import type { ConditionalGround } from '../types.ts';
import { wholeComment } from './whole-comment.ts';

const LATE_OR_LOST = lexicon(
  [
    `late`, `(?:days|weeks) late`, `delayed`, `never (?:arrived|came|received|got (?:it|them|my)|delivered|showed up)`, `(?:did not|didn'?t|has not|hasn'?t|have not|haven'?t) (?:arrive|come|receive|get (?:it|them|my)|been delivered|showed? up)`,
    `not (?:yet )?(?:arrived|received|delivered)`, `still (?:waiting|hasn'?t|has not|not)`, `lost in (?:transit|the mail)`, `took (?:\\w+ )?(?:weeks|forever|a month)`, `(?:long|slow) (?:delivery|shipping)`,
    `verspätet`, `zu spät`, `nie angekommen`, `nicht (?:angekommen|erhalten|geliefert)`, `en retard`, `jamais (?:reçu|arrivé|livré)`, `pas (?:encore )?(?:reçu|arrivé|livré)`,
    `retraso`, `tarde`, `nunca (?:llegó|recibí)`, `no (?:ha )?llegado`, `in ritardo`, `mai (?:arrivato|ricevuto|consegnato)`, `non (?:è )?(?:arrivato|ricevuto|consegnato)`,
  ],
  ['届かな', '届いていな', '遅延', '遅れ', '未着', '没收到', '未收到', '延迟', '迟迟', '太慢'],
);

export function buyShipping(ctx: Context): ConditionalGround[] {
  if (ctx.kind !== 'feedback' || ctx.item.fulfilledBy === 'amazon' || ctx.item.rating > 3) return [];
  if (!ctx.fields.some((f) => findAll(LATE_OR_LOST, f.text, 1).length > 0)) return [];
  return wholeComment(ctx, ['delivery'], ['delivery']).map((e) => ({ id: 'buy-shipping' as const, ...e }));
}

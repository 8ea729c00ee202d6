// Review / seller-feedback removal classifier. PURE: no browser, DOM or Node
// APIs, so it runs in the extension's service worker and in the CLI alike.
//
//   classifyReview(item, now) -> { removable, grounds, conditionalGrounds, struckByAmazon, reason, rootCauses, risks, riskEvidence, deadlines }
//
// Precision first: a ground fires only on clear evidence, and a harsh but
// genuine complaint is reported as not removable.
import { createContext } from './context.ts';
import { deadlinesFor } from './deadlines.ts';
import { splitAmazonNote } from './amazon-note.ts';
import { buyShipping } from './grounds/buy-shipping.ts';
import { DETECTORS } from './grounds/index.ts';
import { reasonFor } from './reason.ts';
import { detectRisks } from './risks.ts';
import { rootCauses } from './root-causes.ts';
import type { Classification, ConditionalGround, Ground, ReviewItem } from './types.ts';

export function classifyReview(item: ReviewItem, now: Date | string): Classification {
  // Amazon's appended FBA note is not the buyer's text: classify without it.
  // The comment is a prefix of the body, so offsets stay exact.
  const split = item.kind === 'feedback' ? splitAmazonNote(item.body) : null;
  const struckByAmazon = split?.note != null;
  const ctx = createContext(struckByAmazon ? { ...item, body: split!.comment } : item);
  const grounds: Ground[] = [];
  const conditionalGrounds: ConditionalGround[] = [];
  // Already struck through: nothing to report, so no ground is claimed.
  if (!struckByAmazon) {
    for (const d of DETECTORS) {
      if (!d.kinds.includes(ctx.kind)) continue;
      for (const e of d.detect(ctx)) grounds.push({ id: d.id, ...e });
    }
    if (grounds.length === 0) conditionalGrounds.push(...buyShipping(ctx));
  }
  const deadlines = deadlinesFor(item, now);
  const { risks, evidence } = detectRisks(ctx.fields);
  return {
    removable: grounds.length > 0,
    grounds,
    conditionalGrounds,
    struckByAmazon,
    reason: reasonFor(ctx, grounds, deadlines, { conditionalGrounds, struckByAmazon }),
    rootCauses: rootCauses(ctx.fields, {
      rating: item.rating,
      safety: risks.includes('safety-risk'),
      aboutProduct: ctx.sentences.some((s) => s.tags.has('product')),
      sentences: ctx.sentences,
      authenticity: risks.includes('authenticity-risk'),
      grounds: grounds.map((g) => g.id),
    }),
    risks,
    riskEvidence: evidence,
    deadlines,
  };
}

export * from './types.ts';
export { CONDITIONAL_GROUNDS, GROUNDS, ROOT_CAUSE_LABELS, RISK_LABELS, type ConditionalGroundInfo, type GroundInfo, type Localized } from './labels.ts';
export { splitAmazonNote, type AmazonNote, type NoteLang, type SplitNote } from './amazon-note.ts';
export { CONTACT_BUYER, DEADLINE_RULES, FEEDBACK_REMOVAL, REVIEW_REPORT, type DeadlineRule, deadlinesFor } from './deadlines.ts';
export { isVine } from './grounds/vine.ts';

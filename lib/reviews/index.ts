// Review / seller-feedback removal classifier. PURE: no browser, DOM or Node
// APIs, so it runs in the extension's service worker and in the CLI alike.
//
//   classifyReview(item, now) -> { removable, grounds, reason, rootCauses, risks, riskEvidence, deadlines }
//
// Precision first: a ground fires only on clear evidence, and a harsh but
// genuine complaint is reported as not removable.
import { createContext } from './context.ts';
import { deadlinesFor } from './deadlines.ts';
import { DETECTORS } from './grounds/index.ts';
import { reasonFor } from './reason.ts';
import { detectRisks } from './risks.ts';
import { rootCauses } from './root-causes.ts';
import type { Classification, Ground, ReviewItem } from './types.ts';

export function classifyReview(item: ReviewItem, now: Date | string): Classification {
  const ctx = createContext(item);
  const grounds: Ground[] = [];
  for (const d of DETECTORS) {
    if (!d.kinds.includes(ctx.kind)) continue;
    for (const e of d.detect(ctx)) grounds.push({ id: d.id, ...e });
  }
  const deadlines = deadlinesFor(item, now);
  const { risks, evidence } = detectRisks(ctx.fields);
  return {
    removable: grounds.length > 0,
    grounds,
    reason: reasonFor(ctx, grounds, deadlines),
    rootCauses: rootCauses(ctx.fields, {
      rating: item.rating,
      safety: risks.includes('safety-risk'),
      aboutProduct: ctx.sentences.some((s) => s.tags.has('product')),
    }),
    risks,
    riskEvidence: evidence,
    deadlines,
  };
}

export * from './types.ts';
export { GROUNDS, ROOT_CAUSE_LABELS, RISK_LABELS, type GroundInfo, type Localized } from './labels.ts';
export { CONTACT_BUYER, DEADLINE_RULES, FEEDBACK_REMOVAL, REVIEW_REPORT, type DeadlineRule, deadlinesFor } from './deadlines.ts';
export { isVine } from './grounds/vine.ts';

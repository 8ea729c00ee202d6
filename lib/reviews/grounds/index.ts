// Every ground, in the order of GROUND_IDS. Adding a ground = one file here.
import type { GroundDetector } from '../context.ts';
import { conflictOfInterest } from './conflict-of-interest.ts';
import { fbaFulfillment } from './fba-fulfillment.ts';
import { illegalDangerous } from './illegal-dangerous.ts';
import { incentivized } from './incentivized.ts';
import { offTopic } from './off-topic.ts';
import { personalInfo } from './personal-info.ts';
import { pricingAvailability } from './pricing-availability.ts';
import { productReview } from './product-review.ts';
import { profanity } from './profanity.ts';
import { promotional } from './promotional.ts';
import { sellerFeedback } from './seller-feedback.ts';
import { spam } from './spam.ts';
import { wrongProduct } from './wrong-product.ts';

export const DETECTORS: readonly GroundDetector[] = [
  profanity,
  personalInfo,
  promotional,
  sellerFeedback,
  pricingAvailability,
  offTopic,
  incentivized,
  wrongProduct,
  spam,
  productReview,
  fbaFulfillment,
  conflictOfInterest,
  illegalDangerous,
];

// Every rule, in RULE_IDS order (a test checks that each id has exactly one).
import type { Rule } from '../rule.ts';
import { rule as adultContent } from './adult-content.ts';
import { rule as buyerOptedOut } from './buyer-opted-out.ts';
import { rule as customPhrase } from './custom-phrase.ts';
import { rule as emailAddress } from './email-address.ts';
import { rule as emoji } from './emoji.ts';
import { rule as excessLineBreaks } from './excess-line-breaks.ts';
import { rule as externalLink } from './external-link.ts';
import { rule as htmlMarkup } from './html-markup.ts';
import { rule as insecureLink } from './insecure-link.ts';
import { rule as missingOrderId } from './missing-order-id.ts';
import { rule as noPermittedReason } from './no-permitted-reason.ts';
import { rule as offPlatformContact } from './off-platform-contact.ts';
import { rule as outsideWindow } from './outside-window.ts';
import { rule as personalInfoRequest } from './personal-info-request.ts';
import { rule as phoneNumber } from './phone-number.ts';
import { rule as positiveReviewRequest } from './positive-review-request.ts';
import { rule as promotion } from './promotion.ts';
import { rule as repeatReviewRequest } from './repeat-review-request.ts';
import { rule as reviewChangeRequest } from './review-change-request.ts';
import { rule as reviewIncentive } from './review-incentive.ts';
import { rule as tooLong } from './too-long.ts';
import { rule as trackingLink } from './tracking-link.ts';
import { rule as wrongLanguage } from './wrong-language.ts';
import { rule as reviewRequestWindow } from './review-request-window.ts';
import { rule as criticalReasonMisuse } from './critical-reason-misuse.ts';
import { rule as amazonStoreLink } from './amazon-store-link.ts';
import { rule as attachmentReason } from './attachment-reason.ts';

export const ALL_RULES: readonly Rule[] = [
  emailAddress,
  insecureLink,
  trackingLink,
  externalLink,
  phoneNumber,
  emoji,
  reviewIncentive,
  reviewChangeRequest,
  positiveReviewRequest,
  repeatReviewRequest,
  promotion,
  personalInfoRequest,
  offPlatformContact,
  adultContent,
  outsideWindow,
  missingOrderId,
  noPermittedReason,
  htmlMarkup,
  tooLong,
  excessLineBreaks,
  wrongLanguage,
  buyerOptedOut,
  reviewRequestWindow,
  criticalReasonMisuse,
  amazonStoreLink,
  attachmentReason,
  customPhrase,
];

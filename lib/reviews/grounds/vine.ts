// Amazon Vine: free products given by Amazon's own programme. Vine reviews are
// allowed and labelled by Amazon, so they are never "incentivized".
import type { ReviewItem } from '../types.ts';

const VINE_TEXT = /(?<![\p{L}])(?:Amazon\s)?Vine(?:\s|-)?(?:Customer|Voice|Kunden|client|cliente|Recensione|Programm|program|メンバー)|Amazon\sVine|Vine\s?(?:メンバー|会员)/iu;

export function isVine(item: Pick<ReviewItem, 'vine' | 'title' | 'body'>): boolean {
  if (item.vine === true) return true;
  return VINE_TEXT.test(item.title ?? '') || VINE_TEXT.test(item.body ?? '');
}

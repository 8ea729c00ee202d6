// Which Seller Central page is this? Decided from the URL alone (host + path),
// never from English labels, so it works in every UI language.
import { isSellerCentralHost } from './hosts.ts';

export const PAGE_KINDS = ['brand-reviews', 'feedback-manager', 'contact-buyer', 'request-review', 'inbox', 'order-details'] as const;
export type PageKind = (typeof PAGE_KINDS)[number];

const ROUTES: ReadonlyArray<[RegExp, PageKind]> = [
  [/^\/brand-customer-reviews(\/|$)/i, 'brand-reviews'],
  [/^\/feedback-manager(\/|$)/i, 'feedback-manager'],
  [/^\/messaging\/contact(\/|$)/i, 'contact-buyer'],
  [/^\/messaging\/reviews(\/|$)/i, 'request-review'],
  // inbox-v3 today; inbox-v2 and the plain inbox on older accounts.
  [/^\/messaging\/inbox(-v\d+)?(\/|$)/i, 'inbox'],
  // An order's page: Request a Review may load into it in place.
  [/^\/orders-v3\/order\/\d{3}-\d{7}-\d{7}(\/|$)/i, 'order-details'],
];

/** The page kind for a URL, or null for any page ReviewGuard leaves alone. */
export function pageKindOf(url: string | URL): PageKind | null {
  let u: URL;
  try {
    u = typeof url === 'string' ? new URL(url) : url;
  } catch {
    return null;
  }
  if (u.protocol !== 'https:' || !isSellerCentralHost(u.hostname)) return null;
  for (const [re, kind] of ROUTES) if (re.test(u.pathname)) return kind;
  return null;
}

// Every Seller Central host (shared/spec/seller-central-dom.md, "Hosts").
// The manifest's host permissions and the content script's matches are built
// from this one list, so the two can never drift apart.
export const SELLER_CENTRAL_HOSTS = [
  'sellercentral.amazon.com',
  'sellercentral.amazon.ca',
  'sellercentral.amazon.com.mx',
  'sellercentral.amazon.com.br',
  'sellercentral-europe.amazon.com',
  'sellercentral.amazon.co.uk',
  'sellercentral.amazon.de',
  'sellercentral.amazon.fr',
  'sellercentral.amazon.it',
  'sellercentral.amazon.es',
  'sellercentral.amazon.nl',
  'sellercentral.amazon.se',
  'sellercentral.amazon.pl',
  'sellercentral.amazon.com.be',
  'sellercentral.amazon.com.tr',
  'sellercentral.amazon.sa',
  'sellercentral.amazon.ae',
  'sellercentral.amazon.in',
  'sellercentral.amazon.sg',
  'sellercentral.amazon.com.au',
  'sellercentral.amazon.co.jp',
  'sellercentral-japan.amazon.com',
  'sellercentral.amazon.co.za',
  'sellercentral.amazon.eg',
  'sellercentral.amazon.ie',
] as const;

export const SELLER_CENTRAL_MATCHES: string[] = SELLER_CENTRAL_HOSTS.map((h) => `https://${h}/*`);

export function isSellerCentralHost(hostname: string): boolean {
  return (SELLER_CENTRAL_HOSTS as readonly string[]).includes(hostname.toLowerCase());
}

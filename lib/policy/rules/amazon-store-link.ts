// Links to Amazon product pages, storefronts or search results are read as
// marketing by Amazon's message filter (policy.md §4). A link to the order, a
// return, a review page or a help page is fine and raises nothing.
import { isAmazonStoreLink, isShortener } from '../analyse/links.ts';
import { reportSpan, SOURCES, texts, type Rule } from '../rule.ts';

const T = texts(
  ['Link to an Amazon product page, store or search', 'Amazon reads links to product pages, storefronts and search results in buyer messages as marketing. Link only to what this order needs (the order, a return, a help page), or name the product in words.'],
  ['链接到亚马逊商品页、店铺或搜索', '亚马逊会把买家消息里指向商品详情页、店铺或搜索结果的链接视为营销。只链接本订单需要的页面(订单、退货、帮助页),或直接写出商品名称。'],
);

/**
 * A short link (amzn.to, a.co) cannot be opened here; the words right before
 * it name where it goes: "our Amazon store: amzn.to/…".
 */
const STORE_LABEL = /(?:amazon\s*(?:store|shop|storefront)|store\s+on\s+amazon|shop\s+on\s+amazon|(?:tienda|negozio|boutique)\s+(?:en\s+|su\s+|sur\s+)?amazon|amazon[\s-]*shop)\W{0,12}(?:<[^<>]*>\s*){0,4}$/;

export const rule: Rule = {
  meta: { id: 'amazon-store-link', severity: 'warning', title: { en: 'Amazon store link', zh: '亚马逊商品/店铺链接' }, source: SOURCES.communication },
  check(doc, report) {
    const t = doc.norm.text;
    for (const link of doc.links) {
      if (isAmazonStoreLink(link) || (isShortener(link.host) && STORE_LABEL.test(t.slice(Math.max(0, link.s - 80), link.s)))) reportSpan(doc, report, link.s, link.e, T);
    }
  },
};

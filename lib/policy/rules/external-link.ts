// An https:// link to a site that is not Amazon's is allowed only when the
// buyer needs it for the order (manual, invoice, return label); the linter
// cannot judge the reason, so it always warns. Lookalike hosts written with
// non-Latin letters ("аmazon.com" with a Cyrillic а) are never Amazon.
import { isAmazonHost, isShortener } from '../analyse/links.ts';
import { reportSpan, SOURCES, texts, type Rule } from '../rule.ts';

const T = texts(
  ['Link to a site outside Amazon', 'Links to other sites are allowed only when the buyer needs them to use or return this order (a manual, an invoice, a return label). Make sure the message says why the link is needed; otherwise remove it.'],
  ['指向亚马逊以外网站的链接', '只有当买家使用或退回此订单确实需要时(说明书、发票、退货标签),才允许链接到其他网站。请确认消息中说明了链接的用途,否则请删除。'],
);
const LOOKALIKE = texts(
  ['Link imitates an Amazon address', 'This host looks like Amazon but uses non-Latin lookalike letters. Buyers and Amazon treat such links as phishing. Use the real amazon address or remove the link.'],
  ['链接伪装成亚马逊地址', '该域名看似亚马逊,但使用了非拉丁字母的相似字符。买家和亚马逊都会把这种链接视为钓鱼链接。请使用真正的亚马逊地址或删除链接。'],
);

export const rule: Rule = {
  meta: { id: 'external-link', severity: 'warning', title: { en: 'External link', zh: '外部链接' }, source: SOURCES.communication },
  check(doc, report) {
    for (const link of doc.links) {
      if (link.scheme !== 'https' || isShortener(link.host)) continue;
      const [start, end] = doc.orig(link.s, link.e);
      const ascii = /^[\x00-\x7f]*$/.test(doc.text.slice(start, end));
      if (isAmazonHost(link.host) && ascii) continue;
      reportSpan(doc, report, link.s, link.e, ascii ? T : LOOKALIKE);
    }
  },
};

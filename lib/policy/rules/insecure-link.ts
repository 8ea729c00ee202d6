// Links must be https:// (Amazon's messaging rules); "www.shop.com" and bare
// "shop.com/help" count as insecure links too. A bare "Amazon.com" without a
// path is the company's name, not a link, and is ignored.
import { reportSpan, SOURCES, texts, type Rule } from '../rule.ts';

const T = texts(
  ['Link is not secure (https://)', 'Amazon only allows secure links that start with https://; plain http://, "www." and bare domain links get the message blocked. Use the https:// address, and only when the buyer needs it for this order (manual, invoice, return label).'],
  ['链接不安全(不是 https://)', '亚马逊只允许以 https:// 开头的安全链接;http://、"www." 开头或不带协议的域名链接会导致消息被拦截。请改用 https:// 地址,并且仅在买家完成此订单确实需要时(说明书、发票、退货标签)才附上。'],
);

export const rule: Rule = {
  meta: { id: 'insecure-link', severity: 'error', title: { en: 'Insecure link', zh: '不安全的链接' }, source: SOURCES.communication },
  check(doc, report) {
    for (const link of doc.links) {
      if (link.scheme === 'https') continue;
      const [start, end] = doc.orig(link.s, link.e);
      const original = doc.text.slice(start, end);
      let fix: string | undefined;
      if (/^http:\/\//i.test(original)) fix = 'https://' + original.slice(7);
      else if (!link.scheme && /^[\x21-\x7e]+$/.test(original)) fix = 'https://' + original;
      else if (!link.scheme || link.scheme === 'http') fix = 'https://' + link.url.replace(/^[a-z]+:\/\//, '').replace(/\s+dot\s+/g, '.');
      reportSpan(doc, report, link.s, link.e, T, fix === undefined ? undefined : { fix });
    }
  },
};

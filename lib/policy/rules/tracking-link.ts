// URL shorteners hide where a link goes, tracking parameters and pixels
// follow the buyer: Amazon forbids both. amzn.to is treated as a tracking
// link: it is the Amazon Associates (affiliate) shortener, not a plain
// Amazon page; a.co (Amazon's own share links) is allowed like amazon.com.
import { isShortener, trackingParam } from '../analyse/links.ts';
import { reportSpan, SOURCES, texts, type Rule } from '../rule.ts';

const SHORT = texts(
  ['Shortened link', 'Amazon does not allow URL shorteners (bit.ly, tinyurl, amzn.to…): they hide the destination and track clicks. Paste the full https:// address of the page instead.'],
  ['短链接', '亚马逊不允许使用短链接(bit.ly、tinyurl、amzn.to 等):它们隐藏真实地址并追踪点击。请改为粘贴页面完整的 https:// 地址。'],
);
const PARAM = texts(
  ['Link with tracking parameters', 'Tracking parameters (utm_*, fbclid, affiliate tags…) are not allowed in buyer messages. Remove everything after "?" that is only for tracking.'],
  ['链接带有追踪参数', '买家消息中不允许带追踪参数(utm_*、fbclid、联盟标签等)。请删除 "?" 之后仅用于追踪的部分。'],
);
const PIXEL = texts(
  ['Image, pixel or script markup', 'Images, tracking pixels and scripts are not allowed in buyer messages: Amazon accepts plain text only, and hidden images are used to track buyers. Remove the markup; attach files with the message form instead.'],
  ['图片、像素或脚本代码', '买家消息中不允许图片、追踪像素或脚本:亚马逊只接受纯文本,隐藏图片会被用来追踪买家。请删除这些代码,如需附件请使用消息表单的附件功能。'],
);
const TAG = /<\s*(img|script|iframe|object|embed|link|video|audio|svg|source|frame)\b[^<>]{0,2000}>?/gi;

export const rule: Rule = {
  meta: { id: 'tracking-link', severity: 'error', title: { en: 'Tracking link', zh: '追踪链接' }, source: SOURCES.communication },
  check(doc, report) {
    for (const link of doc.links) {
      if (isShortener(link.host)) reportSpan(doc, report, link.s, link.e, SHORT);
      else if (trackingParam(link) !== undefined) {
        const [start, end] = doc.orig(link.s, link.e);
        const original = doc.text.slice(start, end);
        const q = original.indexOf('?');
        report({ start, end, texts: PARAM, ...(q > 0 ? { fix: original.slice(0, q) } : {}) });
      }
    }
    if (doc.text.indexOf('<') >= 0) {
      TAG.lastIndex = 0;
      for (let m; (m = TAG.exec(doc.text)); ) report({ start: m.index, end: m.index + m[0].length, texts: PIXEL, fix: '' });
    }
  },
};

// Any email address, however disguised: Amazon blocks messages that give the
// buyer a way to reach the seller outside Buyer-Seller Messaging.
import { reportSpan, SOURCES, texts, type Rule } from '../rule.ts';

const T = texts(
  ['Email address in the message', 'Amazon does not allow email addresses in buyer messages (even disguised as "name (at) mail dot com"): all contact must stay in Buyer-Seller Messaging. Remove it; the buyer can reply to this message.'],
  ['消息中含有电子邮箱地址', '亚马逊禁止在买家消息中留电子邮箱(包括 "name (at) mail dot com" 之类的变形写法),所有沟通必须通过买家与卖家消息服务进行。请删除它,买家可以直接回复本消息。'],
);

export const rule: Rule = {
  meta: { id: 'email-address', severity: 'error', title: { en: 'Email address', zh: '电子邮箱地址' }, source: SOURCES.communication },
  check(doc, report) {
    for (const m of doc.emails) reportSpan(doc, report, m.s, m.e, T, { fix: '' });
  },
};

// Phone numbers are allowed only with a reason tied to the order (an
// after-sales line); the linter cannot judge the reason, so it always warns.
import { reportSpan, SOURCES, texts, type Rule } from '../rule.ts';

const T = texts(
  ['Phone number in the message', 'A phone number is allowed only when it is needed for this order (for example an after-sales or installation line). Amazon blocks messages that move the conversation to the phone for other reasons. Keep it only if the message says why.'],
  ['消息中含有电话号码', '只有在此订单确实需要时(例如售后或安装热线)才允许留电话号码;出于其他目的把沟通转到电话上会被亚马逊拦截。请仅在消息中说明原因时保留。'],
);

export const rule: Rule = {
  meta: { id: 'phone-number', severity: 'warning', title: { en: 'Phone number', zh: '电话号码' }, source: SOURCES.communication },
  check(doc, report) {
    for (const p of doc.phones) reportSpan(doc, report, p.s, p.e, T);
  },
};

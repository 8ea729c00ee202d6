// Amazon's messaging API accepts at most 2,000 characters. Counted in UTF-16
// units, as a textarea's maxlength counts (an emoji counts 2). The span is
// the part past the limit.
import { SOURCES, texts, type Rule } from '../rule.ts';

export const MAX_MESSAGE_LENGTH = 2000;

export const rule: Rule = {
  meta: { id: 'too-long', severity: 'error', title: { en: 'Message too long', zh: '消息过长' }, source: SOURCES.messagingApi },
  check(doc, report) {
    const n = doc.text.length;
    if (n <= MAX_MESSAGE_LENGTH) return;
    report({
      start: MAX_MESSAGE_LENGTH,
      end: n,
      texts: texts(
        [`Message is ${n} characters (limit ${MAX_MESSAGE_LENGTH})`, `Amazon's messaging accepts at most ${MAX_MESSAGE_LENGTH} characters; the highlighted part (${n - MAX_MESSAGE_LENGTH} characters) would be cut or rejected. Shorten the message.`],
        [`消息长 ${n} 个字符(上限 ${MAX_MESSAGE_LENGTH})`, `亚马逊消息最多 ${MAX_MESSAGE_LENGTH} 个字符;高亮部分(${n - MAX_MESSAGE_LENGTH} 个字符)会被截断或拒收。请精简消息。`],
      ),
    });
  },
};

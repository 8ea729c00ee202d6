// Amazon's messaging API takes plain text: tags and entities show up raw or
// get the message rejected. The fix deletes a tag and decodes an entity.
import { SOURCES, texts, type Rule } from '../rule.ts';

const T = texts(
  ['HTML markup in the message', 'Buyer messages are plain text: HTML tags and entities (<b>, <a href>, &nbsp;) are shown raw or rejected. Write plain text and paste links as https:// addresses.'],
  ['消息中含有 HTML 代码', '买家消息是纯文本:HTML 标签和实体(<b>、<a href>、&nbsp;)会原样显示或被拒收。请使用纯文本,链接直接写 https:// 地址。'],
);
const MARKUP = /<\/?[a-zA-Z][a-zA-Z0-9-]{0,30}(?:\s[^<>]{0,2000})?\/?>|<!--[\s\S]{0,5000}?-->|&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});/g;
const NAMED: Record<string, string> = { nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", ndash: '–', mdash: '—', hellip: '…', copy: '©', reg: '®', trade: '™', euro: '€', pound: '£', rsquo: '’', lsquo: '‘', ldquo: '“', rdquo: '”' };

function decodeEntity(e: string): string | undefined {
  const body = e.slice(1, -1);
  if (body[0] === '#') {
    const cp = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    return cp > 0 && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff) ? String.fromCodePoint(cp) : undefined;
  }
  return NAMED[body.toLowerCase()];
}

export const rule: Rule = {
  meta: { id: 'html-markup', severity: 'error', title: { en: 'HTML markup', zh: 'HTML 代码' }, source: SOURCES.messagingApi },
  check(doc, report) {
    const text = doc.text;
    if (text.indexOf('<') < 0 && text.indexOf('&') < 0) return;
    MARKUP.lastIndex = 0;
    for (let m; (m = MARKUP.exec(text)); ) {
      const isEntity = m[0][0] === '&';
      if (isEntity && decodeEntity(m[0]) === undefined && !/^&#/.test(m[0]) && !/^&[a-z]+;$/i.test(m[0])) continue;
      const fix = isEntity ? decodeEntity(m[0]) : '';
      report({ start: m.index, end: m.index + m[0].length, texts: T, ...(fix !== undefined ? { fix } : {}) });
    }
  },
};

// Emoji of every kind (flags, keycaps, ZWJ sequences, skin tones) are an
// error: Amazon's messaging strips or rejects them. Text emoticons ":)" are
// a warning under the same id. ©, ® and ™ in plain text presentation are
// typography (company signatures), not emoji.
import { SOURCES, texts, type Rule } from '../rule.ts';

// The engine's own Unicode emoji data, kept current with each browser release
// (the same RGI sequences the emoji-regex package lists, without shipping its
// 14 KB pattern): whole sequences first (ZWJ families, flags, keycaps, skin
// tones, tag flags), then any single pictograph, each with its variation
// selector so a fix removes no more and no less than the emoji.
const EMOJI = new RegExp(String.raw`\p{RGI_Emoji}\uFE0F?|\p{Extended_Pictographic}\uFE0F?|\p{Emoji_Presentation}`, 'gv');
// Cheap gate: no code unit that can start an emoji → skip the big regex.
const MAYBE_EMOJI = /[\u00a9\u00ae\u203c-\u3299\ufe0f\u20e3\ud83c-\ud83e]/;
const TYPOGRAPHY = /^[\u00a9\u00ae\u2122]$/;
const EMOTICON_GATE = /[:;=][-'o^]?[)(\]\[dDpP3|*]|\^_*\^|[xX]D|<3|:'\(/;
const EMOTICON = /(?<![\w:;=\/<>^])(?:[:;=][-'o^]?[)(\]\[dDpP3|*]|\^_*\^|[xX]D|<3|:'\()(?![\w)(\/:])/g;

const EMOJI_T = texts(
  ['Emoji in the message', 'Amazon does not allow emoji or pictographs in buyer messages. Remove them; say it in words instead.'],
  ['消息中含有表情符号', '亚马逊不允许在买家消息中使用表情符号或图形符号。请删除它们,改用文字表达。'],
);
const EMOTICON_T = texts(
  ['Text emoticon', 'Text emoticons such as ":)" are not forbidden outright, but Amazon asks for a professional tone and may question them. Consider removing it.'],
  ['文字表情', '像 ":)" 这样的文字表情并未被明确禁止,但亚马逊要求语气专业,可能会受到质疑。建议删除。'],
);

export const rule: Rule = {
  meta: { id: 'emoji', severity: 'error', title: { en: 'Emoji', zh: '表情符号' }, source: SOURCES.communication },
  check(doc, report) {
    const text = doc.text;
    // An identity offset map means the normaliser found printable ASCII only: no emoji.
    const first = doc.norm.start === null ? -1 : text.search(MAYBE_EMOJI);
    if (first >= 0) {
      EMOJI.lastIndex = first;
      for (let m; (m = EMOJI.exec(text)); ) {
        if (TYPOGRAPHY.test(m[0])) continue;
        report({ start: m.index, end: m.index + m[0].length, texts: EMOJI_T, fix: '' });
      }
    }
    if (EMOTICON_GATE.test(text)) {
      EMOTICON.lastIndex = 0;
      for (let m; (m = EMOTICON.exec(text)); ) report({ start: m.index, end: m.index + m[0].length, texts: EMOTICON_T, fix: '', severity: 'warning' });
    }
  },
};

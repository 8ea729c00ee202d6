// When the compose page shows the buyer's preferred language, the message
// should be written in it. Fires only when the language is recognised and
// the message is long enough to tell. Document-level (zero-width at 0).
import { reportDocument, SOURCES, texts, type Rule } from '../rule.ts';

const NAMES: Record<string, [string, string]> = {
  en: ['English', '英语'], de: ['German', '德语'], fr: ['French', '法语'], es: ['Spanish', '西班牙语'], it: ['Italian', '意大利语'],
  ja: ['Japanese', '日语'], zh: ['Chinese', '中文'], pt: ['Portuguese', '葡萄牙语'], nl: ['Dutch', '荷兰语'], sv: ['Swedish', '瑞典语'],
  pl: ['Polish', '波兰语'], tr: ['Turkish', '土耳其语'], ar: ['Arabic', '阿拉伯语'], ko: ['Korean', '韩语'], hi: ['Hindi', '印地语'], ru: ['Russian', '俄语'],
};

export const rule: Rule = {
  meta: { id: 'wrong-language', severity: 'warning', title: { en: "Not in the buyer's language", zh: '未使用买家语言' }, source: SOURCES.communication },
  check(doc, report) {
    const want = doc.ctx.buyerLanguage;
    if (!want) return;
    const got = doc.language();
    if (!got || got === want) return;
    const [wEn, wZh] = NAMES[want] ?? [want, want];
    const [gEn, gZh] = NAMES[got] ?? [got, got];
    reportDocument(
      report,
      texts(
        [`Written in ${gEn}, but the buyer prefers ${wEn}`, `The buyer's language of preference is ${wEn}. Write the message in ${wEn} so the buyer understands it; Amazon may translate, but not reliably.`],
        [`消息使用${gZh},但买家偏好${wZh}`, `买家的首选语言是${wZh}。请用${wZh}撰写消息,确保买家能看懂;亚马逊的翻译并不可靠。`],
      ),
    );
  },
};

import { intern } from '../lexicon/vocab.ts';
// Which language a message is written in (stop-word counts for Latin
// scripts, character classes for the others), and what language the buyer
// asked for, given as an ISO code or an English, native or Chinese name.

const NAMES: Record<string, string[]> = {
  en: ['english', 'inglés', 'ingles', 'anglais', 'englisch', 'inglese', '英語', '英语', '英文'],
  de: ['german', 'deutsch', 'alemán', 'aleman', 'allemand', 'tedesco', 'ドイツ語', '德语', '德文'],
  fr: ['french', 'français', 'francais', 'französisch', 'franzosisch', 'francés', 'frances', 'francese', 'フランス語', '法语', '法文'],
  es: ['spanish', 'español', 'espanol', 'castellano', 'spanisch', 'espagnol', 'spagnolo', 'スペイン語', '西班牙语', '西班牙文', '西语'],
  it: ['italian', 'italiano', 'italienisch', 'italien', 'イタリア語', '意大利语', '意大利文'],
  ja: ['japanese', '日本語', 'nihongo', 'japonés', 'japones', 'japonais', 'japanisch', 'giapponese', '日语', '日文'],
  zh: ['chinese', '中文', '汉语', '漢語', '简体中文', '繁體中文', '繁体中文', 'mandarin', 'chinois', 'chino', 'chinesisch', 'cinese', '中国語'],
  pt: ['portuguese', 'português', 'portugues', 'portugués', 'portugais', 'portugiesisch', 'portoghese', 'ポルトガル語', '葡萄牙语'],
  nl: ['dutch', 'nederlands', 'niederländisch', 'niederlandisch', 'néerlandais', 'neerlandais', 'holandés', 'olandese', '荷兰语'],
  sv: ['swedish', 'svenska', 'schwedisch', 'suédois', 'suedois', 'sueco', 'svedese', '瑞典语'],
  pl: ['polish', 'polski', 'polnisch', 'polonais', 'polaco', 'polacco', '波兰语'],
  tr: ['turkish', 'türkçe', 'turkce', 'türkisch', 'turc', 'turco', '土耳其语'],
  ar: ['arabic', 'العربية', 'عربي', 'arabisch', 'arabe', 'árabe', 'arabo', '阿拉伯语'],
  ko: ['korean', '한국어', 'koreanisch', 'coréen', 'coreano', '韩语', '韓国語'],
  hi: ['hindi', 'हिन्दी', 'हिंदी', '印地语'],
  ru: ['russian', 'русский', 'russisch', 'russe', 'ruso', 'russo', '俄语'],
};

const BY_NAME: Map<string, string> = (() => {
  const m = new Map<string, string>();
  for (const [code, names] of Object.entries(NAMES)) {
    m.set(code, code);
    for (const name of names) m.set(name.toLowerCase(), code);
  }
  return m;
})();

/** ISO 639-1 code for a code ('es', 'es-MX', 'spa'?) or a name; undefined if unknown. */
export function resolveLanguage(input: string): string | undefined {
  const s = input.trim().toLowerCase();
  const direct = BY_NAME.get(s) ?? BY_NAME.get(s.normalize('NFD').replace(/[\u0300-\u036f]/g, ''));
  if (direct) return direct;
  const code = /^([a-z]{2})(?:[-_][a-z0-9]+)*$/.exec(s);
  if (code && BY_NAME.has(code[1]!)) return code[1];
  const three: Record<string, string> = { eng: 'en', deu: 'de', ger: 'de', fra: 'fr', fre: 'fr', spa: 'es', ita: 'it', jpn: 'ja', zho: 'zh', chi: 'zh', por: 'pt', nld: 'nl', dut: 'nl', swe: 'sv', pol: 'pl', tur: 'tr', ara: 'ar', kor: 'ko', hin: 'hi', rus: 'ru' };
  if (three[s]) return three[s];
  // "Spanish (Mexico)", "Español de España"
  const first = s.split(/[\s(,]/)[0]!;
  return first !== s ? resolveLanguage(first) : undefined;
}

// Frequent function words, distinctive per language (shared ones left out).
const STOPWORDS: Record<string, string> = {
  en: 'the and you your we our is are for with this that have has will be it of to in on please thank thanks order item would could if not any us can was were',
  de: 'der die das und sie ihre ihr wir unser ist sind fur mit dies dass haben hat wird werden nicht ein eine einen bitte danke bestellung vielen auf zu den dem wenn sehr uns wurde heute am auch noch',
  fr: 'le la les et vous votre vos nous notre est sont pour avec ce cette que avez sera pas un une des merci commande du au si tres nos bonjour ete aujourd devrait',
  es: 'el la los las y usted su sus nosotros nuestro es son para con este esta que tiene sera no un una del gracias pedido por si muy le hola estimado',
  it: 'il lo la gli le e lei suo sua noi nostro sono per con questo questa che ha sara non un una del della grazie ordine se molto ci gentile salve alla al nel',
  pt: 'o os as e voce seu sua nos nosso sao para com este esta que tem nao um uma do da obrigado pedido muito',
  nl: 'de het en u uw wij ons onze is zijn voor met deze dat heeft niet een bedankt bestelling van',
};
// Language bits by word id (vocab.ts): the scanner already resolved each word.
// A flat array indexed by id (ids are dense and every stop word is interned
// here, at load), so a word costs one array read.
const STOP: Uint8Array = (() => {
  const langs = Object.keys(STOPWORDS);
  const pairs: Array<[number, number]> = [];
  langs.forEach((lang, i) => {
    for (const w of STOPWORDS[lang]!.split(' ')) pairs.push([intern(w), 1 << i]);
  });
  const bits = new Uint8Array(Math.max(...pairs.map((p) => p[0])) + 1);
  for (const [id, bit] of pairs) bits[id]! |= bit;
  return bits;
})();
const STOP_LANGS = Object.keys(STOPWORDS);

const NON_LATIN = /[\u0400-\uffff]/;

/** Detected language code, or undefined when the text is too short to tell. */
export function detectLanguage(original: string, wordIds: ArrayLike<number>): string | undefined {
  let kana = 0;
  let han = 0;
  let hangul = 0;
  let arabic = 0;
  let cyrillic = 0;
  let devanagari = 0;
  // Most messages are Latin script: one native regex test skips the count.
  for (let i = NON_LATIN.test(original) ? 0 : original.length; i < original.length; i++) {
    const c = original.charCodeAt(i);
    if (c < 0x400) continue;
    if (c >= 0x3040 && c <= 0x30ff) kana++;
    else if (c >= 0x4e00 && c <= 0x9fff) han++;
    else if (c >= 0xac00 && c <= 0xd7af) hangul++;
    else if (c >= 0x600 && c <= 0x6ff) arabic++;
    else if (c >= 0x400 && c <= 0x4ff) cyrillic++;
    else if (c >= 0x900 && c <= 0x97f) devanagari++;
  }
  const counts = new Array<number>(STOP_LANGS.length).fill(0);
  let latin = 0;
  for (let w = 0; w < wordIds.length; w++) {
    const id = wordIds[w]!;
    if (id === -3) continue; // CJK term
    latin++;
    const bits = id >= 0 && id < STOP.length ? STOP[id]! : 0;
    if (bits === 0) continue;
    for (let i = 0; i < counts.length; i++) if (bits & (1 << i)) counts[i]!++;
  }
  let bestScript: [string, number] = ['', 0];
  // Latin-only text (the usual case) has no script counts: skip the table.
  if (kana + han + hangul + arabic + cyrillic + devanagari > 0) {
    const scripts: Array<[string, number]> = [['ja', kana * 3 + (kana > 0 ? han : 0)], ['zh', kana > 0 ? 0 : han], ['ko', hangul], ['ar', arabic], ['ru', cyrillic], ['hi', devanagari]];
    for (const sc of scripts) if (sc[1] > bestScript[1]) bestScript = sc;
  }
  // A script outweighs Latin words when it carries a good share of the text.
  if (bestScript[1] >= 4 && bestScript[1] >= latin) return bestScript[0];
  let best = -1;
  let second = 0;
  for (let i = 0; i < counts.length; i++) {
    if (best < 0 || counts[i]! > counts[best]!) {
      if (best >= 0) second = Math.max(second, counts[best]!);
      best = i;
    } else second = Math.max(second, counts[i]!);
  }
  if (best < 0 || counts[best]! < 3 || counts[best]! < second * 1.5) return bestScript[1] >= 4 ? bestScript[0] : undefined;
  return STOP_LANGS[best];
}

// Seller feedback on an order Amazon fulfilled: Amazon does not delete the
// rating, it appends its own note in the page's language ("This item was
// fulfilled by Amazon, and we take responsibility for this fulfillment
// experience."). The note is Amazon's, not the buyer's. PURE and dependency-free:
// the page layer uses it too.
//
// Wording: English is Amazon's own (Feedback Manager, amazon.com); the Chinese
// prefix "来自亚马逊的消息：" is as shown in Seller Central's Chinese UI. The
// German, French, Spanish, Italian and Japanese sentences are our best reading
// of the localised pages and are matched loosely (key phrases, not the whole
// sentence) because their exact wording is unconfirmed.

export type NoteLang = 'en' | 'zh' | 'de' | 'fr' | 'es' | 'it' | 'ja';

export interface AmazonNote {
  /** UTF-16 offsets of the note in the original text (it runs to the end). */
  start: number;
  end: number;
  lang: NoteLang;
}

export interface SplitNote {
  /** The buyer's own words: the text before the note, trailing space trimmed (a prefix of the original). */
  comment: string;
  note: AmazonNote | null;
}

const SP = String.raw`[\s\u00a0]*`;
// Each pattern must run to the end of the text: Amazon appends the note.
const NOTES: ReadonlyArray<readonly [NoteLang, RegExp]> = [
  ['en', new RegExp(String.raw`(?:Message from Amazon${SP}:${SP})?(?:This|The) (?:item|order) was fulfilled by Amazon,? and we take responsibility for this fulfil?lment experience\.?${SP}$`, 'iu')],
  ['zh', new RegExp(String.raw`来自亚马逊的消息${SP}[：:][\s\S]*$`, 'u')],
  ['zh', new RegExp(String.raw`(?:该|此|这件)(?:商品|订单)由亚马逊配送[\s\S]{0,40}?负责[\s\S]{0,20}$`, 'u')],
  ['de', new RegExp(String.raw`(?:Nachricht von Amazon${SP}:${SP})?(?:Dieser Artikel|Diese Bestellung) wurde (?:von|durch) Amazon versandt[\s\S]{0,80}?Verantwortung[\s\S]{0,60}$`, 'iu')],
  ['fr', new RegExp(String.raw`(?:Message d['’]Amazon${SP}:${SP})?(?:Cet article|Cette commande) a été (?:expédiée?|traitée?) par Amazon[\s\S]{0,80}?responsabilité[\s\S]{0,60}$`, 'iu')],
  ['es', new RegExp(String.raw`(?:Mensaje de Amazon${SP}:${SP})?(?:Este (?:producto|artículo)|Este pedido) (?:fue|ha sido) (?:enviado|gestionado) por Amazon[\s\S]{0,80}?responsabilidad[\s\S]{0,60}$`, 'iu')],
  ['it', new RegExp(String.raw`(?:Messaggio da Amazon${SP}:${SP})?(?:Questo articolo|Questo ordine) è stato (?:spedito|gestito) da Amazon[\s\S]{0,80}?responsabilità[\s\S]{0,60}$`, 'iu')],
  ['ja', new RegExp(String.raw`(?:Amazonからのメッセージ${SP}[：:]${SP})?(?:この|本)(?:商品|注文)は(?:Amazon|アマゾン)(?:が|により)(?:発送|配送)[\s\S]{0,60}?責任[\s\S]{0,30}$`, 'u')],
];

/** Splits Amazon's appended fulfilment note off a feedback comment. */
export function splitAmazonNote(text: string): SplitNote {
  // Cheap pre-check: every note names Amazon (or 亚马逊 / アマゾン).
  if (!/amazon|亚马逊|アマゾン/iu.test(text)) return { comment: text, note: null };
  let best: AmazonNote | null = null;
  for (const [lang, re] of NOTES) {
    const m = re.exec(text);
    if (m && (best === null || m.index < best.start)) best = { start: m.index, end: text.length, lang };
  }
  if (best === null) return { comment: text, note: null };
  return { comment: text.slice(0, best.start).replace(/\s+$/u, ''), note: best };
}

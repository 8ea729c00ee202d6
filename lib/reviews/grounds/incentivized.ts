// A reviewer saying they got the product free, discounted or paid in exchange
// for the review. A free *replacement*, free shipping, a sale price or a refund
// for a defect is not an incentive; Amazon Vine reviews never count.
import type { Context, GroundDetector } from '../context.ts';
import { evidence, findAll, lexicon } from '../text.ts';
import type { Evidence } from '../types.ts';
import { isVine } from './vine.ts';

const FREE = `(?:for free|free(?! (?:replacement|shipping|delivery|returns?|upgrade|trial|gift))(?: of charge)?|at (?:a )?(?:discount|discounted price|reduced price|reduced cost|no cost|no charge)|at no (?:charge|cost)|complimentary|discounted|gratis)`;
const REVIEW = `(?:(?:an? |my |this |the )?(?:honest |unbiased |fair |truthful |genuine |impartial )?(?:review|feedback|opinion|evaluation|rating|testing|test|5[- ]star (?:review|rating)))`;

const INCENTIVE = lexicon(
  [
    `in (?:exchange|return) for ${REVIEW}`,
    `(?:product|item|sample|unit) (?:was |were )?(?:provided|supplied|sent|given) (?:to me )?(?:by the (?:seller|manufacturer|brand|company|vendor)|free|for (?:review|testing))`,
    `(?:seller|company|manufacturer|brand|vendor) (?:sent|gave|provided|offered) me (?:this|it|the product|a free \\p{L}+|a (?:full |partial )?refund|\\$\\d+|money|a gift card)(?: [^.!?\\n]{0,40}?)? (?:for|in exchange for|to (?:write|leave|post|test|try)(?: and)?) ${REVIEW}`,
    `(?:paid|compensated|reimbursed|refunded) (?:me )?(?:\\$\\d+ |in full |fully )?(?:to|for) (?:write|leave|post|writing|leaving|posting) ${REVIEW}`,
    `(?:full |partial )?refund(?:ed)? (?:me )?(?:after|once|for) (?:I )?(?:post|leav|writ|left|wrote|posted)\\p{L}* ${REVIEW}`,
    `(?:received|got) (?:this|it|the product) (?:at a discount|discounted|free) (?:for|to) (?:review|test)\\p{L}*`,
    // Review copies of books (NetGalley and similar): a free copy in exchange for the review.
    `(?:received|got|was (?:given|sent|provided)) (?:a |an )?(?:free |complimentary )?(?:digital |advance(?:d)? |review |electronic |e-?)?(?:copy|ARC|e-?book|galley)(?: of (?:this|the|it)(?: (?:book|novel|title|audiobook))?)? (?:from|via|through|courtesy of|by) (?:NetGalley|Edelweiss|BookSirens|Booksprout|the publisher|the author)`,
    `(?:free|complimentary|advance(?:d)?) (?:digital |review |reader(?:'s)? )?copy (?:from|via|through|courtesy of|provided by) (?:NetGalley|Edelweiss|BookSirens|Booksprout|the publisher|the author)`,
    // DE
    `(?:kostenlos|gratis|kostenfrei|vergünstigt|zum Testen) (?:zur Verfügung gestellt|erhalten|bekommen|zugeschickt)`, `im Austausch (?:für|gegen) (?:eine|meine) (?:ehrliche |unabhängige )?(?:Bewertung|Rezension|Meinung)`,
    `(?:wurde|wurden) mir (?:vom (?:Verkäufer|Hersteller) )?(?:kostenlos|gratis|kostenfrei|vergünstigt) (?:zur Verfügung gestellt|zugeschickt|überlassen)`,
    // FR
    `en échange d['’](?:un|une) (?:avis|évaluation|test)`, `contre (?:un|mon) avis`,
    // ES
    `a cambio de (?:mi|una) (?:opinión|reseña|valoración)(?: honesta| sincera)?`,
    // IT
    `in cambio (?:di|della mia|di una) (?:recensione|opinione|valutazione)`,
  ],
  ['免费(?:获得|收到|提供)[^。！？]{0,20}(?:评价|评论|测评)', '以换取(?:真实|客观)?(?:的)?(?:评价|评论)', '好评返现', '写好评(?:送|返)', '無料で提供', '無償で提供', '無償提供', '無料提供', '商品提供', 'ご提供いただ', '提供していただ', 'レビューを条件', 'レビューと引き換え', 'レビューのために(?:無料|割引|提供)', '割引価格で提供'],
);

// "Got this free / at a discount" only counts when the same sentence says why:
// a review, a test, the seller or brand, a disclosure.
const GOT_FREE = lexicon([
  `(?:received|got|was given|was sent|were sent|was provided|were provided|was offered|I was sent) (?:this|the|these|a|an|it|them)?\\s?(?:product|item|unit|sample|set|pair|one)?\\s?${FREE}`,
  // "The maker shipped this to me free of charge to try out and review" (the sentence must still say why).
  `(?:shipped|sent|mailed|gave|provided|offered)(?: (?:this|it|these|them|the (?:product|item|unit|sample)))?(?: to)? (?:me|us)(?: (?:this|it|these|them|the (?:product|item|unit|sample)))? ${FREE}`,
  `(?:reçu|offert|fourni|envoyé)e?s? (?:(?:ce|le|cet|cette|un|une) (?:produit|article|échantillon) )?(?:gratuitement|gracieusement|à prix réduit)`,
  `(?:recibí|recibido|me (?:enviaron|regalaron|dieron)) (?:este |el )?(?:producto |artículo )?(?:gratis|gratuitamente|con descuento|sin coste)`,
  `(?:ricevut|inviat|fornit|regalat)[oaie] (?:(?:questo|il) (?:prodotto|articolo) )?(?:gratuitamente|gratis|in omaggio|a prezzo scontato)`,
]);
// A free replacement or a gift from family is not an incentive: the sentence
// must also say why (a review, a test, the seller or brand, a disclosure).
const WHY = /review|test|evaluat|opinion|exchange|seller|manufacturer|brand|company|vendor|disclos|disclaimer|avis|tester|opinión|reseña|valoración|probar|recensione|opinione|provare|venditore|vendedor|vendeur|fabricant|fabricante|produttore|marca|marque/iu;

function sentenceOf(text: string, start: number, end: number): string {
  let a = start;
  while (a > 0 && !/[.!?\n]/u.test(text[a - 1]!) && start - a < 300) a--;
  let b = end;
  while (b < text.length && !/[.!?\n]/u.test(text[b]!) && b - end < 300) b++;
  return text.slice(a, start) + ' ' + text.slice(end, b);
}

export const incentivized: GroundDetector = {
  id: 'incentivized',
  kinds: ['review'],
  detect(ctx: Context): Evidence[] {
    if (isVine(ctx.item)) return [];
    const out: Evidence[] = [];
    for (const f of ctx.fields) {
      for (const m of findAll(INCENTIVE, f.text, 10)) out.push(evidence(f, m));
      for (const m of findAll(GOT_FREE, f.text, 10)) {
        if (out.some((e) => e.field === f.field && e.start < m.end && m.start < e.end)) continue;
        if (WHY.test(sentenceOf(f.text, m.start, m.end))) out.push(evidence(f, m));
      }
    }
    return out.sort((a, b) => (a.field === b.field ? a.start - b.start : a.field === 'title' ? -1 : 1));
  },
};

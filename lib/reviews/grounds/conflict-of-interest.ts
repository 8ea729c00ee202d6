// The reviewer says they have a stake: they sell or make a competing product,
// work for the brand or a competitor, or are family of the seller (Community
// Guidelines, "conflicts of interest"). Only the reviewer's own statement
// counts; "a friend recommended it" or "I work in a hospital" does not.
import type { Context, GroundDetector } from '../context.ts';
import { evidence, findAll, lexicon } from '../text.ts';
import type { Evidence } from '../types.ts';

const ORG = `(?:(?:the|this) (?:brand|company|manufacturer|maker|seller)|a (?:competitor|competing (?:brand|company|seller|store))|(?:the|a) competition|(?:one of )?(?:their|its) competitors)`;
const KIN = `(?:husband|wife|brother|sister|son|daughter|father|dad|mother|mom|mum|cousin|uncle|aunt|brother-in-law|sister-in-law|family)`;

const STAKE = lexicon(
  [
    `(?:I|we) (?:work|worked|am employed|was employed) (?:for|at|with) ${ORG}`,
    `(?:I'?m|I am|I was) (?:an? )?(?:employee|rep|representative|owner|founder) (?:of|at|for) ${ORG}`,
    `(?:I|we) (?:sell|make|manufacture|produce|distribute) (?:a |an |our own )?(?:similar|competing|rival|the same|identical) (?:product|item|brand|model|one)s?`,
    `(?:as|being) (?:a|the) (?:seller|maker|manufacturer|distributor) of (?:a )?(?:similar|competing|rival) (?:product|item|brand)s?`,
    `my ${KIN}(?:'s)? (?:owns|runs|is the seller of|sells|makes|founded|started) (?:this|the) (?:company|brand|store|shop|product|business)`,
    `(?:the|this) (?:seller|owner|company owner|brand owner) is my ${KIN}`,
    `(?:full )?disclosure:? (?:I|we) (?:work|sell|make|own)`,
    // DE / FR / ES / IT
    `(?:ich|wir) (?:arbeite|arbeiten) (?:für|bei) (?:der Marke|dem Hersteller|dem Verkäufer|einem Konkurrenten|der Konkurrenz)`, `(?:ich|wir) (?:verkaufe|verkaufen|stelle|stellen) (?:selbst )?(?:ein )?(?:ähnliche|gleiche|konkurrierende)s? Produkte?`,
    `je travaille (?:pour|chez) (?:la marque|le fabricant|le vendeur|un concurrent|la concurrence)`, `nous (?:vendons|fabriquons) (?:un produit similaire|le même produit|des produits concurrents)`,
    `trabajo (?:para|en) (?:la marca|el fabricante|el vendedor|la competencia|un competidor)`, `(?:vendo|vendemos|fabricamos) (?:un producto similar|el mismo producto|productos de la competencia)`,
    `lavoro (?:per|presso) (?:il marchio|il produttore|il venditore|un concorrente|la concorrenza)`, `(?:vendo|vendiamo|produciamo) (?:un prodotto simile|lo stesso prodotto|prodotti concorrenti)`,
  ],
  ['競合(?:他社|メーカー)の(?:社員|者|人間)です', '同業者(?:です|として)', '(?:メーカー|販売元)の(?:社員|関係者)です', '我是(?:竞争对手|同行|卖家的(?:家人|亲戚))', '我(?:在|是)(?:这家|该)(?:公司|品牌)(?:工作|的员工)'],
);

export const conflictOfInterest: GroundDetector = {
  id: 'conflict-of-interest',
  kinds: ['review'],
  detect(ctx: Context): Evidence[] {
    const out: Evidence[] = [];
    for (const f of ctx.fields) for (const m of findAll(STAKE, f.text, 5)) out.push(evidence(f, m));
    return out;
  },
};

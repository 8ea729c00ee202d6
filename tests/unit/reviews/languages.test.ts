// The main grounds and both risks in the seven languages (sentences written
// for this test). Each language has a removable case and a genuine complaint
// next to it that must stay not removable.
import { describe, expect, it } from 'vitest';
import { ids, review } from './helpers.ts';

const CASES: ReadonlyArray<readonly [string, string, string]> = [
  // [language, text, expected ground ('' = none)]
  ['en', 'Package arrived two weeks late and the seller never answered my emails.', 'seller-feedback'],
  ['en', 'Arrived late and the zipper broke on the first day.', ''],
  ['de', 'Paket kam zwei Wochen zu spät, der Verkäufer antwortet nicht.', 'seller-feedback'],
  ['de', 'Der Reißverschluss ist nach einem Tag kaputt.', ''],
  ['fr', 'Colis livré avec dix jours de retard. Aucune réponse du vendeur.', 'seller-feedback'],
  ['fr', 'La couleur ne tient pas, produit de mauvaise qualité.', ''],
  ['es', 'El paquete llegó tarde y el vendedor no responde.', 'seller-feedback'],
  ['es', 'Se rompió a los dos días, mala calidad.', ''],
  ['it', 'Il pacco è arrivato in ritardo, nessuna risposta dal venditore.', 'seller-feedback'],
  ['it', 'Si è rotto dopo una settimana, scarsa qualità.', ''],
  ['ja', '配達が遅延して、出品者から返信もない。', 'seller-feedback'],
  ['ja', '二日で壊れた。品質が悪い。', ''],
  ['zh', '快递迟到了一周，商家也不回复。', 'seller-feedback'],
  ['zh', '用了两天就坏了，质量太差。', ''],
  ['zh', '这个卖家他妈的骗子。', 'profanity'],
  ['zh', '免费获得此商品以换取真实评价，用起来一般。', 'incentivized'],
  ['de', 'Kauft lieber bei Otto, dort ist es besser.', 'promotional'],
  ['fr', 'Achetez plutôt chez Fnac, même produit.', 'promotional'],
  ['es', 'Compra mejor en MediaMarkt, es el mismo.', 'promotional'],
  ['it', 'Comprate piuttosto su ePrice, stesso prodotto.', 'promotional'],
];

describe('grounds in seven languages', () => {
  it.each(CASES)('%s: %s', (_lang, text, want) => {
    const got = ids(review(text));
    if (want === '') expect(got).toEqual([]);
    else expect(got).toContain(want);
  });
});

const RISKS: ReadonlyArray<readonly [string, string, string]> = [
  ['en', 'This is a counterfeit, the logo is crooked.', 'authenticity-risk'],
  ['de', 'Das ist eine Fälschung, kein Original.', 'authenticity-risk'],
  ['fr', "C'est une contrefaçon, pas authentique.", 'authenticity-risk'],
  ['es', 'Es una falsificación, no es original.', 'authenticity-risk'],
  ['it', 'È contraffatto, non originale.', 'authenticity-risk'],
  ['ja', '明らかに偽物です。', 'authenticity-risk'],
  ['zh', '收到的是高仿，不是正品。', 'authenticity-risk'],
  ['en', 'The charger caught fire overnight.', 'safety-risk'],
  ['de', 'Das Ladegerät ist in Brand geraten.', 'safety-risk'],
  ['fr', 'Le chargeur a pris feu pendant la nuit.', 'safety-risk'],
  ['es', 'El cargador se incendió por la noche.', 'safety-risk'],
  ['it', 'Il caricabatterie ha preso fuoco.', 'safety-risk'],
  ['ja', '充電中に発火しました。', 'safety-risk'],
  ['zh', '充电的时候冒烟了，还漏电。', 'safety-risk'],
];

describe('risks in seven languages', () => {
  it.each(RISKS)('%s: %s', (_lang, text, want) => expect(review(text).risks).toContain(want));
  it.each([
    ['en', 'Not real comfortable, and the seasoning is not authentic Mexican.'],
    ['en', 'Without the guard it would be dangerous, but it has one.'],
    ['de', 'Kein Feuer, kein Rauch, funktioniert einfach nicht.'],
    ['zh', '质量一般，颜色和图片不一样。'],
  ])('no risk in a plain complaint (%s): %s', (_lang, text) => expect(review(text).risks).toEqual([]));
});

describe('counterfeit words in the reviewers’ own Spanish, Italian and French', () => {
  const risks = (body: string, marketplace: string) => review(body, { marketplace }).risks;
  it('"es falsa", "una copia barata", "no es la verdadera", "una copia cinese", "c’est un faux" are claims', () => {
    expect(risks('Es falsa, no es la verdadera.', 'amazon.es')).toEqual(['authenticity-risk']);
    expect(risks('Me enviaron una copia barata por casi el mismo precio que el original.', 'amazon.es')).toEqual(['authenticity-risk']);
    expect(risks('È una copia cinese, non è originale.', 'amazon.it')).toEqual(['authenticity-risk']);
    expect(risks('C’est un faux, rien à voir avec la montre d’origine.', 'amazon.fr')).toEqual(['authenticity-risk']);
  });
  it('a false advert and a loose contact ("falso contacto") are not', () => {
    expect(risks('El anuncio es falso: dice que incluye funda y no la trae.', 'amazon.es')).toEqual([]);
    expect(risks('El cable hace falso contacto y se apaga solo.', 'amazon.es')).toEqual([]);
  });
  it('a fake sent for the price of the original is no price complaint', () => {
    expect(ids(review('Me enviaron una copia barata por casi el mismo precio que el original.', { marketplace: 'amazon.es' }))).toEqual([]);
  });
});

describe('Spanish arrivals and verdicts', () => {
  it('"llegó con la tapa rajada", "no traía el cabezal" are the order’s; "es muy práctica" keeps the review', () => {
    expect(ids(review('Llegó con la tapa rajada.', { marketplace: 'amazon.es' }))).toEqual(['seller-feedback']);
    expect(ids(review('No traía el cabezal pequeño.', { marketplace: 'amazon.es' }))).toEqual(['seller-feedback']);
    expect(ids(review('Es muy práctica, me llegó rota pero me la cambiaron enseguida.', { marketplace: 'amazon.es' }))).toEqual([]);
    expect(ids(review('Plástico endeble, eso sí, el precio es muy barato.', { marketplace: 'amazon.es' }))).toEqual([]);
  });
});

describe('Japanese produce, drinks and heat', () => {
  const risks = (body: string) => review(body, { marketplace: 'amazon.co.jp' }).risks;
  it('spoiled produce is the product’s state, not an order complaint', () => {
    expect(ids(review('箱が濡れていて、玉ねぎがところどころ黒くなっていました。', { marketplace: 'amazon.co.jp' }))).toEqual([]);
  });
  it('a loose stomach or yellowed palms after drinking it are harm; "dissolves quickly" is not', () => {
    expect(risks('このお茶を飲むとお腹がゆるくなりました。')).toEqual(['safety-risk']);
    expect(risks('毎日飲んでいたら手のひらが黄色くなりました。')).toEqual(['safety-risk']);
    expect(risks('すぐに溶けて飲みやすいですが、少しダマが残ります。')).toEqual([]);
  });
  it('a body that melted from heat is a fire sign', () => {
    expect(risks('充電中に熱くなって本体が溶けてしまいました。')).toEqual(['safety-risk']);
  });
  it('a CD-R is a counterfeit claim only when a copy is said to be one', () => {
    expect(review('Burns reliably, but two discs in the spindle of CD-Rs were scratched.', { title: 'CD-R' }).risks).toEqual([]);
    expect(review('This DVD is a bootleg: it is a CD-R with a printed label.').risks).toEqual(['authenticity-risk']);
  });
});

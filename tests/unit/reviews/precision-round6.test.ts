// Genuine complaints that held-out sets 8 and 9 showed being called removable
// (classes, in our own words; the real texts stay outside the project).
import { describe, expect, it } from 'vitest';
import { ids, review } from './helpers.ts';

describe('no removal ground for these genuine complaints', () => {
  it('a verb inside an "if you …" condition is not advice to buy something else', () => {
    expect(ids(review('The film drops half the plot. If you have never read the novel, you may like it; fans of the book should skip it.'))).toEqual([]);
    expect(ids(review('It never stopped the dog. If you decide to buy the Quiet Paws collar, keep the receipt.'))).toEqual([]);
    // The advice itself still counts once the condition is closed by a comma.
    expect(ids(review('Flat sound on the remaster. If you like this band, get the sequel album instead.'))).toEqual(['promotional']);
    // Another edition or format of the same title is not another product.
    expect(ids(review('Flat sound on the remaster. If you like this band, get the original pressing instead.'))).toEqual([]);
    expect(ids(review('Cute but it does not hold up - get the original!'))).toEqual([]);
  });
  it('"shop around for a better one" names no other product', () => {
    expect(ids(review('Useless against barking. Shop around for a more effective product.'))).toEqual([]);
  });
  it('a start-up failure in the past tense (IT, ES) is about the product, however well it was packed', () => {
    expect(ids(review('Arrivato ben imballato, ma al primo avvio non si accendeva e l’ho restituito.', { marketplace: 'amazon.it' }))).toEqual([]);
    expect(ids(review('El portátil llegó a tiempo, pero tardó muchísimo en arrancar cada vez.', { marketplace: 'amazon.es' }))).toEqual([]);
  });
  it('marks on the item are its condition, not transit damage', () => {
    expect(ids(review('Llegó con varias manchas en la carcasa.', { marketplace: 'amazon.es' }))).toEqual([]);
    expect(ids(review('Arrived with stains all over the fabric.'))).toEqual([]);
  });
  it('a charger with another country’s plug is a listing mismatch, not only a price complaint', () => {
    expect(ids(review('Produit expédié du Royaume-Uni : 40 euros de frais en plus et un chargeur avec prise anglaise.', { marketplace: 'amazon.fr' }))).toEqual([]);
  });
  it('a verdict on the item named by its kind keeps a delivery complaint', () => {
    expect(ids(review('Slow courier and the worst phone I have owned.', { title: 'Bad delivery, worst phone' }))).toEqual([]);
    expect(ids(review('The courier left it in the rain and never rang the bell.'))).toEqual(['seller-feedback']);
  });
});

describe('risks in reviews of a work, and claims in more words', () => {
  const risks = (body: string, extra = {}) => review(body, extra).risks;
  it('poison, fire or illness in a book or film review is the story’s, not harm the product did', () => {
    expect(risks('The author calls sugar poison on every page. This book reads like an advert for the diet.')).toEqual([]);
    expect(risks('I threw the novel on the fire halfway through; the plot made no sense.')).toEqual([]);
    expect(risks('The film shows the detective catching the killer through an asthma inhaler. The movie is silly.')).toEqual([]);
    // A pirated copy is still a claim about the item.
    expect(risks('This DVD is a bootleg copy of the film: blurry and no menus.')).toEqual(['authenticity-risk']);
    // Outside a work, the same words still raise the alert.
    expect(risks('The kettle caught fire on the second day.')).toEqual(['safety-risk']);
  });
  it('a product that does not look new, or is called used, in more languages', () => {
    expect(risks('Arrived in a plain envelope and did not look brand new at all.')).toEqual(['authenticity-risk']);
    expect(risks('Il prodotto è usato, non nuovo come descritto.', { marketplace: 'amazon.it' })).toEqual(['authenticity-risk']);
    expect(risks('El teléfono está usado y tiene rayas.', { marketplace: 'amazon.es' })).toEqual(['authenticity-risk']);
  });
  it('harm to people nearby, and a plain "not a safe product", are safety claims; breaking a metal tab to fit is not', () => {
    expect(risks('Hot water sprays out of the side, burning anyone standing in front of it.')).toEqual(['safety-risk']);
    expect(risks('This is not a safe product and should not be used with your child.')).toEqual(['safety-risk']);
    expect(risks('Assembly was a pain: I had to break a piece of metal to fit the shelf into its slot.')).toEqual([]);
  });
});

describe('authenticity: disclosed used goods, a model that is not new, looks that are artificial', () => {
  const risks = (body: string, extra = {}) => review(body, extra).risks;
  it('"previously used" about a renewed or refurbished item is disclosed; a non-original part still counts', () => {
    expect(risks('A decent refurb outside, but it was clearly previously used by an office and the fan is loud.')).toEqual([]);
    expect(risks('Renewed phone, but the screen is not an original screen and the touch lags.')).toEqual(['authenticity-risk']);
  });
  it('"the newer model is not new" is about the model, not this unit', () => {
    expect(risks('The newer model is not new at all, just the old one with extra washers.')).toEqual([]);
    expect(risks('The timer I got is not new: scratches and dirt inside.')).toEqual(['authenticity-risk']);
  });
  it('Hinglish "nakli si lagti" says the picture looks artificial, not that the phone is fake', () => {
    expect(risks('Camera photo nakli si lagti h, skin bahut white dikhata h.')).toEqual([]);
    expect(risks('Ye phone nakli hai, box bhi alag tha.')).toEqual(['authenticity-risk']);
  });
});

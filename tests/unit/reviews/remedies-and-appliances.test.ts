// Classes two fresh labelled sets (kidney-stone supplements and a drip coffee
// maker, amazon.com) showed once scored and read, in our own words; the real
// texts stay outside the project.
import { describe, expect, it } from 'vitest';
import { findLinks } from '../../../lib/reviews/links.ts';
import { ids, review } from './helpers.ts';

const risks = (body: string) => review(body).risks;

describe('a remedy’s harm needs its cause', () => {
  it('the condition’s own symptoms are not harm the product did', () => {
    expect(risks('I went to the ER with the pain and found a stone in my left kidney. Took two bottles, nothing passed.')).toEqual([]);
    expect(risks('My gallstones were so bad I was vomiting every night. This did not help at all.')).toEqual([]);
    expect(risks('After a scan because of constant stomach pain I found out I had gallstones. These capsules did nothing.')).toEqual([]);
  });
  it('harm told with the product as its cause counts, in the same sentence or the one before', () => {
    expect(risks('This caused me massive abdominal pain and I have kidney stones.')).toEqual(['safety-risk']);
    expect(risks('After two doses of these I got a nasty headache I had never had before.')).toEqual(['safety-risk']);
    expect(risks('The only thing it did is make the pain even worse! I have gallbladder trouble.')).toEqual(['safety-risk']);
    expect(risks('Two weeks in, it landed me in the hospital for six days.')).toEqual(['safety-risk']);
    expect(risks('I have two kidney stones. I took one capsule before bed. I woke up at night with horrible stomach pain.')).toEqual(['safety-risk']);
    expect(risks('For my kidney stones I tried these. After the second dose I became very sick to my stomach.')).toEqual(['safety-risk']);
  });
  it('a figure of speech or another cause is no harm claim', () => {
    expect(risks('This whole gardening season gives me a headache.')).toEqual([]);
    expect(risks('The stone is 5mm and it is still there causing me pain. These pills did nothing.')).toEqual([]);
    expect(risks('No side effects, but no results either.')).toEqual([]);
    expect(risks('I did not have any side effects.')).toEqual([]);
  });
});

describe('still waiting to see whether it works', () => {
  it('is waiting on the product, not on the parcel', () => {
    expect(ids(review('Still waiting to see if this is going to help me pass my stone'))).toEqual([]);
    expect(ids(review('Still waiting for results after a month.'))).toEqual([]);
    expect(ids(review('Still waiting for my order.'))).toEqual(['seller-feedback']);
  });
});

describe('another product named as the better buy', () => {
  it('"other products here that work better and are cheaper, such as Acme Calm"', () => {
    expect(ids(review('It does not work. There are several other products on Amazon that work better and are cheaper, such as Acme Calm and Herbwise.'))).toEqual(['promotional']);
    expect(ids(review('It did nothing. There is another Acme Root product here on AMZ that is cheaper and more effective.'))).toEqual(['promotional']);
    expect(ids(review('Don’t waste your money, go ahead and spend the extra $10 for the ZX9 model.'))).toEqual(['promotional']);
  });
  it('the reviewer’s past, an unnamed alternative or another colour is not', () => {
    expect(ids(review('I tried other brands that were cheaper, like Acme, and they broke too.'))).toEqual([]);
    expect(ids(review('There are other products that work better.'))).toEqual([]);
    expect(ids(review('There are other ones which are better such as Blue.'))).toEqual([]);
    expect(ids(review('It broke in a week. I had to spend the extra $10 for the ZX9 model.'))).not.toContain('promotional');
  });
});

describe('links and masks spelled out to get past filters', () => {
  it('"w w w .example.com/…" is a link, quoted from its first w', () => {
    const t = 'The part is gone. See w w w .acmeparts.com/baskets/123.html';
    expect(findLinks(t).map((l) => t.slice(l.start, l.end))).toEqual(['w w w .acmeparts.com/baskets/123.html']);
    expect(ids(review(t))).toEqual(['promotional']);
  });
  it('spaced letters before a sentence are no link', () => {
    expect(findLinks('I saw w w w. It broke.It was bad')).toEqual([]);
  });
  it('"this piece of -----" is a masked word; dashes around a clause are not', () => {
    expect(ids(review('I would send this piece of ----- back if I still had the box.'))).toEqual(['profanity']);
    expect(ids(review('A piece of -- the handle -- broke off.'))).toEqual([]);
  });
  it('a part number padded with zeros is not a phone number', () => {
    expect(ids(review('The replacement part has been unavailable for a year (151392-000-000).'))).toEqual([]);
  });
});

describe('a taint the thing gives off is a defect, not taste', () => {
  it('a plastic or chemical taste or smell is quality', () => {
    expect(review('The coffee has a strong plastic taste that never goes away.').rootCauses[0]).toBe('quality');
    expect(review('The blanket has a chemical smell even after washing.').rootCauses[0]).toBe('quality');
  });
  it('a plain dislike of the taste stays preference', () => {
    expect(review('I just do not like the taste of this coffee.').rootCauses[0]).toBe('preference');
  });
});

describe('"better off" buying something else, and a name recommended in German', () => {
  it('"you are better off saving the money and just buying Acme" names the better buy', () => {
    expect(ids(review('Did not pop well. You are better off saving the money and just buying Popwell.'))).toEqual(['promotional']);
    expect(ids(review('You’d be better off buying a Bosch.'))).toEqual(['promotional']);
  });
  it('an unnamed better buy is no ad', () => {
    expect(ids(review('It bleeds through. You’re better off just getting the standard highlighters.'))).toEqual([]);
  });
  it('"allen anderen sei Jared Diamond empfohlen" recommends another author; "sei das Buch empfohlen" is this one', () => {
    expect(ids(review('Sehr langatmig, allenfalls für Anfänger, allen anderen sei Jared Diamond empfohlen'))).toEqual(['promotional']);
    expect(ids(review('Allen anderen sei das Buch empfohlen.'))).toEqual([]);
  });
});

describe('harm felt from using it, and broken seals', () => {
  it('"whenever I take this I feel headache", "it gives me headaches", Hindi "उल्टी" (vomiting) are safety claims', () => {
    expect(risks('Whenever i take this powder i feel headache')).toEqual(['safety-risk']);
    expect(risks('This coffee gives me headaches every time.')).toEqual(['safety-risk']);
    expect(risks('पहली बार पीते ही उल्टी हो गई')).toEqual(['safety-risk']);
  });
  it('a figure of speech, a denial or the condition a remedy is for is not', () => {
    expect(risks('It gives me a headache to think about it.')).toEqual([]);
    expect(risks('I don’t get headaches with this one.')).toEqual([]);
    expect(risks('These did not help my migraines. I get migraines every week anyway.')).toEqual([]);
  });
  it('"seals were broken" is a tampering claim', () => {
    expect(risks('Seals were broken on both jars.')).toEqual(['authenticity-risk']);
  });
});

// Classes a fresh labelled set of German book and film reviews showed once it
// had been scored and read, in our own words; the real texts stay outside the
// project.
import { describe, expect, it } from 'vitest';
import { ids, review } from './helpers.ts';

const cause = (body: string, title?: string) => review(body, title ? { title } : {}).rootCauses[0];

describe('a review of a work, in German and its neighbours', () => {
  it('a verdict on the telling is taste, a fault of the copy is quality', () => {
    expect(cause('Die Handlung ist dünn und der Autor wiederholt sich ständig.')).toBe('preference');
    expect(cause('Der Schreibstil ist schlecht, die Charaktere bleiben blass.')).toBe('preference');
    expect(cause('Die Seiten lösen sich aus der Bindung, der Druck ist verschmiert.', 'Das Buch fällt auseinander')).toBe('quality');
    expect(cause("L'intrigue est faible et les personnages sont plats.")).toBe('preference');
    expect(cause('La trama es lenta y los personajes no convencen.')).toBe('preference');
  });
  it('boredom is taste in every language', () => {
    expect(cause('Total langweilig.')).toBe('preference');
    expect(cause('Langatmig und vorhersehbar.')).toBe('preference');
    expect(cause('Très ennuyeux.')).toBe('preference');
    expect(cause('Aburrido de principio a fin.')).toBe('preference');
    expect(cause('Molto noioso.')).toBe('preference');
    expect(cause('とても退屈でした。')).toBe('preference');
  });
  it('a defect in a product that is no work stays quality', () => {
    expect(cause('Der Griff ist nach zwei Tagen abgebrochen.')).toBe('quality');
  });
});

describe('German advice to read or buy another named work', () => {
  it('"als Alternative empfehle ich <Titel>", "meine Empfehlung …: <Titel>", "der soll sich <Titel> ansehen"', () => {
    expect(ids(review('Flach und zäh. Als bessere Alternative empfehle ich Nordlicht von Lena Berg.'))).toEqual(['promotional']);
    expect(ids(review('Nichts Neues. Meine Empfehlung für alle, die mehr wollen, empfehle ich das Stundenbuch.'))).toEqual(['promotional']);
    expect(ids(review('Wer wirklich etwas über Schlaf lernen will, der soll sich Tiefe Nacht von Ina Roth ansehen.'))).toEqual(['promotional']);
  });
  it('German nouns are capitalised: a generic one names nothing', () => {
    expect(ids(review('Ich empfehle das Buch nicht. Lieber empfehle ich das Original.'))).toEqual([]);
    expect(ids(review('Meine Empfehlung: Finger weg!'))).toEqual([]);
    expect(ids(review('Meine Empfehlung: Nicht kaufen.'))).toEqual([]);
    // A capital after a colon or a verb names nothing either.
    for (const t of ['Meine Empfehlung: Zurückschicken.', 'Meine Empfehlung: Lieber woanders kaufen.', 'Als Alternative empfehle ich euch, einfach zu warten.', 'Stattdessen würde ich lieber zum Buchhändler gehen.', 'Stattdessen würde ich Geld sparen.'])
      expect(ids(review(`Langweilig. ${t}`)), t).toEqual([]);
  });
});

describe('German order words', () => {
  it('arrived damaged, not judged yet, too small a box: the order’s', () => {
    const c = review('Zum Inhalt kann ich noch nichts sagen, aber das Buch kam beschädigt an. Bitte eine größere Verpackungsart wählen.');
    expect(ids(c)).toEqual(['seller-feedback']);
    expect(c.rootCauses[0]).toBe('logistics');
  });
  it('a price remark beside the order complaint keeps the order’s cause', () => {
    const c = review('Das Buch ist beschädigt angekommen. Bei dem Preis lohnt sich das Zurückschicken nicht.');
    expect(ids(c)).toContain('seller-feedback');
    expect(c.rootCauses[0]).toBe('logistics');
  });
});

describe('a German review of a book, read as one', () => {
  it('a plot "wrapped" in a story and tension "delivered" by violence are the telling, not the order', () => {
    expect(ids(review('Binsenweisheiten, in eine dünne Handlung verpackt, und am Ende nur Werbung für den Autor.'))).toEqual([]);
    expect(ids(review('Schreibstil schwach, Spannung wird nur durch Gewalt geliefert.'))).toEqual([]);
  });
  it('"meine Frau" is a wife, not a title, and a book’s author is its content', () => {
    expect(ids(review('Meine Frau hat das Buch gelesen, weil sie Fan von Anna Keller ist. Ihr Urteil: langweilig geschrieben.'))).toEqual([]);
    expect(ids(review('Frau Anna Keller vom Kundenservice hat nie zurückgerufen.'))).toContain('personal-info');
  });
  it('a mood in German beside an arrival says nothing more', () => {
    expect(ids(review('Kam leider beschädigt an. Finde ich schade.'))).toEqual(['seller-feedback']);
  });
});

describe('German risk words', () => {
  it('"Welt" is the world, not a welt; a red welt on the skin still is harm', () => {
    expect(review('Eine flache Geschichte über die digitale Welt.').risks).toEqual([]);
    expect(review('The strap left a red welt on my wrist.').risks).toEqual(['safety-risk']);
  });
  it('signs of use on a copy sold as new are an authenticity claim, even in a review of a book', () => {
    expect(review('Neu bestellt, aber das Buch hat deutliche Gebrauchsspuren. Der Autor kann nichts dafür.').risks).toEqual(['authenticity-risk']);
    expect(review('Das Gerät war eindeutig gebraucht.').risks).toEqual(['authenticity-risk']);
  });
});

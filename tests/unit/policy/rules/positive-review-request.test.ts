import { describe, expect, it } from 'vitest';
import { lintMessage } from '../../../../lib/policy/index.ts';
import { ORDER, find } from './_helpers.ts';

const positive = (t: string) => find(t, 'positive-review-request');

describe('positive-review-request: gating and steering by intent, neutral asks stay silent', () => {
  it('the condition phrased as a short question', () => {
    expect(positive(`${ORDER}Happy with the chair? Then please rate it on Amazon.`)).toHaveLength(1);
    expect(positive(`${ORDER}Gefällt Ihnen die Tasse? Dann freuen wir uns über Ihre Bewertung.`)).toHaveLength(1);
    // A plain question is no condition.
    expect(positive(`${ORDER}Did the chair arrive safely? Please rate it on Amazon.`)).toEqual([]);
  });
  it('gating after a short question, and conditions in other words and languages', () => {
    const card = (t: string) => lintMessage(t, { mode: 'insert' }).filter((f) => f.rule === 'positive-review-request');
    expect(card('Please review the lamp on Amazon.\nProblem with it? Contact us first.')).toHaveLength(1);
    expect(positive(`${ORDER}If the kettle worked well for you, please leave a review.`)).toHaveLength(1);
    expect(positive(`${ORDER}Should you be happy with the pan, a review would help.`)).toHaveLength(1);
    expect(positive(`${ORDER}Si la lampe vous a plu, laissez un avis sur Amazon.`)).toHaveLength(1);
    expect(positive(`${ORDER}Si le ha gustado, nos ayudaría mucho una valoración.`)).toHaveLength(1);
    expect(positive(`${ORDER}如果您喜欢,请在亚马逊上写一条评价。`)).toHaveLength(1);
    expect(positive(`${ORDER}We look forward to your 5-star rating.`)).toHaveLength(1);
  });
  it('balanced words, "if you like," and open content are neutral', () => {
    expect(positive(`${ORDER}If you like, a review on Amazon is always welcome.`)).toEqual([]);
    expect(positive(`${ORDER}If you like the pan, please leave a review.`)).toHaveLength(1);
    expect(positive(`${ORDER}Please write a review, good or not so good, about the pan.`)).toEqual([]);
    expect(positive(`${ORDER}We'd welcome your review: negative or positive, every word helps.`)).toEqual([]);
    expect(positive(`${ORDER}Bitte schreiben Sie eine Bewertung, ob positiv oder negativ.`)).toEqual([]);
    expect(positive(`${ORDER}Please leave a review and tell other buyers what you thought.`)).toEqual([]);
    expect(positive(`${ORDER}Please leave a review and say how you found the fit.`)).toEqual([]);
    expect(positive(`${ORDER}Please mention the fast delivery in your review.`)).toHaveLength(1);
    expect(positive(`${ORDER}If you are happy to share your experience, a review helps other buyers.`)).toEqual([]);
    expect(positive(`${ORDER}无论满意与否,欢迎留下您的评价。`)).toEqual([]);    // Both ends of the scale named as alternatives: the ask is neutral, the star count steers nothing.
    expect(positive(`${ORDER}Tell us how the mug did, be it a 5-star or a 1-star review.`)).toEqual([]);
    expect(positive(`${ORDER}Eine ehrliche Meinung zählt, ob 5 Sterne oder 1 Stern.`)).toEqual([]);
    expect(positive(`${ORDER}Votre avis compte, 5 ou 1 étoile, il aide les autres acheteurs.`)).toEqual([]);
    expect(positive(`${ORDER}Cuéntenos qué tal, 5 estrellas o 1 estrella, en una reseña.`)).toEqual([]);
    expect(positive(`${ORDER}Scriva la sua recensione, da 5 stelle o da 1 stella.`)).toEqual([]);
    expect(positive(`${ORDER}Please leave a 4-star or 5-star review.`)).toHaveLength(1);
  });
  it('"let us fix it before you write anything" after a short question is gating; "before you write to us" is not', () => {
    expect(positive(`${ORDER}Please review the lamp on Amazon. Not quite right? Let us fix it before you write anything.`)).toHaveLength(1);
    expect(positive(`${ORDER}Please review the lamp on Amazon. Any trouble? Check the manual before you write to us.`)).toEqual([]);
    expect(positive(`${ORDER}We hope the lamp earns a top rating from you!`)).toHaveLength(1);
  });
});

describe('positive-review-request: slash ratings are ratings only beside a review word', () => {
  it('"10/10" and "5/5" as dates or counts raise nothing; beside a review word they are a rating', () => {
    expect(positive(`${ORDER}Please expect the delivery on 10/10, between 9 am and noon.`)).toEqual([]);
    expect(positive(`${ORDER}Please note the store is closed on 5/5.`)).toEqual([]);
    expect(positive(`${ORDER}Please rate us 5/5 on Amazon!`)).toHaveLength(1);
    expect(positive(`${ORDER}A 10/10 review would mean everything to us.`)).toHaveLength(1);
  });
  it('enjoyment and benefit conditions in informal register, several languages; conditions on time stay neutral', () => {
    expect(positive(`${ORDER}Ti è piaciuta la lampada? Lasciaci una recensione su Amazon.`)).toHaveLength(1);
    expect(positive(`${ORDER}Si has disfrutado del juego, déjanos una reseña en Amazon.`)).toHaveLength(1);
    expect(positive(`${ORDER}Wenn dir das Buch Spaß gemacht hat, hinterlasse eine Bewertung.`)).toHaveLength(1);
    expect(positive(`${ORDER}Si ce guide vous a aidé, laissez un avis sur Amazon.`)).toHaveLength(1);
    expect(positive(`${ORDER}If the planner has helped you, please leave a review.`)).toHaveLength(1);
    expect(positive(`${ORDER}Enjoying the blender?\nYour review helps other cooks choose.\nWrite a review`)).toHaveLength(1);
    expect(positive(`${ORDER}Se hai un minuto, lasciaci una recensione onesta su Amazon.`)).toEqual([]);
    expect(positive(`${ORDER}Wenn du einen Moment Zeit hast, hinterlasse eine ehrliche Bewertung.`)).toEqual([]);
    expect(positive(`${ORDER}Si vous avez besoin d'aide pour laisser un avis, répondez à ce message.`)).toEqual([]);
    expect(positive(`${ORDER}How was the delivery?\nIf you have a moment, please rate the product on Amazon.`)).toEqual([]);
  });
});

describe('positive-review-request: a single author or seller asking in the first person singular', () => {
  it('gating before an "I would be glad of a review" ask, in four languages', () => {
    expect(positive(`${ORDER}Hat dir das Rätselheft gefallen? Dann freue ich mich über eine kurze Bewertung auf Amazon.`)).toHaveLength(1);
    expect(positive(`${ORDER}Si ce carnet vous a touché, ce qui m'aiderait le plus, c'est un avis sur Amazon.`)).toHaveLength(1);
    expect(positive(`${ORDER}¿Te ha gustado el cuaderno? Me ayudaría mucho una reseña en Amazon.`)).toHaveLength(1);
    expect(positive(`${ORDER}Ti è piaciuto il quaderno? Mi aiuterebbe tanto una recensione su Amazon.`)).toHaveLength(1);
  });
  it('the same first-person ask with no condition, or with a time condition, is neutral', () => {
    expect(positive(`${ORDER}Wenn du einen Moment Zeit hast, freue ich mich über eine kurze Bewertung auf Amazon.`)).toEqual([]);
    expect(positive(`${ORDER}Ce qui m'aiderait le plus, c'est votre avis sur Amazon, quel qu'il soit.`)).toEqual([]);
    expect(positive(`${ORDER}Ich freue mich, dir mitzuteilen, dass das Rätselheft heute verschickt wurde.`)).toEqual([]);
  });
});

describe('positive-review-request: liking and benefit as word classes, headings, satisfaction taken for granted', () => {
  const card = (t: string) => lintMessage(t, { mode: 'insert' }).filter((f) => f.rule === 'positive-review-request');
  it('inflected liking verbs in a condition, six languages; the same verbs in a wish stay neutral', () => {
    expect(positive(`${ORDER}Si vous avez aimé cette bouilloire, merci de laisser un avis sur Amazon.`)).toHaveLength(1);
    expect(card('Se hai apprezzato i colori del set, scrivi due righe su Amazon: una recensione aiuta.')).toHaveLength(1);
    expect(card('Si has apreciado la linterna, déjanos una reseña en Amazon.')).toHaveLength(1);
    expect(card('Wenn Ihnen der Rucksack gefiel, schreiben Sie bitte eine Rezension auf Amazon.')).toHaveLength(1);
    expect(positive(`${ORDER}If you adored the puzzle, please leave a review on Amazon.`)).toHaveLength(1);
    expect(positive(`${ORDER}Nous espérons que vous avez apprécié la bouilloire. Quand vous aurez un moment, un avis sincère sur Amazon aidera d'autres clients.`)).toEqual([]);
  });
  it('"if it helped you / gave you ideas" is a condition on benefit; a plain statement of use is not', () => {
    expect(card('Si la notice de montage vous a aidé, merci de laisser un avis sur Amazon.')).toHaveLength(1);
    expect(card('Si el cuaderno de ejercicios te ha servido, deja una reseña en Amazon.')).toHaveLength(1);
    expect(card('Se la guida ti è stata utile, lasciaci una recensione su Amazon.')).toHaveLength(1);
    expect(card('If the workbook has given you ideas for your classes, please review it on Amazon.')).toHaveLength(1);
    expect(card('La notice de montage vous aidera à fixer les pieds. Un avis sincère sur Amazon, même court, nous aide beaucoup.')).toEqual([]);
  });
  it('commas that only join a list keep a German condition open; a clause comma closes it', () => {
    expect(card('Falls dir das Yoga-Heft Ruhe, Kraft und gute Laune gegeben hat, schreib gern eine Bewertung auf Amazon.')).toHaveLength(1);
    expect(card('Wenn Sie Fragen, Wünsche oder Probleme haben, schreiben Sie uns. Eine ehrliche Rezension bei Amazon hilft anderen Lesern.')).toEqual([]);
  });
  it('a conditional heading governs the request a few lines below it; other headings do not', () => {
    expect(card('¿Te ha gustado la lámpara?\n\nGracias por tu compra.\nNos ayuda mucho saber tu opinión.\n\nEscribe tu opinión en Amazon')).toHaveLength(1);
    expect(card('Enjoyed the cookbook?\n\nThanks for cooking with us.\nEvery opinion helps other home cooks.\nPlease leave a review on Amazon.')).toHaveLength(1);
    expect(card('Need help with the lamp?\n\nThe bulb socket fits E27 bulbs.\nReplacement shades are in the manual.\n\nYour honest opinion\nPlease leave a review on Amazon.')).toEqual([]);
    expect(card('Things to try if you enjoy this puzzle\n\nTime yourself on the hard side.\nSwap pieces with a friend.\nKeep the box for the poster inside.')).toEqual([]);
  });
  it('satisfaction taken for granted before the ask ("delighted you love it!"); a hope or a thanks for writing is not', () => {
    expect(positive(`${ORDER}Delighted you love the kettle! Could you leave a review on Amazon?`)).toHaveLength(1);
    expect(card('Nos alegra que te haya gustado la mochila. ¿Nos dejas una reseña en Amazon?')).toHaveLength(1);
    expect(card('Ravis que la lampe vous plaise ! Laissez-nous un avis sur Amazon.')).toHaveLength(1);
    expect(positive(`${ORDER}We hope you're happy with the kettle. When you get a chance, an honest review on Amazon would help other buyers.`)).toEqual([]);
    expect(positive(`${ORDER}We're glad you reached out about the lid. A new one is on its way today.`)).toEqual([]);
  });
  it('a condition with its own main clause is a usage tip, not a gate on the ask after it', () => {
    expect(positive(`${ORDER}If you like strong tea, steep it for five minutes. We would appreciate a review on Amazon.`)).toEqual([]);
    expect(positive(`${ORDER}Si vous aimez le thé fort, laissez infuser cinq minutes. Nous serions ravis de lire votre avis sur Amazon.`)).toEqual([]);
    expect(positive(`${ORDER}Wenn Ihnen der Kaffee zu mild ist, nehmen Sie einen Löffel mehr. Eine Rezension bei Amazon hilft uns.`)).toEqual([]);
    // …but a plea after the comma still leads into the ask.
    expect(positive(`${ORDER}If you enjoyed the puzzle, we would love to hear from you. Please leave a review on Amazon.`)).toHaveLength(1);
  });
  it('gladness about something other than liking the item, and tips under a question heading, are not gating', () => {
    expect(positive(`${ORDER}We are happy you are part of our community! Please leave a review on Amazon.`)).toEqual([]);
    expect(positive(`${ORDER}Nos alegra que hayas recibido tu pedido. Por favor, deja una reseña en Amazon.`)).toEqual([]);
    expect(card('Enjoying your lamp?\nHere are three tips.\nClean it with a dry cloth.\nUse warm white bulbs.\nPlease leave a review on Amazon.')).toEqual([]);
    expect(positive(`${ORDER}So glad you had a great experience with us! Could you leave a review on Amazon?`)).toHaveLength(1);
  });
  it('handing over a text to post ("copy and paste what you wrote") tells the buyer what to write', () => {
    expect(positive(`${ORDER}Thanks for the kind words you sent us! Could you share them in a review on Amazon? Copy and paste what you wrote: "Great kettle".`)).toHaveLength(1);
    expect(positive(`${ORDER}Could you leave a review on Amazon? To make it easy, we've included your feedback below.`)).toHaveLength(1);
    // No review asked: a copy of the buyer's message for their records tells nothing.
    expect(positive(`${ORDER}Thanks for your message. We have included your comments below for your records.`)).toEqual([]);
  });
});

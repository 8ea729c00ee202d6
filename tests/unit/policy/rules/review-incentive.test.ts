import { describe, expect, it } from 'vitest';
import { lintMessage } from '../../../../lib/policy/index.ts';
import { ORDER, find, span } from './_helpers.ts';

const incentive = (t: string) => find(t, 'review-incentive');
const card = (t: string) => lintMessage(t, { mode: 'insert' }).filter((f) => f.rule === 'review-incentive');

describe('review-incentive: the offer and the ask in any wording (funnels, inserts, six languages)', () => {
  it('a reward the buyer gets for a review needs no request word', () => {
    expect(incentive(`${ORDER}Each honest review of the fan earns you 500 loyalty points.`)).toHaveLength(1);
    expect(incentive(`${ORDER}One short review of the mixer unlocks a $10 credit in your account.`)).toHaveLength(1);
  });
  it('a gift-like reward in one sentence and the ask in another is one offer', () => {
    const t = `${ORDER}Please share your experience with the heater on Amazon. Customers who do receive a complimentary second filter.`;
    const [f] = incentive(t);
    expect(f).toBeDefined();
    expect(span(t, f!)).toMatch(/^share your experience.*complimentary/);
    expect(card('Step 1: Rate your purchase on Amazon.\nStep 2: Send us the link.\nStep 3: Claim your free travel case.')).toHaveLength(1);
    expect(card('Join our club today.\nLeave your thoughts on Amazon.\nMembers get early access to bonus gifts.')).toHaveLength(1);
  });
  it('other languages: share your experience and receive a gift', () => {
    expect(incentive(`${ORDER}Teilen Sie Ihre Erfahrung mit der Lampe auf Amazon. Danach erhalten Sie einen Gutschein über 10 Euro.`)).toHaveLength(1);
    expect(incentive(`${ORDER}Partagez votre expérience sur Amazon et recevez un cadeau offert.`)).toHaveLength(1);
    expect(incentive(`${ORDER}Comparta su experiencia en Amazon y obtenga un regalo.`)).toHaveLength(1);
    expect(incentive(`${ORDER}分享您的使用体验并截图给我们,即可获得礼品一份。`)).toHaveLength(1);    // "Give your opinion to obtain…": the infinitive of getting, in French, Spanish and Italian.
    expect(card('Donnez votre avis sur la théière pour obtenir une boîte de thé gratuite !')).toHaveLength(1);
    expect(card('Escriba su opinión sobre la tetera para obtener una caja de té gratis.')).toHaveLength(1);
    expect(card('Scriva una recensione della teiera per ottenere una scatola di tè gratuita.')).toHaveLength(1);
    // A free refill offered for no review at all is not an incentive.
    expect(card('Donnez une seconde vie à la théière : obtenez une recharge gratuite sur notre site.')).toEqual([]);
  });
  it('"register and review to get…": the verb review takes any object but a document', () => {
    expect(card('Register and review to get a bonus bottle of cleaner.')).toHaveLength(1);
    expect(card('Register your toaster and review it on Amazon to get a free crumb tray.')).toHaveLength(1);
    expect(incentive(`${ORDER}Please review the attached invoice; your refund is on its way.`)).toEqual([]);
  });
  it('a remedy beside a neutral ask is no offer', () => {
    expect(incentive(`${ORDER}We are sorry the bowl chipped. You will receive a full refund within two days. If you have time, please leave an honest review.`)).toEqual([]);
    expect(incentive(`${ORDER}A free replacement is on its way. We would welcome your honest review once you have tried it.`)).toEqual([]);
    expect(incentive(`${ORDER}The box includes a free cleaning cloth. If you wish, share your honest experience on Amazon.`)).toEqual([]);
    expect(incentive(`${ORDER}Wir haben Ihnen die Rückerstattung veranlasst. Über eine ehrliche Bewertung würden wir uns freuen.`)).toEqual([]);
  });
  it('a refund notice beside the word "avis" (notice) is not a review', () => {
    expect(incentive(`${ORDER}L'avis du transporteur indique un retard. Si vous préférez ne pas recevoir le colis, nous pouvons vous rembourser.`)).toEqual([]);
  });
  it('numbered steps, club access, a share of the price back, an extended warranty', () => {
    expect(card('1.\nWrite a few words about the kettle on Amazon.\n2.\nPaste the link below.\n3.\nPick your free mug.')).toHaveLength(1);
    expect(incentive(`${ORDER}Members of our club get early access to every launch. To join, post a review of the lamp on Amazon.`)).toHaveLength(1);
    expect(incentive(`${ORDER}Si deja su valoración en Amazon, le devolvemos el 30 % del precio.`)).toHaveLength(1);
    expect(card('Bewerten Sie Ihren Kauf auf Amazon und sichern Sie sich eine verlängerte Garantie.')).toHaveLength(1);
    expect(incentive(`${ORDER}We will reimburse your shipping once you have posted your review.`)).toHaveLength(1);
    expect(incentive(`${ORDER}给我们留下评论后,我们将返还部分货款。`)).toHaveLength(1);
  });
});

describe('review-incentive: a free item that is part of the order is no reward; a tied offer reaches further', () => {
  it('a bundled freebie beside a later neutral ask raises nothing', () => {
    expect(incentive(`${ORDER}Your order includes a free carrying case; we'll send you its tracking number tomorrow. If you have a moment, we'd appreciate a review.`)).toEqual([]);
    expect(incentive(`${ORDER}Sie erhalten das kostenlose Zubehör in einem separaten Paket. Viel Freude damit! Über eine ehrliche Bewertung freuen wir uns.`)).toEqual([]);
    expect(incentive(`${ORDER}Please leave an honest review when you can. The wrong size was sent, sorry. Please send it back with the prepaid label. Then you'll receive the right size free of charge.`)).toEqual([]);
  });
  it('an offer "as a thank-you" finds the ask several sentences later', () => {
    const t = `${ORDER}As a thank-you, a free gift is waiting for you. We hope the knives serve you well. Hand-wash the blades. To get it, simply leave a review on Amazon and send us the screenshot.`;
    expect(incentive(t)).toHaveLength(1);
    expect(incentive(`${ORDER}As a thank you for your order, a free recipe e-book is waiting in your library. We hope you enjoy the knives. Hand-wash the blades. If you have a moment, we'd appreciate a review.`)).toEqual([]);
  });
  it('informal register: "leave a review and receive/get/unlock a gift"', () => {
    expect(card('Lascia una recensione e ricevi un ebook in regalo!')).toHaveLength(1);
    expect(card('Escribe tu reseña en Amazon y recibe dos regalos.')).toHaveLength(1);
    expect(incentive(`${ORDER}Schreib eine Bewertung und du bekommst ein kleines Geschenk.`)).toHaveLength(1);
    expect(incentive(`${ORDER}Ton colis contient deux cadeaux en bonus, déjà inclus. Si tu as un moment, laisse un avis honnête sur Amazon.`)).toEqual([]);
  });
});

describe('review-incentive: a reward the verb names ("this page unlocks once you post a review")', () => {
  it('unlocked by the review, three languages; an unlocked account with a review tip is not an offer', () => {
    expect(card('Bonus recipes\nThis page unlocks once you post a review on Amazon.')).toHaveLength(1);
    expect(card('Capitolo bonus\nSi sblocca quando hai scritto la tua recensione su Amazon.')).toHaveLength(1);
    expect(card('Kapitel 13 als Extra\nWird freigeschaltet, sobald du deine Rezension auf Amazon geschrieben hast.')).toHaveLength(1);
    expect(card('Your account is unlocked again. If you post a review, Amazon may take a few days to publish it.')).toEqual([]);
  });
  it('amounts in any currency, symbol before or after ("₹300", "12$", "Rs 250"), are rewards', () => {
    expect(incentive(`${ORDER}Post a review of the blender and get ₹300 back on your UPI app.`)).toHaveLength(1);
    expect(incentive(`${ORDER}Write a review of the lamp on Amazon and we pay you 12$ right after.`)).toHaveLength(1);
    expect(incentive(`${ORDER}Submit your review, then come back to this page to collect Rs 250.`)).toHaveLength(1);
    expect(incentive(`${ORDER}The kettle costs ₹300 less this week. We hope you enjoy it.`)).toEqual([]);
  });
  it('an offer and a change request in neighbouring paragraphs are one offer, across markup lines', () => {
    const t = `${ORDER}<p>We are sorry the fan rattled. Could we offer you a 25$ voucher as an apology?</p>\n<p>If it is no trouble, we would be grateful if you removed your review.</p>`;
    expect(incentive(t)).toHaveLength(1);
    expect(incentive(`${ORDER}<p>We are sorry the fan rattled. A replacement ships today.</p>\n<p>Thanks for your patience.</p>`)).toEqual([]);
  });
  it('"as a token of our gratitude" ties a gift card to the review thanked for just before', () => {
    expect(incentive(`${ORDER}We really appreciate you taking the time to leave a review. As a token of our gratitude, we are happy to send you a $10 gift card.`)).toHaveLength(1);
    expect(incentive(`${ORDER}Thank you for your order. As a token of our gratitude, your parcel ships with express delivery.`)).toEqual([]);
  });
  it('"you can enjoy" a discount is a reward the buyer gets; enjoying the product or a bundled gift is not', () => {
    expect(card('Please rate the desk lamp on Amazon.\nWith a rating of 4 stars or more, you can enjoy 15% off your next order.')).toHaveLength(1);
    expect(incentive(`${ORDER}Thank you for your order. We hope you will enjoy the free carry bag that comes with it. Please leave a review on Amazon if you have a moment.`)).toEqual([]);
    expect(incentive(`${ORDER}Please review the lamp on Amazon. You will enjoy the warm light for years.`)).toEqual([]);
  });
  it('"return here to upload it, so you can unlock your reward" is a funnel, not a product return', () => {
    expect(card('Share how the kettle works for you with a review on Amazon.\nKeep a screenshot of your review and return here to upload it,\nso you can unlock your reward!')).toHaveLength(1);
    expect(incentive(`${ORDER}We are sorry the kettle leaked. Please return it with the label attached and we will refund you in full.`)).toEqual([]);
  });
  it('a gift announced on the page that confirms the review was posted is what the review earned, however far apart', () => {
    expect(incentive('Danke! Ihre Bewertung wurde veröffentlicht.\nSchritt 1: Wir prüfen Ihre Bestellnummer.\nSchritt 2: Ihr Geschenk wird innerhalb von 20 Werktagen versandt.')).toHaveLength(1);
    expect(incentive(`${ORDER}We noted your gift-wrap request and your gift ships tomorrow. If you have a moment after it arrives, we would welcome a review.`)).toEqual([]);
  });
  it('French "un retour honnête" is a review', () => {
    expect(incentive('Envoyez-nous un retour honnête et recevez un produit gratuit !')).toHaveLength(1);
    expect(incentive(`${ORDER}Votre retour a bien été enregistré : le remboursement suivra sous 5 jours.`)).toEqual([]);
  });
  it('"tell us about your experience for a free 3-pack" pays for feedback', () => {
    expect(incentive(`${ORDER}We want to hear from you! Tell us about your experience for a free 3-pack.`)).toHaveLength(1);
    expect(incentive(`${ORDER}Tell us about your experience with the delivery so we can improve.`)).toEqual([]);
  });
  it('a free pack on its way, thanked for the feedback the buyer left, pays for that feedback', () => {
    expect(incentive(`${ORDER}Your free 3-pack is on the way! Thanks again for the feedback that you left us. Could you share it on Amazon too?`)).toHaveLength(1);
    // The order itself on its way, and thanks for a review, offer nothing.
    expect(incentive(`${ORDER}Your order is on the way! Thanks again for the review that you left us.`)).toEqual([]);
  });
});

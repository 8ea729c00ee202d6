import { describe, expect, it } from 'vitest';
import { ORDER, find } from './_helpers.ts';

const bare = (t: string) => find(t, 'no-permitted-reason');

describe('no-permitted-reason: reasons and bare thanks in more words and languages', () => {
  it('delivery events, usage tips, order questions, return logistics and invoices are reasons', () => {
    for (const t of [
      'Thank you for your order. The driver could not get into your building, so a second delivery attempt is planned for Monday.',
      'Thanks for your purchase! One tip: charge the shaver fully before first use.',
      'Thank you for your order. Which colour would you prefer for the engraved tag?',
      'Thanks! To send the lamp back, use the prepaid label in Your Orders.',
      'Vielen Dank für Ihre Bestellung. Ihr Paket liegt noch beim Zoll.',
      "Merci pour votre commande. Le colis est arrivé abîmé au point relais.",
      'Grazie per il suo ordine. Il pacco è in giacenza presso il corriere.',
      'ご注文ありがとうございます。ご使用前に説明書をお読みください。',
      '感谢您的购买。包裹在海关清关中,预计下周送达。',
      'A quick heads-up: the carrier is running behind, so the parcel should now arrive on Friday.',
    ])
      expect(bare(ORDER + t), t).toEqual([]);
  });
  it('check-ins, welcomes and thank-yous in new words still warn', () => {
    for (const t of [
      'We appreciate your business and hope you are enjoying your new kettle.',
      'Just checking in. We are always around if you need us.',
      'Herzlichen Glückwunsch zu Ihrer neuen Lampe!',
      'Nous vous remercions de votre confiance.',
      'La ringraziamo per aver scelto il nostro negozio.',
      '您的包裹已发货,祝您生活愉快!',
      'Votre colis a été remis au transporteur. Bonne journée !',
      'Happy holidays from our team! Your order shipped today.',
    ])
      expect(bare(ORDER + t), t).toHaveLength(1);
  });
  it('a reply to the buyer is never bare', () => {
    expect(find(`${ORDER}Thanks for your message!`, 'no-permitted-reason', { buyerInitiated: true })).toEqual([]);
  });
  it('a check-in that points to Amazon messages is still only a check-in; a shipping incident is a reason', () => {
    expect(bare('How is the new water filter working for you? If anything comes up, please contact us via Amazon messages.')).toHaveLength(1);
    expect(bare('Thank you for your order. It ships with Amazon, and you can follow it in Your Orders. Questions? Contact us via Amazon messages.')).toHaveLength(1);
    for (const t of [
      'We are sorry: your order has not shipped on the planned day because of a stock error. It leaves tomorrow.',
      'Le escribimos por su pedido: el transportista nos indica una incidencia en el envío.',
      'Nous vous écrivons au sujet de votre commande : le transporteur signale un incident de livraison.',
    ]) expect(bare(t)).toEqual([]);
  });
  it('Japanese "問題なく" (without any problem) is no problem to write about', () => {
    expect(find('注文番号 503-1234567-1234567\nこの度はご注文いただき誠にありがとうございます。\nご注文の商品は問題なくお受け取り頂けましたでしょうか?', 'no-permitted-reason')).toHaveLength(1);
    expect(find('注文番号 503-1234567-1234567\nご注文の商品に問題があり、申し訳ございません。交換品をお送りします。', 'no-permitted-reason')).toEqual([]);
  });
  it('a notice that sets terms in days ("not arrived within 35 days, we refund you") is a reason; a bare help offer is not', () => {
    expect(find(`${ORDER}If your parcel has not arrived within 35 days of dispatch, we will refund you in full through Amazon.`, 'no-permitted-reason')).toEqual([]);
    expect(find(`${ORDER}Thank you for your purchase! If you have any problems, feel free to contact us.`, 'no-permitted-reason')).toHaveLength(1);
  });
  it('a parcel stuck somewhere is a reason; the German table column "Stück" (pieces) is not', () => {
    expect(bare(`${ORDER}Thank you for your order. Your parcel is stuck in customs; we have asked the carrier to release it.`)).toEqual([]);
    expect(bare(`${ORDER}Hallo Erika,\n\nvielen Dank für Ihre Bestellung! Sie haben bei uns bestellt:\n\nStück\tArtikel\tPreis\n1\tTeekanne\t24,90 €\n\nMit freundlichen Grüßen`)).toHaveLength(1);
  });
  it('"would you be willing to share your experience" is a review request', () => {
    expect(find(`${ORDER}Thanks for choosing our grinder. Would you be willing to share your experience on Amazon?`, 'no-permitted-reason')).toEqual([]);
  });
  it('the code or key a digital part of the order needs is a reason, in each language', () => {
    for (const t of [
      'Thank you for your order. Your activation code for the companion app is ABCD-1234. Best wishes.',
      'Merci pour votre commande ! Voici les codes pour accéder à l’application : WXYZ-9876. Cordialement.',
      'Vielen Dank für Ihre Bestellung! Ihr Zugangscode für die App lautet QRST-5555.',
      'Gracias por su pedido. Su código de activación es LMNO-2222. Saludos.',
      'Grazie per il suo ordine! Ecco il codice di accesso all’app: PQRS-3333.',
      'ご注文ありがとうございます。アプリのアクティベーションコードは EFGH-4444 です。',
      '感谢您的购买!您的激活码是 IJKL-7777。',
    ]) expect(bare(ORDER + t), t).toEqual([]);
    // A code word alone ("use code X at checkout") is a discount, judged by promotion, not a reason.
    expect(bare(`${ORDER}Thank you for your purchase! Have a lovely day.`)).toHaveLength(1);
  });
});

import { describe, expect, it } from 'vitest';
import { ORDER, find } from './_helpers.ts';
import { lintMessage } from '../../../../lib/policy/index.ts';

const pii = (t: string) => find(t, 'personal-info-request');

describe('personal-info-request: contact data is off limits, order details and photos are not', () => {
  it('asking which item, for a photo or an order number is permitted', () => {
    for (const t of [
      'Could you tell us which of the two mugs arrived broken and send a photo of it?',
      'Please send us a picture of your phone case where the seam split.',
      'Could you photograph the note from your mail carrier and attach it here?',
      'Could you tell us the order number of your other parcel?',
      'Könnten Sie uns ein Foto der Verpackung schicken?',
    ])
      expect(pii(ORDER + t), t).toEqual([]);
  });
  it('asking for a phone number, address, email or date of birth is not', () => {
    for (const t of [
      'Please reply with your date of birth so we can register the warranty.',
      'Could you give us a mobile number to reach you?',
      'Merci de nous indiquer votre date de naissance.',
      'Para la garantía, indíquenos su fecha de nacimiento.',
      'Please send us your phone number.',
      '请提供您的出生日期。',
      'Bitte nennen Sie uns Ihre private Handynummer.',
    ])
      expect(pii(ORDER + t), t).not.toEqual([]);
  });
  it('a hope or a look-forward is no request for the data it mentions', () => {
    expect(pii(`${ORDER}We hope your email about the return reached us; our reply is in this thread.`)).toEqual([]);
    expect(pii(`${ORDER}We look forward to your reply about the engraving.`)).toEqual([]);
  });
  it('"add your e-mail" and required form fields ask for the detail; a warning not to share it does not', () => {
    const pii = (t: string) => lintMessage(t).filter((f) => f.rule === 'personal-info-request');
    expect(pii('Si quieres, añade tu email en el formulario para recibir novedades.')).toHaveLength(1);
    expect(pii('Inserisci la tua email qui sotto.')).toHaveLength(1);
    expect(pii('Report a problem\nYour Name *\nYour Email *\nSend')).toHaveLength(1);
    expect(pii('Order 111-4545454-6767676. We will never ask for your email; reply only through Amazon messages.')).toEqual([]);
  });
});

describe('personal-info-request: asking the buyer to contact you on another channel, in seven languages', () => {
  const moves = (t: string) => find(t, 'personal-info-request');
  it('a contact ask naming a chat app moves the conversation off Amazon', () => {
    for (const t of [
      'Schreiben Sie uns auf WhatsApp, dann geht es schneller.',
      'Contactez-nous sur WhatsApp pour une réponse rapide.',
      'Escríbanos por Telegram y lo resolvemos hoy.',
      'Contattateci su Viber per una risposta veloce.',
      'LINEでご連絡ください。',
      '请通过微信联系我们。',
      'Contact us on WhatsApp for a faster reply.',
    ]) expect(moves(`${ORDER}${t}`), t).toHaveLength(1);
  });
  it('Amazon messaging, a refusal or a warning moves nothing', () => {
    for (const t of [
      'Kontaktieren Sie uns bitte nur über die Amazon-Nachrichten, nicht über WhatsApp.',
      'Nous ne vous contacterons jamais sur WhatsApp.',
      'Nunca le contactaremos por WhatsApp.',
      '微信等第三方软件不会用来联系您。请直接回复本消息。',
      'We will never contact you on WhatsApp; just reply to this message.',
      'Bitte antworten Sie einfach auf diese Nachricht.',
    ]) expect(moves(`${ORDER}${t}`), t).toEqual([]);
  });
  it('a detail named as where something was sent is not a request for it (four languages)', () => {
    for (const t of [
      'We have sent the return label to your email. Please let us know once the parcel is on its way.',
      'Wir haben das Rücksendeetikett an Ihre E-Mail gesendet. Bitte geben Sie uns Bescheid.',
      '退货标签已发送至您的邮箱，请查收并告知我们。',
    ]) expect(pii(`${ORDER}${t}`)).toEqual([]);
    expect(pii(`${ORDER}Please send us your email address so we can forward the label.`)).toHaveLength(1);
  });
  it('"contact us directly" names no channel: no error on its own', () => {
    expect(pii(`${ORDER}We saw your comment and want to help. Please contact us directly so we can sort it out.`)).toEqual([]);
    expect(pii(`${ORDER}Please contact us directly at help@lampshop.example so we can sort it out.`)).toHaveLength(1);
  });
  it('"hit reply and drop us an email" answers through Amazon; "drop us an email" alone moves the conversation', () => {
    expect(pii(`${ORDER}If anything is not right, just hit reply and drop us an email, and we will fix it.`)).toEqual([]);
    expect(pii(`${ORDER}If anything is not right, reply to this message and send us an email with photos.`)).toEqual([]);
    expect(pii(`${ORDER}If anything is not right, drop us an email and we will fix it.`)).toHaveLength(1);
  });
  it('a form of bare contact-detail labels asks for them; a signature with values does not', () => {
    expect(pii('Tell us how it went\nFirst Name\nLast Name\nEmail Address\nNext')).toHaveLength(1);
    expect(pii('Claim your gift\nOrder number\nFull name\nEmail address\nShipping address\nSubmit')).toHaveLength(1);
    expect(pii('Garantie aktivieren\nBestellnummer\nName\nTelefonnummer\nAbsenden')).toHaveLength(1);
    expect(pii(`${ORDER}Thanks for your patience.\nKind regards,\nMaya, Lampshop support\nEmail: via Amazon messages only`)).toEqual([]);
    expect(pii(`${ORDER}Your order\nName of the item: desk lamp\nColour: white`)).toEqual([]);
  });
});

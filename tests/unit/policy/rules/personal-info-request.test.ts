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

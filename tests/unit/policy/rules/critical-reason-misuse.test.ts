import { describe, expect, it } from 'vitest';
import { ORDER, find } from './_helpers.ts';
import type { ContactReason } from '../../../../lib/policy/index.ts';

const under = (text: string, contactReason: ContactReason) => find(text, 'critical-reason-misuse', { contactReason });

describe('critical-reason-misuse', () => {
  it('fires on a review request, marketing or a bare thank-you sent under a critical reason', () => {
    expect(under(`${ORDER}Please take a moment to review the product on Amazon.`, 'unexpected-problem')).toHaveLength(1);
    expect(under(`${ORDER}Check out our new arrivals for winter!`, 'missing-information')).toHaveLength(1);
    expect(under(`${ORDER}Thank you for shopping with us! We are here to help.`, 'delivery')).toHaveLength(1);
    expect(under(`${ORDER}Thank you for shopping with us!`, 'delivery')[0]!.severity).toBe('error');
  });
  it('is silent for the non-critical reason and for messages the order needs', () => {
    expect(under(`${ORDER}Please take a moment to review the product on Amazon.`, 'other')).toEqual([]);
    expect(under(`${ORDER}The engraving text is too long. Could you send a shorter version?`, 'missing-information')).toEqual([]);
    expect(under(`${ORDER}The carrier needs a delivery appointment. Which morning suits you?`, 'delivery')).toEqual([]);
    expect(under(`${ORDER}The parcel was damaged in transit; a replacement ships today.`, 'unexpected-problem')).toEqual([]);
    expect(find(`${ORDER}Please leave a review.`, 'critical-reason-misuse')).toEqual([]);
  });
  it('a thank-you that carries a delivery or address question is a message the order needs', () => {
    expect(under(`${ORDER}Thank you for your order! It ships overnight with signature confirmation. Reply "no signature" before it ships if the courier may leave it at your door.`, 'delivery')).toEqual([]);
    expect(under(`${ORDER}Thanks for shopping with us. The carrier says your address cannot be verified. Please check the address and reply with any correction.`, 'missing-information')).toEqual([]);
    expect(under(`${ORDER}Thank you for your order! We hope you enjoy it.`, 'delivery')).toHaveLength(1);
  });
  it('a courier incident fits "delivery"; a check-in under "unexpected problem" does not', () => {
    expect(under(`${ORDER}Le escribimos por su pedido: el transportista nos indica una incidencia en el envío.`, 'delivery')).toEqual([]);
    expect(under(`${ORDER}How are you getting on with the blender? If you have questions, contact us via Amazon messages.`, 'unexpected-problem')).toHaveLength(1);
  });
  it('an apology says something went wrong, in Japanese and Chinese as in English', () => {
    expect(under(`${ORDER}大変ごめんなさい。お返事をお待ちしております。ありがとうございます。`, 'unexpected-problem')).toEqual([]);
    expect(under(`${ORDER}非常抱歉，请回复我们。谢谢！`, 'unexpected-problem')).toEqual([]);
    expect(under(`${ORDER}ご購入ありがとうございます。`, 'unexpected-problem')).toHaveLength(1);
  });
});

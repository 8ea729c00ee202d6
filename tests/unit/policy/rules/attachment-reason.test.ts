import { describe, expect, it } from 'vitest';
import { ORDER, find } from './_helpers.ts';

const attached = (text: string) => find(text, 'attachment-reason', { hasAttachment: true });

describe('attachment-reason', () => {
  it('warns when a file is attached and the text does not say what it is', () => {
    expect(attached(`${ORDER}Please see the attached file.`)).toHaveLength(1);
    expect(attached(`${ORDER}Voici le document demandé.`)).toHaveLength(1);
    expect(attached(`${ORDER}Please see the attached file.`)[0]!.severity).toBe('warning');
  });
  it('is silent when the text names the attachment, in any of the six languages, or nothing is attached', () => {
    for (const t of ['Attached is the invoice for your order.', 'The assembly instructions are attached.', 'Your prepaid return label is attached.', 'Anbei die Rechnung.', 'Ci-joint la facture.', 'Adjuntamos la factura.', 'In allegato la fattura.', '請求書を添付しました。', '附件是发票。'])
      expect(attached(`${ORDER}${t}`), t).toEqual([]);
    expect(find(`${ORDER}Please see the attached file.`, 'attachment-reason')).toEqual([]);
  });
});

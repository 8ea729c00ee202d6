// Metamorphic checks for the linter: a change that keeps the meaning keeps
// the findings. Sellers type "has been issued.If you have a moment…" with no
// space, editors paste no-break spaces and CRLF line ends; a finding that
// moves with these read the form, not the words — and a false error blocks a
// legitimate message. Checked on our own corpus and, when it is beside the
// project, on the shared real messages (read where they live, never copied).
// Label-free: each variant is compared with the text as written.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { lintMessage } from '../../../lib/policy/index.ts';
import { contextOf, type LabelledMessage } from '../../../scripts/lib/message-score.ts';

const read = (file: string): LabelledMessage[] =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => {
      const o = JSON.parse(l);
      return { ...o, expect: o.expect ?? o.rules ?? [] };
    });
const OWN = fileURLToPath(new URL('../../corpus/messages.jsonl', import.meta.url));
const REAL = fileURLToPath(new URL('../../../../shared/corpus/real-messages.dev.jsonl', import.meta.url));

const findings = (m: LabelledMessage, text: string): string[] => [...new Set(lintMessage(text, contextOf(m)).map((f) => `${f.rule}:${f.severity}`))].sort();
const errors = (m: LabelledMessage, text: string): string[] => findings(m, text).filter((f) => f.endsWith(':error'));

const SPACING: Record<string, (s: string) => string> = {
  'no-break spaces': (s) => s.replace(/ /g, '\u00a0'),
  'CRLF line ends': (s) => (s.includes('\r') ? s : s.replace(/\n/g, '\r\n')),
  'tab spaces': (s) => s.replace(/ /g, '\t'),
};
// Only at a sentence end followed by a letter: "issued. If" → "issued.If".
const noSpace = (s: string): string => s.replace(/([.!?]) +(?=\p{L})/gu, '$1');

// Our own sentences, appended as a last paragraph to every compliant text.
const COURTESY = ['Your feedback helps us improve.', 'Thank you for your order.', 'Have a great day!', 'If you have any questions, just reply to this message.', 'Vielen Dank für Ihre Bestellung.', 'Merci pour votre commande.', 'Gracias por su compra.', 'Grazie per il suo ordine.', 'ご注文ありがとうございました。', '感谢您的订购。'];
const VIOLATIONS: Array<[string, string]> = [
  ['If you love it, please leave us a 5-star review.', 'positive-review-request'],
  ['Leave a review and we will send you a $10 gift card.', 'review-incentive'],
  ['Wenn Sie zufrieden sind, hinterlassen Sie bitte eine 5-Sterne-Bewertung.', 'positive-review-request'],
  ['Si vous êtes satisfait, laissez-nous 5 étoiles.', 'positive-review-request'],
  ['Si está satisfecho, déjenos una reseña de 5 estrellas.', 'positive-review-request'],
  ['Se è soddisfatto, ci lasci una recensione a 5 stelle.', 'positive-review-request'],
  ['ご満足いただけましたら、星5つのレビューをお願いします。', 'positive-review-request'],
  ['如果您满意，请给我们五星好评。', 'positive-review-request'],
];
const paragraph = (text: string, add: string): string => `${text.replace(/\s+$/u, '')}\n\n${add}`;
const GREETINGS = ['Hi Anna,', 'Dear customer,', 'Hallo Herr Müller,', 'Bonjour Madame,', 'Hola Juan:', 'Gentile cliente,', 'お客様へ', '亲爱的顾客，'];
const SIGN_OFFS = ['Best regards,\nThe Lamp Team', 'Mit freundlichen Grüßen\nIhr Lampen-Team', 'Cordialement,\nL’équipe', 'Saludos cordiales', 'Cordiali saluti', 'よろしくお願いいたします。', '祝好！'];

describe.each([
  ['own corpus', OWN],
  ['shared real messages', REAL],
])('%s: findings hold under changes that keep the meaning, and what a text gains decides', { timeout: 60_000 }, (name, file) => {
  if (!existsSync(file)) {
    it.skip(`skipped: ${name} is not beside the project`, () => {});
    return;
  }
  const items = read(file);
  it.each(Object.keys(SPACING))('%s change no finding', (k) => {
    const moved = items.filter((m) => JSON.stringify(findings(m, SPACING[k]!(m.text))) !== JSON.stringify(findings(m, m.text))).map((m) => m.id);
    expect(moved).toEqual([]);
  });
  it('a missing space after a full stop adds no error', () => {
    const added = items
      .map((m) => {
        const before = errors(m, m.text);
        return { id: m.id, extra: errors(m, noSpace(m.text)).filter((e) => !before.includes(e)) };
      })
      .filter((x) => x.extra.length > 0);
    expect(added).toEqual([]);
  });
  const compliant = items.filter((m) => errors(m, m.text).length === 0);
  it('a courtesy line in any of six languages adds no error', () => {
    const added = compliant.flatMap((m) => COURTESY.filter((c) => errors(m, paragraph(m.text, c)).length > 0).map((c) => `${m.id} + ${c}`));
    expect(added).toEqual([]);
  });
  it('a greeting or a sign-off in six languages neither adds nor removes an error, on any text', () => {
    const moved: string[] = [];
    for (const m of items) {
      const before = JSON.stringify(errors(m, m.text));
      for (const g of GREETINGS) if (JSON.stringify(errors(m, `${g}\n\n${m.text}`)) !== before) moved.push(`${g} + ${m.id}`);
      for (const so of SIGN_OFFS) if (JSON.stringify(errors(m, paragraph(m.text, so))) !== before) moved.push(`${m.id} + ${so.split('\n')[0]}`);
    }
    expect(moved).toEqual([]);
  });
  it('a gated, incentivised or five-star ask in any of six languages is an error wherever it is added', () => {
    const missed = compliant.flatMap((m) => VIOLATIONS.filter(([v, rule]) => !errors(m, paragraph(m.text, v)).includes(`${rule}:error`)).map(([v]) => `${m.id} + ${v}`));
    expect(missed).toEqual([]);
  });
});

describe('sentences run together with no space', () => {
  it('"issued.If you have a moment, a review…" is a refund notice and a separate neutral ask', () => {
    const t = 'Order 112-4455667-1234567: your refund has been issued.If you have a moment, we would appreciate an honest review of the kettle.';
    expect(lintMessage(t).filter((f) => f.rule === 'review-incentive')).toEqual([]);
  });
  it('"novembre.Se il pacco…" is not a Swedish domain; "order 4410574.Amazon.com" is Amazon, not a link', () => {
    const it1 = 'Ordine 402-1234567-7654321: la consegna prevista è il 24 novembre.Se il pacco non arriva, ci scriva qui.';
    expect(lintMessage(it1).filter((f) => f.rule === 'insecure-link' || f.rule === 'external-link')).toEqual([]);
    const en = 'Hi, order 171-6610574-4410574.Amazon.com shows the parcel as delivered yesterday.';
    expect(lintMessage(en).filter((f) => f.rule === 'insecure-link' || f.rule === 'external-link')).toEqual([]);
    // A real bare domain is still one.
    expect(lintMessage('Order 171-6610574-4410574. Instructions: acme-lamps.com/manual').some((f) => f.rule === 'insecure-link' || f.rule === 'external-link')).toBe(true);
  });
});

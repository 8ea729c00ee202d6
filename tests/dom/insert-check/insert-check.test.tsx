import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { InsertCheck } from '../../../components/insert-check/index.ts';
import { segments } from '../../../components/insert-check/segments.ts';
import { parseLintSettings } from '../../../lib/policy/index.ts';

const CLEAN = 'Thank you for choosing Lampco! Set-up help: help@lampco.example or +1 415 555 0134. Register your 2-year warranty at www.lampco.example/warranty.';
const GATED = 'Love your new lamp? Leave us a 5-star review and get a free bulb! Not happy? Contact us first.';

function type(text: string) {
  fireEvent.input(screen.getByLabelText('Insert card text'), { target: { value: text } });
}

describe('InsertCheck (insert-card mode)', () => {
  it('asks for text, then finds nothing on contacts, links, a phone number and a warranty sign-up', () => {
    const { container } = render(<InsertCheck lang="en" />);
    expect(container.querySelector('[data-status]')!.textContent).toBe('Paste or type the card text to check it.');
    type(CLEAN);
    expect(container.querySelector('[data-status]')!.textContent).toBe('No problems found on this card.');
    expect(container.querySelectorAll('.rgi-item')).toHaveLength(0);
  });

  it('underlines a review reward and gating as errors, with the explanation and a public source', () => {
    const { container } = render(<InsertCheck lang="en" />);
    type(GATED);
    const rules = [...container.querySelectorAll('.rgi-item')].map((li) => li.getAttribute('data-rule'));
    expect(rules).toEqual(expect.arrayContaining(['review-incentive', 'positive-review-request']));
    expect(container.querySelectorAll('.rgi-item.rgi-warning')).toHaveLength(0);
    const marks = [...container.querySelectorAll('mark.rgi-error')];
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.map((m) => m.textContent).join(' ')).toMatch(/5-star review/);
    // The preview keeps the whole text, in order.
    expect(container.querySelector('[data-preview]')!.textContent).toBe(GATED);
    const first = container.querySelector('.rgi-item')!;
    fireEvent.click(first.querySelector('.rgi-link')!);
    const why = first.querySelector('.rgi-why')!;
    expect(why.textContent!.length).toBeGreaterThan(40);
    expect(why.querySelector('a')!.getAttribute('href')).toMatch(/^https:\/\/(sellercentral\.amazon\.com|www\.ecfr\.gov)\//);
    expect(container.textContent).not.toMatch(/seed|policy\.md/i);
  });

  it('selects the finding in the text box when its message is clicked', () => {
    const { container } = render(<InsertCheck lang="en" />);
    type(GATED);
    const item = [...container.querySelectorAll('.rgi-item')].find((li) => li.getAttribute('data-rule') === 'review-incentive')!;
    fireEvent.click(item.querySelector('[data-action="select"]')!);
    const area = screen.getByLabelText('Insert card text') as HTMLTextAreaElement;
    expect(area.selectionEnd).toBeGreaterThan(area.selectionStart);
    expect(GATED.slice(area.selectionStart, area.selectionEnd)).toMatch(/review|bulb/);
  });

  it('speaks Chinese and honours the seller’s rule switches', () => {
    const off = parseLintSettings({ rules: { 'review-incentive': { enabled: false } } });
    const { container } = render(<InsertCheck lang="zh" settings={off} initialText={GATED} />);
    expect(screen.getByRole('heading').textContent).toBe('检查包裹插卡');
    const rules = [...container.querySelectorAll('.rgi-item')].map((li) => li.getAttribute('data-rule'));
    expect(rules).not.toContain('review-incentive');
    expect(rules).toContain('positive-review-request');
    expect(container.querySelector('.rgi-msg')!.textContent).toMatch(/[\u4e00-\u9fff]/);
  });
});

describe('segments', () => {
  it('prefers errors over warnings and skips whole-message findings', () => {
    const f = (start: number, end: number, severity: 'error' | 'warning') => ({ rule: 'promotion' as const, severity, start, end, message: '', explanation: '', zh: { message: '', explanation: '' } });
    expect(segments('abcdef', [f(1, 4, 'warning'), f(2, 3, 'error'), f(0, 0, 'error')]).map((s) => [s.text, s.severity ?? '-'])).toEqual([
      ['a', '-'],
      ['b', 'warning'],
      ['c', 'error'],
      ['d', 'warning'],
      ['ef', '-'],
    ]);
  });
});

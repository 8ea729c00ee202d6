import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { InsertCheck } from '../../../components/insert-check/index.ts';
import { segments } from '../../../components/insert-check/segments.ts';
import { lintMessage, parseLintSettings, type LintSettings } from '../../../lib/policy/index.ts';

// What the background does for the options page: insert mode, the seller's settings.
const lintWith = (settings?: LintSettings) => async (text: string) => lintMessage(text, { mode: 'insert' }, settings);
const lint = lintWith();

const CLEAN = 'Thank you for choosing Lampco! Set-up help: help@lampco.example or +1 415 555 0134. Register your 2-year warranty at www.lampco.example/warranty.';
const GATED = 'Love your new lamp? Leave us a 5-star review and get a free bulb! Not happy? Contact us first.';

function type(text: string) {
  fireEvent.input(screen.getByLabelText('Insert card text'), { target: { value: text } });
}

describe('InsertCheck (insert-card mode)', () => {
  it('asks for text, then finds nothing on contacts, links, a phone number and a warranty sign-up', async () => {
    const { container } = render(<InsertCheck lang="en" lint={lint} />);
    expect(container.querySelector('[data-status]')!.textContent).toBe('Paste or type the card text to check it.');
    type(CLEAN);
    await waitFor(() => expect(container.querySelector('[data-status]')!.textContent).toBe('No problems found on this card.'));
    expect(container.querySelectorAll('.rgi-item')).toHaveLength(0);
  });

  it('underlines a review reward and gating as errors, with the explanation and a public source', async () => {
    const { container } = render(<InsertCheck lang="en" lint={lint} />);
    type(GATED);
    await waitFor(() => expect(container.querySelectorAll('.rgi-item').length).toBeGreaterThan(0));
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

  it('selects the finding in the text box when its message is clicked', async () => {
    const { container } = render(<InsertCheck lang="en" lint={lint} />);
    type(GATED);
    await waitFor(() => expect(container.querySelectorAll('.rgi-item').length).toBeGreaterThan(0));
    const item = [...container.querySelectorAll('.rgi-item')].find((li) => li.getAttribute('data-rule') === 'review-incentive')!;
    fireEvent.click(item.querySelector('[data-action="select"]')!);
    const area = screen.getByLabelText('Insert card text') as HTMLTextAreaElement;
    expect(area.selectionEnd).toBeGreaterThan(area.selectionStart);
    expect(GATED.slice(area.selectionStart, area.selectionEnd)).toMatch(/review|bulb/);
  });

  it('speaks Chinese and shows what the linter returns under the seller’s rule switches', async () => {
    const off = parseLintSettings({ rules: { 'review-incentive': { enabled: false } } });
    const { container } = render(<InsertCheck lang="zh" lint={lintWith(off)} initialText={GATED} />);
    await waitFor(() => expect(container.querySelectorAll('.rgi-item').length).toBeGreaterThan(0));
    expect(screen.getByRole('heading').textContent).toBe('检查包裹插卡');
    const rules = [...container.querySelectorAll('.rgi-item')].map((li) => li.getAttribute('data-rule'));
    expect(rules).not.toContain('review-incentive');
    expect(rules).toContain('positive-review-request');
    expect(container.querySelector('.rgi-msg')!.textContent).toMatch(/[\u4e00-\u9fff]/);
  });

  it('says so when the check fails, and shows only the answer for the current text', async () => {
    const { container } = render(<InsertCheck lang="en" lint={() => Promise.reject(new Error('no background'))} />);
    type(GATED);
    await waitFor(() => expect(container.querySelector('[data-status]')!.textContent).toMatch(/not available/));
    let release: (f: never[]) => void = () => {};
    const slow = render(<InsertCheck lang="en" lint={(t) => (t === 'first' ? new Promise((r) => (release = r)) : lint(t))} />);
    const area = slow.container.querySelector('textarea')!;
    fireEvent.input(area, { target: { value: 'first' } });
    expect(slow.container.querySelector('[data-status]')!.textContent).toBe('Checking…');
    fireEvent.input(area, { target: { value: GATED } });
    await waitFor(() => expect(slow.container.querySelectorAll('.rgi-item').length).toBeGreaterThan(0));
    release([]);
    await Promise.resolve();
    expect(slow.container.querySelectorAll('.rgi-item').length).toBeGreaterThan(0);
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

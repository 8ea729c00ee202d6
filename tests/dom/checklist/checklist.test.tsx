import { fireEvent, render, screen, within } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { describe, expect, it, vi } from 'vitest';
import { ChecklistView, Header, ReviewPicker, deadlineTone } from '../../../components/checklist/index.ts';
import { buildChecklist, type UiLang } from '../../../lib/checklist/index.ts';
import type { ChecklistRecord, ReviewRecord } from '../../../lib/store/types.ts';
import { STEP_IDS } from '../../../lib/store/types.ts';
import { authenticity, daysAgo, feedback, harsh, makeRecord, NOW, ORDER_ID, profanity } from '../../unit/checklist/samples.ts';

function setup(record: ReviewRecord, opts: { lang?: UiLang; progress?: ChecklistRecord; history?: ReviewRecord[] } = {}) {
  const lang = opts.lang ?? 'en';
  const handlers = {
    onToggle: vi.fn(),
    onNote: vi.fn(),
    onCopy: vi.fn(),
    onOpenCompose: vi.fn(),
    onExport: vi.fn(),
    onPoaChange: vi.fn(),
  };
  const checklist = buildChecklist(record, { now: NOW, lang, history: opts.history ?? [] });
  const utils = render(<ChecklistView record={record} checklist={checklist} progress={opts.progress} lang={lang} {...handlers} />);
  return { ...utils, handlers, checklist };
}

const stepEl = (c: Element, id: string) => c.querySelector<HTMLElement>(`[data-step="${id}"]`)!;

describe('ChecklistView', () => {
  it('renders the six steps with data attributes and a checkbox each', () => {
    const { container } = setup(harsh);
    const root = container.querySelector('[data-review-id]')!;
    expect(root.getAttribute('data-review-id')).toBe(harsh.id);
    const steps = [...container.querySelectorAll<HTMLElement>('[data-step]')];
    expect(steps.map((s) => s.dataset.step)).toEqual([...STEP_IDS]);
    for (const s of steps) {
      expect(s.dataset.done).toBe('false');
      expect(s.querySelectorAll('input[type="checkbox"]')).toHaveLength(1);
      expect(s.querySelectorAll('textarea')).toHaveLength(1);
    }
    expect(stepEl(container, 'report').textContent).toContain('Not removable');
    expect(stepEl(container, 'report').dataset.applicable).toBe('false');
  });

  it('checking a step fires onToggle; done steps render data-done="true"', () => {
    const { container, handlers } = setup(harsh, {
      progress: { reviewId: harsh.id, updatedAt: '', steps: { understand: { done: true, note: 'read it', updatedAt: '' } } },
    });
    expect(stepEl(container, 'understand').dataset.done).toBe('true');
    expect((within(stepEl(container, 'understand')).getByRole('checkbox') as HTMLInputElement).checked).toBe(true);
    const box = within(stepEl(container, 'contact')).getByRole('checkbox') as HTMLInputElement;
    fireEvent.click(box);
    expect(handlers.onToggle).toHaveBeenCalledWith('contact', true);
    fireEvent.click(within(stepEl(container, 'understand')).getByRole('checkbox'));
    expect(handlers.onToggle).toHaveBeenLastCalledWith('understand', false);
    expect(screen.getByText('1 of 4 steps done')).toBeTruthy();
  });

  it('the step title label toggles the checkbox (keyboard and pointer alike)', () => {
    const { container, handlers } = setup(harsh);
    const label = stepEl(container, 'fix').querySelector('label')!;
    fireEvent.click(label);
    expect(handlers.onToggle).toHaveBeenCalledWith('fix', true);
  });

  it('typing a note fires onNote on every input with the text', () => {
    const { container, handlers } = setup(harsh, {
      progress: { reviewId: harsh.id, updatedAt: '', steps: { fix: { done: false, note: 'old', updatedAt: '' } } },
    });
    const ta = stepEl(container, 'fix').querySelector('textarea')!;
    expect(ta.value).toBe('old');
    fireEvent.input(ta, { target: { value: 'old + new supplier QC' } });
    expect(handlers.onNote).toHaveBeenCalledWith('fix', 'old + new supplier QC');
    expect(ta.value).toBe('old + new supplier QC');
  });

  it('templates have Copy and Open in compose with the real order id', () => {
    const { container, handlers } = setup(profanity);
    const contact = stepEl(container, 'contact');
    const blocks = contact.querySelectorAll('[data-template]');
    expect(blocks).toHaveLength(3);
    const first = blocks[0] as HTMLElement;
    expect(first.textContent).toContain(ORDER_ID);
    fireEvent.click(within(first).getByRole('button', { name: 'Copy' }));
    expect(handlers.onCopy).toHaveBeenCalledWith(expect.stringContaining(ORDER_ID), { kind: 'template', id: 'quality.ask.en' });
    expect(within(first).getByRole('button', { name: 'Copied' })).toBeTruthy();
    fireEvent.click(within(first).getByRole('button', { name: 'Open in compose' }));
    expect(handlers.onOpenCompose).toHaveBeenCalledWith(expect.stringMatching(/^Hello,\n\nWe are very sorry/), expect.objectContaining({ id: 'quality.ask.en' }));
  });

  it('the message language can be switched', () => {
    const { container } = setup(profanity);
    const contact = stepEl(container, 'contact');
    const select = within(contact).getByLabelText('Message language') as HTMLSelectElement;
    fireEvent.change(select, { target: { value: 'fr' } });
    expect(contact.querySelector('[data-template="quality.ask.fr"]')!.textContent).toContain('Nous sommes sincèrement désolés');
  });

  it('the report step shows the reason, the quote and a copyable report text', () => {
    const { container, handlers } = setup(profanity);
    const report = stepEl(container, 'report');
    expect(report.dataset.applicable).toBe('true');
    expect(report.textContent).toContain('Inappropriate — Disrespectful, hateful, obscene');
    expect(report.querySelector('q')!.textContent).toBe('shit');
    fireEvent.click(within(report).getByRole('button', { name: 'Copy' }));
    expect(handlers.onCopy).toHaveBeenCalledWith(expect.stringContaining('customer review R1PROFANITY'), { kind: 'draft', id: 'report.text' });
  });

  it('the POA is editable and exported as edited', () => {
    const { container, handlers } = setup(authenticity);
    const poa = stepEl(container, 'poa');
    const ta = within(poa).getByLabelText('Plan of Action (editable)') as HTMLTextAreaElement;
    expect(ta.value).toMatch(/^Plan of Action — ASIN B0WATCH002/);
    fireEvent.input(ta, { target: { value: `${ta.value}\nSigned, Acme` } });
    expect(handlers.onPoaChange).toHaveBeenCalled();
    fireEvent.click(within(poa).getByRole('button', { name: 'Export as text' }));
    expect(handlers.onExport).toHaveBeenCalledWith(expect.stringMatching(/Signed, Acme$/));
  });

  it('prefers the saved POA text', () => {
    const { container } = setup(authenticity, { progress: { reviewId: authenticity.id, updatedAt: '', steps: {}, poaText: 'My own POA' } });
    expect((stepEl(container, 'poa').querySelector('textarea.rgc-poa__text') as HTMLTextAreaElement).value).toBe('My own POA');
  });

  it('renders an HTML payload in the review as inert text', () => {
    const evil = makeRecord({
      id: 'R9EVIL',
      rating: 1,
      title: '<b onmouseover="alert(1)">bold</b>',
      body: '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>&lt;ok&gt;',
      date: daysAgo(2),
      classification: { rootCauses: ['quality'] },
    });
    const { container } = setup(evil);
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('script')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
    expect(container.textContent).toContain('<img src=x onerror="window.__pwned=1">');
    expect(container.textContent).toContain('&lt;ok&gt;');
    expect((globalThis as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('renders in Chinese', () => {
    const { container } = setup(feedback, { lang: 'zh' });
    expect(stepEl(container, 'understand').textContent).toContain('读懂这条反馈');
    expect(within(stepEl(container, 'contact')).getAllByRole('button', { name: '复制' }).length).toBeGreaterThan(0);
  });

  it('is keyboard operable: every control is a native focusable element in step order', () => {
    const { container } = setup(authenticity);
    const controls = [...container.querySelectorAll<HTMLElement>('input, button, textarea, select')];
    expect(controls.length).toBeGreaterThan(10);
    expect(controls.every((el) => el.tabIndex >= 0 && !(el as HTMLButtonElement).disabled)).toBe(true);
    // Nothing is taken out of the tab order, and no clickable non-control stands in for a button.
    expect(container.querySelectorAll('[tabindex]')).toHaveLength(0);
    expect(container.querySelectorAll('div[onclick], span[onclick], [role="button"]')).toHaveLength(0);
    // Every button says what it does.
    for (const b of container.querySelectorAll('button')) expect((b.getAttribute('aria-label') ?? b.textContent ?? '').trim()).not.toBe('');
    // Checkboxes come in step order.
    const boxes = [...container.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
    expect(boxes.map((b) => b.closest('[data-step]')!.getAttribute('data-step'))).toEqual([...STEP_IDS]);
    // Each checkbox has an accessible name.
    for (const b of boxes) expect(b.getAttribute('aria-label')).toMatch(/^Mark ".+" as done$/);
    // Space on a focused checkbox toggles it like a click (native behaviour).
    boxes[2]!.focus();
    expect(document.activeElement).toBe(boxes[2]);
  });
});

describe('Header', () => {
  it('switches language with real buttons', () => {
    const onLang = vi.fn();
    render(<Header lang="en" onLang={onLang} />);
    const zh = screen.getByRole('button', { name: '简体中文' });
    expect(zh.getAttribute('aria-pressed')).toBe('false');
    expect(screen.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(zh);
    expect(onLang).toHaveBeenCalledWith('zh');
  });

  it('re-renders the whole popup in the chosen language', () => {
    function Popup() {
      const [lang, setLang] = useState<UiLang>('en');
      const checklist = buildChecklist(harsh, { now: NOW, lang });
      return (
        <div>
          <Header lang={lang} onLang={setLang} />
          <ChecklistView record={harsh} checklist={checklist} lang={lang} onToggle={() => {}} onNote={() => {}} onCopy={() => {}} onOpenCompose={() => {}} onExport={() => {}} />
        </div>
      );
    }
    const { container } = render(<Popup />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('ReviewGuard checklist');
    fireEvent.click(screen.getByRole('button', { name: '简体中文' }));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('ReviewGuard 处理清单');
    expect(stepEl(container, 'fix').textContent).toContain('解决根本原因');
  });
});

describe('ReviewPicker', () => {
  const old = makeRecord({ id: 'R8OLD', rating: 2, body: 'old one', date: daysAgo(400), classification: { rootCauses: ['quality'] } });
  const happy = makeRecord({ id: 'R8HAPPY', rating: 5, body: 'love it', date: daysAgo(1), classification: {} });

  it('lists the reviews that need action, most urgent first, and picks on click', () => {
    const onPick = vi.fn();
    const done: ChecklistRecord = {
      reviewId: profanity.id,
      updatedAt: '',
      steps: Object.fromEntries(STEP_IDS.map((id) => [id, { done: true, note: '', updatedAt: '' }])),
    };
    const { container } = render(
      <ReviewPicker records={[old, harsh, happy, profanity, feedback, authenticity]} progress={{ [profanity.id]: done }} now={NOW} lang="en" onPick={onPick} />,
    );
    const ids = [...container.querySelectorAll('li[data-review-id]')].map((li) => li.getAttribute('data-review-id'));
    expect(ids).toEqual([feedback.id, authenticity.id, harsh.id, old.id]);
    const buttons = screen.getAllByRole('button');
    expect(buttons).toHaveLength(4);
    fireEvent.click(buttons[1]!);
    expect(onPick).toHaveBeenCalledWith(authenticity.id);
    // Deadline chips: 18 days (ok tone), grey for nothing open.
    expect(buttons[0]!.textContent).toContain('18 days left');
    expect(buttons[3]!.textContent).toContain('no deadline');
    expect(buttons[1]!.textContent).toContain('Authenticity risk');
  });

  it('leaves out an item no longer listed, and offers no report for one Amazon struck through', () => {
    const removed = { ...profanity, id: 'R8GONE', status: 'removed' as const };
    const struck = { ...profanity, id: 'R8STRUCK', status: 'struck' as const };
    const { container } = render(<ReviewPicker records={[removed, struck, profanity]} now={NOW} lang="en" onPick={() => {}} />);
    const ids = [...container.querySelectorAll('li[data-review-id]')].map((li) => li.getAttribute('data-review-id'));
    expect(ids).not.toContain('R8GONE');
    const tags = (id: string) => container.querySelector(`li[data-review-id="${id}"]`)!.textContent;
    expect(tags(profanity.id)).toContain('Report it for removal');
    expect(tags('R8STRUCK')).not.toContain('Report it for removal');
  });

  it('shows an empty state', () => {
    render(<ReviewPicker records={[happy]} now={NOW} lang="zh" onPick={() => {}} />);
    expect(screen.getByText('没有需要处理的差评。')).toBeTruthy();
  });

  it('renders review text as inert text', () => {
    const evil = makeRecord({ id: 'R8EVIL', rating: 1, body: '<img src=x onerror=alert(1)>', date: daysAgo(1), classification: {} });
    const { container } = render(<ReviewPicker records={[evil]} now={NOW} lang="en" onPick={() => {}} />);
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toContain('<img src=x onerror=alert(1)>');
  });
});

describe('deadline chips', () => {
  it('red ≤ 3 days, amber ≤ 10, grey expired', () => {
    expect(deadlineTone({ daysLeft: 0, expired: false })).toBe('red');
    expect(deadlineTone({ daysLeft: 3, expired: false })).toBe('red');
    expect(deadlineTone({ daysLeft: 4, expired: false })).toBe('amber');
    expect(deadlineTone({ daysLeft: 10, expired: false })).toBe('amber');
    expect(deadlineTone({ daysLeft: 11, expired: false })).toBe('ok');
    expect(deadlineTone({ daysLeft: -1, expired: true })).toBe('expired');
  });

  it('renders the right tone on a step', () => {
    const r = makeRecord({ id: '113-1', kind: 'feedback', rating: 1, body: 'slow', date: daysAgo(28), classification: { rootCauses: ['logistics'] } });
    const { container } = setup(r);
    const chip = stepEl(container, 'contact').querySelector('[data-tone]')!;
    expect(chip.getAttribute('data-tone')).toBe('red');
    expect(chip.textContent).toBe('2 days left');
  });
});

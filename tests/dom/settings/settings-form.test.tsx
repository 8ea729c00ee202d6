import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { SettingsForm, phraseProblem, type RuleMeta } from '../../../components/settings/index.ts';
import { ruleMetas } from '../../../components/settings/rules.ts';
import { deadlineConstants } from '../../../lib/insights/constants.ts';
import { DEFAULT_SETTINGS, SettingsSchema, type Settings } from '../../../lib/protocol.ts';
import { RULE_IDS } from '../../../lib/policy/types.ts';

const rules: RuleMeta[] = ruleMetas();

function setup(settings: Settings = DEFAULT_SETTINGS, lang: 'en' | 'zh' = 'en') {
  const onSave = vi.fn(async (_s: Settings) => {});
  const utils = render(<SettingsForm settings={settings} rules={rules} deadlines={deadlineConstants()} lang={lang} onSave={onSave} />);
  return { ...utils, onSave };
}

const row = (c: Element, id: string) => c.querySelector<HTMLElement>(`[data-rule="${id}"]`)!;
const save = () => fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));

describe('SettingsForm', () => {
  it('lists every rule with its title, default and a checkbox and severity each', () => {
    const { container } = setup();
    expect(container.querySelectorAll('[data-rule]')).toHaveLength(RULE_IDS.length);
    const phone = row(container, 'phone-number');
    expect(phone.textContent).toContain('phone-number');
    expect(within(phone).getByRole('checkbox')).toHaveProperty('checked', true);
    expect(within(phone).getByRole('combobox')).toHaveProperty('value', rules.find((r) => r.id === 'phone-number')!.severity);
    // Deadline constants, read-only, with sources and last-checked dates.
    const consts = container.querySelectorAll('[data-deadline-const]');
    expect(consts.length).toBe(deadlineConstants().length);
    expect(container.querySelector('[data-deadline-const="feedback-removal"]')!.textContent).toMatch(/90 days.*2026-\d\d-\d\d/s);
  });

  it('saves a rule turned off and a severity change as a validated object', async () => {
    const { container, onSave } = setup();
    fireEvent.click(within(row(container, 'emoji')).getByRole('checkbox'));
    fireEvent.change(within(row(container, 'phone-number')).getByRole('combobox'), { target: { value: 'error' } });
    expect(screen.getByText('Unsaved changes')).toBeTruthy();
    save();
    await waitFor(() => expect(onSave).toHaveBeenCalledTimes(1));
    const saved = onSave.mock.calls[0]![0];
    expect(SettingsSchema.parse(saved)).toEqual(saved);
    expect(saved).toEqual({ lint: { rules: { emoji: { enabled: false }, 'phone-number': { severity: 'error' } }, customPhrases: [] }, uiLanguage: 'auto', topicAlerts: { minCount: 3, windowDays: 7 } });
    await screen.findByText(/Saved\./);
  });

  it('drops an override that is back at the default', async () => {
    const { container, onSave } = setup({ ...DEFAULT_SETTINGS, lint: { rules: { emoji: { enabled: false } }, customPhrases: [] } });
    const box = within(row(container, 'emoji')).getByRole('checkbox');
    expect(box).toHaveProperty('checked', false);
    fireEvent.click(box);
    save();
    await waitFor(() => expect(onSave).toHaveBeenCalled());
    expect(onSave.mock.calls[0]![0].lint.rules).toEqual({});
  });

  it('adds phrases (trimmed) and removes them', async () => {
    const { container, onSave } = setup();
    const input = screen.getByLabelText('New phrase');
    fireEvent.input(input, { target: { value: '  Acme Corp  ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    fireEvent.input(input, { target: { value: 'free gift' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect([...container.querySelectorAll('[data-phrase]')].map((e) => e.getAttribute('data-phrase'))).toEqual(['Acme Corp', 'free gift']);
    fireEvent.click(screen.getByRole('button', { name: 'Remove “Acme Corp”' }));
    save();
    await waitFor(() => expect(onSave).toHaveBeenCalled());
    expect(onSave.mock.calls[0]![0].lint.customPhrases).toEqual(['free gift']);
  });

  it('refuses an empty, too long or duplicate phrase with an inline error', () => {
    const { container } = setup({ ...DEFAULT_SETTINGS, lint: { rules: {}, customPhrases: ['acme'] } });
    const input = screen.getByLabelText('New phrase');
    fireEvent.input(input, { target: { value: '   ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    expect(screen.getByRole('alert').textContent).toContain('Enter a phrase');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    fireEvent.input(input, { target: { value: 'x'.repeat(201) } });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    expect(screen.getByRole('alert').textContent).toContain('at most 200 characters (this one has 201)');
    fireEvent.input(input, { target: { value: 'ACME' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    expect(screen.getByRole('alert').textContent).toContain('already in the list');
    expect(container.querySelectorAll('[data-phrase]')).toHaveLength(1);
  });

  it('checks the 500-phrase limit', () => {
    const full = Array.from({ length: 500 }, (_, i) => `p${i}`);
    expect(phraseProblem('new', full)).toBe('limit');
    expect(phraseProblem('new', full.slice(1))).toBeNull();
  });

  it('shows a clear error and saves nothing when the settings are invalid', async () => {
    const broken = { ...DEFAULT_SETTINGS, lint: { rules: {}, customPhrases: Array.from({ length: 501 }, (_, i) => `p${i}`) } };
    const { onSave } = setup(broken);
    save();
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('not valid, nothing was saved');
    expect(alert.textContent).toContain('lint.customPhrases');
    expect(onSave).not.toHaveBeenCalled();
  });

  it('shows a failed save', async () => {
    const onSave = vi.fn(async () => {
      throw new Error('disk full');
    });
    render(<SettingsForm settings={DEFAULT_SETTINGS} rules={rules} deadlines={[]} lang="en" onSave={onSave} />);
    save();
    expect((await screen.findByRole('status')).textContent).toContain('disk full');
  });

  it('changes the UI language and resets to defaults', async () => {
    const { container, onSave } = setup({ lint: { rules: { emoji: { enabled: false } }, customPhrases: ['x'] }, uiLanguage: 'en', topicAlerts: { minCount: 3, windowDays: 7 } });
    fireEvent.change(screen.getByLabelText(/ReviewGuard’s language/), { target: { value: 'zh' } });
    save();
    await waitFor(() => expect(onSave).toHaveBeenCalledTimes(1));
    expect(onSave.mock.calls[0]![0].uiLanguage).toBe('zh');
    fireEvent.click(screen.getByRole('button', { name: 'Reset to defaults' }));
    expect(screen.getByRole('status').textContent).toContain('Save to apply');
    expect(within(row(container, 'emoji')).getByRole('checkbox')).toHaveProperty('checked', true);
    expect(container.querySelectorAll('[data-phrase]')).toHaveLength(0);
    save();
    await waitFor(() => expect(onSave).toHaveBeenCalledTimes(2));
    expect(onSave.mock.calls[1]![0]).toEqual(DEFAULT_SETTINGS);
  });

  it('speaks Chinese', () => {
    const { container } = setup(DEFAULT_SETTINGS, 'zh');
    expect(screen.getByRole('button', { name: '保存设置' })).toBeTruthy();
    expect(row(container, 'emoji').textContent).toContain('表情符号');
  });

  it('renders phrases as text, never as HTML', () => {
    const { container } = setup({ ...DEFAULT_SETTINGS, lint: { rules: {}, customPhrases: ['<img src=x onerror=alert(1)>'] } });
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('[data-phrase]')!.textContent).toContain('<img src=x');
  });
});

import { fireEvent, render } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { ReportGuard } from '../../../components/checklist/ReportGuard.tsx';
import { reportLogEntry } from '../../../lib/checklist/index.ts';
import { feedback, harsh, NOW, profanity } from '../../unit/checklist/samples.ts';

describe('ReportGuard', () => {
  it('marks a removable review as sent at once, through the channel clicked', () => {
    const onMarkSent = vi.fn();
    const { container } = render(<ReportGuard record={profanity} reports={[]} now={NOW} lang="en" onMarkSent={onMarkSent} />);
    expect([...container.querySelectorAll('li[data-channel]')].map((e) => e.getAttribute('data-channel'))).toEqual(['review-report-link', 'brand-registry-violation']);
    fireEvent.click(container.querySelector('button[data-action="mark-sent"][data-channel="brand-registry-violation"]')!);
    expect(onMarkSent).toHaveBeenCalledWith('brand-registry-violation');
    expect(container.querySelector('[data-report-confirm]')).toBeNull();
  });

  it('asks to confirm, with the warning, before marking one it did not call removable; cancel logs nothing', () => {
    const onMarkSent = vi.fn();
    const { container } = render(<ReportGuard record={harsh} reports={[]} now={NOW} lang="zh" onMarkSent={onMarkSent} />);
    fireEvent.click(container.querySelector('button[data-action="mark-sent"]')!);
    expect(onMarkSent).not.toHaveBeenCalled();
    expect(container.querySelector('[data-report-confirm]')!.textContent).toMatch(/没有发现这条内容的移除依据/);
    fireEvent.click(container.querySelector('button[data-action="cancel-sent"]')!);
    expect(container.querySelector('[data-report-confirm]')).toBeNull();
    fireEvent.click(container.querySelector('button[data-action="mark-sent"]')!);
    fireEvent.click(container.querySelector('button[data-action="confirm-sent"]')!);
    expect(onMarkSent).toHaveBeenCalledWith('review-report-link');
  });

  it("counts this week's reports and this item's earlier ones; feedback goes to Request removal", () => {
    const log = [reportLogEntry(feedback, NOW), reportLogEntry(profanity, NOW)];
    const { container } = render(<ReportGuard record={feedback} reports={log} now={NOW} lang="en" onMarkSent={() => {}} />);
    expect(container.querySelector('[data-reports-week]')!.getAttribute('data-reports-week')).toBe('2');
    expect(container.querySelector('[data-reported]')!.getAttribute('data-reported')).toBe('1');
    expect([...container.querySelectorAll('li[data-channel]')].map((e) => e.getAttribute('data-channel'))).toEqual(['feedback-request-removal']);
  });
});

import { fireEvent, render, screen, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { InsightsView } from '../../../components/insights/index.ts';
import { headline, upcomingDeadlines } from '../../../lib/insights/index.ts';
import { sampleChecklists, sampleHistory } from '../../unit/insights/samples.ts';
import { NOW, rec } from '../../unit/insights/build.ts';

const records = sampleHistory(NOW);
const checklists = sampleChecklists(NOW);

const figure = (c: Element, id: string) => Number(c.querySelector(`[data-figure="${id}"] .rgo-figure__value`)!.textContent);

function setup(lang: 'en' | 'zh' = 'en', recs = records) {
  const onFilterChange = vi.fn();
  const utils = render(<InsightsView records={recs} checklists={checklists} now={NOW} lang={lang} onFilterChange={onFilterChange} />);
  return { ...utils, onFilterChange };
}

describe('InsightsView', () => {
  it('shows the empty state without history', () => {
    const { container } = render(<InsightsView records={[]} now={NOW} lang="en" />);
    expect(container.querySelector('[data-insights="empty"]')!.textContent).toContain(
      'Visit Brand › Customer Reviews or Feedback Manager with ReviewGuard on to build your history',
    );
    expect(container.querySelector('canvas')).toBeNull();
  });

  it('shows the figures, a canvas with a text summary per chart, risks and deadlines', () => {
    const { container } = setup();
    const h = headline(records, NOW, {}, checklists);
    expect(figure(container, 'reviews')).toBe(records.length);
    expect(figure(container, 'negative')).toBe(h.negative);
    expect(figure(container, 'removable')).toBe(h.removable);
    expect(figure(container, 'deadlines')).toBe(h.openDeadlines);
    for (const id of ['weekly', 'asin', 'removable']) {
      const fig = container.querySelector(`[data-chart="${id}"]`)!;
      const canvas = fig.querySelector('canvas')!;
      expect(canvas.getAttribute('role')).toBe('img');
      const summary = fig.querySelector(`#${canvas.getAttribute('aria-describedby')}`)!;
      expect(summary.textContent!.length).toBeGreaterThan(10);
    }
    expect(container.querySelector('[data-chart="weekly"] figcaption')!.textContent).toContain(`${h.negative} negative reviews`);
    expect(container.querySelectorAll('[data-chart="asin"] [data-asin-row]').length).toBe(6);
    expect(container.querySelectorAll('[data-risk-review]').length).toBe(h.withRisk);
    const rows = [...container.querySelectorAll<HTMLElement>('[data-table="deadlines"] tbody tr')];
    const days = rows.map((r) => Number(r.dataset.daysLeft));
    expect(days).toEqual([...days].sort((a, b) => a - b));
    expect(days.every((d) => d >= 0)).toBe(true);
    expect(rows.length).toBe(Math.min(50, upcomingDeadlines(records, NOW, {}, checklists).length));
  });

  it('filters everything by ASIN, marketplace and date, and clears the filters', () => {
    const { container, onFilterChange } = setup();
    fireEvent.change(screen.getByLabelText('ASIN'), { target: { value: 'B0KETTLE01' } });
    expect(onFilterChange).toHaveBeenLastCalledWith({ asin: 'B0KETTLE01' });
    const k = headline(records, NOW, { asin: 'B0KETTLE01' }, checklists);
    expect(figure(container, 'reviews')).toBe(k.reviews);
    expect(figure(container, 'negative')).toBe(k.negative);
    expect(container.querySelectorAll('[data-asin-row]').length).toBe(1);
    expect([...container.querySelectorAll<HTMLElement>('[data-deadline-review]')].every((r) => r.textContent!.includes('B0KETTLE01'))).toBe(true);

    fireEvent.change(screen.getByLabelText('ASIN'), { target: { value: '' } });
    fireEvent.change(screen.getByLabelText('Marketplace'), { target: { value: 'sellercentral.amazon.de' } });
    const de = headline(records, NOW, { host: 'sellercentral.amazon.de' }, checklists);
    expect(figure(container, 'reviews')).toBe(de.reviews);

    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2026-01-20' } });
    fireEvent.change(screen.getByLabelText('To'), { target: { value: '2026-02-10' } });
    const range = { host: 'sellercentral.amazon.de', from: '2026-01-20', to: '2026-02-10' };
    expect(onFilterChange).toHaveBeenLastCalledWith(range);
    expect(figure(container, 'reviews')).toBe(headline(records, NOW, range).reviews);
    expect(figure(container, 'reviews')).toBe(3);

    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2030-01-01' } });
    expect(container.querySelector('[data-insights="no-match"]')).toBeTruthy();
    fireEvent.click(within(container.querySelector('[data-insights="no-match"]')!).getByRole('button'));
    expect(figure(container, 'reviews')).toBe(records.length);
  });

  it('renders review text as text only', () => {
    const evil = rec({ id: '<b>R</b>', date: '2026-02-25', rating: 1, risks: ['safety-risk'], asin: '<img src=x>' });
    const { container } = setup('en', [evil]);
    expect(container.querySelector('img, b')).toBeNull();
    expect(container.textContent).toContain('<b>R</b>');
  });

  it('speaks Chinese', () => {
    const { container } = setup('zh');
    expect(container.textContent).toContain('每周差评数');
    expect(screen.getByLabelText('ASIN')).toBeTruthy();
    expect(screen.getByLabelText('站点')).toBeTruthy();
  });
});

import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { DataPanel } from '../../../components/settings/index.ts';
import type { ImportResult } from '../../../lib/store/export-import.ts';

const zero = { added: 0, updated: 0, keptNewerLocal: 0, unchanged: 0 };

function pick(input: HTMLInputElement, file: File) {
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

describe('DataPanel', () => {
  it('exports and shows the file name', async () => {
    const onExport = vi.fn(async (kind: 'json' | 'csv') => `reviewguard-2026-03-01.${kind}`);
    render(<DataPanel lang="en" counts={{ reviews: 3, checklists: 1 }} onExport={onExport} onImport={vi.fn()} />);
    expect(screen.getByText(/3 reviews and feedback, 1 checklist stored/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Export reviews (CSV)' }));
    expect(await screen.findByText('Downloaded reviewguard-2026-03-01.csv.')).toBeTruthy();
    expect(onExport).toHaveBeenCalledWith('csv');
  });

  it('passes the file text to onImport and shows the counts', async () => {
    const onImport = vi.fn(async (): Promise<ImportResult> => ({
      ok: true,
      report: { reviews: { added: 2, updated: 1, keptNewerLocal: 3, unchanged: 4 }, checklists: zero, drafts: zero, reviewRequests: zero, settings: 'kept-local' },
    }));
    const { container } = render(<DataPanel lang="en" counts={{ reviews: 0, checklists: 0 }} onExport={vi.fn()} onImport={onImport} />);
    pick(container.querySelector('[data-import-input]')!, new File(['{"x":1}'], 'a.json', { type: 'application/json' }));
    await waitFor(() => expect(container.querySelector('[data-import-done]')).toBeTruthy());
    expect(onImport).toHaveBeenCalledWith('{"x":1}');
    const cells = [...container.querySelectorAll('[data-import-row="reviews"] td')].map((td) => td.textContent);
    expect(cells).toEqual(['2', '1', '3', '4']);
    expect(container.textContent).toContain('current settings were kept');
  });

  it('shows which row and field are wrong', async () => {
    const onImport = vi.fn(async (): Promise<ImportResult> => ({
      ok: false,
      code: 'invalid',
      error: 'x',
      issues: [{ section: 'reviews', row: 3, id: 'R3', field: 'item.rating', message: 'Too big' }],
    }));
    const { container } = render(<DataPanel lang="en" counts={{ reviews: 0, checklists: 0 }} onExport={vi.fn()} onImport={onImport} />);
    pick(container.querySelector('[data-import-input]')!, new File(['{}'], 'bad.json'));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('nothing was imported');
    expect(alert.textContent).toContain('Reviews and feedback row 3 (R3), field “item.rating”: Too big');
  });

  it('refuses a file that is too large without reading it', async () => {
    const onImport = vi.fn();
    const { container } = render(<DataPanel lang="zh" counts={{ reviews: 0, checklists: 0 }} onExport={vi.fn()} onImport={onImport} maxBytes={4} />);
    pick(container.querySelector('[data-import-input]')!, new File(['123456'], 'big.json'));
    expect((await screen.findByRole('alert')).textContent).toContain('文件过大');
    expect(onImport).not.toHaveBeenCalled();
  });
});

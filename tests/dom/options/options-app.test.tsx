// The options page's own language toggle (in its header) saves the setting,
// like the popup's, and leaves unsaved edits in the settings form alone.
// The page runs against an in-memory IndexedDB; extension messaging is mocked.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { openStore } from '../../../lib/store/db.ts';
import { loadSettings } from '../../../lib/store/settings.ts';

const send = vi.hoisted(() => vi.fn(async (_type: string, _payload: unknown) => ({})));
vi.mock('../../../lib/messaging/extension-client.ts', () => ({ send }));

const { App } = await import('../../../entrypoints/options/App.tsx');

async function savedSettings() {
  const db = await openStore();
  try {
    return await loadSettings(db);
  } finally {
    db.close();
  }
}

/** Renders the page and waits until it has read the database. */
async function open() {
  const utils = render(<App />);
  await waitFor(() => expect(utils.container.querySelector('[data-insights]')).not.toBeNull());
  return utils;
}

const root = (c: Element) => c.querySelector<HTMLElement>('[data-options]')!;

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  send.mockClear();
  history.replaceState(null, '', '#insights');
});

describe('options page language toggle', () => {
  it('saves the language, tells open tabs, and the page opens in it next time', async () => {
    const first = await open();
    expect(root(first.container).dataset.lang).toBe('en');
    fireEvent.click(screen.getByRole('button', { name: '简体中文' }));
    expect(root(first.container).dataset.lang).toBe('zh');
    await waitFor(async () => expect((await savedSettings()).uiLanguage).toBe('zh'));
    await waitFor(() => expect(send).toHaveBeenCalledWith('settings/changed', {}));
    expect(document.documentElement.lang).toBe('zh-Hans');
    expect(root(first.container).getAttribute('lang')).toBe('zh-Hans');
    first.unmount();

    const again = await open();
    await waitFor(() => expect(root(again.container).dataset.lang).toBe('zh'));
    expect(screen.getByRole('tab', { name: '设置' })).toBeTruthy();
  });

  it('keeps unsaved settings edits when the language is switched, and saves them only on Save', async () => {
    const { container } = await open();
    fireEvent.click(screen.getByRole('tab', { name: 'Settings' }));
    const emoji = () => within(container.querySelector<HTMLElement>('[data-rule="emoji"]')!).getByRole('checkbox') as HTMLInputElement;
    fireEvent.click(emoji());
    expect(emoji().checked).toBe(false);
    expect(screen.getByText('Unsaved changes')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: '简体中文' }));
    await waitFor(async () => expect((await savedSettings()).uiLanguage).toBe('zh'));
    await screen.findByText('有未保存的更改');
    expect(emoji().checked).toBe(false);
    await waitFor(() => expect((container.querySelector('select[name="uiLanguage"]') as HTMLSelectElement).value).toBe('zh'));
    // Only the language was saved by the toggle.
    expect((await savedSettings()).lint.rules).toEqual({});

    fireEvent.click(screen.getByRole('button', { name: '保存设置' }));
    await waitFor(async () => expect((await savedSettings()).lint.rules).toEqual({ emoji: { enabled: false } }));
    expect((await savedSettings()).uiLanguage).toBe('zh');
  });
});

// The language of our injected UI: the seller's setting, else the page's UI
// language (Seller Central sets <html lang>), else the browser's. Follows
// settings changes pushed by the background without a reload.
import { pickLang, type Lang } from '../../lib/i18n/ui.ts';
import type { Send } from '../../lib/messaging/client.ts';

/** Fired when the background says settings changed (see index.ts). */
export const settingsEvents = new EventTarget();

export function followLang(send: Send, signal: AbortSignal, onChange?: () => void): () => Lang {
  let setting: 'auto' | Lang = 'auto';
  const refresh = (notify: boolean) =>
    send('settings/get', {})
      .then((r) => {
        if (signal.aborted) return;
        const changed = r.settings.uiLanguage !== setting;
        setting = r.settings.uiLanguage;
        if (changed || notify) onChange?.();
      })
      .catch(() => {});
  void refresh(false);
  const onSettings = () => void refresh(true);
  settingsEvents.addEventListener('changed', onSettings);
  signal.addEventListener('abort', () => settingsEvents.removeEventListener('changed', onSettings));
  return () => (setting !== 'auto' ? setting : pickLang(document.documentElement.lang, navigator.language));
}

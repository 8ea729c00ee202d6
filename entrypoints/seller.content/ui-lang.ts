// The language of our injected UI: the seller's setting, else the page's UI
// language (Seller Central sets <html lang>), else the browser's.
import { pickLang, type Lang } from '../../lib/i18n/ui.ts';
import type { Send } from '../../lib/messaging/client.ts';

export function followLang(send: Send, signal: AbortSignal, onChange?: () => void): () => Lang {
  let setting: 'auto' | Lang = 'auto';
  const refresh = () =>
    send('settings/get', {})
      .then((r) => {
        if (signal.aborted) return;
        const changed = r.settings.uiLanguage !== setting;
        setting = r.settings.uiLanguage;
        if (changed) onChange?.();
      })
      .catch(() => {});
  void refresh();
  return () => (setting !== 'auto' ? setting : pickLang(document.documentElement.lang, navigator.language));
}

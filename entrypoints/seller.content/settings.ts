// The settings a content script needs (the UI language), read once from the
// background and again when it announces a change; features listen to
// `changed` with their own signal instead of each polling the background.
import { pickLang, type Lang } from '../../lib/i18n/lang.ts';
import type { Send } from '../../lib/messaging/client.ts';

export interface ContentSettings extends EventTarget {
  /** The UI language: the seller's choice, else the page's, else the browser's. */
  lang(): Lang;
  /** Re-reads the settings (the background said they changed); fires `changed`. */
  reload(): Promise<void>;
}

export function contentSettings(send: Send, doc: Document = document): ContentSettings {
  const events = new EventTarget();
  let setting: 'auto' | Lang = 'auto';
  // Resolved once per setting: the page's and browser's languages do not
  // change while a page is open, and this is read on every keystroke.
  let resolved: Lang | null = null;
  const read = async (notify: boolean) => {
    try {
      const r = await send('settings/get', {});
      const changed = r.settings.uiLanguage !== setting;
      setting = r.settings.uiLanguage;
      resolved = null;
      if (changed || notify) events.dispatchEvent(new Event('changed'));
    } catch {
      // No background right now: keep the last known setting.
    }
  };
  void read(false);
  return Object.assign(events, {
    lang: () => (resolved ??= setting !== 'auto' ? setting : pickLang(doc.documentElement.lang, navigator.language)),
    reload: () => read(true),
  });
}

// The settings a content script needs (the UI language and the linter's rule
// settings), read once from the
// background and again when it announces a change; features listen to
// `changed` with their own signal instead of each polling the background.
import { pickLang, type Lang } from '../../lib/i18n/lang.ts';
import type { PageSend as Send } from '../../lib/messaging/client.ts';
import type { LintSettings } from '../../lib/policy/types.ts';

export interface ContentSettings extends EventTarget {
  /** The UI language: the seller's choice, else the page's, else the browser's. */
  lang(): Lang;
  /** The seller's rule settings for the linter; null until first read. */
  lint(): LintSettings | null;
  /** Re-reads the settings (the background said they changed); fires `changed`. */
  reload(): Promise<void>;
}

export function contentSettings(send: Send, doc: Document = document): ContentSettings {
  const events = new EventTarget();
  let setting: 'auto' | Lang = 'auto';
  // Resolved once per setting: the page's and browser's languages do not
  // change while a page is open, and this is read on every keystroke.
  let resolved: Lang | null = null;
  let lint: LintSettings | null = null;
  const read = async (notify: boolean) => {
    try {
      const r = await send('settings/get', {});
      // The first read of the rule settings is no change: until then the
      // background linted with these same settings.
      const changed =
        r.settings.uiLanguage !== setting || (lint !== null && JSON.stringify(r.settings.lint) !== JSON.stringify(lint));
      lint = r.settings.lint;
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
    lint: () => lint,
    reload: () => read(true),
  });
}

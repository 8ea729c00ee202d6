// Topic alerts at the top of Customer Reviews: several negative reviews of one
// ASIN with the same primary root cause within a few days (Settings). One
// `reviewguard-alert` per alert (data-kind="topic-cluster", data-asin,
// data-root-cause, data-count) before the first review card, in its own shadow
// root; "Show these reviews" scrolls to them and marks their notes, "Fix the
// cause" picks the latest one for the checklist. Tied to the feature's signal.
import type { PageSend as Send } from '../../../lib/messaging/client.ts';
import type { Lang } from '../../../lib/i18n/lang.ts';
import { langTag, ui } from '../../../lib/i18n/ui.ts';
import { topicAlertText } from '../../../lib/insights/topic-alert-text.ts';
import type { ResponseOf } from '../../../lib/protocol.ts';
import { onAbort } from '../lifecycle.ts';

export const ALERT_TAG = 'reviewguard-alert';

type Alerts = ResponseOf<'topics/get'>;

const ALERT_CSS = `
:host { display: block; margin: 0 0 12px; }
.rg-alert { font: 13px/1.45 system-ui, sans-serif; border: 1px solid #c45500; border-left-width: 5px; background: #fff8f0; color: #0f1111; border-radius: 6px; padding: 8px 12px; }
.rg-alert strong { display: block; color: #b12704; margin-bottom: 2px; }
.rg-row { display: flex; gap: 8px; margin-top: 6px; flex-wrap: wrap; align-items: center; }
button { font: inherit; border: 1px solid #888c8c; border-radius: 6px; background: #fff; padding: 2px 10px; cursor: pointer; }
button.rg-primary { background: #ffd814; border-color: #fcd200; }
.rg-note { color: #565959; }
`;

export interface TopicAlerts {
  /** The ASINs on the page changed or reviews were read: ask again and redraw. */
  refresh(asins: readonly string[]): Promise<void>;
  redraw(): void;
  /** Settings changed (the alert numbers or the language): ask again for the same ASINs. */
  reload(): Promise<void>;
}

export function topicAlerts(opts: { doc: Document; send: Send; signal: AbortSignal; lang: () => Lang; cardSelector: string }): TopicAlerts {
  const { doc, send, signal } = opts;
  let current: Alerts = { windowDays: 7, alerts: [] };
  let key = '';
  let lastAsins: string[] = [];
  const hosts: HTMLElement[] = [];
  const clear = () => {
    for (const h of hosts.splice(0)) h.remove();
  };
  onAbort(signal, clear);

  function draw() {
    clear();
    const first = doc.querySelector(opts.cardSelector);
    if (!first?.parentElement || !current.alerts.length) return;
    const lang = opts.lang();
    const t = ui(lang);
    for (const a of current.alerts) {
      const host = doc.createElement(ALERT_TAG);
      host.setAttribute('data-kind', 'topic-cluster');
      host.setAttribute('data-asin', a.asin);
      host.setAttribute('data-root-cause', a.rootCause);
      host.setAttribute('data-count', String(a.count));
      host.setAttribute('data-review-ids', a.reviewIds.join(','));
      const root = host.attachShadow({ mode: 'open' });
      const style = doc.createElement('style');
      style.textContent = ALERT_CSS;
      const box = doc.createElement('div');
      box.className = 'rg-alert';
      box.setAttribute('role', 'alert');
      box.lang = langTag(lang);
      const title = doc.createElement('strong');
      title.textContent = `ReviewGuard — ${t.topicTitle}`;
      const text = doc.createElement('span');
      text.textContent = topicAlertText(a, current.windowDays, lang);
      const row = doc.createElement('div');
      row.className = 'rg-row';
      const show = doc.createElement('button');
      show.type = 'button';
      show.dataset.action = 'show-reviews';
      show.textContent = `${t.topicShow} (${a.count})`;
      show.addEventListener('click', () => {
        for (const el of doc.querySelectorAll('reviewguard-annotation[data-topic-match]')) el.removeAttribute('data-topic-match');
        let firstCard: Element | null = null;
        for (const id of a.reviewIds) {
          const ann = doc.querySelector(`reviewguard-annotation[data-review-id="${CSS_ESCAPE(id)}"]`);
          ann?.setAttribute('data-topic-match', '');
          firstCard ??= ann ? (ann.closest(opts.cardSelector) ?? ann) : null;
        }
        firstCard?.scrollIntoView({ block: 'center', behavior: 'smooth' });
      });
      const fix = doc.createElement('button');
      fix.type = 'button';
      fix.className = 'rg-primary';
      fix.dataset.action = 'fix-cause';
      fix.textContent = t.topicFix;
      const note = doc.createElement('span');
      note.className = 'rg-note';
      fix.addEventListener('click', () => {
        const latest = a.reviewIds[a.reviewIds.length - 1];
        if (!latest) return;
        send('review/select', { id: latest }).then(
          () => (note.textContent = t.topicFixSelected),
          () => {},
        );
      });
      row.append(show, fix, note);
      box.append(title, text, row);
      root.append(style, box);
      first.parentElement.insertBefore(host, first);
      hosts.push(host);
    }
  }

  const api: TopicAlerts = {
    async refresh(asins) {
      lastAsins = [...new Set(asins)];
      if (signal.aborted) return;
      let next: Alerts;
      try {
        next = await send('topics/get', { asins: [...new Set(asins)] });
      } catch {
        return;
      }
      if (signal.aborted) return;
      const k = JSON.stringify(next);
      const placed = hosts.length > 0 && hosts.every((h) => h.isConnected);
      if (k === key && (placed || !next.alerts.length)) return;
      key = k;
      current = next;
      draw();
    },
    redraw: draw,
    async reload() {
      key = '';
      await api.refresh(lastAsins);
    },
  };
  return api;
}

const CSS_ESCAPE = (s: string) => (globalThis.CSS?.escape ? globalThis.CSS.escape(s) : s.replace(/["\\]/g, '\\$&'));

// The toolbar popup: the checklist for the selected review, or the reviews
// that still need action. Reads and writes the extension's IndexedDB directly
// (same origin as the background); every change is written at once, so
// closing the popup mid-sentence loses nothing.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ChecklistView, Header, ReviewPicker, TopicAlerts } from '../../components/checklist/index.ts';
import { DEFAULT_TOPIC_ALERTS, liveTopicClusters } from '../../lib/insights/topic-clusters.ts';
import { buildChecklist, reportLogEntry, summariseProgress } from '../../lib/checklist/index.ts';
import { openStore, type RGDatabase } from '../../lib/store/db.ts';
import * as repo from '../../lib/store/repo.ts';
import type { ChecklistRecord, ReportLogRecord, ReviewRecord, StepId } from '../../lib/store/types.ts';
import { SELECTED_KEY, SETTINGS_KEY, loadSettings } from '../../lib/store/settings.ts';
import { send } from '../../lib/messaging/extension-client.ts';
import { pageKindOf } from '../../lib/page-kind.ts';
import { buildDiagnostics } from '../../lib/present/diagnostics.ts';
import { checklistUi, langTag, pickLang, popupUi, ui, type Lang } from '../../lib/i18n/ui.ts';
import type { ResponseOf } from '../../lib/protocol.ts';

type TabPage = ResponseOf<'tab/info'>['page'];

export function App() {
  const [db, setDb] = useState<RGDatabase | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [lang, setLang] = useState<Lang>(pickLang(navigator.language));
  const [records, setRecords] = useState<ReviewRecord[]>([]);
  const [progress, setProgress] = useState<Record<string, ChecklistRecord | undefined>>({});
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [page, setPage] = useState<{ url: string | null; info: TabPage }>({ url: null, info: null });
  const [toast, setToast] = useState<string | null>(null);
  const [opened, setOpened] = useState<ReadonlySet<string>>(new Set());
  const [reports, setReports] = useState<ReportLogRecord[]>([]);
  const [focusStep, setFocusStep] = useState<StepId | undefined>(undefined);
  const [topicSettings, setTopicSettings] = useState(DEFAULT_TOPIC_ALERTS);
  /** Language changes not yet written: the popup can close the moment after a click. */
  const [langPending, setLangPending] = useState(0);
  const writes = useRef<Promise<unknown>>(Promise.resolve());
  const now = useMemo(() => new Date(), []);

  useEffect(() => {
    (async () => {
      const store = await openStore();
      const settings = await loadSettings(store);
      if (settings.uiLanguage !== 'auto') setLang(settings.uiLanguage);
      setTopicSettings(settings.topicAlerts);
      const [all, lists, sel, seen] = await Promise.all([
        repo.allReviews(store),
        repo.allChecklists(store),
        repo.getMeta<string>(store, SELECTED_KEY),
        repo.openedIds(store),
      ]);
      setOpened(seen);
      setReports(await repo.allReports(store));
      setRecords(all);
      setProgress(Object.fromEntries(lists.map((c) => [c.reviewId, c])));
      setSelectedId(sel && all.some((r) => r.id === sel) ? sel : null);
      setDb(store);
      // Opened as a tab (popup.html?tab=<id>), it describes that tab; else the active one.
      const asked = Number(new URLSearchParams(location.search).get('tab'));
      const [tab] = Number.isInteger(asked) && asked > 0 ? [await browser.tabs.get(asked).catch(() => undefined)] : await browser.tabs.query({ active: true, currentWindow: true });
      let info: TabPage = null;
      if (tab?.id !== undefined) info = (await send('tab/info', { tabId: tab.id }).catch(() => ({ page: null }))).page;
      setPage({ url: tab?.url ?? null, info });
    })().catch((e: Error) => setError(e.message));
  }, []);

  /** Serialises writes so a fast typist's notes land in order. */
  const write = (fn: (d: RGDatabase) => Promise<ChecklistRecord>) => {
    if (!db) return;
    writes.current = writes.current
      .then(() => fn(db))
      .then((rec) => setProgress((p) => ({ ...p, [rec.reviewId]: rec })))
      .catch((e: Error) => setError(e.message));
  };

  const record = records.find((r) => r.id === selectedId) ?? null;
  const checklist = useMemo(
    () => (record ? buildChecklist(record, { now, lang, history: records }) : null),
    [record, now, lang, records],
  );
  const t = ui(lang);
  const p = popupUi(lang);
  const topics = useMemo(() => liveTopicClusters(records, topicSettings, now), [records, topicSettings, now]);

  // Showing an item's checklist opens it: it leaves the toolbar badge's count.
  useEffect(() => {
    if (!db || !record || opened.has(record.id)) return;
    const id = record.id;
    setOpened((o) => new Set([...o, id]));
    void send('item/opened', { id }).catch(() => repo.markOpened(db, id, new Date()));
  }, [db, record, opened]);

  useEffect(() => {
    document.documentElement.lang = langTag(lang);
  }, [lang]);

  const changeLang = (l: Lang) => {
    setLang(l);
    if (!db) return;
    setLangPending((n) => n + 1);
    // On the same queue as the checklist writes, so two quick clicks land in click order.
    writes.current = writes.current
      .then(async () => {
        const s = await loadSettings(db);
        await repo.setMeta(db, SETTINGS_KEY, { ...s, uiLanguage: l });
        await send('settings/changed', {}).catch(() => {});
      })
      .catch((e: Error) => setError(e.message))
      .finally(() => setLangPending((n) => n - 1));
  };

  const pick = (id: string | null) => {
    setSelectedId(id);
    if (db) void repo.setMeta(db, SELECTED_KEY, id);
  };

  const flash = (msg: string) => {
    setToast(msg);
    setTimeout(() => setToast(null), 1800);
  };

  return (
    <div class="rgp" lang={langTag(lang)} data-lang-saved={langPending === 0 ? 'true' : 'false'} data-review-id={record?.id ?? ''} data-popup="reviewguard">
      <Header lang={lang} onLang={changeLang} onBack={record ? () => { setFocusStep(undefined); pick(null); } : undefined} />
      <PageStatus url={page.url} info={page.info} lang={lang} />
      {error && (
        <p class="rgp-error" role="alert">
          {error}
        </p>
      )}
      {!db ? null : record && checklist ? (
        <ChecklistView
          record={record}
          checklist={checklist}
          progress={progress[record.id]}
          lang={lang}
          onToggle={(step: StepId, done: boolean) => write((d) => repo.updateStep(d, record.id, step, { done }, new Date(), (rec) => summariseProgress(checklist, rec)))}
          onNote={(step: StepId, note: string) => write((d) => repo.updateStep(d, record.id, step, { note }, new Date(), (rec) => summariseProgress(checklist, rec)))}
          reports={reports}
          now={now}
          focusStep={focusStep}
          onMarkSent={(channel) => {
            const row = reportLogEntry(record, new Date(), channel);
            void repo
              .logReport(db, row)
              .then(() => {
                setReports((r) => [...r, row]);
                flash(p.reportLogged);
                // A report sent is the report step done (what Insights' outcome view credits).
                write((d) => repo.updateStep(d, record.id, 'report', { done: true }, new Date(), (rec) => summariseProgress(checklist, rec)));
              })
              .catch((e: Error) => setError(e.message));
          }}
          onPoaChange={(text: string) => write((d) => repo.setPlanOfAction(d, record.id, text, new Date()))}
          onCopy={(text: string) => {
            void navigator.clipboard.writeText(text).then(() => flash(checklistUi(lang).copied));
          }}
          onOpenCompose={(text: string) => {
            const orderId = record.orderId;
            if (!orderId) {
              void navigator.clipboard.writeText(text).then(() => flash(checklistUi(lang).copied));
              return;
            }
            void (async () => {
              await repo.saveDraft(db, { orderId, text, updatedAt: new Date().toISOString(), pageKind: 'contact-buyer' });
              flash(p.openedCompose);
              await browser.tabs.create({ url: `https://${record.host}/messaging/contact?orderID=${encodeURIComponent(orderId)}` });
            })();
          }}
          onExport={(text: string) => {
            const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
            const a = document.createElement('a');
            a.href = url;
            a.download = `plan-of-action-${record.id}.txt`;
            a.click();
            setTimeout(() => URL.revokeObjectURL(url), 1000);
          }}
        />
      ) : (
        <>
          <TopicAlerts alerts={topics} windowDays={topicSettings.windowDays} lang={lang} onFix={(id) => {
              setFocusStep('fix');
              pick(id);
            }} />
          <ReviewPicker records={records} progress={progress} now={now} lang={lang} onPick={pick} opened={opened} />
        </>
      )}
      {toast && (
        <div class="rgp-toast" role="status">
          {toast}
        </div>
      )}
    </div>
  );
}

function PageStatus({ url, info, lang }: { url: string | null; info: TabPage; lang: Lang }) {
  const p = popupUi(lang);
  const [copied, setCopied] = useState(false);
  const kind = url ? pageKindOf(url) : null;
  if (!kind) return <p class="rgp-status rgp-status--idle">{p.pageNotSeller}</p>;
  const name = p.kinds[kind];
  const unreadable = !!info && info.items === 0;
  const partly = !!info && info.items !== null && info.items > 0 && (info.listed ?? 0) > info.items;
  if (unreadable || partly) {
    const text = buildDiagnostics({
      kind,
      url: url ?? '',
      items: info.items,
      listed: info.listed,
      counts: info.counts,
      version: browser.runtime.getManifest().version,
      userAgent: navigator.userAgent,
    });
    const copy = async () => {
      try {
        await navigator.clipboard.writeText(text);
      } catch {
        // Clipboard API refused (no focus): the selection fallback still copies.
        const area = document.createElement('textarea');
        area.value = text;
        document.body.append(area);
        area.select();
        document.execCommand('copy');
        area.remove();
      }
      setCopied(true);
    };
    return (
      <div class="rgp-status rgp-status--warn" data-page-status={unreadable ? 'not-recognised' : 'partial'} role="status">
        <p>{unreadable ? p.pageCannotRead(name) : p.pagePartlyRead(name, info.items ?? 0, info.listed ?? 0)}</p>
        <button type="button" class="rgp-btn" data-action="copy-diagnostics" onClick={() => void copy()}>
          {p.copyDiagnostics}
        </button>
        {copied && <p class="rgp-note">{p.diagnosticsCopied}</p>}
        <details>
          <summary>{p.diagnosticsShow}</summary>
          <pre data-diagnostics>{text}</pre>
        </details>
      </div>
    );
  }
  return (
    <p class="rgp-status rgp-status--ok" data-page-status="active">
      {p.pageActive(name, info?.items ?? 0)}
    </p>
  );
}

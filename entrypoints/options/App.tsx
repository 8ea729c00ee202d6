// The options page: Insights, Settings, Export & import. The only place on
// this page that touches IndexedDB and extension messaging; the components
// take props and report events.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { Header } from '../../components/checklist/Header.tsx';
import { InsightsView } from '../../components/insights/index.ts';
import { InsertCheck } from '../../components/insert-check/index.ts';
import { DataPanel, SettingsForm } from '../../components/settings/index.ts';
import { ruleMetas } from '../../components/settings/rules.ts';
import { langTag, optionsUi, pickLang, type Lang } from '../../lib/i18n/ui.ts';
import { importLintModule, LINT_MODULE_PATH, type LoadLint } from '../../lib/extension-files.ts';
import { deadlineConstants } from '../../lib/insights/constants.ts';
import { reviewsCsv } from '../../lib/insights/csv.ts';
import { send } from '../../lib/messaging/extension-client.ts';
import type { Finding } from '../../lib/policy/types.ts';
import { DEFAULT_SETTINGS, SettingsSchema, type Settings } from '../../lib/protocol.ts';
import { openStore, type RGDatabase } from '../../lib/store/db.ts';
import { exportFileName, exportJson, importExport, MAX_IMPORT_BYTES } from '../../lib/store/export-import.ts';
import * as repo from '../../lib/store/repo.ts';
import { SETTINGS_KEY, loadSettings } from '../../lib/store/settings.ts';
import type { ChecklistRecord, ReviewRecord } from '../../lib/store/types.ts';


// Chromium: the insert check runs the linter module on this page (its worker
// carries no linter). Firefox's add-on rules forbid importing the module by
// URL, so there the background lints.
let loadLint: LoadLint | undefined;
async function lintInsert(text: string, rules: Settings['lint']): Promise<Finding[]> {
  if (import.meta.env.FIREFOX) return (await send('lint', { text, context: { mode: 'insert' } })).findings;
  loadLint ??= importLintModule((browser.runtime.getURL as (path: string) => string)(LINT_MODULE_PATH));
  const lint = await loadLint();
  if (!lint) throw new Error('the message checker could not be loaded');
  return lint(text, { now: new Date().toISOString(), mode: 'insert' }, rules);
}

const TABS = ['insights', 'settings', 'data'] as const;
type Tab = (typeof TABS)[number];

function tabFromHash(): Tab {
  const h = location.hash.replace(/^#/, '');
  return (TABS as readonly string[]).includes(h) ? (h as Tab) : 'insights';
}

function langFor(s: Settings): Lang {
  return s.uiLanguage === 'auto' ? pickLang(navigator.language) : s.uiLanguage;
}

function download(name: string, parts: BlobPart[], type: string) {
  const url = URL.createObjectURL(new Blob(parts, { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function App() {
  const [db, setDb] = useState<RGDatabase | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [records, setRecords] = useState<ReviewRecord[]>([]);
  const [checklists, setChecklists] = useState<ChecklistRecord[]>([]);
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [lang, setLang] = useState<Lang>(pickLang(navigator.language));
  const [tab, setTab] = useState<Tab>(tabFromHash());
  const now = useMemo(() => new Date(), [records]);
  const rules = useMemo(() => ruleMetas(), []);
  const deadlines = useMemo(() => deadlineConstants(), []);
  const t = optionsUi(lang);

  const reload = async (store: RGDatabase) => {
    const [all, lists, s] = await Promise.all([repo.allReviews(store), repo.allChecklists(store), loadSettings(store)]);
    setRecords(all);
    setChecklists(lists);
    setSettings(s);
    return s;
  };

  useEffect(() => {
    (async () => {
      const store = await openStore();
      const s = await reload(store);
      setLang(langFor(s));
      setDb(store);
    })().catch((e: Error) => setError(e.message));
    const onHash = () => setTab(tabFromHash());
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);

  useEffect(() => {
    document.documentElement.lang = langTag(lang);
    document.title = t.title;
  }, [lang]);

  const go = (next: Tab) => {
    setTab(next);
    history.replaceState(null, '', `#${next}`);
  };

  const onTabKey = (e: KeyboardEvent) => {
    const i = TABS.indexOf(tab);
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    e.preventDefault();
    const next = TABS[(i + step + TABS.length) % TABS.length]!;
    go(next);
    document.getElementById(`rgo-tab-${next}`)?.focus();
  };

  const save = async (next: Settings) => {
    if (!db) throw new Error(t.notOpenYet);
    const valid = SettingsSchema.parse(next);
    await repo.setMeta(db, SETTINGS_KEY, valid);
    setSettings(valid);
    setLang(langFor(valid));
    // Open Seller Central tabs re-check without a reload; a sleeping background is no error.
    await send('settings/changed', {}).catch(() => {});
  };

  // The header's language toggle saves at once, like the popup's: only the
  // language changes, so unsaved edits in the settings form stay.
  const changeLang = (next: Lang) => {
    setLang(next);
    if (!db) return;
    (async () => {
      const saved: Settings = { ...(await loadSettings(db)), uiLanguage: next };
      await repo.setMeta(db, SETTINGS_KEY, saved);
      setSettings(saved);
      await send('settings/changed', {}).catch(() => {});
    })().catch((e: Error) => setError(e.message));
  };

  return (
    <div class="rgo" lang={langTag(lang)} data-options="reviewguard" data-lang={lang}>
      <Header lang={lang} onLang={changeLang} title={t.title} />
      <nav class="rgo-tabs" role="tablist" aria-label={t.title} onKeyDown={onTabKey}>
        {TABS.map((id) => (
          <button
            key={id}
            id={`rgo-tab-${id}`}
            type="button"
            role="tab"
            class="rgo-tab"
            aria-selected={tab === id ? 'true' : 'false'}
            aria-controls={`rgo-panel-${id}`}
            tabIndex={tab === id ? 0 : -1}
            data-tab={id}
            onClick={() => go(id)}
          >
            {t.tabs[id]}
          </button>
        ))}
      </nav>
      <main class="rgo-main" id={`rgo-panel-${tab}`} role="tabpanel" aria-labelledby={`rgo-tab-${tab}`} data-panel={tab}>
        {error ? (
          <p class="rgo-error" role="alert">
            {error}
          </p>
        ) : null}
        {!db ? (
          error ? null : <p class="rgo-muted">{t.loading}</p>
        ) : tab === 'insights' ? (
          <InsightsView records={records} checklists={checklists} now={now} lang={lang} />
        ) : tab === 'settings' ? (
          <>
            <SettingsForm settings={settings} rules={rules} deadlines={deadlines} lang={lang} onSave={save} />
            <InsertCheck lang={lang} lint={(text) => lintInsert(text, settings.lint)} />
          </>
        ) : (
          <DataPanel
            lang={lang}
            counts={{ reviews: records.length, checklists: checklists.length }}
            maxBytes={MAX_IMPORT_BYTES}
            onExport={async (kind) => {
              const at = new Date();
              const name = exportFileName(at, kind);
              if (kind === 'json') download(name, [await exportJson(db, at)], 'application/json');
              else download(name, ['\uFEFF', reviewsCsv(await repo.allReviews(db), await repo.allChecklists(db), at)], 'text/csv;charset=utf-8');
              return name;
            }}
            onImport={async (text) => {
              const result = await importExport(db, text);
              if (result.ok) {
                const s = await reload(db);
                if (result.report.settings === 'applied') {
                  setLang(langFor(s));
                  await send('settings/changed', {}).catch(() => {});
                }
              }
              return result;
            }}
          />
        )}
      </main>
    </div>
  );
}

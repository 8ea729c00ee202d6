// Export & import of the history. Props in, events out: the App writes the
// files and the database; this panel reads the chosen file as text and shows
// what the import did (or exactly why it refused the file).
import { useRef, useState } from 'preact/hooks';
import { labelOf, optionsUi, type Lang } from '../../lib/i18n/ui.ts';
import type { ImportReport, ImportResult, MergeCounts } from '../../lib/records/index.ts';

export interface DataPanelProps {
  lang: Lang;
  counts: { reviews: number; checklists: number };
  /** Starts a download; resolves to the file name. */
  onExport: (kind: 'json' | 'csv') => Promise<string> | string;
  /** Imports the text of the chosen file. */
  onImport: (text: string) => Promise<ImportResult>;
  /** Files larger than this are refused before reading. */
  maxBytes?: number;
}

type State =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'exported'; name: string }
  | { kind: 'done'; report: ImportReport }
  | { kind: 'failed'; result: Extract<ImportResult, { ok: false }> | null; message?: string };

const SECTIONS = ['reviews', 'checklists', 'drafts', 'reviewRequests', 'visits', 'opened', 'reports'] as const;

export function DataPanel({ lang, counts, onExport, onImport, maxBytes = 50 * 1024 * 1024 }: DataPanelProps) {
  const t = optionsUi(lang);
  const [state, setState] = useState<State>({ kind: 'idle' });
  const input = useRef<HTMLInputElement>(null);

  const doExport = async (kind: 'json' | 'csv') => {
    try {
      const name = await onExport(kind);
      setState({ kind: 'exported', name });
    } catch (e) {
      setState({ kind: 'failed', result: null, message: (e as Error).message });
    }
  };

  const doImport = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > maxBytes) {
      setState({ kind: 'failed', result: null, message: t.importTooBig });
      return;
    }
    setState({ kind: 'busy' });
    try {
      const result = await onImport(await file.text());
      setState(result.ok ? { kind: 'done', report: result.report } : { kind: 'failed', result });
    } catch (e) {
      setState({ kind: 'failed', result: null, message: (e as Error).message });
    } finally {
      if (input.current) input.current.value = '';
    }
  };

  return (
    <div class="rgo-data" data-section="data">
      <section class="rgo-card" aria-labelledby="rgo-export-title">
        <h2 id="rgo-export-title">{t.dataTitle}</h2>
        <p class="rgo-muted">{t.dataIntro}</p>
        <p data-stored-counts>{t.stored(counts.reviews, counts.checklists)}</p>
        <div class="rgo-row">
          <button type="button" class="rgc-btn rgc-btn--primary rgo-btn-lg" data-export="json" onClick={() => void doExport('json')}>
            {t.exportJson}
          </button>
          <button type="button" class="rgc-btn rgo-btn-lg" data-export="csv" onClick={() => void doExport('csv')}>
            {t.exportCsv}
          </button>
        </div>
        {state.kind === 'exported' ? (
          <p class="rgo-status rgo-status--ok" role="status">
            {t.exported(state.name)}
          </p>
        ) : null}
      </section>

      <section class="rgo-card" aria-labelledby="rgo-import-title">
        <h2 id="rgo-import-title">{t.importTitle}</h2>
        <p class="rgo-muted">{t.importIntro}</p>
        <label class="rgo-field">
          <span>{t.importLabel}</span>
          <input
            ref={input}
            type="file"
            accept=".json,application/json"
            data-import-input
            disabled={state.kind === 'busy'}
            onChange={(e) => void doImport((e.currentTarget as HTMLInputElement).files?.[0])}
          />
        </label>
        <div aria-live="polite">
          {state.kind === 'busy' ? <p class="rgo-muted">{t.importing}</p> : null}
          {state.kind === 'failed' ? <ImportError state={state} lang={lang} /> : null}
          {state.kind === 'done' ? <ImportSummary report={state.report} lang={lang} /> : null}
        </div>
      </section>
    </div>
  );
}

function ImportError({ state, lang }: { state: Extract<State, { kind: 'failed' }>; lang: Lang }) {
  const t = optionsUi(lang);
  const r = state.result;
  const issues = r && r.code === 'invalid' ? r.issues : [];
  return (
    <div class="rgo-error" role="alert" data-import-error={r?.code ?? 'error'}>
      <p>
        <strong>{t.importFailed}: </strong>
        {r ? (t.importErrors[r.code]) : state.message}
      </p>
      {issues.length ? (
        <ul>
          {issues.slice(0, 8).map((i, n) => (
            <li key={n}>
              {t.issueWhere(labelOf(t.sectionNames, i.section) ?? i.section, i.row, i.id, i.field)}: {i.message}
            </li>
          ))}
          {issues.length > 8 ? <li>{t.moreRows(issues.length - 8)}</li> : null}
        </ul>
      ) : null}
    </div>
  );
}

function ImportSummary({ report, lang }: { report: ImportReport; lang: Lang }) {
  const t = optionsUi(lang);
  const row = (c: MergeCounts | undefined) => (c ? [c.added, c.updated, c.keptNewerLocal, c.unchanged] : [0, 0, 0, 0]);
  return (
    <div class="rgo-status rgo-status--ok rgo-import-done" role="status" data-import-done>
      <p>{t.importDone}</p>
      <table class="rgo-table">
        <thead>
          <tr>
            <th scope="col" />
            <th scope="col">{t.colAdded}</th>
            <th scope="col">{t.colUpdated}</th>
            <th scope="col">{t.colKept}</th>
            <th scope="col">{t.colUnchanged}</th>
          </tr>
        </thead>
        <tbody>
          {SECTIONS.map((s) => (
            <tr key={s} data-import-row={s}>
              <th scope="row">{t.sectionNames[s]}</th>
              {row(report[s]).map((n, i) => (
                <td key={i} data-n={n}>
                  {n}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {report.settings === 'applied' ? <p>{t.settingsApplied}</p> : report.settings === 'kept-local' ? <p>{t.settingsKept}</p> : null}
    </div>
  );
}

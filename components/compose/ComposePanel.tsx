// The compact panel under a buyer-message field: counts, each finding with
// why and a one-click fix, the draft offer, and the Send guard. Props in,
// events out: no extension APIs here.
import { Component } from 'preact';
import type { Finding } from '../../lib/policy/types.ts';
import { langTag, ui, type Lang } from '../../lib/i18n/ui.ts';

export interface ComposePanelProps {
  lang: Lang;
  state: 'checking' | 'ready' | 'offline' | 'unavailable';
  findings: Finding[];
  onSelect: (index: number) => void;
  onFix: (index: number) => void;
  draft?: { savedAt: string } | null;
  onRestoreDraft?: () => void;
  onDiscardDraft?: () => void;
  guardOpen?: boolean;
  onGuardFix?: () => void;
  onGuardSend?: () => void;
  onGuardClose?: () => void;
}

function text(f: Finding, lang: Lang) {
  return lang === 'zh' ? f.zh : { message: f.message, explanation: f.explanation };
}

interface PanelState {
  /** The finding whose explanation is open. */
  open: number | null;
  collapsed: boolean;
}

// A class, not hooks: the content script then carries no hooks runtime (it
// runs on every Seller Central page, within a 40 KB budget).
export class ComposePanel extends Component<ComposePanelProps, PanelState> {
  override state: PanelState = { open: null, collapsed: false };

  override render() {
    return panel(this.props, this.state, (next) => this.setState(next));
  }
}

function panel(p: ComposePanelProps, { open, collapsed }: PanelState, set: (s: Partial<PanelState>) => void) {
  const t = ui(p.lang);
  const setOpen = (v: number | null) => set({ open: v });
  const setCollapsed = (v: boolean) => set({ collapsed: v });
  const errors = p.findings.filter((f) => f.severity === 'error');
  const warnings = p.findings.filter((f) => f.severity === 'warning');
  const status =
    p.state === 'offline' ? t.offline : p.state === 'unavailable' ? t.unavailable : p.findings.length === 0 ? (p.state === 'checking' ? t.checking : t.allClear) : null;

  return (
    <div class="rg-panel" data-state={p.state} lang={langTag(p.lang)}>
      {p.draft && (
        <div class="rg-draft" role="status">
          <span>{t.draftOffer(new Date(p.draft.savedAt).toLocaleString(langTag(p.lang)))}</span>
          <button type="button" class="rg-btn rg-primary" data-action="restore-draft" onClick={p.onRestoreDraft}>
            {t.restore}
          </button>
          <button type="button" class="rg-btn" data-action="discard-draft" onClick={p.onDiscardDraft}>
            {t.discard}
          </button>
        </div>
      )}
      <div class="rg-bar">
        <span class="rg-logo" aria-hidden="true">
          ✓
        </span>
        <strong class="rg-name">{t.brand}</strong>
        {status ? (
          <span class="rg-status">{status}</span>
        ) : (
          <span class="rg-counts" aria-live="polite">
            {errors.length > 0 && <span class="rg-count rg-count-error">{t.errors(errors.length)}</span>}
            {warnings.length > 0 && <span class="rg-count rg-count-warning">{t.warnings(warnings.length)}</span>}
          </span>
        )}
        {p.findings.length > 0 && (
          <button type="button" class="rg-link rg-toggle" aria-expanded={!collapsed} onClick={() => setCollapsed(!collapsed)}>
            {collapsed ? t.showAll : t.hideAll}
          </button>
        )}
      </div>
      {!collapsed && p.findings.length > 0 && (
        <ul class="rg-list">
          {p.findings.map((f, i) => {
            const tx = text(f, p.lang);
            return (
              <li class={`rg-item rg-${f.severity}`} data-rule={f.rule} key={`${f.rule}-${f.start}-${f.end}`}>
                <span class="rg-dot" aria-hidden="true" />
                <div class="rg-body">
                  <button type="button" class="rg-msg" data-action="select" onClick={() => p.onSelect(i)}>
                    {tx.message}
                  </button>
                  <span class="rg-rule">{f.rule}</span>
                  {open === i && (
                    <p class="rg-why">
                      {tx.explanation}
                      {f.source && (
                        <>
                          {' '}
                          <a href={f.source} target="_blank" rel="noreferrer noopener">
                            {t.source}
                          </a>
                        </>
                      )}
                    </p>
                  )}
                </div>
                <div class="rg-actions">
                  <button type="button" class="rg-link" aria-expanded={open === i} onClick={() => setOpen(open === i ? null : i)}>
                    {t.why}
                  </button>
                  {f.fix !== undefined && (
                    <button type="button" class="rg-btn rg-fix" data-action="fix" title={t.fixTo(f.fix)} onClick={() => p.onFix(i)}>
                      {t.fix}
                    </button>
                  )}
                </div>
              </li>
            );
          })}
        </ul>
      )}
      {p.guardOpen && (
        <div class="rg-guard-backdrop">
          <div class="rg-guard" role="alertdialog" aria-modal="true" aria-labelledby="rg-guard-title">
            <h2 id="rg-guard-title">{t.guardTitle}</h2>
            <p>{t.guardBody(errors.length)}</p>
            <ul>
              {errors.map((f) => (
                <li key={`${f.rule}-${f.start}`}>
                  <strong>{text(f, p.lang).message}</strong> <span class="rg-rule">{f.rule}</span>
                </li>
              ))}
            </ul>
            <div class="rg-guard-actions">
              <button type="button" class="rg-btn rg-primary" data-action="guard-fix" onClick={p.onGuardFix} autoFocus>
                {t.fixFirst}
              </button>
              <button type="button" class="rg-btn rg-danger" data-action="guard-send" onClick={p.onGuardSend}>
                {t.sendAnyway}
              </button>
            </div>
          </div>
        </div>
      )}
    </div>
  );
}

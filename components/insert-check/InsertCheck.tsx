// "Check an insert card": a text box linted in insert mode (lintMessage with
// mode 'insert'), the card text again with the problems underlined, and each
// finding with its explanation and public source, as in the compose panel.
// The linting is injected (the options page asks the background, which
// applies the seller's settings), so this page does not bundle the linter.
import { langTag } from '../../lib/i18n/lang.ts';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Lang } from '../../lib/i18n/ui.ts';
import type { Finding } from '../../lib/policy/types.ts';
import { insertCheckText } from './i18n.ts';
import { segments } from './segments.ts';
import './insert-check.css';

export interface InsertCheckProps {
  lang: Lang;
  /** Lints a card: lintMessage(text, { mode: 'insert' }) with the seller's settings. */
  lint: (text: string) => Promise<Finding[]>;
  /** Initial text (tests, or a card the seller saved). */
  initialText?: string;
}

function texts(f: Finding, lang: Lang) {
  return lang === 'zh' ? f.zh : { message: f.message, explanation: f.explanation };
}

export function InsertCheck(p: InsertCheckProps) {
  const t = insertCheckText(p.lang);
  const [text, setText] = useState(p.initialText ?? '');
  const [open, setOpen] = useState<number | null>(null);
  const area = useRef<HTMLTextAreaElement>(null);
  const [checked, setChecked] = useState<{ text: string; findings: Finding[] }>({ text: '', findings: [] });
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (!text.trim()) return;
    let live = true;
    // Only the answer for the current text is shown (typing outruns replies).
    p.lint(text).then(
      (findings) => {
        if (!live) return;
        setChecked({ text, findings });
        setFailed(false);
      },
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [text]);
  const findings = text.trim() && checked.text === text ? checked.findings : [];
  const pending = text.trim() !== '' && checked.text !== text && !failed;
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.length - errors;

  const select = (f: Finding) => {
    const el = area.current;
    if (!el) return;
    el.focus();
    el.setSelectionRange(f.start, f.end);
  };

  return (
    <section class="rgi" data-insert-check aria-labelledby="rgi-title" lang={langTag(p.lang)}>
      <h2 id="rgi-title">{t.title}</h2>
      <p class="rgi-intro">{t.intro}</p>
      <label class="rgi-label" for="rgi-text">
        {t.label}
      </label>
      <textarea
        id="rgi-text"
        ref={area}
        class="rgi-text"
        rows={6}
        placeholder={t.placeholder}
        value={text}
        onInput={(e) => {
          setText((e.currentTarget as HTMLTextAreaElement).value);
          setOpen(null);
        }}
      />
      <p class="rgi-status" role="status" aria-live="polite" data-status>
        {!text.trim() ? t.empty : failed ? t.offline : pending ? t.checking : findings.length === 0 ? t.allClear : [errors ? t.errors(errors) : '', warnings ? t.warnings(warnings) : ''].filter(Boolean).join(' · ')}
      </p>
      {findings.length > 0 && (
        <>
          <div class="rgi-preview" aria-label={t.preview} data-preview>
            {segments(text, findings).map((s) =>
              s.severity ? (
                <mark key={s.start} class={`rgi-mark rgi-${s.severity}`} data-rule={findings[s.finding!]!.rule} title={texts(findings[s.finding!]!, p.lang).message}>
                  {s.text}
                </mark>
              ) : (
                <span key={s.start}>{s.text}</span>
              ),
            )}
          </div>
          <ul class="rgi-list">
            {findings.map((f, i) => {
              const tx = texts(f, p.lang);
              return (
                <li class={`rgi-item rgi-${f.severity}`} data-rule={f.rule} key={`${f.rule}-${f.start}-${f.end}`}>
                  <span class="rgi-dot" aria-hidden="true" />
                  <div class="rgi-body">
                    <button type="button" class="rgi-msg" data-action="select" onClick={() => select(f)}>
                      {tx.message}
                    </button>
                    <span class="rgi-rule">{f.rule}</span>
                    {open === i && (
                      <p class="rgi-why">
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
                  <button type="button" class="rgi-link" aria-expanded={open === i} onClick={() => setOpen(open === i ? null : i)}>
                    {t.why}
                  </button>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}

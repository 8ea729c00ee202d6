// The settings form: message rules (on/off, severity), the seller's forbidden
// phrases, the UI language, and the deadline constants (read-only, with their
// sources). Props in, a validated Settings object out through onSave: no
// storage or messaging here (the options App does that).
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { LANG_AUTONYMS, LANGS, langTag, optionsUi, type Lang } from '../../lib/i18n/ui.ts';
import type { RuleId, Severity } from '../../lib/policy/types.ts';
import { DEFAULT_SETTINGS, SettingsSchema, type Settings } from '../../lib/protocol.ts';
import type { DeadlineConstantInfo } from '../../lib/insights/constants.ts';

export interface RuleMeta {
  id: RuleId;
  /** Default severity. */
  severity: Severity;
  title: { en: string; zh: string };
  source?: string;
}

/** A deadline constant with its source, shown read-only. */
export type DeadlineConstant = DeadlineConstantInfo;

export interface SettingsFormProps {
  /** The saved settings: the form starts from them (and starts again when they change). */
  settings: Settings;
  rules: readonly RuleMeta[];
  deadlines: readonly DeadlineConstant[];
  lang: Lang;
  /** Called with a validated Settings object; a rejected promise shows its message. */
  onSave: (settings: Settings) => void | Promise<void>;
}

export const MAX_PHRASES = 500;
export const MAX_PHRASE_LENGTH = 200;

/** Why a new phrase cannot be added, or null when it can. */
export function phraseProblem(raw: string, existing: readonly string[]): 'empty' | 'too-long' | 'duplicate' | 'limit' | null {
  const p = raw.trim();
  if (!p) return 'empty';
  if (p.length > MAX_PHRASE_LENGTH) return 'too-long';
  if (existing.some((e) => e.toLowerCase() === p.toLowerCase())) return 'duplicate';
  if (existing.length >= MAX_PHRASES) return 'limit';
  return null;
}

type RuleOverrides = Settings['lint']['rules'];

/** Sets one rule's override, dropping whatever equals the default (keeps the stored settings minimal). */
function setRule(rules: RuleOverrides, meta: RuleMeta, change: { enabled?: boolean; severity?: Severity }): RuleOverrides {
  const cur = { ...(rules[meta.id] ?? {}), ...change };
  const next: RuleOverrides = { ...rules };
  const entry: { enabled?: boolean; severity?: Severity } = {};
  if (cur.enabled === false) entry.enabled = false;
  if (cur.severity && cur.severity !== meta.severity) entry.severity = cur.severity;
  if (Object.keys(entry).length) next[meta.id] = entry;
  else delete next[meta.id];
  return next;
}

function same(a: Settings, b: Settings): boolean {
  return JSON.stringify(SettingsSchema.safeParse(a).data ?? a) === JSON.stringify(SettingsSchema.safeParse(b).data ?? b);
}

export function SettingsForm({ settings, rules, deadlines, lang, onSave }: SettingsFormProps) {
  const t = optionsUi(lang);
  const [draft, setDraft] = useState<Settings>(settings);
  const [phrase, setPhrase] = useState('');
  const [phraseError, setPhraseError] = useState<string | null>(null);
  const [errors, setErrors] = useState<string[]>([]);
  const [status, setStatus] = useState<{ kind: 'ok' | 'info' | 'error'; detail?: string } | null>(null);
  const [saving, setSaving] = useState(false);
  const savedBefore = useRef(settings);
  useEffect(() => {
    const before = savedBefore.current;
    savedBefore.current = settings;
    // Only the language changed (the header's toggle saves it at once): keep
    // the seller's unsaved edits and take the new language. Anything else
    // saved starts the form again from the saved settings.
    const onlyLang = before.uiLanguage !== settings.uiLanguage && same({ ...before, uiLanguage: settings.uiLanguage }, settings);
    setDraft((d) => (onlyLang ? { ...d, uiLanguage: settings.uiLanguage } : settings));
    setErrors([]);
  }, [settings]);
  const dirty = useMemo(() => !same(draft, settings), [draft, settings]);

  const update = (fn: (d: Settings) => Settings) => {
    setDraft((d) => fn(d));
    setStatus(null);
  };

  const addPhrase = () => {
    const problem = phraseProblem(phrase, draft.lint.customPhrases);
    if (problem) {
      const p = phrase.trim();
      setPhraseError(
        problem === 'empty' ? t.phraseEmpty : problem === 'too-long' ? t.phraseTooLong(p.length) : problem === 'duplicate' ? t.phraseDuplicate : t.phraseLimit,
      );
      return;
    }
    update((d) => ({ ...d, lint: { ...d.lint, customPhrases: [...d.lint.customPhrases, phrase.trim()] } }));
    setPhrase('');
    setPhraseError(null);
  };

  const save = async () => {
    const parsed = SettingsSchema.safeParse(draft);
    if (!parsed.success) {
      setErrors(parsed.error.issues.slice(0, 10).map((i) => `${i.path.join('.') || 'settings'}: ${i.message}`));
      setStatus(null);
      return;
    }
    setErrors([]);
    setSaving(true);
    try {
      await onSave(parsed.data);
      setStatus({ kind: 'ok' });
    } catch (e) {
      setStatus({ kind: 'error', detail: (e as Error).message });
    } finally {
      setSaving(false);
    }
  };

  const phraseErrorId = 'rgo-phrase-error';
  return (
    <form
      class="rgo-settings"
      data-settings-form
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <section class="rgo-card" aria-labelledby="rgo-rules-title">
        <h2 id="rgo-rules-title">{t.rulesTitle}</h2>
        <p class="rgo-muted">{t.rulesIntro}</p>
        <div class="rgo-scroll rgo-scroll--rules">
          <table class="rgo-table rgo-rules">
            <thead>
              <tr>
                <th scope="col">{t.colOn}</th>
                <th scope="col">{t.colRule}</th>
                <th scope="col">{t.colSeverity}</th>
                <th scope="col">{t.colDefault}</th>
              </tr>
            </thead>
            <tbody>
              {rules.map((meta) => {
                const o = draft.lint.rules[meta.id] ?? {};
                const enabled = o.enabled !== false;
                const severity = o.severity ?? meta.severity;
                const title = meta.title[lang];
                return (
                  <tr key={meta.id} data-rule={meta.id} class={enabled ? '' : 'rgo-rule--off'}>
                    <td>
                      <input
                        type="checkbox"
                        checked={enabled}
                        aria-label={t.ruleOn(title)}
                        onChange={(e) => {
                          const on = (e.currentTarget as HTMLInputElement).checked;
                          update((d) => ({ ...d, lint: { ...d.lint, rules: setRule(d.lint.rules, meta, { enabled: on }) } }));
                        }}
                      />
                    </td>
                    <td>
                      <span class="rgo-rule__title" title={meta.source}>
                        {title}
                      </span> <code class="rgo-rule__id">{meta.id}</code>
                    </td>
                    <td>
                      <select
                        value={severity}
                        disabled={!enabled}
                        aria-label={t.severityOf(title)}
                        onChange={(e) => {
                          const sev = (e.currentTarget as HTMLSelectElement).value as Severity;
                          update((d) => ({ ...d, lint: { ...d.lint, rules: setRule(d.lint.rules, meta, { severity: sev }) } }));
                        }}
                      >
                        <option value="error">{t.error}</option>
                        <option value="warning">{t.warning}</option>
                      </select>
                    </td>
                    <td class="rgo-muted">{meta.severity === 'error' ? t.error : t.warning}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </section>

      <section class="rgo-card" aria-labelledby="rgo-phrases-title" data-section="phrases">
        <h2 id="rgo-phrases-title">{t.phrasesTitle}</h2>
        <p class="rgo-muted">{t.phrasesIntro}</p>
        <div class="rgo-row">
          <label class="rgo-field rgo-field--grow">
            <span>{t.phraseLabel}</span>
            <input
              type="text"
              name="phrase"
              value={phrase}
              maxLength={1000}
              aria-invalid={phraseError ? 'true' : 'false'}
              aria-describedby={phraseError ? phraseErrorId : undefined}
              onInput={(e) => {
                setPhrase((e.currentTarget as HTMLInputElement).value);
                setPhraseError(null);
              }}
              onKeyDown={(e) => {
                if (e.key === 'Enter') {
                  e.preventDefault();
                  addPhrase();
                }
              }}
            />
          </label>
          <button type="button" class="rgc-btn" onClick={addPhrase}>
            {t.add}
          </button>
          <span class="rgo-muted">{t.phraseCount(draft.lint.customPhrases.length)}</span>
        </div>
        {phraseError ? (
          <p id={phraseErrorId} class="rgo-error" role="alert">
            {phraseError}
          </p>
        ) : null}
        {draft.lint.customPhrases.length === 0 ? (
          <p class="rgo-muted">{t.noPhrases}</p>
        ) : (
          <ul class="rgo-phrases">
            {draft.lint.customPhrases.map((p, i) => (
              <li key={`${i}:${p}`} data-phrase={p}>
                <span class="rgo-phrase__text">{p}</span>
                <button
                  type="button"
                  class="rgo-phrase__remove"
                  aria-label={t.removePhrase(p)}
                  onClick={() => update((d) => ({ ...d, lint: { ...d.lint, customPhrases: d.lint.customPhrases.filter((_, j) => j !== i) } }))}
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section class="rgo-card" aria-labelledby="rgo-language-title">
        <h2 id="rgo-language-title">{t.languageTitle}</h2>
        <label class="rgo-field">
          <span>{t.languageLabel}</span>
          <select
            name="uiLanguage"
            value={draft.uiLanguage}
            onChange={(e) => {
              const v = (e.currentTarget as HTMLSelectElement).value as Settings['uiLanguage'];
              update((d) => ({ ...d, uiLanguage: v }));
            }}
          >
            <option value="auto">{t.langAuto}</option>
            {LANGS.map((id) => (
              <option key={id} value={id} lang={langTag(id)}>
                {LANG_AUTONYMS[id].option}
              </option>
            ))}
          </select>
        </label>
      </section>

      <section class="rgo-card" aria-labelledby="rgo-topics-title" data-section="topic-alerts">
        <h2 id="rgo-topics-title">{t.topicSettingsTitle}</h2>
        <label class="rgo-field">
          <span>{t.topicMinCount}</span>
          <input
            type="number"
            name="topicMinCount"
            min={2}
            max={50}
            step={1}
            value={draft.topicAlerts.minCount}
            onInput={(e) => {
              const v = Number((e.currentTarget as HTMLInputElement).value);
              update((d) => ({ ...d, topicAlerts: { ...d.topicAlerts, minCount: v } }));
            }}
          />
        </label>
        <label class="rgo-field">
          <span>{t.topicWindowDays}</span>
          <input
            type="number"
            name="topicWindowDays"
            min={1}
            max={90}
            step={1}
            value={draft.topicAlerts.windowDays}
            onInput={(e) => {
              const v = Number((e.currentTarget as HTMLInputElement).value);
              update((d) => ({ ...d, topicAlerts: { ...d.topicAlerts, windowDays: v } }));
            }}
          />
        </label>
      </section>

      <section class="rgo-card" aria-labelledby="rgo-consts-title" data-section="deadline-constants">
        <h2 id="rgo-consts-title">{t.deadlinesConstTitle}</h2>
        <p class="rgo-muted">{t.deadlinesConstIntro}</p>
        <table class="rgo-table rgo-consts">
          <thead>
            <tr>
              <th scope="col">{t.colDeadline}</th>
              <th scope="col">{t.colWindow}</th>
              <th scope="col">{t.colSource}</th>
              <th scope="col">{t.colChecked}</th>
            </tr>
          </thead>
          <tbody>
            {deadlines.map((d) => (
              <tr key={d.id} data-deadline-const={d.id}>
                <th scope="row">{d.title[lang]}</th>
                <td class="rgo-nowrap">{t.windowDays(d.windowDays)}</td>
                <td class="rgo-source">
                  {d.source}
                  {d.note ? <span class="rgo-source__note">{d.note}</span> : null}
                </td>
                <td class="rgo-nowrap">{d.lastChecked}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <div class="rgo-actions" data-section="actions">
        {errors.length ? (
          <div class="rgo-error" role="alert" data-settings-error>
            <p>{t.invalid}</p>
            <ul>
              {errors.map((e) => (
                <li key={e}>{e}</li>
              ))}
            </ul>
          </div>
        ) : null}
        <button type="submit" class="rgc-btn rgc-btn--primary rgo-btn-lg" disabled={saving}>
          {t.save}
        </button>
        <button
          type="button"
          class="rgc-btn rgo-btn-lg"
          onClick={() => {
            setDraft(DEFAULT_SETTINGS);
            setErrors([]);
            setPhraseError(null);
            setStatus({ kind: 'info' });
          }}
        >
          {t.reset}
        </button>
        {dirty && !status ? <span class="rgo-dirty">{t.unsaved}</span> : null}
        {status ? (
          <span class={`rgo-status rgo-status--${status.kind}`} role="status" data-save-status={status.kind}>
            {status.kind === 'ok' ? t.saved : status.kind === 'info' ? t.resetDone : t.saveFailed(status.detail ?? '')}
          </span>
        ) : null}
      </div>
    </form>
  );
}

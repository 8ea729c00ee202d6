import { t } from '../../lib/checklist/i18n.ts';
import type { UiLang } from '../../lib/checklist/types.ts';

export interface HeaderProps {
  lang: UiLang;
  onLang: (lang: UiLang) => void;
  /** Defaults to the product name in the UI language. */
  title?: string;
  /** Shows a "Back to the list" button when given. */
  onBack?: () => void;
}

const LANGS: Array<{ id: UiLang; label: string; full: string }> = [
  { id: 'en', label: 'EN', full: 'English' },
  { id: 'zh', label: '中文', full: '简体中文' },
];

export function Header({ lang, onLang, title, onBack }: HeaderProps) {
  return (
    <header class="rgc-header">
      {onBack ? (
        <button type="button" class="rgc-btn rgc-btn--ghost rgc-header__back" onClick={() => onBack()} aria-label={t(lang, 'ui.back')}>
          ←
        </button>
      ) : null}
      <h1 class="rgc-header__title">{title ?? t(lang, 'ui.title')}</h1>
      <div class="rgc-lang" role="group" aria-label={t(lang, 'ui.lang')}>
        {LANGS.map((l) => (
          <button
            key={l.id}
            type="button"
            class="rgc-lang__btn"
            lang={l.id === 'zh' ? 'zh-Hans' : 'en'}
            aria-pressed={lang === l.id ? 'true' : 'false'}
            aria-label={l.full}
            onClick={() => {
              if (l.id !== lang) onLang(l.id);
            }}
          >
            {l.label}
          </button>
        ))}
      </div>
    </header>
  );
}

import { checklistUi, LANG_AUTONYMS, LANGS, langTag, type Lang } from '../../lib/i18n/ui.ts';

export interface HeaderProps {
  lang: Lang;
  onLang: (lang: Lang) => void;
  /** Defaults to the product name in the UI language. */
  title?: string;
  /** Shows a "Back to the list" button when given. */
  onBack?: () => void;
}

export function Header({ lang, onLang, title, onBack }: HeaderProps) {
  const t = checklistUi(lang);
  return (
    <header class="rgc-header">
      {onBack ? (
        <button type="button" class="rgc-btn rgc-btn--ghost rgc-header__back" onClick={() => onBack()} aria-label={t.back}>
          ←
        </button>
      ) : null}
      <h1 class="rgc-header__title">{title ?? t.title}</h1>
      <div class="rgc-lang" role="group" aria-label={t.langGroup}>
        {LANGS.map((id) => (
          <button
            key={id}
            type="button"
            class="rgc-lang__btn"
            lang={langTag(id)}
            aria-pressed={lang === id ? 'true' : 'false'}
            aria-label={LANG_AUTONYMS[id].name}
            onClick={() => {
              if (id !== lang) onLang(id);
            }}
          >
            {LANG_AUTONYMS[id].short}
          </button>
        ))}
      </div>
    </header>
  );
}

// Every view marks its language with the one tag langTag gives (Chinese is
// zh-Hans everywhere), so fonts, screen readers and hyphenation agree.
import { render } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { Annotation } from '../../../components/annotation/Annotation.tsx';
import { Header } from '../../../components/checklist/index.ts';
import { ComposePanel } from '../../../components/compose/ComposePanel.tsx';
import type { AnnotationView } from '../../../lib/present/annotation-view.ts';
import { LANGS, type Lang } from '../../../lib/i18n/lang.ts';

const TAG: Record<Lang, string> = { en: 'en', zh: 'zh-Hans' };

function view(lang: Lang): AnnotationView {
  return {
    lang,
    brand: 'ReviewGuard',
    removable: false,
    conditional: false,
    struck: false,
    badge: 'Not removable',
    reason: 'A genuine complaint.',
    deadline: null,
    risks: [],
    causes: [],
    evidence: [],
    evidenceLabel: 'Evidence',
    removal: null,
    progress: null,
    selectText: 'Open checklist',
    selectedText: 'Selected',
    fresh: null,
    outcome: null,
  };
}

describe('lang attributes', () => {
  for (const lang of LANGS) {
    it(`${lang}: annotation, compose panel and header buttons say ${TAG[lang]}`, () => {
      const a = render(<Annotation view={view(lang)} selected={false} onSelect={() => {}} />);
      expect(a.container.querySelector('.rg-ann')!.getAttribute('lang')).toBe(TAG[lang]);
      a.unmount();

      const c = render(<ComposePanel lang={lang} state="ready" findings={[]} onSelect={() => {}} onFix={() => {}} />);
      expect(c.container.querySelector('.rg-panel')!.getAttribute('lang')).toBe(TAG[lang]);
      c.unmount();

      // Each toggle button is in its own language, whatever the UI language is.
      const h = render(<Header lang={lang} onLang={() => {}} />);
      const tags = [...h.container.querySelectorAll('.rgc-lang__btn')].map((b) => b.getAttribute('lang'));
      expect(tags).toEqual(['en', 'zh-Hans']);
    });
  }

  it('the draft offer formats its date in the UI language', () => {
    const savedAt = '2026-11-30T10:05:00.000Z';
    const { container } = render(<ComposePanel lang="zh" state="ready" findings={[]} onSelect={() => {}} onFix={() => {}} draft={{ savedAt }} />);
    expect(container.querySelector('.rg-draft')!.textContent).toContain(new Date(savedAt).toLocaleString('zh-CN'));
  });
});

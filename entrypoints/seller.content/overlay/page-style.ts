// Adds a stylesheet to the page without adding elements to its DOM
// (adoptedStyleSheets); falls back to a <style> in <head>. Returns a remover.
export function ensurePageStyle(doc: Document, id: string, css: string): () => void {
  const win = doc.defaultView as (Window & typeof globalThis) | null;
  try {
    if (win && 'adoptedStyleSheets' in doc && typeof win.CSSStyleSheet === 'function') {
      const sheet = new win.CSSStyleSheet();
      sheet.replaceSync(css);
      doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
      return () => {
        doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
      };
    }
  } catch {
    // fall through
  }
  const style = doc.createElement('style');
  style.dataset.reviewguard = id;
  style.textContent = css;
  (doc.head ?? doc.documentElement).append(style);
  return () => style.remove();
}

// Build-time hardening: Preact can render raw HTML through
// dangerouslySetInnerHTML. ReviewGuard never does — page text is untrusted —
// so the two innerHTML writes in Preact's diff are replaced: setting HTML
// throws, clearing it clears text. No HTML sink ships in any bundle (and
// Firefox's add-on linter has nothing to warn about).
import type { Plugin } from 'vite';

const PATCHES: Array<[string, string]> = [
  ['u.innerHTML=h.__html', 'u.textContent=(()=>{throw new Error("ReviewGuard renders no HTML")})()'],
  ['u.innerHTML=""', 'u.textContent=""'],
];

export function noHtmlRendering(): Plugin {
  return {
    name: 'reviewguard:no-html-rendering',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]preact[\\/]dist[\\/]preact\.(module\.js|mjs)$/.test(id)) return null;
      let out = code;
      for (const [from, to] of PATCHES) {
        if (!out.includes(from)) {
          // A Preact upgrade moved the code: fail loudly rather than ship an HTML sink.
          this.error(`no-html-rendering: "${from}" not found in ${id}; update scripts/build/no-html-rendering.ts`);
        }
        out = out.split(from).join(to);
      }
      return { code: out, map: null };
    },
  };
}

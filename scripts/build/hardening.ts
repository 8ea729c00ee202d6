// Build-time hardening of two libraries, for code ReviewGuard never runs:
// - Preact can render raw HTML (dangerouslySetInnerHTML). Page text is
//   untrusted and we never do, so setting HTML throws and clearing it clears
//   text: no HTML sink ships in any bundle.
// - zod can compile parsers with the Function constructor. Extension pages
//   forbid eval, and even zod's probe for it is reported as a CSP violation,
//   so the probe answers "no" and the compiler is gone.
// Firefox's add-on linter then has nothing to warn about. A library upgrade
// that moves this code fails the build loudly instead of shipping it.
import type { Plugin } from 'vite';

interface Patch {
  file: RegExp;
  edits: Array<[RegExp | string, string]>;
}

const PATCHES: Patch[] = [
  {
    file: /[\\/]preact[\\/]dist[\\/]preact\.(module\.js|mjs)$/,
    edits: [
      ['u.innerHTML=h.__html', 'u.textContent=(()=>{throw new Error("ReviewGuard renders no HTML")})()'],
      ['u.innerHTML=""', 'u.textContent=""'],
    ],
  },
  {
    file: /[\\/]zod[\\/]v4[\\/]core[\\/]util\.js$/,
    edits: [[/const F = Function;\s*new F\(""\);\s*return true;/, 'return false;']],
  },
  {
    file: /[\\/]zod[\\/]v4[\\/]core[\\/]doc\.js$/,
    edits: [[/const F = Function;[\s\S]*?return factory\(\.\.\.Object\.values\(this\.closed\)\);/, 'throw new Error("ReviewGuard generates no code");']],
  },
];

export function hardening(): Plugin {
  return {
    name: 'reviewguard:hardening',
    enforce: 'pre',
    transform(code, id) {
      const patch = PATCHES.find((p) => p.file.test(id));
      if (!patch) return null;
      let out = code;
      for (const [from, to] of patch.edits) {
        const found = typeof from === 'string' ? out.includes(from) : from.test(out);
        if (!found) this.error(`hardening: ${String(from)} not found in ${id}; update scripts/build/hardening.ts`);
        out = typeof from === 'string' ? out.split(from).join(to) : out.replace(new RegExp(from.source, 'g'), to);
      }
      return { code: out, map: null };
    },
  };
}

// libphonenumber-js finds phone numbers in text (the classifier's
// personal-info ground) with Unicode character classes written out as
// strings of \u escapes (findNumbers/utf-8.js: letters, digits, marks; ~3 KB
// gzipped, nearly incompressible). The build writes the four large ones as
// their ranges, each as two small base-36 numbers (the gap from the previous
// range and the range's length), and a one-line decoder rebuilds the very
// same strings when the module loads; the build checks each round trip with
// that decoder and fails if the file no longer has the expected shape.
import type { Plugin } from 'vite';

const FILE = /[\\/]libphonenumber-js[\\/]es6(?:-modern)?[\\/]findNumbers[\\/]utf-8\.js$/;
const NAMES = ['_pN', '_pNd', '_pL', '_pMn'] as const;

/** The decoder the module ships (and the build and the tests run). */
export const DECODER = `(e) => { let p = 0, s = ''; for (const t of e.split(',')) { const [d, l] = t.split('-'); const a = p + parseInt(d, 36); p = l ? a + parseInt(l, 36) : a; s += String.fromCharCode(a) + (p > a ? '-' + String.fromCharCode(p) : ''); } return s; }`;

/** A class body ("0-9²³¹¼-¾…") as "gap[-length]" per range, base 36, comma-separated. */
export function encodeClass(body: string): string {
  const out: string[] = [];
  let prev = 0;
  for (let i = 0; i < body.length; ) {
    const a = body.charCodeAt(i);
    const b = body[i + 1] === '-' && i + 2 < body.length ? body.charCodeAt(i + 2) : a;
    i += b === a && body[i + 1] !== '-' ? 1 : 3;
    out.push((a - prev).toString(36) + (b > a ? `-${(b - a).toString(36)}` : ''));
    prev = b;
  }
  return out.join(',');
}

export function phoneCharClasses(): Plugin {
  const decode = new Function(`return ${DECODER}`)() as (e: string) => string;
  return {
    name: 'reviewguard:phone-char-classes',
    enforce: 'pre',
    transform(code, id) {
      if (!FILE.test(id)) return null;
      let out = code;
      for (const name of NAMES) {
        const re = new RegExp(`((?:export )?const ${name} = )'((?:\\\\u[0-9A-Fa-f]{4}|-)+)';`);
        const m = re.exec(out);
        if (!m) this.error(`phone-char-classes: ${name} not found in ${id}; update scripts/build/phone-char-classes.ts`);
        const body = m[2]!.replace(/\\u([0-9A-Fa-f]{4})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
        const encoded = encodeClass(body);
        if (decode(encoded) !== body) this.error(`phone-char-classes: ${name} does not survive the round trip`);
        out = out.replace(re, `$1__rgClass(${JSON.stringify(encoded)});`);
      }
      return { code: `const __rgClass = ${DECODER};\n${out}`, map: null };
    },
  };
}

// libphonenumber-js ships the same sources twice: `es6/` (what its package
// entry points import) transpiled down to ES5 classes with Babel's helpers
// copied into every file, and `es6-modern/` (same source, same file names)
// with classes, spread and for-of left as written. The build takes the
// modern copy: the same code with no per-file helpers (the background
// carries both the linter's parser and the classifier's number finder).
import { existsSync } from 'node:fs';
import type { Plugin } from 'vite';

const ES6_FILE = /([\\/]libphonenumber-js[\\/])es6([\\/].+\.js)$/;
const IN_PACKAGE = /[\\/]libphonenumber-js[\\/]/;

export function modernDeps(): Plugin {
  return {
    name: 'reviewguard:modern-deps',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!importer || !(source.startsWith('libphonenumber-js') || IN_PACKAGE.test(importer))) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      const m = resolved && !resolved.external ? ES6_FILE.exec(resolved.id) : null;
      if (!m || !resolved) return null;
      const modern = resolved.id.replace(ES6_FILE, `$1es6-modern$2`);
      // A libphonenumber-js release without the modern copy fails loudly
      // rather than silently shipping the larger one.
      if (!existsSync(modern)) this.error(`modern-deps: ${modern} is missing; update scripts/build/modern-deps.ts`);
      return { ...resolved, id: modern };
    },
  };
}

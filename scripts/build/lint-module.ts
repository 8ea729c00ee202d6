// Builds the linter as one ES module, `lint.js`, beside the extension's other
// files. The content script imports it on buyer-message pages only: every
// Seller Central page keeps its small content script, and a keystroke's
// warning no longer waits for a round trip to the background (which alone
// takes longer than a frame on a slow machine).
import { fileURLToPath } from 'node:url';
import { build, type Rolldown } from 'vite';
import { hardening } from './hardening.ts';
import { modernDeps } from './modern-deps.ts';
import { phoneCharClasses } from './phone-char-classes.ts';

const ENTRY = fileURLToPath(new URL('../../lib/policy/page-module.ts', import.meta.url));

export async function buildLintModule(): Promise<string> {
  const result = await build({
    configFile: false,
    logLevel: 'warn',
    plugins: [hardening(), modernDeps(), phoneCharClasses()],
    define: { 'process.env.NODE_ENV': '"production"' },
    build: {
      write: false,
      minify: true,
      sourcemap: false,
      modulePreload: false,
      lib: { entry: ENTRY, formats: ['es'], fileName: () => 'lint.js' },
      // Library mode keeps ES output readable; this file ships, so minify it whole.
      rolldownOptions: { output: { minify: true } },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  const chunk = outputs.flatMap((o) => o.output).find((o) => o.type === 'chunk' && o.isEntry);
  if (!chunk || chunk.type !== 'chunk') throw new Error('lint module: the build produced no entry chunk');
  return chunk.code;
}

// Builds the extension once before the end-to-end tests (the tests drive the
// real build output, exactly what a seller would load).
import { execFileSync } from 'node:child_process';
import { ROOT, findChromium } from '../../scripts/lib/browser.ts';

export default function setup() {
  findChromium(); // fail early, with install instructions, when Chromium is missing
  if (process.env.RG_SKIP_BUILD === '1') return;
  execFileSync(process.execPath, [`${ROOT}/node_modules/wxt/bin/wxt.mjs`, 'build'], { cwd: ROOT, stdio: 'pipe' });
}

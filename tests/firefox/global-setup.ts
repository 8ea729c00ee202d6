// Builds the Firefox extension once before this tier (the tests install the
// real build output as a temporary add-on, as a seller would load it).
import { execFileSync } from 'node:child_process';
import { ROOT } from '../../scripts/lib/browser.ts';
import { findFirefox } from './firefox.ts';

export default function setup() {
  findFirefox(); // fail early, with install instructions, when Firefox is missing
  if (process.env.RG_SKIP_BUILD === '1') return;
  execFileSync(process.execPath, [`${ROOT}/node_modules/wxt/bin/wxt.mjs`, 'build', '-b', 'firefox'], { cwd: ROOT, stdio: 'pipe' });
}

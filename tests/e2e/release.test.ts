// Issue 7, release quality: both browsers build and package, Firefox's add-on
// linter is clean, and the manifest asks for exactly what the product needs.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/lib/browser.ts';
import { SELLER_CENTRAL_HOSTS } from '../../lib/hosts.ts';

const wxt = (...args: string[]) =>
  execFileSync(process.execPath, [join(ROOT, 'node_modules/wxt/bin/wxt.mjs'), ...args], { cwd: ROOT, stdio: 'pipe', encoding: 'utf8' });
const manifest = (dir: string) => JSON.parse(readFileSync(join(ROOT, '.output', dir, 'manifest.json'), 'utf8'));
const version = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version as string;

describe('release packages', () => {
  it('packages Chrome/Edge (MV3) and Firefox builds as zips', () => {
    wxt('zip');
    wxt('zip', '-b', 'firefox');
    for (const f of [`reviewguard-${version}-chrome.zip`, `reviewguard-${version}-firefox.zip`, `reviewguard-${version}-sources.zip`]) {
      expect(existsSync(join(ROOT, '.output', f)), f).toBe(true);
    }
  }, 180_000);

  it('asks for the Seller Central hosts only, and no API permission', () => {
    const m = manifest('chrome-mv3');
    expect(m.manifest_version).toBe(3);
    expect(new Set(m.host_permissions)).toEqual(new Set(SELLER_CENTRAL_HOSTS.map((h) => `https://${h}/*`)));
    expect(m.permissions ?? []).toEqual([]);
    expect(JSON.stringify(m)).not.toContain('<all_urls>');
    expect(m.content_scripts).toHaveLength(1);
    expect(new Set(m.content_scripts[0].matches)).toEqual(new Set(m.host_permissions));
    expect(m.externally_connectable).toBeUndefined();
    expect(m.content_security_policy).toBeUndefined(); // the default: no remote code
    const f = manifest('firefox-mv2');
    expect(f.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
  });

  it('passes Mozilla\'s add-on linter with no error, warning or notice', () => {
    let out: string;
    try {
      out = execFileSync(join(ROOT, 'node_modules/.bin/web-ext'), ['lint', '--source-dir', join(ROOT, '.output/firefox-mv2'), '--output', 'json'], {
        cwd: ROOT,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      });
    } catch (e) {
      out = (e as { stdout?: string }).stdout ?? '';
    }
    const report = JSON.parse(out);
    const all = [...report.errors, ...report.warnings, ...report.notices].map((m: { code: string; file?: string; message: string }) => `${m.code} ${m.file ?? ''}: ${m.message}`);
    expect(all).toEqual([]);
  }, 180_000);
});

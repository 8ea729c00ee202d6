import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { ROOT } from '../../scripts/lib/browser.ts';

export const SHOTS = join(ROOT, 'test-output/screenshots');

/**
 * Saves a screenshot as test-output/screenshots/firefox-<name>.png (git-ignored):
 * the full page, or only what the seller sees when a fixed overlay is open
 * (Firefox draws fixed layers at their scrolled place in a full-page shot).
 */
export async function shot(page: Page, name: string, fullPage = true): Promise<string> {
  mkdirSync(SHOTS, { recursive: true });
  const path = join(SHOTS, `firefox-${name}.png`) as `${string}.png`;
  await page.screenshot({ path, fullPage });
  return path;
}

/** Collects console errors and uncaught page errors, to prove we log nothing into the page. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  return errors;
}

/** The element's attributes, or null when no element matches (deep selectors with ">>>" cross shadow roots). */
export async function attrs(page: Page, selector: string): Promise<Record<string, string> | null> {
  const el = await page.$(selector);
  if (!el) return null;
  try {
    return await el.evaluate((e) => Object.fromEntries([...e.attributes].map((a) => [a.name, a.value])));
  } finally {
    await el.dispose();
  }
}

/** Text of the first element matching (">>>" crosses shadow roots), or null. */
export async function text(page: Page, selector: string): Promise<string | null> {
  const el = await page.$(selector);
  if (!el) return null;
  try {
    return await el.evaluate((e) => e.textContent);
  } finally {
    await el.dispose();
  }
}

export async function click(page: Page, selector: string, timeout = 15_000): Promise<void> {
  const el = (await page.waitForSelector(selector, { timeout, visible: true })) as ElementHandle<Element>;
  try {
    await el.click();
  } finally {
    await el.dispose();
  }
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The annotation for a review id or order id. */
export const annotation = (id: string) => `reviewguard-annotation[data-review-id="${id}"]`;

export async function annotated(page: Page, n: number): Promise<void> {
  await page.waitForFunction((want) => document.querySelectorAll('reviewguard-annotation').length === want, { timeout: 20_000 }, n);
}

// Settings and small state kept in the meta store, validated on every read.
import type { RGDatabase } from './db.ts';
import { getMeta } from './repo.ts';
import { DEFAULT_SETTINGS, SettingsSchema, type Settings } from '../protocol.ts';

export const SETTINGS_KEY = 'settings';
export const SELECTED_KEY = 'selectedReviewId';

/** Settings from the store; anything invalid falls back to the defaults. */
export async function loadSettings(db: RGDatabase): Promise<Settings> {
  const raw = await getMeta<unknown>(db, SETTINGS_KEY);
  const parsed = SettingsSchema.safeParse(raw ?? DEFAULT_SETTINGS);
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
}

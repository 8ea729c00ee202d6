// Number formatting for the insights (the options-page strings live in the UI
// catalog, lib/i18n/catalog).

/** 0.4567 → "46%". */
export function percent(x: number): string {
  return `${Math.round(x * 100)}%`;
}

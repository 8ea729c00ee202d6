// Calendar-day arithmetic in UTC, so "days left" does not shift with the
// machine's timezone or a daylight-saving change.
const DAY_MS = 86_400_000;
const YMD = /^(\d{4})-(\d{2})-(\d{2})/;

// A page or a batch asks for the same few dates again and again ("now", the
// review dates on one page): parsed and formatted once each.
const parsed = new Map<string, number>();
const formatted = new Map<number, string>();
const CACHE_MAX = 2000;

/**
 * The calendar day of a date as a UTC day number. A string that starts with
 * YYYY-MM-DD is taken at its written date (what the seller sees on the page);
 * anything else is parsed and taken at its UTC date. NaN when unparseable.
 */
export function dayNumber(d: Date | string): number {
  if (typeof d === 'string') {
    let n = parsed.get(d);
    if (n === undefined) {
      if (parsed.size >= CACHE_MAX) parsed.clear();
      parsed.set(d, (n = parseDay(d)));
    }
    return n;
  }
  const t = d.getTime();
  return Number.isNaN(t) ? Number.NaN : Math.floor(t / DAY_MS);
}

function parseDay(d: string): number {
  const m = YMD.exec(d.trim());
  if (m) {
    const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
    // Reject 2026-02-31 and friends instead of rolling over.
    const back = new Date(t);
    if (back.getUTCMonth() !== Number(m[2]) - 1 || back.getUTCDate() !== Number(m[3])) return Number.NaN;
    return Math.floor(t / DAY_MS);
  }
  const t = Date.parse(d);
  return Number.isNaN(t) ? Number.NaN : Math.floor(t / DAY_MS);
}

export function isoDay(day: number): string {
  let out = formatted.get(day);
  if (out === undefined) {
    if (formatted.size >= CACHE_MAX) formatted.clear();
    formatted.set(day, (out = new Date(day * DAY_MS).toISOString().slice(0, 10)));
  }
  return out;
}

// Dates as Seller Central prints them, in its UI languages → YYYY-MM-DD.
// "March 3, 2026", "Mar 3, 2026", "3. März 2026", "2026年3月3日", "3 mars 2026",
// "03/02/2026" (US month first unless the host says otherwise), "2026-03-03".

const MONTHS: Record<string, number> = {};
const NAMES: string[][] = [
  ['january', 'jan', 'januar', 'janvier', 'janv', 'enero', 'ene', 'gennaio', 'gen', 'januari', 'jänner'],
  ['february', 'feb', 'februar', 'février', 'févr', 'febrero', 'febbraio', 'februari'],
  ['march', 'mar', 'märz', 'mars', 'marzo', 'maart', 'mär'],
  ['april', 'apr', 'avril', 'avr', 'abril', 'abr', 'aprile'],
  ['may', 'mai', 'mayo', 'maggio', 'mag', 'mei'],
  ['june', 'jun', 'juni', 'juin', 'junio', 'giugno', 'giu'],
  ['july', 'jul', 'juli', 'juillet', 'juil', 'julio', 'luglio', 'lug'],
  ['august', 'aug', 'août', 'agosto', 'ago', 'augustus'],
  ['september', 'sep', 'sept', 'septembre', 'septiembre', 'settembre', 'set'],
  ['october', 'oct', 'oktober', 'okt', 'octobre', 'octubre', 'ottobre', 'ott'],
  ['november', 'nov', 'novembre', 'noviembre'],
  ['december', 'dec', 'dezember', 'dez', 'décembre', 'déc', 'diciembre', 'dic', 'dicembre'],
];
NAMES.forEach((names, i) => names.forEach((n) => (MONTHS[n] = i + 1)));

function iso(y: number, m: number, d: number): string | undefined {
  if (y < 1990 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) return undefined;
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCMonth() !== m - 1) return undefined;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function parseLooseDate(s: string, opts: { dayFirst?: boolean } = {}): string | undefined {
  const t = s.trim().toLowerCase();
  let m = t.match(/(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/);
  if (m) return iso(+m[1]!, +m[2]!, +m[3]!);
  m = t.match(/(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})/);
  if (m) return iso(+m[1]!, +m[2]!, +m[3]!);
  m = t.match(/(\d{1,2})[/.](\d{1,2})[/.](\d{4})/);
  if (m) return opts.dayFirst || t.includes('.') ? iso(+m[3]!, +m[2]!, +m[1]!) : iso(+m[3]!, +m[1]!, +m[2]!);
  // "March 3, 2026" / "Mar 3 2026"
  m = t.match(/([a-zäéû]{3,10})\.?\s+(\d{1,2}),?\s+(\d{4})/);
  if (m && MONTHS[m[1]!]) return iso(+m[3]!, MONTHS[m[1]!]!, +m[2]!);
  // "3. März 2026" / "3 mars 2026" / "3 de marzo de 2026"
  m = t.match(/(\d{1,2})\.?\s+(?:de\s+)?([a-zäéû]{3,10})\.?\s+(?:de\s+)?(\d{4})/);
  if (m && MONTHS[m[2]!]) return iso(+m[3]!, MONTHS[m[2]!]!, +m[1]!);
  return undefined;
}

// Links and web domains in review text, by linkify-it with the IANA list of
// top-level domains (the `tlds` package) plus strict rules, because reviews
// are full of full stops with no space after them ("It broke.It was bad",
// "feeder.My son", "a day.no refund") that look like domains:
// - a scheme ("https://") or "www." is always a link;
// - otherwise the host must end in a real TLD that is written like one: in
//   lower case (or the whole host in capitals), and, for two-label hosts, one
//   of the TLDs people actually type for shops and sites rather than a TLD
//   that is also an English word ("in", "it", "no", "do", "pro").
import { LinkifyIt } from 'linkify-it';
import tlds from 'tlds';
import type { Span } from './text.ts';

const linkify = new LinkifyIt().set({ fuzzyLink: true, fuzzyEmail: false, fuzzyIP: false }).tlds(tlds, false);

// Generic and country TLDs that are used for web shops and are not words a
// sentence would start with.
const TYPED_TLDS = new Set(
  (
    'com net org info biz io co shop store online site app dev xyz ly gg tv eu ' +
    'uk de fr es ca au jp cn ru nl pl se ch br mx cz dk fi gr hu pt ro tr ua kr tw hk sg nz za ie ar cl pe vn th id ph pk bd ae sa eg ng ke'
  ).split(' '),
);

export interface Link extends Span {
  /** The host as written (no scheme, path or port). */
  host: string;
}

// Cheap pre-check: a dot between letters/digits and letters, or a scheme.
const MAYBE_LINK = /[\p{L}\p{N}]\.\p{L}{2}|:\/\//u;

function strictHost(raw: string, host: string): boolean {
  if (/^[a-z][a-z0-9+.-]*:\/\//iu.test(raw) || /^www\./iu.test(raw)) return true;
  const labels = host.split('.');
  const tld = labels[labels.length - 1]!;
  const upper = host === host.toUpperCase();
  if (tld !== tld.toLowerCase() && !upper) return false;
  if (labels.length === 2 && !TYPED_TLDS.has(tld.toLowerCase())) return false;
  return true;
}

// "w w w .example.com": a link spaced out to get past filters is still a link. Read as
// "www." right before the host (same length, so offsets hold).
const SPACED_WWW = /w[ .]+w[ .]+w ?\.(?=[\p{L}\p{N}-]+\.\p{L}{2,})/giu;

/** Every link or domain in the text, by the rules above (emails are left to personal-info). */
export function findLinks(text: string, limit = 20): Link[] {
  const spaced: Span[] = [];
  if (/w[ .]+w[ .]+w/iu.test(text))
    text = text.replace(SPACED_WWW, (m: string, at: number) => {
      spaced.push({ start: at, end: at + m.length });
      return ' '.repeat(m.length - 4) + 'www.';
    });
  if (!MAYBE_LINK.test(text) || !linkify.test(text)) return [];
  const out: Link[] = [];
  for (const m of linkify.match(text) ?? []) {
    if (m.schema === 'mailto:' || m.url.startsWith('mailto:')) continue;
    const host = m.raw.replace(/^[a-z][a-z0-9+.-]*:\/\//iu, '').replace(/[/?#:].*$/su, '');
    if (!strictHost(m.raw, host)) continue;
    // The quote starts where the spaced-out "w w w" does.
    const start = spaced.find((p) => p.end - 4 === m.index)?.start ?? m.index;
    out.push({ start, end: m.lastIndex, host });
    if (out.length >= limit) break;
  }
  return out;
}

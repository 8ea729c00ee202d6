// Compiles the word lists once, at module load, into a word trie (Latin
// scripts, walked token by token) and one regular expression (CJK terms,
// matched inside runs of CJK characters).
import { normalize } from '../normalize.ts';
import { CJK } from './cjk.ts';
import { EN } from './en.ts';
import { EUROPEAN } from './european.ts';
import { F, K, type KindName } from './kinds.ts';
import { intern } from './vocab.ts';

export interface TrieNode {
  kinds: number;
  flags: number;
  /** Children by word id (see vocab.ts). */
  next: Map<number, TrieNode> | undefined;
}

export interface CjkEntry {
  kinds: number;
  flags: number;
}

function parseLine(line: string): { kinds: number; flags: number; phrases: string[] } | undefined {
  const colon = line.indexOf(':');
  if (colon < 0) return undefined;
  let kinds = 0;
  let flags = 0;
  for (const name of line.slice(0, colon).trim().split(/\s+/)) {
    if (name.startsWith('@')) {
      const flag = F[name.slice(1) as keyof typeof F];
      if (flag === undefined) throw new Error(`lexicon: unknown flag ${name}`);
      flags |= flag;
    } else {
      const kind = K[name as KindName];
      if (kind === undefined) throw new Error(`lexicon: unknown kind ${name}`);
      kinds |= kind;
    }
  }
  const phrases = line
    .slice(colon + 1)
    .split('|')
    .map((p) => p.trim())
    .filter(Boolean)
    .flatMap(inflect);
  return { kinds, flags, phrases };
}

/**
 * Inflections written once: "aim{e,ee,es,ez}" is aime, aimee, aimes, aimez;
 * "{,ti }piace" is piace, ti piace. One brace group per phrase part, expanded
 * left to right, so a verb's participle forms and persons stay on one entry.
 */
export function inflect(phrase: string): string[] {
  const open = phrase.indexOf('{');
  if (open < 0) return [phrase];
  const close = phrase.indexOf('}', open);
  if (close < 0) throw new Error(`lexicon: unclosed brace in "${phrase}"`);
  const head = phrase.slice(0, open);
  const tails = inflect(phrase.slice(close + 1));
  const out: string[] = [];
  for (const alt of phrase.slice(open + 1, close).split(',')) for (const t of tails) out.push(head + alt + t);
  return out;
}

/** Splits a phrase into tokens exactly as the scanner does. */
export const WORD_SOURCE = String.raw`[a-z0-9]+(?:'(?:t|ll|re|ve|s|d|m)(?![a-z]))?`;
/** Symbols that are tokens of their own ("#" in a phrase means any number). */
export const SYMBOL_SOURCE = '[%$€£¥₹★]';
const PHRASE_TOKEN = new RegExp(`${WORD_SOURCE}|${SYMBOL_SOURCE}|#`, 'g');

function buildTrie(sources: string[]): TrieNode {
  const root: TrieNode = { kinds: 0, flags: 0, next: new Map() };
  for (const src of sources) {
    for (const line of src.split('\n')) {
      const parsed = parseLine(line);
      if (!parsed) continue;
      for (const phrase of parsed.phrases) {
        const words = normalize(phrase).text.match(PHRASE_TOKEN);
        if (!words) throw new Error(`lexicon: empty phrase "${phrase}"`);
        let node = root;
        for (const w of words) {
          node.next ??= new Map();
          const id = intern(w);
          let child = node.next.get(id);
          if (!child) node.next.set(id, (child = { kinds: 0, flags: 0, next: undefined }));
          node = child;
        }
        node.kinds |= parsed.kinds;
        node.flags |= parsed.flags;
      }
    }
  }
  return root;
}

function buildCjk(src: string): { regex: RegExp; entries: Map<string, CjkEntry> } {
  const entries = new Map<string, CjkEntry>();
  for (const line of src.split('\n')) {
    const parsed = parseLine(line);
    if (!parsed) continue;
    for (const phrase of parsed.phrases) {
      const key = normalize(phrase).text;
      const e = entries.get(key) ?? { kinds: 0, flags: 0 };
      e.kinds |= parsed.kinds;
      e.flags |= parsed.flags;
      entries.set(key, e);
    }
  }
  // Longest first: JS alternation takes the first alternative that matches.
  const alts = [...entries.keys()].sort((a, b) => b.length - a.length).map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return { regex: new RegExp(alts.join('|'), 'g'), entries };
}

export const TRIE: TrieNode = buildTrie([EN, EUROPEAN]);
/** The trie's first level as an array indexed by word id (ids interned later start no phrase). */
export const ROOT: ReadonlyArray<TrieNode | undefined> = (() => {
  const root: Array<TrieNode | undefined> = [];
  for (const [id, node] of TRIE.next!) root[id] = node;
  for (let i = 0; i < root.length; i++) root[i] ??= undefined; // packed, no holes
  return root;
})();
export const CJK_LEXICON = buildCjk(CJK);

// Every word the lexicon and the language detector know, interned to an
// integer id in an open-addressing hash table. The scanner hashes each word
// while it reads the characters and probes the table, so no substring is
// allocated and no string is hashed twice: this is what keeps a 2,000-char
// message well under 0.1 ms.
export const UNKNOWN = -1;
/** Id of the number wildcard "#" (any run of digits). */
export const NUM = 0;

const SIZE = 1 << 14;
const MASK = SIZE - 1;
const table = new Int32Array(SIZE).fill(-1);
/** Full hash and length of the word in each slot: a probe rejects a different word without reading strings. */
const hashes = new Int32Array(SIZE);
const lengths = new Int32Array(SIZE);
/** Characters of every known word, back to back (starts[id]), so the check on a hit reads a flat array. */
let chars = new Uint16Array(1 << 15);
let used = 0;
const starts: number[] = [0];
export const WORDS: string[] = ['#'];
const ids = new Map<string, number>([['#', NUM]]);

/** The scanner's hash step: h = h * 31 + c (32-bit). */
export function hashWord(text: string, s: number, e: number): number {
  let h = 0;
  for (let i = s; i < e; i++) h = (Math.imul(h, 31) + text.charCodeAt(i)) | 0;
  return h;
}

/** Returns the id of a word, adding it if new (module load time only). */
export function intern(word: string): number {
  const known = ids.get(word);
  if (known !== undefined) return known;
  const id = WORDS.length;
  WORDS.push(word);
  ids.set(word, id);
  if (used + word.length > chars.length) {
    const more = new Uint16Array(chars.length * 2);
    more.set(chars);
    chars = more;
  }
  for (let i = 0; i < word.length; i++) chars[used + i] = word.charCodeAt(i);
  starts[id] = used;
  used += word.length;
  const h = hashWord(word, 0, word.length);
  let slot = h & MASK;
  while (table[slot] !== -1) slot = (slot + 1) & MASK;
  table[slot] = id;
  hashes[slot] = h;
  lengths[slot] = word.length;
  return id;
}

/** Id of text[s, e) given its hash, or UNKNOWN. */
export function lookup(text: string, s: number, e: number, hash: number): number {
  const len = e - s;
  for (let slot = hash & MASK; ; slot = (slot + 1) & MASK) {
    const id = table[slot]!;
    if (id === -1) return UNKNOWN;
    if (hashes[slot] !== hash || lengths[slot] !== len) continue;
    const at = starts[id]! - s;
    let i = s;
    while (i < e && chars[at + i] === text.charCodeAt(i)) i++;
    if (i === e) return id;
  }
}

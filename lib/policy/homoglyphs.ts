// Characters that look like Latin letters but are not (Cyrillic, Greek,
// Armenian, Latin small capitals). Sellers who want to slip "е-mаil" or
// "whаtsаpp" past a filter type these; after folding they match like plain
// Latin. Upper case is folded too, since normalisation lower-cases anyway.
const PAIRS: Array<[string, string]> = [
  // Cyrillic
  ['аА', 'a'], ['вВ', 'b'], ['еЕёЁ', 'e'], ['ѕЅ', 's'], ['іІїЇ', 'i'], ['јЈ', 'j'], ['кК', 'k'], ['мМ', 'm'],
  ['нН', 'h'], ['оО', 'o'], ['рР', 'p'], ['сС', 'c'], ['тТ', 't'], ['уУ', 'y'], ['хХ', 'x'], ['ԁ', 'd'],
  ['ԛ', 'q'], ['ԝ', 'w'], ['һ', 'h'], ['ӏ', 'l'], ['ɡ', 'g'],
  // Greek
  ['αΑ', 'a'], ['βΒ', 'b'], ['εΕ', 'e'], ['ζΖ', 'z'], ['ηΗ', 'h'], ['ιΙ', 'i'], ['κΚ', 'k'], ['μΜ', 'm'],
  ['νΝ', 'n'], ['οΟ', 'o'], ['ρΡ', 'p'], ['τΤ', 't'], ['υΥ', 'y'], ['χΧ', 'x'], ['ϲ', 'c'],
  // Armenian and Latin lookalikes
  ['օ', 'o'], ['ս', 'u'], ['ց', 'g'], ['ո', 'n'], ['ı', 'i'], ['ł', 'l'], ['ø', 'o'], ['đ', 'd'],
];

export const HOMOGLYPHS: ReadonlyMap<number, string> = (() => {
  const m = new Map<number, string>();
  for (const [chars, latin] of PAIRS) for (const ch of chars) m.set(ch.codePointAt(0)!, latin);
  return m;
})();

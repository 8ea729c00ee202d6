// A case that came without the thing itself: an empty box or case, the game or
// disc not in it. Shared by seller feedback (the review is that order's story)
// and the price ground (an amount paid for nothing is no word on the price).
const WHAT = String.raw`(?:game|games|cartridge|cartage|cart|disc|disk|cd|dvd|blu-?ray|game card|card|chip|item|product)`;
// Words every EMPTY_ORDER phrase holds: a cheap first look, most reviews have none.
export const EMPTY_CUE = /empty|missing|inside|in (?:it|there|the)|enclosed|present|included|come with|there (?:is|was) no|nothing|no (?:actual )?(?:game|cartridge|cartage|cart|disc|disk|cd|dvd|card|chip)/iu;
export const EMPTY_ORDER = new RegExp(
  [
    String.raw`(?:box|case|package|parcel|packet|carton|container)(?: \p{L}+){0,2} (?:was|is|were|came|arrived|showed up)(?: \p{L}+){0,2} empty`,
    String.raw`(?:opened|open)(?: up)? (?:the |my |his |her |our )?(?:\p{L}+ )?(?:box|case|package)[^.!?\n]{0,20}?(?:it|they) (?:was|were) (?:completely |totally )?empty`,
    String.raw`(?:opened|open)(?: up)? (?:the |my |his |her |our )?(?:\p{L}+ )?(?:box|case|package)(?: \p{L}+){0,3} (?:and )?(?:saw|found|there was) nothing`,
    // A shout with nothing after it: "NO MANUAL NO CARTRIDGE!!!".
    String.raw`no (?:actual )?${WHAT}s?(?:,? (?:and |or |no )?(?:manual|instructions|paperwork|booklet|insert|case))*(?=\s*(?:[!.?]|$))`, String.raw`no (?:manual|instructions|paperwork|booklet),? (?:and |or )?no ${WHAT}`,
    String.raw`empty (?:box|case|package|parcel|packet|carton|container)`,
    String.raw`(?:box|case) empty`,
    String.raw`no (?:actual )?(?:\p{L}+ )?${WHAT}s?(?: or \p{L}+)?(?: \p{L}+)? (?:in|inside|included|enclosed|present)(?![\p{L}])`,
    String.raw`${WHAT} (?:was|is|were|are) (?:completely |totally |also )?missing`,
    String.raw`${WHAT} (?:wasn['’]?t|was not|is not|isn['’]?t|were not|weren['’]?t)(?: even)? (?:inside|in there|in it|in the (?:box|case|package)|included)`,
    String.raw`(?:had|has|with|without) (?:no |the )?${WHAT}(?: \p{L}+)? (?:in it|inside|in there)`,
    String.raw`there (?:is|was) no (?:\p{L}+ )?${WHAT}(?![\p{L}])`,
    String.raw`(?:did not|didn['’]?t|does not|doesn['’]?t) come with (?:a |the |any )?(?:\p{L}+ )?${WHAT}(?![\p{L}])`,
  ].map((x) => `(?<![\\p{L}])(?:${x})`).join('|'),
  'iu',
);

/** Some field holds a word every empty-case phrase holds (a cheap first look: most reviews have none). */
export function mayTellEmpty(fields: readonly { text: string }[]): boolean {
  return fields.some((f) => EMPTY_CUE.test(f.text));
}

/** The sentence is mostly its empty-case phrase (nothing else it says can be a product statement). */
export function onlyEmpty(text: string): boolean {
  const m = EMPTY_ORDER.exec(text);
  return !!m && m[0].length >= 0.6 * text.replace(/[^\p{L}\p{N} ]/gu, '').trim().length;
}

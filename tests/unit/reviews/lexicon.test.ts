import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Lexicon, MAX_PATTERN, findAll, lexicon, lowerCasePattern, requiredLiterals } from '../../../lib/reviews/text.ts';
import { classifyReview } from '../../../lib/reviews/index.ts';

// A lexicon runs its lower-cased pattern on lower-cased text (see Lexicon):
// what it finds must be exactly what the case-insensitive pattern finds.
const folded = (words: string[]) => new RegExp(`(?<![\\p{L}\\p{N}_-])(?:${words.join('|')})(?![\\p{L}\\p{N}_])`, 'giu');
const spans = (re: RegExp | Lexicon, text: string) => findAll(re, text, 50).map((s) => text.slice(s.start, s.end));

describe('Lexicon', () => {
  const words = ['broke\\p{L}*', 'Handlung', 'not (?:working|[A-Z]{2}\\d)', 'w\\S+ it', 'SAV'];

  it('finds what the case-insensitive pattern finds, quoted from the original text', () => {
    for (const text of ['It BROKE after a day. Die HANDLUNG ist flach.', 'not WORKING, not AB1, SAV nul', 'Was it? WOW it', 'Broken, broken, BROKEN']) {
      expect(spans(lexicon(words), text)).toEqual(spans(folded(words), text));
    }
    expect(spans(lexicon(words), 'It BROKE after a day.')).toEqual(['BROKE']);
  });

  it('keeps offsets into the original when lower-casing would change the length', () => {
    // "İ" lower-cases to two code units: the case-insensitive twin runs instead.
    const text = 'İİİ the handle BROKE';
    expect(text.toLowerCase().length).not.toBe(text.length);
    expect(spans(lexicon(words), text)).toEqual(['BROKE']);
  });

  it('tests like a regex and can be run again', () => {
    const lex = lexicon(['scam(?:med)?']);
    expect(lex.test('What a SCAM.')).toBe(true);
    expect(lex.test('What a SCAM.')).toBe(true);
    expect(lex.test('Scampi for dinner')).toBe(false);
  });

  it('leaves escapes alone and refuses case classes', () => {
    expect(lowerCasePattern('A\\S\\P{L}\\p{N}[A-Z]\\u00C0')).toBe('a\\S\\P{L}\\p{N}[a-z]\\u00c0');
    expect(() => lexicon(['\\p{Lu}\\p{L}+'])).toThrow(/depends on case/u);
  });
});

// A lexicon whose every phrase needs one of a few plain words skips texts
// without any of them: the words must be ones every match really contains.
describe('pattern size', () => {
  it('a lexicon past V8\'s optimising limit is refused with a clear message', () => {
    const words = Array.from({ length: 3000 }, (_, i) => `word${i}x`);
    expect(() => lexicon(words)).toThrow(/split it into two lexicons/);
    expect(MAX_PATTERN).toBeLessThan(20 * 1024);
  });
  it('every lexicon the classifier builds loads (none is past the limit)', () => {
    expect(classifyReview({ id: 'x', kind: 'review', rating: 1, body: 'Arrived broken.', date: '2026-11-01' }, '2026-11-22').removable).toBe(true);
  });
});

describe('requiredLiterals', () => {
  it('takes the most selective plain words a match cannot do without', () => {
    expect(requiredLiterals('(?:arrived|came) (?:damaged|broken)')).toEqual(['damaged', 'broken']);
    expect(requiredLiterals('fakes?')).toEqual(['fake']);
    expect(requiredLiterals('(?:the )?product')).toEqual(['product']);
    expect(requiredLiterals('d\\.o\\.a')).toEqual(['d.o.a']);
    expect(requiredLiterals('too+ bi+g{2,}')).toEqual(['too']);
    expect(requiredLiterals('(?:doa|d\\.oa)')).toEqual(['doa', 'd.oa']);
    expect(requiredLiterals('壊れ')).toEqual(['壊れ']);
  });
  it('gives nothing where a match may hold no plain word of three letters', () => {
    expect(requiredLiterals('mou?ld')).toBeUndefined();
    expect(requiredLiterals('(?<=is )cd')).toBeUndefined();
    expect(requiredLiterals('\\p{L}+ly')).toBeUndefined();
    expect(requiredLiterals('(?:great )?(?:ok|fine)')).toBeUndefined();
    expect(requiredLiterals('good|ok')).toBeUndefined();
  });
  it('a gated lexicon finds exactly what the plain pattern finds', () => {
    const phrases = ['(?:arrived|came) (?:damaged|broken)', 'fakes?', 'd\\.?o\\.?a', '(?:doa|d\\.oa|do\\.a|d\\.o\\.a)', 'too+ bi+g{2,}', 'not (?:the )?(?:same|similar) as (?:the )?pic', '(?:is|was) (?:a )?used (?:and \\p{L}+ )?(?:product|item)'];
    const vocabulary = ['arrived', 'came', 'damaged', 'broken', 'fake', 'fakes', 'd.o.a', 'doa', 'do.a', 'too', 'tooo', 'big', 'biiggg', 'not', 'the', 'same', 'similar', 'as', 'pic', 'is', 'was', 'a', 'used', 'and', 'dirty', 'product', 'item', 'DAMAGED', 'Fake', ' ', '.', 'İ'];
    const lex = lexicon(phrases);
    const plain = folded(phrases);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...vocabulary), { maxLength: 14 }), (words) => {
        const text = words.join(' ');
        expect(spans(lex, text)).toEqual(spans(plain, text));
      }),
      { numRuns: 400 },
    );
  });
});

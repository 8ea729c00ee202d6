import { describe, expect, it } from 'vitest';
import { goneFrom, neighboursIn, showsAllRatings, type ListingEntry, type Neighbours } from '../../../lib/records/index.ts';

const list = (spec: string): ListingEntry[] =>
  // "P5 A2 R1" → ids with ratings
  spec.split(' ').map((t) => ({ id: t.slice(0, -1), rating: Number(t.slice(-1)) }));
const known = (entries: ListingEntry[]) => new Map<string, Neighbours | undefined>(neighboursIn(entries));

describe('listing: when an item counts as no longer listed', () => {
  const first = list('P5 A2 R1 B3 N4');

  it('records the neighbours of items between two others', () => {
    expect([...neighboursIn(first)]).toEqual([
      ['A', { before: 'P', after: 'R' }],
      ['R', { before: 'A', after: 'B' }],
      ['B', { before: 'R', after: 'N' }],
    ]);
  });

  it('gone: its place closed up and one more of its surroundings is unchanged', () => {
    expect(goneFrom(list('P5 A2 B3 N4'), known(first))).toEqual(['R']);
    expect(goneFrom(list('X4 P5 A2 B3'), known(first))).toEqual(['R']); // only the outer item before still matches
    expect(goneFrom(list('A2 B3 N4 X1'), known(first))).toEqual(['R']); // only the one after
  });

  it('says nothing when absence proves nothing', () => {
    expect(goneFrom(first, known(first))).toEqual([]); // still listed
    expect(goneFrom(list('A2 B3'), known(first))).toEqual([]); // too short to tell
    expect(goneFrom(list('P2 A2 B3 N2'), known(first))).toEqual([]); // only 1–3★ shown: a star filter may hide a raised rating
    expect(goneFrom(list('P5 A5 B5 N4'), known(first))).toEqual([]); // only 4–5★ shown
    expect(goneFrom(list('P5 A2 X1 B3 N4'), known(first))).toEqual([]); // another item stands in its place: another page or sort
    expect(goneFrom(list('Y5 A2 B3 Z4'), known(first))).toEqual([]); // a different sort that happens to put A before B
  });

  it('needs the neighbours recorded from the same listing as the item', () => {
    const k = known(first);
    k.set('A', { before: 'P', after: 'Q' }); // A was seen elsewhere since
    expect(goneFrom(list('P5 A2 B3 N4'), k)).toEqual([]);
  });

  it('tells a list with both critical and positive ratings', () => {
    expect(showsAllRatings(list('A1 B4'))).toBe(true);
    expect(showsAllRatings(list('A1 B3'))).toBe(false);
    expect(showsAllRatings([])).toBe(false);
  });
});

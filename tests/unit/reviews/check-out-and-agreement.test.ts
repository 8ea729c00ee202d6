// Classes the spent real sets still showed in round 15, in our own words; the
// real texts stay outside the project.
import { describe, expect, it } from 'vitest';
import { ids, review } from './helpers.ts';

describe('"check out" a named rival is advice to buy it', () => {
  it('as an imperative or after "if you are looking for"', () => {
    expect(ids(review('It stopped heating in a month. Check out the Hamilton Beach instead.'))).toEqual(['promotional']);
    expect(ids(review('Died after a week. If your looking for a cheap drip machine that lasts check out the Bistro 500.'))).toEqual(['promotional']);
    expect(ids(review('Broke quickly. If you’re looking for a sturdy one, buy a Cuisinart.'))).toEqual(['promotional']);
  });
  it('checking out reviews, a video or an unnamed thing names no rival', () => {
    expect(ids(review('It stopped heating in a month. Check out the other reviews before you buy.'))).toEqual([]);
    expect(ids(review('Leaks from the base. Check out my photos.'))).toEqual([]);
    expect(ids(review('Cheap plastic. If you want it to last you need to get the Deluxe model from this maker.'))).toEqual([]);
  });
});

describe('a store named as where this one came from, or a showroom to buy from', () => {
  it('"this shirt from SHOP.COM" names another store; "I recommend purchasing from" is advice', () => {
    expect(ids(review('These trousers from TROUSERHOUSE.COM have loose stitching.'))).toEqual(['promotional']);
    expect(ids(review('Faded after one wash. I recommend purchasing directly from the Stanton showroom.'))).toEqual(['promotional']);
  });
  it('a download host is no shop', () => {
    expect(ids(review('The app failed to download from update.example.com and crashed.'))).toEqual([]);
  });
});

describe('damage on arrival, told in a few words (grocery)', () => {
  it('is the order’s complaint', () => {
    expect(ids(review('Packet was torn when I received'))).toEqual(['seller-feedback']);
    expect(ids(review('Carton and jars smashed'))).toEqual(['seller-feedback']);
    expect(ids(review('The pouch was ripped...not tasted yet'))).toEqual(['seller-feedback']);
    expect(ids(review('Got a cracked jar. It was packed in a thin paper bag but still it was broken.'))).toEqual(['seller-feedback']);
  });
  it('a judgment of the food or of what use did keeps it the product’s', () => {
    expect(ids(review('The cashews were in bad condition, the money was a total waste.'))).toEqual([]);
    expect(ids(review('After wearing it four times the cloth is starting get torn, very bad experience.'))).toEqual([]);
    expect(ids(review('Haven’t tasted it yet but the smell is awful.'))).toEqual([]);
  });
  it('poor condition told as how it came stays the order’s', () => {
    expect(ids(review('The paperback was in poor condition when I received it.'))).toEqual(['seller-feedback']);
  });
});

describe('what the listing showed, and packs that look resealed', () => {
  it('"not what I thought I was getting" after the picture is the listing’s mismatch', () => {
    expect(ids(review('Last time it was 10 single sachets, as shown in the picture. This time it is 2 big bags. Not what I thought I was getting.'))).toEqual([]);
  });
  it('resealed packs are a tampering claim', () => {
    expect(review('Ordered four, one came open and the others appeared to be resealed.').risks).toContain('authenticity-risk');
    expect(ids(review('Ordered four, one came open and the others appeared to be resealed.'))).toEqual([]);
  });
});

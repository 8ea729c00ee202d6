// A realistic review history for the insights tests, the options-page e2e
// test and screenshots: reviews and feedback on three marketplaces and six
// ASINs, classified by the real classifier relative to `now`.
import { classifyReview } from '../../../lib/reviews/index.ts';
import type { ReviewItem } from '../../../lib/reviews/types.ts';
import type { ChecklistRecord, ReviewRecord } from '../../../lib/store/types.ts';

const DAY = 86_400_000;

export interface Sample {
  id: string;
  kind?: ReviewItem['kind'];
  rating: number;
  /** Rating the buyer changed it to later, if any. */
  changedTo?: number;
  daysAgo: number;
  title?: string;
  body: string;
  asin?: string;
  host: string;
  fulfilledBy?: ReviewItem['fulfilledBy'];
}

const US = 'sellercentral.amazon.com';
const DE = 'sellercentral.amazon.de';
const UK = 'sellercentral.amazon.co.uk';

export const SAMPLES: Sample[] = [
  { id: 'R1A2B3C4D5E6F7', rating: 1, daysAgo: 2, asin: 'B0KETTLE01', host: US, title: 'Caught fire', body: 'The base started to smoke and caught fire after two uses. I burned my hand on the handle. Dangerous.' },
  { id: 'R2B3C4D5E6F7G8', rating: 1, daysAgo: 4, asin: 'B0KETTLE01', host: US, title: 'Fake', body: 'This is a counterfeit, not the genuine brand. The logo is printed crooked and the serial number is missing.' },
  { id: 'R3C4D5E6F7G8H9', rating: 2, daysAgo: 5, asin: 'B0KETTLE01', host: US, title: 'Stopped working', body: 'Stopped working after one week. The switch broke and it no longer heats. Poor quality.' },
  { id: 'R4D5E6F7G8H9I0', rating: 1, daysAgo: 6, asin: 'B0BLENDER2', host: US, title: 'Late and damaged', body: 'The package arrived two weeks late and the box was crushed. The delivery driver threw it over the fence.' },
  { id: 'R5E6F7G8H9I0J1', rating: 3, daysAgo: 8, asin: 'B0BLENDER2', host: US, title: 'Hard to use', body: 'The instructions are confusing and I could not figure out how to attach the blade. The manual is useless.' },
  { id: 'R6F7G8H9I0J1K2', rating: 2, daysAgo: 9, asin: 'B0BLENDER2', host: US, title: 'Not as pictured', body: 'Not as described: the picture shows a glass jar but mine came with a plastic one. Smaller than advertised.' },
  { id: 'R7G8H9I0J1K2L3', rating: 1, daysAgo: 11, asin: 'B0KETTLE01', host: US, title: 'Broke', body: 'Cheap plastic, the lid cracked on day three. Broken and leaking. Poor quality for the price.' },
  { id: 'R8H9I0J1K2L3M4', rating: 5, daysAgo: 12, asin: 'B0KETTLE01', host: US, title: 'Great kettle', body: 'Boils fast and looks great on the counter. Very happy with it.' },
  { id: 'R9I0J1K2L3M4N5', rating: 2, changedTo: 4, daysAgo: 13, asin: 'B0BLENDER2', host: US, title: 'Better after help', body: 'It was loud at first. The seller helped me set it up and now it works fine.' },
  { id: 'RA0J1K2L3M4N5O6', rating: 1, daysAgo: 15, asin: 'B0LAMP0003', host: US, title: 'Visit my shop', body: 'Buy a better lamp at www.bestlamps-shop.com and use code SAVE20 for a discount!' },
  { id: 'RB1K2L3M4N5O6P7', rating: 2, daysAgo: 17, asin: 'B0LAMP0003', host: US, title: 'Colour', body: 'I just do not like the colour, it is too yellow for my taste. Personal preference.' },
  { id: 'RC2L3M4N5O6P7Q8', rating: 1, daysAgo: 19, asin: 'B0LAMP0003', host: US, title: 'Shipping', body: 'Shipping took forever and the seller never answered my messages. Terrible customer service from this seller.' },
  { id: 'RD3M4N5O6P7Q8R9', rating: 4, daysAgo: 20, asin: 'B0LAMP0003', host: US, title: 'Nice lamp', body: 'Good light, easy to set up.' },
  { id: 'RE4N5O6P7Q8R9S0', rating: 1, daysAgo: 23, asin: 'B0KETTLE01', host: US, title: 'Shock', body: 'I got an electric shock from the kettle when I touched the base. Do not buy, it is a safety hazard.' },
  { id: 'RF5O6P7Q8R9S0T1', rating: 3, daysAgo: 26, asin: 'B0BLENDER2', host: US, title: 'Ok', body: 'Works, but the motor is weaker than I expected and it gets hot after a minute.' },
  { id: 'RG6P7Q8R9S0T1U2', rating: 2, daysAgo: 30, asin: 'B0KETTLE01', host: US, title: 'Defective', body: 'Defective unit: it leaks from the bottom and the water tastes of plastic.' },
  { id: 'RH7Q8R9S0T1U2V3', rating: 1, daysAgo: 34, asin: 'B0MUG00004', host: DE, title: 'Kaputt', body: 'Arrived broken, the mug was shattered in the box. The packaging was terrible.' },
  { id: 'RI8R9S0T1U2V3W4', rating: 2, daysAgo: 38, asin: 'B0MUG00004', host: DE, title: 'Smaller', body: 'Much smaller than described in the listing, it does not match the photos.' },
  { id: 'RJ9S0T1U2V3W4X5', rating: 1, daysAgo: 41, asin: 'B0MUG00004', host: DE, title: 'Contact me', body: 'Call me at 0171 2345678 or email hans.mueller@example.de, the handle came off after one day.' },
  { id: 'RK0T1U2V3W4X5Y6', rating: 5, daysAgo: 45, asin: 'B0MUG00004', host: DE, title: 'Super', body: 'Great mug, keeps coffee warm.' },
  { id: 'RL1U2V3W4X5Y6Z7', rating: 1, daysAgo: 48, asin: 'B0KNIFE005', host: UK, title: 'Blunt', body: 'The knife was blunt out of the box and the handle cracked. Rubbish quality.' },
  { id: 'RM2V3W4X5Y6Z7A8', rating: 2, daysAgo: 52, asin: 'B0KNIFE005', host: UK, title: 'Cut myself', body: 'The blade came loose and I cut my finger badly. This is an injury waiting to happen.' },
  { id: 'RN3W4X5Y6Z7A8B9', rating: 3, daysAgo: 57, asin: 'B0KNIFE005', host: UK, title: 'Average', body: 'It is fine but not as sharp as described in the listing.' },
  { id: 'RO4X5Y6Z7A8B9C0', rating: 1, daysAgo: 61, asin: 'B0BOARD006', host: UK, title: 'Got it free', body: 'I received this product for free in exchange for my honest review. It warped after washing.' },
  { id: 'RP5Y6Z7A8B9C0D1', rating: 2, daysAgo: 66, asin: 'B0BOARD006', host: UK, title: 'Warped', body: 'The board warped after the first wash and now wobbles on the counter.' },
  { id: 'RQ6Z7A8B9C0D1E2', rating: 1, daysAgo: 72, asin: 'B0KETTLE01', host: US, title: 'Wrong item', body: 'This review is for the blue toaster I bought from another store, the toaster burns all the bread.' },
  { id: 'RR7A8B9C0D1E2F3', rating: 2, daysAgo: 80, asin: 'B0BLENDER2', host: US, title: 'Leaks', body: 'The jar leaks at the seal, poor quality gasket.' },
  { id: 'RS8B9C0D1E2F3G4', rating: 1, daysAgo: 95, asin: 'B0LAMP0003', host: US, title: 'Dead', body: 'Stopped working after a month. Flickers and dies.' },
  { id: 'RT9C0D1E2F3G4H5', rating: 1, daysAgo: 200, asin: 'B0KETTLE01', host: US, title: 'Old one', body: 'Broke after two days. Cheap junk.' },
  // Seller feedback (no ASIN)
  { id: '111-2223334-4445556', kind: 'feedback', rating: 1, daysAgo: 3, host: US, fulfilledBy: 'amazon', body: 'Package arrived late and the box was damaged by the courier.' },
  { id: '111-3334445-5556667', kind: 'feedback', rating: 2, daysAgo: 10, host: US, fulfilledBy: 'merchant', body: 'Seller never replied to my question about the return.' },
  { id: '302-4445556-6667778', kind: 'feedback', rating: 1, daysAgo: 25, host: DE, fulfilledBy: 'merchant', body: 'The product stopped working after a week, the motor is weak and noisy.' },
  { id: '202-5556667-7778889', kind: 'feedback', rating: 5, daysAgo: 40, host: UK, fulfilledBy: 'merchant', body: 'Fast dispatch, thank you!' },
  { id: '111-6667778-8889990', kind: 'feedback', rating: 1, daysAgo: 120, host: US, fulfilledBy: 'merchant', body: 'Rude seller, never again.' },
];

export function dayOffset(now: Date, daysAgo: number): string {
  return new Date(now.getTime() - daysAgo * DAY).toISOString().slice(0, 10);
}

const MARKETPLACE: Record<string, string> = { [US]: 'US', [DE]: 'DE', [UK]: 'UK' };

export function sampleRecord(s: Sample, now: Date): ReviewRecord {
  const kind = s.kind ?? 'review';
  const date = dayOffset(now, s.daysAgo);
  const item: ReviewItem & { id: string } = { id: s.id, kind, rating: s.rating, body: s.body, date };
  if (s.title) item.title = s.title;
  if (s.asin) item.asin = s.asin;
  if (s.fulfilledBy) item.fulfilledBy = s.fulfilledBy;
  const seen = new Date(now.getTime() - Math.max(0, s.daysAgo - 1) * DAY).toISOString();
  const ratings = [{ rating: s.rating, at: seen }];
  if (s.changedTo !== undefined) ratings.push({ rating: s.changedTo, at: now.toISOString() });
  const rec: ReviewRecord = {
    id: s.id,
    kind,
    item,
    classification: classifyReview(item, now),
    marketplace: MARKETPLACE[s.host] ?? 'US',
    host: s.host,
    firstSeen: seen,
    lastSeen: s.changedTo !== undefined ? now.toISOString() : seen,
    ratings,
    pageUrl: `https://${s.host}/brand-customer-reviews/`,
  };
  if (s.asin) rec.asin = s.asin;
  if (kind === 'feedback') rec.orderId = s.id;
  return rec;
}

/** The whole sample history relative to `now`. */
export function sampleHistory(now: Date): ReviewRecord[] {
  return SAMPLES.map((s) => sampleRecord(s, now));
}

/** A little checklist progress: the first two records have steps done. */
export function sampleChecklists(now: Date): ChecklistRecord[] {
  const at = now.toISOString();
  return [
    { reviewId: SAMPLES[0]!.id, steps: { understand: { done: true, note: 'Batch 2411 — checking with supplier', updatedAt: at }, contact: { done: true, note: '', updatedAt: at } }, updatedAt: at },
    { reviewId: SAMPLES[3]!.id, steps: { understand: { done: true, note: '', updatedAt: at } }, updatedAt: at },
  ];
}

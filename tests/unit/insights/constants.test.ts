// The time limits shown on the settings page carry public sources only.
import { describe, expect, it } from 'vitest';
import { publicNote, publicSource } from '../../../lib/checklist/index.ts';
import { deadlineConstants } from '../../../lib/insights/constants.ts';

const INTERNAL = /\bseeds?\s*\d{3}\b|policy\.md|design\.md|seller-central-dom/i;

describe('deadline constants', () => {
  it('name no internal document, and every one has a source', () => {
    for (const d of deadlineConstants()) {
      expect(d.source.length, d.id).toBeGreaterThan(0);
      expect(JSON.stringify(d), d.id).not.toMatch(INTERNAL);
    }
  });

  it('the messaging window counts from order completion (delivery)', () => {
    const m = deadlineConstants().find((d) => d.id === 'proactive-messaging')!;
    expect(m.windowDays).toBe(30);
    expect(m.title.en).toMatch(/order completion/);
    expect(m.source).toMatch(/^https:\/\/sellercentral\.amazon\.com\/.*order completion/);
  });
});

describe('publicSource / publicNote', () => {
  it('drops internal citations and keeps the public parts', () => {
    expect(publicSource('https://example.com/help (90 days); seed 001 said 60 days')).toBe('https://example.com/help (90 days)');
    expect(publicSource('seed 004 (Brand > Customer Reviews > Contact buyer)')).toBe('Seller Central (Brand > Customer Reviews > Contact buyer)');
    expect(publicSource('policy.md §4')).toBe('Amazon Seller Central Help');
    expect(publicNote('Amazon allows 90 days; seed 001 says 60. We use 90 (seed 001).')).toBe('Amazon allows 90 days. We use 90.');
  });
});

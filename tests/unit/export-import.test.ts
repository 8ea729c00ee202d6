import 'fake-indexeddb/auto';
import { reviewsCsv } from '../../lib/insights/csv.ts';
import { describe, expect, it } from 'vitest';
import { openStore, type RGDatabase } from '../../lib/store/db.ts';
import {
  describeIssue,
  EXPORT_FORMAT,
  exportAll,
  exportFileName,
  exportJson,
  ExportFileSchema,
  importExport,
  parseExport,
} from '../../lib/store/export-import.ts';
import * as repo from '../../lib/store/repo.ts';
import { SETTINGS_KEY } from '../../lib/store/settings.ts';
import { NOW, rec } from './insights/build.ts';

let n = 0;
const fresh = () => `export-test-${Date.now()}-${n++}`;

async function seeded(): Promise<RGDatabase> {
  const db = await openStore(fresh());
  await db.put('reviews', rec({ id: 'R1', date: '2026-02-10', rating: 1, causes: ['quality'], asin: 'B01', body: 'Broke, "badly"\nsecond line' }));
  await db.put('reviews', rec({ id: 'R2', date: '2026-02-12', rating: 2, grounds: ['profanity'], asin: 'B02', lastSeen: '2026-02-20T00:00:00.000Z' }));
  await db.put('reviews', rec({ id: 'F1', kind: 'feedback', date: '2026-02-14', rating: 1 }));
  await repo.updateStep(db, 'R1', 'understand', { done: true, note: 'supplier batch 7' }, new Date('2026-02-11T00:00:00Z'));
  await repo.saveDraft(db, { orderId: '111-1111111-1111111', text: 'Hello', updatedAt: '2026-02-15T00:00:00.000Z', pageKind: 'contact-buyer' });
  await repo.markReviewRequested(db, { orderId: '111-2222222-2222222', requestedAt: '2026-02-16T00:00:00.000Z', via: 'request-review' });
  // Issue-12 data: a visit, an opened item, a logged report, outcomes on a record.
  await repo.touchVisit(db, 'brand-reviews', new Date('2026-02-18T09:00:00Z'));
  await repo.markOpened(db, 'R1', new Date('2026-02-18T09:05:00Z'));
  await repo.logReport(db, { id: 'R2@2026-02-18T09:10:00.000Z', itemId: 'R2', kind: 'review', sentAt: '2026-02-18T09:10:00.000Z', channel: 'review-report-link', calledRemovable: true, ground: 'profanity' });
  const r1 = (await db.get('reviews', 'R1'))!;
  await db.put('reviews', { ...r1, arrivedNew: true, neighbours: { before: 'R0', after: 'R2' }, outcomes: [{ at: '2026-02-19T00:00:00.000Z', kind: 'rating', from: 1, to: 3, after: ['understand'] }] });
  await repo.setMeta(db, SETTINGS_KEY, { lint: { rules: { emoji: { enabled: false } }, customPhrases: ['Acme'] }, uiLanguage: 'zh', topicAlerts: { minCount: 3, windowDays: 7 } });
  return db;
}

/** Everything in the database, to compare before and after. */
async function snapshot(db: RGDatabase) {
  return {
    reviews: await db.getAll('reviews'),
    checklists: await db.getAll('checklists'),
    drafts: await db.getAll('drafts'),
    reviewRequests: await db.getAll('reviewRequests'),
    visits: await db.getAll('visits'),
    opened: await db.getAll('opened'),
    reports: await db.getAll('reports'),
    meta: await db.getAll('meta'),
    metaKeys: await db.getAllKeys('meta'),
  };
}

describe('export', () => {
  it('writes a versioned file with every store and the settings', async () => {
    const db = await seeded();
    const file = await exportAll(db, NOW);
    expect(file).toMatchObject({ format: EXPORT_FORMAT, version: 2, exportedAt: NOW.toISOString() });
    expect(file.visits.map((v) => v.pageKind)).toEqual(['brand-reviews']);
    expect(file.opened).toEqual([{ reviewId: 'R1', openedAt: '2026-02-18T09:05:00.000Z' }]);
    expect(file.reports.map((r) => r.itemId)).toEqual(['R2']);
    expect(file.reviews.find((r) => r.id === 'R1')?.outcomes).toHaveLength(1);
    expect(file.reviews.find((r) => r.id === 'R1')?.neighbours).toEqual({ before: 'R0', after: 'R2' });
    expect(file.reviews.map((r) => r.id).sort()).toEqual(['F1', 'R1', 'R2']);
    expect(file.checklists).toHaveLength(1);
    expect(file.drafts).toHaveLength(1);
    expect(file.reviewRequests).toHaveLength(1);
    expect(file.settings).toEqual({ lint: { rules: { emoji: { enabled: false } }, customPhrases: ['Acme'] }, uiLanguage: 'zh', topicAlerts: { minCount: 3, windowDays: 7 } });
    expect(ExportFileSchema.safeParse(JSON.parse(await exportJson(db, NOW))).success).toBe(true);
    expect(exportFileName(NOW, 'csv')).toBe('reviewguard-2026-03-01.csv');
    db.close();
  });

  it('writes a CSV with one row per review', async () => {
    const db = await seeded();
    const csv = reviewsCsv(await repo.allReviews(db), await repo.allChecklists(db), NOW);
    expect(csv.startsWith('id,kind,marketplace')).toBe(true);
    expect(csv).toContain('"Broke, ""badly""\nsecond line"');
    // Header + 3 rows (the body's own newline is inside quotes, CRLF separates rows).
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(4);
    db.close();
  });
});

describe('import', () => {
  it('round-trips into an empty database', async () => {
    const src = await seeded();
    const text = await exportJson(src, NOW);
    const dst = await openStore(fresh());
    const res = await importExport(dst, text);
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    expect(res.report.reviews).toEqual({ added: 3, updated: 0, keptNewerLocal: 0, unchanged: 0 });
    expect(res.report.checklists.added).toBe(1);
    expect(res.report.drafts.added).toBe(1);
    expect(res.report.reviewRequests.added).toBe(1);
    expect([res.report.visits?.added, res.report.opened?.added, res.report.reports?.added]).toEqual([1, 1, 1]);
    expect(res.report.settings).toBe('applied');
    expect(await snapshot(dst)).toEqual(await snapshot(src));
    // Importing the same file again changes nothing.
    const again = await importExport(dst, text);
    expect(again.ok && again.report.reviews).toEqual({ added: 0, updated: 0, keptNewerLocal: 0, unchanged: 3 });
    src.close();
    dst.close();
  });

  it('keeps the newer copy of each record and says so', async () => {
    const db = await seeded();
    const file = await exportAll(db, NOW);
    const r1 = file.reviews.find((r) => r.id === 'R1')!;
    const r2 = file.reviews.find((r) => r.id === 'R2')!;
    r1.lastSeen = '2026-03-01T00:00:00.000Z'; // newer in the file → replaces
    r1.ratings.push({ rating: 4, at: '2026-03-01T00:00:00.000Z' });
    r2.lastSeen = '2026-01-01T00:00:00.000Z'; // older in the file → local kept
    r2.item.body = 'stale body';
    file.checklists[0]!.updatedAt = '2020-01-01T00:00:00.000Z';
    file.checklists[0]!.steps.understand!.note = 'stale note';
    file.drafts[0]!.updatedAt = '2026-02-28T00:00:00.000Z';
    file.drafts[0]!.text = 'Newer draft';
    file.reviewRequests[0]!.requestedAt = '2026-02-20T00:00:00.000Z';
    file.settings = { lint: { rules: {}, customPhrases: [] }, uiLanguage: 'en', topicAlerts: { minCount: 3, windowDays: 7 } };
    file.reviews.push({ ...structuredClone(r1), id: 'R9', item: { ...r1.item, id: 'R9' } });
    const res = await importExport(db, JSON.stringify(file));
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    expect(res.report.reviews).toEqual({ added: 1, updated: 1, keptNewerLocal: 1, unchanged: 1 });
    expect(res.report.checklists).toEqual({ added: 0, updated: 0, keptNewerLocal: 1, unchanged: 0 });
    expect(res.report.drafts).toEqual({ added: 0, updated: 1, keptNewerLocal: 0, unchanged: 0 });
    expect(res.report.reviewRequests).toEqual({ added: 0, updated: 0, keptNewerLocal: 1, unchanged: 0 });
    expect(res.report.settings).toBe('kept-local');
    expect((await db.get('reviews', 'R1'))!.ratings.at(-1)!.rating).toBe(4);
    expect((await db.get('reviews', 'R2'))!.item.body).toBe('text');
    expect((await db.get('checklists', 'R1'))!.steps.understand!.note).toBe('supplier batch 7');
    expect((await db.get('drafts', '111-1111111-1111111'))!.text).toBe('Newer draft');
    expect((await db.get('reviewRequests', '111-2222222-2222222'))!.requestedAt).toBe('2026-02-16T00:00:00.000Z');
    expect(((await repo.getMeta<{ uiLanguage: string }>(db, SETTINGS_KEY)) ?? { uiLanguage: '' }).uiLanguage).toBe('zh');
    expect(await db.get('reviews', 'R9')).toBeTruthy();
    db.close();
  });

  const badFiles: Array<[string, (f: any) => unknown, RegExp, string]> = [
    ['not JSON', () => '{"format": "reviewguard-export", ', /not JSON/, 'not-json'],
    ['another format', () => ({ hello: 'world' }), /not a ReviewGuard export/, 'not-export'],
    ['a newer version', (f) => ({ ...f, version: 3 }), /version 3/, 'newer-version'],
    ['an unknown report channel', (f) => (f.reports[0].channel = 'email', f), /reports row 1 \(R2@[^)]*\), field "channel"/, 'invalid'],
    ['an unknown step id', (f) => (f.checklists[0].steps.escalate = f.checklists[0].steps.understand, f), /checklists row 1 \(R1\), field "steps/, 'invalid'],
    ['a bad outcome kind', (f) => (f.reviews.find((r: any) => r.id === 'R1').outcomes[0].kind = 'deleted', f), /field "outcomes\.0\.kind"/, 'invalid'],
    ['a rating of 9 in row 2', (f) => (f.reviews[1].item.rating = 9, f), /reviews row 2 \(R1\), field "item\.rating"/, 'invalid'],
    ['a review without an id', (f) => (delete f.reviews[0].id, f), /reviews row 1, field "id"/, 'invalid'],
    ['an unknown ground', (f) => (f.reviews[2].classification.grounds = [{ id: 'made-up', field: 'body', start: 0, end: 1, quote: 'x' }], f), /reviews row 3 \(R2\), field "classification\.grounds\.0\.id"/, 'invalid'],
    ['a bad checklist date', (f) => (f.checklists[0].updatedAt = 'yesterday', f), /checklists row 1 \(R1\), field "updatedAt"/, 'invalid'],
    ['bad settings', (f) => (f.settings.uiLanguage = 'fr', f), /settings/, 'invalid'],
    ['a 201-character phrase', (f) => (f.settings.lint.customPhrases = ['x'.repeat(201)], f), /customPhrases/, 'invalid'],
    ['duplicate review ids', (f) => (f.reviews.push(structuredClone(f.reviews[0])), f), /reviews row 5 \(F1\), field "id": duplicate/, 'invalid'],
    ['reviews not a list', (f) => ({ ...f, reviews: {} }), /reviews/, 'invalid'],
  ];

  for (const [name, mutate, message, code] of badFiles) {
    it(`refuses a file with ${name}, names the problem and changes nothing`, async () => {
      const db = await seeded();
      // Ask for a change that a partial write would show: a brand-new review and a newer R1.
      const file: any = JSON.parse(await exportJson(db, NOW));
      file.reviews.find((r: any) => r.id === 'R1').lastSeen = '2027-01-01T00:00:00.000Z';
      file.reviews.find((r: any) => r.id === 'R1').item.body = 'changed';
      file.reviews.push({ ...structuredClone(file.reviews[0]), id: 'RNEW' });
      file.reviews.sort((a: any, b: any) => (a.id === 'RNEW' ? 1 : b.id === 'RNEW' ? -1 : a.id < b.id ? -1 : 1));
      const before = await snapshot(db);
      const bad = mutate(file);
      const res = await importExport(db, typeof bad === 'string' ? bad : JSON.stringify(bad));
      expect(res.ok).toBe(false);
      if (res.ok) return;
      expect(res.code).toBe(code);
      expect(`${res.error} ${res.issues.map(describeIssue).join(' ')}`).toMatch(message);
      expect(res.error).toMatch(/Nothing was imported/);
      expect(await snapshot(db)).toEqual(before);
      db.close();
    });
  }

  it('imports a version-1 file (before visits, opened items and the reports log)', async () => {
    const src = await seeded();
    const file: any = JSON.parse(await exportJson(src, NOW));
    file.version = 1;
    for (const k of ['visits', 'opened', 'reports']) delete file[k];
    for (const r of file.reviews) {
      delete r.outcomes;
      delete r.arrivedNew;
      delete r.neighbours;
    }
    const dst = await openStore(fresh());
    const res = await importExport(dst, JSON.stringify(file));
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    expect(res.report.reviews.added).toBe(3);
    expect([res.report.visits?.added, res.report.opened?.added, res.report.reports?.added]).toEqual([0, 0, 0]);
    src.close();
    dst.close();
  });

  it('merges the new sections: later visit wins, opened and reported marks already here stay', async () => {
    const db = await seeded();
    const file = await exportAll(db, NOW);
    file.visits[0]!.lastActive = '2026-02-25T00:00:00.000Z';
    file.visits[0]!.currentStart = '2026-02-25T00:00:00.000Z';
    file.opened[0]!.openedAt = '2026-02-28T00:00:00.000Z';
    file.opened.push({ reviewId: 'F1', openedAt: '2026-02-28T00:00:00.000Z' });
    file.reports.push({ ...file.reports[0]!, id: 'R1@2026-02-27T00:00:00.000Z', itemId: 'R1', calledRemovable: false });
    const res = await importExport(db, JSON.stringify(file));
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    expect(res.report.visits).toEqual({ added: 0, updated: 1, keptNewerLocal: 0, unchanged: 0 });
    expect(res.report.opened).toEqual({ added: 1, updated: 0, keptNewerLocal: 1, unchanged: 0 });
    expect(res.report.reports).toEqual({ added: 1, updated: 0, keptNewerLocal: 0, unchanged: 1 });
    expect((await repo.getVisit(db, 'brand-reviews'))?.currentStart).toBe('2026-02-25T00:00:00.000Z');
    expect((await db.get('opened', 'R1'))?.openedAt).toBe('2026-02-18T09:05:00.000Z');
    expect(await repo.allReports(db)).toHaveLength(2);
    db.close();
  });

  it('parses without throwing on anything', () => {
    for (const t of ['', 'null', '[]', '42', '"x"', '{"format":"reviewguard-export"}', '\uFEFF{}']) {
      expect(parseExport(t).ok).toBe(false);
    }
  });
});

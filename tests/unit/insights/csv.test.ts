import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, csvCell, reviewsCsv } from '../../../lib/insights/csv.ts';
import { NOW, rec } from './build.ts';

/** A small RFC 4180 reader, to prove the output parses back to the same cells. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell), rows.push(row), (row = []), (cell = ''), i++;
    } else cell += c;
  }
  if (cell || row.length) row.push(cell), rows.push(row);
  return rows;
}

describe('csvCell', () => {
  it('quotes commas, quotes and line breaks', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('line1\nline2')).toBe('"line1\nline2"');
    expect(csvCell('cr\r\nlf')).toBe('"cr\r\nlf"');
  });
  it('guards against formula injection', () => {
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csvCell('+1 555')).toBe("'+1 555");
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\t=1')).toBe("'\t=1");
    expect(csvCell('a=1')).toBe('a=1');
  });
  it('writes numbers, booleans and blanks', () => {
    expect(csvCell(3)).toBe('3');
    expect(csvCell(Number.POSITIVE_INFINITY)).toBe('');
    expect(csvCell(true)).toBe('yes');
    expect(csvCell(undefined)).toBe('');
  });
});

describe('reviewsCsv', () => {
  const records = [
    rec({ id: 'R2', date: '2026-02-20', rating: 1, causes: ['quality', 'usage'], grounds: ['profanity'], risks: ['safety-risk'], asin: 'B0X', title: 'Bad, "really"', body: '=cmd|\' /C calc\'!A0\nsecond line, with comma' }),
    rec({ id: 'R1', date: '2026-02-10', rating: 4, asin: 'B0Y', body: '@mention' }),
  ];
  const checklists = [{ reviewId: 'R2', steps: { understand: { done: true, note: '', updatedAt: NOW.toISOString() } }, updatedAt: NOW.toISOString() }];
  const text = reviewsCsv(records, checklists, NOW);
  const rows = parseCsv(text);

  it('has a header and one row per review, oldest first, CRLF-terminated', () => {
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows.map((r) => r[0])).toEqual(['id', 'R1', 'R2']);
    expect(text.endsWith('\r\n')).toBe(true);
    for (const r of rows) expect(r).toHaveLength(CSV_COLUMNS.length);
  });
  it('round-trips text with commas, quotes and newlines, formula cells defused', () => {
    const r2 = Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, rows[2]![i]]));
    expect(r2.title).toBe('Bad, "really"');
    expect(r2.body).toBe("'=cmd|' /C calc'!A0\nsecond line, with comma");
    expect(Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, rows[1]![i]])).body).toBe("'@mention");
  });
  it('carries the classification, the most urgent deadline and checklist progress', () => {
    const r2 = Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, rows[2]![i]]));
    expect(r2).toMatchObject({ kind: 'review', asin: 'B0X', date: '2026-02-20', rating: '1', removable: 'yes', grounds: 'profanity', root_causes: 'quality;usage', risks: 'safety-risk', checklist_done: '1' });
    expect(Number(r2.days_left)).toBeGreaterThan(0);
    expect(Number(r2.checklist_total)).toBeGreaterThan(1);
    const r1 = Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, rows[1]![i]]));
    expect(r1.days_left).toBe(''); // 4 stars, not removable: nothing to act on
    expect(r1.removable).toBe('no');
  });
  it('carries what Amazon did, the outcomes and the dispute kind', () => {
    const r = { ...rec({ id: 'R3', date: '2026-02-21', rating: 1, body: 'The parcel never arrived.' }), status: 'struck' as const, outcomes: [{ at: '2026-02-25T00:00:00.000Z', kind: 'rating' as const, from: 1, to: 3, after: ['contact' as const] }] };
    const [, row] = parseCsv(reviewsCsv([r], [], NOW));
    const cells = Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, row![i]]));
    expect(cells).toMatchObject({ amazon_status: 'struck', outcomes: 'rating 1 → 3 on 2026-02-25', dispute: 'not-received' });
    expect(Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, rows[1]![i]]))).toMatchObject({ amazon_status: '', outcomes: '', dispute: '' });
  });
});

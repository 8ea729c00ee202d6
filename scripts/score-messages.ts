// Scores the linter on labelled message sets (JSONL, one message per line:
// id, text, expect, optional context, kind and compliant). New real sets stay
// outside the project; pass their paths:
//   npm run score:messages -- path/to/set.jsonl [more.jsonl] [--verbose]
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { formatScore, parseLabelledMessages, scoreMessages } from './lib/message-score.ts';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const files = args.filter((a) => !a.startsWith('--'));
if (files.length === 0) {
  console.error('usage: npm run score:messages -- FILE.jsonl [FILE.jsonl …] [--verbose]');
  process.exit(2);
}
let failed = false;
for (const file of files) {
  try {
    const items = parseLabelledMessages(readFileSync(file, 'utf8'), basename(file));
    const s = scoreMessages(items);
    console.log(formatScore(basename(file), s));
    if (verbose) console.log([...s.misses, ...s.compliantErrors.map((e) => `compliant with an error: ${e}`)].map((l) => `    ${l}`).join('\n'));
  } catch (e) {
    console.error(`${file}: ${(e as Error).message}`);
    failed = true;
  }
}
process.exitCode = failed ? 1 : 0;

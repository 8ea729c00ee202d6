#!/usr/bin/env node
// Writes lib/phones/metadata.json: libphonenumber-js's own "min"
// metadata, kept to the countries of Amazon's marketplaces (and their
// neighbours that share a calling code). The whole table costs ~36 KB gzipped
// in the background bundle; this one a fraction of it. Re-run after updating
// libphonenumber-js: node scripts/build/phone-metadata.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const full = require('libphonenumber-js/metadata.min.json');
const KEEP = new Set(
  'US CA GB IE DE AT CH FR BE NL LU ES PT IT JP CN HK TW IN MX BR AU NZ SE PL TR AE SA EG SG ZA'.split(' '),
);
const countries = Object.fromEntries(Object.entries(full.countries).filter(([cc]) => KEEP.has(cc)));
const codes = {};
for (const [code, list] of Object.entries(full.country_calling_codes)) {
  const kept = list.filter((cc) => KEEP.has(cc));
  // The main country of a shared code must stay first (libphonenumber reads it as the default).
  if (kept.length && kept[0] === list[0]) codes[code] = kept;
}
const out = { version: full.version, country_calling_codes: codes, countries, nonGeographic: {} };
const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const version = JSON.parse(readFileSync(join(root, 'node_modules/libphonenumber-js/package.json'), 'utf8')).version;
writeFileSync(join(root, 'lib/phones/metadata.json'), JSON.stringify(out) + '\n');
console.log(`phone-metadata.json: ${Object.keys(countries).length} countries from libphonenumber-js ${version}`);

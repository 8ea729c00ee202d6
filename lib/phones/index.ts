// Phone numbers for the linter and the classifier: libphonenumber-js's own
// metadata, kept to the countries of Amazon's marketplaces (and neighbours
// that share a calling code) by scripts/build/phone-metadata.mjs. One table
// for both, so the background carries it once (~7 KB gzipped, not ~36 KB).
import type { MetadataJson } from 'libphonenumber-js/core';
import metadata from './metadata.json';

export const PHONE_METADATA = metadata as unknown as MetadataJson;
export type { CountryCode } from 'libphonenumber-js/core';

// The classification as stored with a record (the classifier's output, see
// lib/reviews/types.ts). Kept here, in the pure domain, so the record schemas
// do not depend on the message protocol; a compile-time check below keeps it
// in step with the classifier's own `Classification` type.
import * as z from 'zod/mini';
import { GROUND_IDS, RISK_IDS, ROOT_CAUSES, type Classification } from '../reviews/types.ts';

const nonNegInt = () => z.number().check(z.int(), z.nonnegative());

const EvidenceShape = {
  field: z.enum(['title', 'body']),
  start: nonNegInt(),
  end: nonNegInt(),
  quote: z.string(),
};

export const StoredDeadlineSchema = z.object({
  id: z.string(),
  windowDays: z.number(),
  lastDay: z.string(),
  daysLeft: z.number(),
  expired: z.boolean(),
  source: z.string(),
  lastChecked: z.string(),
});

export const StoredClassificationSchema = z.object({
  removable: z.boolean(),
  grounds: z.array(z.object({ id: z.enum(GROUND_IDS), ...EvidenceShape })),
  reason: z.object({ en: z.string(), zh: z.string() }),
  rootCauses: z.array(z.enum(ROOT_CAUSES)),
  risks: z.array(z.enum(RISK_IDS)),
  riskEvidence: z.array(z.object({ id: z.enum(RISK_IDS), ...EvidenceShape })),
  deadlines: z.record(z.string(), StoredDeadlineSchema),
});

// Both directions: what the schema accepts is exactly a Classification.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const _classificationMatches: Same<z.infer<typeof StoredClassificationSchema>, Classification> = true;

// The two numbers of topic alerts (Settings): how many negative reviews of one
// ASIN with one primary cause, within how many days. Apart from the clustering
// so the settings schema travels without it (the protocol carries settings).
import * as z from 'zod/mini';

export const TopicAlertSettingsSchema = z.object({
  minCount: z._default(z.number().check(z.int(), z.gte(2), z.lte(50)), 3),
  windowDays: z._default(z.number().check(z.int(), z.gte(1), z.lte(90)), 7),
});
export type TopicAlertSettings = z.infer<typeof TopicAlertSettingsSchema>;
export const DEFAULT_TOPIC_ALERTS: TopicAlertSettings = { minCount: 3, windowDays: 7 };

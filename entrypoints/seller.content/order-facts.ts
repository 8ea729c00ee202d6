// What the store remembers about an order (asked once per page).
import type { PageSend as Send } from '../../lib/messaging/client.ts';

export function orderFacts(send: Send, orderId: string | undefined): { reviewRequestedBefore?: boolean } {
  const facts: { reviewRequestedBefore?: boolean } = {};
  if (orderId) {
    send('order/context', { orderId })
      .then((r) => {
        facts.reviewRequestedBefore = r.reviewRequestedBefore;
      })
      .catch(() => {});
  }
  return facts;
}

// Our own elements on the page (annotations, compose panels, layers) are all
// named reviewguard-*: page observers use this to ignore their own writes.
export const OWN_TAG = /^reviewguard-/i;

/**
 * A mutation that only added or removed our own elements. A record with no
 * added or removed nodes (a text or attribute change) is never ours.
 */
export function isOwnMutation(r: MutationRecord): boolean {
  if (r.type !== 'childList') return false;
  const nodes = [...r.addedNodes, ...r.removedNodes];
  return nodes.length > 0 && nodes.every((n) => n.nodeType === 1 && OWN_TAG.test((n as Element).tagName));
}

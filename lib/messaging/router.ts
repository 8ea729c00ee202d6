// The background's message router, free of extension APIs so it can be unit
// tested: raw message in, reply out. Handlers only ever see a request that
// passed its schema; their reply is validated once, by the client that
// receives it (one validation per boundary crossing).
import type { MessageType, Reply, RequestOf, ResponseOf } from '../protocol.ts';
import { parseRequest } from '../protocol-messages.ts';

export interface SenderInfo {
  tabId?: number;
  /** 0 for the top frame; a Seller Central frame inside the page otherwise. */
  frameId?: number;
  url?: string;
}

export type Handlers = {
  [T in MessageType]: (payload: RequestOf<T>, sender: SenderInfo) => ResponseOf<T> | Promise<ResponseOf<T>>;
};

export function createRouter(handlers: Handlers) {
  return async function route(raw: unknown, sender: SenderInfo = {}): Promise<Reply> {
    const parsed = parseRequest(raw);
    if ('error' in parsed) return parsed.error;
    const { type, payload } = parsed;
    let result: unknown;
    try {
      result = await (handlers[type] as (p: unknown, s: SenderInfo) => unknown)(payload, sender);
    } catch (e) {
      return { ok: false, error: { code: 'handler-failed', message: `"${type}" failed: ${(e as Error)?.message ?? String(e)}` } };
    }
    return { ok: true, data: result };
  };
}

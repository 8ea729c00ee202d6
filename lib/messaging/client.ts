// Typed sender used by content scripts, the popup and the options page. Each
// message is validated once per boundary crossing, by the side that receives
// it: the background's router checks the request, this client checks the
// reply before it is trusted (the request's shape is the compiler's job here).
// A service worker that MV3 stopped (or that died mid-request) is retried, so
// the caller sees a slower answer, not an error.
import type { REPLIES } from '../protocol-messages.ts';
import {
  type PageMessageType,
  PROTOCOL_TAG,
  ProtocolError,
  ReplySchema,
  type MessageType,
  type RequestOf,
  type ResponseOf,
  describeIssues,
} from '../protocol.ts';

export type RawSend = (envelope: unknown) => Promise<unknown>;

export interface ClientOptions {
  /** Attempts when the background cannot be reached (worker restarting). */
  attempts?: number;
  /** Per-attempt time limit, ms: a worker killed mid-request never answers. */
  timeoutMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

const TRANSIENT = /receiving end does not exist|could not establish connection|message port closed|extension context|timed out|no response/i;

/** A sender for the message types `T`: validates each reply with `replies`. */
export type SendOf<T extends MessageType> = <K extends T>(type: K, payload: RequestOf<K>) => Promise<ResponseOf<K>>;

/**
 * A client that knows only the replies of `replies`: the content script's
 * bundle then carries only the schemas of the messages a page sends.
 */
export function createSender<T extends MessageType>(
  replies: { readonly [K in T]: (typeof REPLIES)[K] },
  rawSend: RawSend,
  opts: ClientOptions = {},
): SendOf<T> {
  const attempts = opts.attempts ?? 4;
  const timeoutMs = opts.timeoutMs ?? 5000;
  const sleep = opts.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));

  async function once(envelope: unknown): Promise<unknown> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('timed out waiting for the background')), timeoutMs);
    });
    try {
      return await Promise.race([rawSend(envelope), timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  return async function send<K extends T>(type: K, payload: RequestOf<K>): Promise<ResponseOf<K>> {
    const envelope = { tag: PROTOCOL_TAG, type, payload };
    let lastError: unknown;
    for (let attempt = 0; attempt < attempts; attempt++) {
      let raw: unknown;
      try {
        raw = await once(envelope);
      } catch (e) {
        lastError = e;
        const msg = (e as Error)?.message ?? '';
        if (/extension context invalidated/i.test(msg)) break; // extension reloaded: retrying cannot help
        if (!TRANSIENT.test(msg)) break;
        await sleep(50 * 2 ** attempt);
        continue;
      }
      if (raw === undefined) {
        // No listener answered (worker was starting): treat as transient.
        lastError = new Error('no response from the background');
        await sleep(50 * 2 ** attempt);
        continue;
      }
      const reply = ReplySchema.safeParse(raw);
      if (!reply.success) throw new ProtocolError('bad-response', `Malformed reply to "${type}": ${describeIssues(reply.error)}`);
      if (!reply.data.ok) throw new ProtocolError(reply.data.error.code, reply.data.error.message);
      const schema = replies[type] as (typeof REPLIES)[MessageType];
      const data = schema.safeParse(reply.data.data);
      if (!data.success) throw new ProtocolError('bad-response', `Invalid reply to "${type}": ${describeIssues(data.error)}`);
      return data.data as ResponseOf<K>;
    }
    throw new ProtocolError('unavailable', `Background unavailable for "${type}": ${(lastError as Error)?.message ?? 'unknown error'}`);
  };
}

export type Send = SendOf<MessageType>;
/** What a content script's features send with. */
export type PageSend = SendOf<PageMessageType>;

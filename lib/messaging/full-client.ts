// The client of the popup and the options page (and of tests): it validates
// the reply to every message type.
import { REPLIES } from '../protocol-messages.ts';
import { createSender, type ClientOptions, type RawSend, type SendOf } from './client.ts';
import type { MessageType } from '../protocol.ts';

export function createClient(rawSend: RawSend, opts: ClientOptions = {}): SendOf<MessageType> {
  return createSender(REPLIES, rawSend, opts);
}

// The content script's client: it knows the replies of only the messages a
// page sends, so the schemas of the popup's and options page's messages stay
// out of the script every Seller Central page loads.
import { browser } from 'wxt/browser';
import { PAGE_REPLIES } from '../protocol.ts';
import { createSender } from './client.ts';

export const pageSend = createSender(PAGE_REPLIES, (envelope) => browser.runtime.sendMessage(envelope));

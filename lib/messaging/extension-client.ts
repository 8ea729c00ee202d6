// The typed client of the popup and options page, bound to the extension's
// runtime messaging (the content script has its own: page-client.ts).
import { browser } from 'wxt/browser';
import { createClient } from './full-client.ts';

export const send = createClient((envelope) => browser.runtime.sendMessage(envelope));

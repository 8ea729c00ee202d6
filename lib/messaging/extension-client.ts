// The typed client bound to the extension's runtime messaging.
import { browser } from 'wxt/browser';
import { createClient } from './client.ts';

export const send = createClient((envelope) => browser.runtime.sendMessage(envelope));

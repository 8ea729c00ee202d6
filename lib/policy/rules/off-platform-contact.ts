// Naming another channel (WhatsApp, WeChat, Telegram, Skype, LINE, Messenger,
// or the seller's own site/chat offered as a way to talk) is a warning.
import { isAmazonHost } from '../analyse/links.ts';
import { K as KINDS } from '../lexicon/kinds.ts';
import { reportSpan, SOURCES, texts, type Rule } from '../rule.ts';

// A module-local binding: read in hot loops, never through the import.
const K = KINDS;

const T = texts(
  ['Names a channel outside Amazon', 'Buyer-Seller Messaging is the only approved channel with buyers. Mentioning WhatsApp, WeChat, Telegram, your own website or chat as a way to reach you invites the buyer off Amazon; remove it.'],
  ['提到亚马逊以外的沟通渠道', '买家与卖家消息服务是与买家沟通的唯一认可渠道。提到 WhatsApp、微信、Telegram 或自己的网站、在线客服作为联系方式,等于引导买家离开亚马逊,请删除。'],
);

/** End of a social handle starting at the "@" at i (after a space or line start), or -1. */
function handleEnd(t: string, i: number): number {
  const before = i === 0 ? 32 : t.charCodeAt(i - 1);
  if (before !== 32 && before !== 10 && before !== 40 && before !== 58) return -1;
  let j = i + 1;
  let letters = 0;
  for (let c; (c = t.charCodeAt(j)) === 95 || c === 46 || (c >= 97 && c <= 122) || (c >= 48 && c <= 57); j++) if (c >= 97 && c <= 122) letters++;
  while (t.charCodeAt(j - 1) === 46) j--; // a full stop after the handle
  return letters >= 3 ? j : -1;
}

export const rule: Rule = {
  meta: { id: 'off-platform-contact', severity: 'warning', title: { en: 'Off-platform contact', zh: '站外联系渠道' }, source: SOURCES.communication },
  check(doc, report) {
    const { sentences, atoms } = doc.scan;
    // The seller's own site as the place to hand over personal data ("visit
    // shop.com and enter your email") moves the buyer off Amazon.
    if (doc.scan.mask & K.PII) {
      let si = 0;
      for (const link of doc.links) {
        // Links are in text order: walk the sentences once (the link's own, or the next one).
        while (si < sentences.length && sentences[si]!.e <= link.s) si++;
        const sent = sentences[si];
        if (sent && sent.mask & K.PII && !isAmazonHost(link.host)) reportSpan(doc, report, link.s, link.e, T);
      }
    }
    // A social handle ("@casaluz.es", "Line: @lumahome") names an account to reach.
    const t = doc.norm.text;
    // Emails and links are in text order: one cursor each keeps this linear.
    let ei = 0;
    let li = 0;
    for (let i = t.indexOf('@'); i >= 0; i = t.indexOf('@', i + 1)) {
      const e = handleEnd(t, i);
      if (e < 0) continue;
      while (ei < doc.emails.length && doc.emails[ei]!.e <= i) ei++;
      while (li < doc.links.length && doc.links[li]!.e <= i) li++;
      const email = doc.emails[ei];
      const link = doc.links[li];
      if ((email && email.s < e) || (link && link.s < e)) continue;
      reportSpan(doc, report, i, e, T);
    }
    if (!(doc.scan.mask & (K.OFFP | K.SITE | K.SOCIAL))) return;
    for (const sent of sentences) {
      const channelTalk = (sent.mask & (K.CONTACT | K.MOVE)) !== 0 && !(sent.mask & K.AMZ);
      for (let i = sent.a0; i < sent.a1; i++) {
        const a = atoms[i]!;
        if (a.k & K.OFFP || (a.k & (K.SITE | K.SOCIAL) && channelTalk)) reportSpan(doc, report, a.s, a.e, T);
      }
    }
  },
};

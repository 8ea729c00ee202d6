// Asking for the buyer's email, phone, personal address or social handle, or
// asking them to continue the conversation off Amazon. (Naming a channel
// without asking is the off-platform-contact warning.)
import { K as KINDS } from '../lexicon/kinds.ts';
import { reportSpan, SOURCES, texts, type Rule } from '../rule.ts';

// A module-local binding: read in hot loops, never through the import.
const K = KINDS;

const ASKS = texts(
  ["Asks for the buyer's personal contact details", "Sellers may not ask buyers for their email address, phone number, personal address or social media accounts. Everything you need for the order is in Seller Central; keep the conversation in Buyer-Seller Messaging."],
  ['索要买家的个人联系方式', '卖家不得向买家索要电子邮箱、电话号码、私人地址或社交媒体账号。订单所需的信息都在卖家平台中;请在买家与卖家消息服务中继续沟通。'],
);
const MOVES = texts(
  ['Asks the buyer to continue off Amazon', 'Asking buyers to email, text or message you outside Amazon breaks the communication guidelines and gets messages blocked. Invite them to reply to this message instead.'],
  ['要求买家到亚马逊以外沟通', '要求买家通过邮件、短信或其他软件在亚马逊以外联系卖家,违反沟通准则,消息会被拦截。请改为邀请买家直接回复本消息。'],
);

/**
 * Nouns that turn "your phone", "your mail", "your cell" into an object the
 * buyer can photograph or check ("your phone case", "your mail carrier's
 * note"): asking about the order's item, not for contact details.
 */
const THINGS = new Set([
  'case', 'cases', 'cover', 'holder', 'holders', 'mount', 'stand', 'charger', 'cable', 'screen', 'protector', 'carrier', 'lens', 'lenses',
  'box', 'slot', 'battery', 'camera', 'model', 'settings', 'app', 'clamp', 'bill', 'plate', 'grip', 'ring', 'wallet', 'strap', 'dock',
  'bracket', 'adapter', 'sleeve', 'pouch', 'tripod', 'bag', 'filter', 'room', 'drop', 'slip', 'sorter', 'tray', 'label', 'cradle',
]);

/** The word right after offset e names a thing ("your phone| case"). */
function thing(text: string, e: number): boolean {
  let i = e;
  while (text.charCodeAt(i) === 32) i++;
  let j = i;
  for (let c; (c = text.charCodeAt(j)) >= 97 && c <= 122; ) j++;
  return j > i && THINGS.has(text.slice(i, j));
}

/**
 * An imperative "contact us" ("Contactez-nous", "Escríbanos", "Schreiben Sie
 * uns"): an ask even without "please". "You can contact us through our chat"
 * or "inquiries are also accepted on LINE" only name a channel (a warning).
 */
const CONTACT_US = /(?:^|[^a-z])(?:contacte[sz]?[ -]nous|contactez[ -]moi|ecrivez[ -](?:nous|moi)|contactenos|contactanos|escribanos|escribenos|contattateci|contattaci|scriveteci|scrivici|ci[ -]contatti|ci[ -]scriva|(?:kontaktieren|schreiben|erreichen|kontaktiere|schreib|melden)[ -](?:sie[ -])?(?:uns|mir|sich[ -]bei[ -]uns))(?![a-z])/;
/** A refusal or a negation anywhere in the sentence: "nous ne vous contacterons jamais sur WhatsApp". */
const NEG = /(?:^|[^a-z])(?:not|never|no|don t|won t|nie|niemals|nicht|kein|keine|jamais|ne|pas|nunca|nadie|mai|non)(?![a-z])|しない|しません|ません|不会|不要|不用|绝不|决不|切勿|勿/;
/** "Hit reply and drop us an email": the reply goes back through Amazon's messaging, so nothing moves. */
const REPLY = /(?:\b(?:hit|click|press|tap|use)\s+(?:the\s+)?\W?(?:reply|antworten|repondre|responder|rispondi)\W?(?:\s+(?:button|key|taste|bouton|boton))?|\breply\s+(?:to\s+(?:this|our)\s+(?:message|e ?mail)\s+)?)(?:\s+\S+){0,6}?\s*(?:and|to)\s+\S*\s*$/;
/** A warning to the buyer ("never share your details with anyone outside Amazon") moves nothing. */
const WARNS = /\b(?:do not|don't|never|not)\s+(?:share|give|send|disclose|provide|pay)\b/;

/**
 * The buyer gives the detail ("add your e-mail", "inserisci la tua email"):
 * a request without a request word.
 */
const ENTER = /(?:^|[^a-z])(?:add|enter|type|fill in|anade|introduce|introduzca|indica|indique|inserisci|inserisca|ajoute|ajoutez|saisis|saisissez|indiquez|gib|geben sie|trag|trage|tragen sie)(?![a-z])/;
/** "votre numéro de commande", "su correo de confirmación": the order's number or mail, not a contact detail. */
const OF = /^\s*(?:de|di|d|du|del|della|of|der|des|zur|zum)(?![a-z])/;
/** "the label was sent to your email", "已发送至您的邮箱": where something went, not a detail asked for. */
const SENT_TO = /(?:\b(?:sent|send|sending|forwarded|emailed|mailed|gesendet|geschickt|envoy\w*|enviad\w*|inviat\w*)\b(?:\s+\S+){0,3}\s+(?:to|an|à|a|al|alla|sur)|(?:发送|寄|发|送)(?:至|到)|に(?:送信|送付|お送り)し)\s*$/;
/** A form field: the detail alone on its line, marked required ("Your email *"). */
const FIELD = /^\W*(?:[a-z]+\s+){0,2}[a-z]+\s*\*\W*$/;

/**
 * A form: contact-detail labels alone on their lines ("Email", "Phone
 * Number", "Shipping Address *"), two or more within a few lines. A funnel
 * page collects them; a signature gives values ("Email: help@…"), not bare labels.
 */
const FORM_LABEL = /^[^\p{L}\p{N}]*(?:(?:your|full|first|last|given|family|amazon|buyer|customer|mobile|contact|shipping|delivery|home|dein|ihre?|votre|ton|tu|su|il tuo|la tua|il suo|la sua)\s+)*(?:name|e ?mail(?: address)?|phone(?: number)?|mobile(?: number)?|whatsapp(?: number)?|(?:shipping |postal |home |street )?address|e ?mail adresse|telefon(?:nummer)?|handynummer|anschrift|adresse(?: e ?mail| postale)?|numero de telephone|telephone|correo(?: electronico)?|telefono|direccion(?: de envio)?|nombre(?: completo)?|indirizzo|cognome|nom|prenom|numero di telefono|メールアドレス|電話番号|住所|お名前|氏名|邮箱|电子邮箱|电话(?:号码)?|手机(?:号码)?|地址|收货地址|姓名)\s*[*:：]?[^\p{L}\p{N}]*$/u;
const FORM_REACH = 6;

function formLabels(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const lines: Array<[number, number, boolean]> = [];
  for (let s = 0; s <= text.length; ) {
    let e = text.indexOf('\n', s);
    if (e < 0) e = text.length;
    lines.push([s, e, FORM_LABEL.test(text.slice(s, e)) && /\p{L}/u.test(text.slice(s, e))]);
    s = e + 1;
  }
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i]![2]) continue;
    let n = 0;
    for (let j = Math.max(0, i - FORM_REACH); j <= Math.min(lines.length - 1, i + FORM_REACH); j++) if (lines[j]![2]) n++;
    if (n >= 2) out.push([lines[i]![0], lines[i]![1]]);
  }
  return out;
}

export const rule: Rule = {
  meta: { id: 'personal-info-request', severity: 'error', title: { en: 'Personal info request', zh: '索要个人信息' }, source: SOURCES.communication },
  check(doc, report) {
    // The first label of a form stands for the form (one finding per form).
    const form = doc.norm.text.includes('\n') ? formLabels(doc.norm.text) : [];
    if (form.length) {
      const [s, e] = form[0]!;
      reportSpan(doc, report, s, e, ASKS);
    }
    const inForm = (at: number): boolean => form.some(([s, e]) => at >= s && at < e);
    if (!(doc.scan.mask & (K.PII | K.MOVE | K.OFFP)) && doc.emails.length === 0) return;
    const { sentences, atoms } = doc.scan;
    let ei = 0;
    for (const sent of sentences) {
      let moved = false;
      for (let i = sent.a0; i < sent.a1; i++) {
        const a = atoms[i]!;
        if (a.k & K.PII && !inForm(a.s) && !thing(doc.norm.text, a.e) && !SENT_TO.test(doc.norm.text.slice(Math.max(sent.s, a.s - 40), a.s)) && (sent.mask & (K.ASK | K.CONTACT | K.ACT) || (ENTER.test(doc.norm.text.slice(sent.s, a.s)) && !OF.test(doc.norm.text.slice(a.e, a.e + 8))) || FIELD.test(doc.norm.text.slice(sent.s, sent.e)))) reportSpan(doc, report, a.s, a.e, ASKS);
        else if (a.k & K.MOVE && !(sent.mask & K.AMZ) && !WARNS.test(doc.norm.text.slice(sent.s, a.s)) && !REPLY.test(doc.norm.text.slice(sent.s, a.s))) {
          reportSpan(doc, report, a.s, a.e, MOVES);
          moved = true;
        }
      }
      // "Schreiben Sie uns auf WhatsApp", "请通过微信联系我们": a contact ask that
      // names a chat app moves the conversation, in any language (the English
      // phrasings are MOVE terms). Not a refusal ("we will never contact you on
      // WhatsApp") and not beside Amazon's own messaging.
      if (!moved && (sent.mask & (K.CONTACT | K.OFFP)) === (K.CONTACT | K.OFFP) && !(sent.mask & K.AMZ)) {
        const said = doc.norm.text.slice(sent.s, sent.e);
        if ((sent.mask & K.ASK || CONTACT_US.test(said)) && !NEG.test(said)) {
          let i = sent.a0;
          while (i < sent.a1 && !(atoms[i]!.k & K.OFFP)) i++;
          if (i < sent.a1) {
            reportSpan(doc, report, atoms[i]!.s, atoms[i]!.e, MOVES);
            moved = true;
          }
        }
      }
      // "Please write to support@shop.com": an address plus a request moves the conversation.
      while (ei < doc.emails.length && doc.emails[ei]!.s < sent.s) ei++;
      const email = doc.emails[ei];
      if (!moved && email && email.s < sent.e && sent.mask & (K.ASK | K.CONTACT) && !(sent.mask & K.AMZ)) reportSpan(doc, report, email.s, email.e, MOVES);
    }
  },
};

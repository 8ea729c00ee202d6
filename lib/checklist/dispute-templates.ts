// Buyer messages for the delivery-dispute path (seed 000), one per sub-kind,
// in the seven template languages. The same rules as templates.ts: apology
// first, the order id, concrete choices (re-shipment or refund — fine in a
// dispute about a parcel that did not arrive), no links or contact details,
// and NEVER a word about a review or feedback. Every one must lint clean
// (tests/unit/checklist/templates-lint.test.ts).
import type { Lang } from '../i18n/lang.ts';
import type { DisputeKind } from './delivery-dispute.ts';
import { DISPUTE_KINDS } from './delivery-dispute.ts';
import type { Template, TemplateLang } from './types.ts';
import { TEMPLATE_LANGS } from './types.ts';

interface Frame {
  hello: string;
  bye: string;
  kinds: Record<DisputeKind, string>;
}

const FRAMES: Record<TemplateLang, Frame> = {
  en: {
    hello: 'Hello[[ {buyerName}]],',
    bye: 'Kind regards,\nCustomer Service',
    kinds: {
      'not-received':
        'We are very sorry that your order {orderId}[[ ({productName})]] has not reached you. We have checked the tracking and asked the carrier to look for the parcel.\n\nWe do not want you to wait any longer: we can send you a new one right away, or give you a full refund. Which would you prefer?\n\nPlease reply to this message with your choice.',
      late:
        'We are very sorry that your order {orderId}[[ ({productName})]] is taking longer than expected. We have checked the tracking: the parcel is still on its way to you.\n\nIf you would rather not wait, we can give you a full refund, or send a new one if the parcel has not arrived within a few days. Which would you prefer?\n\nPlease reply to this message with your choice.',
      customs:
        'We are very sorry that your order {orderId}[[ ({productName})]] is being held at customs. The notice from the carrier or the customs office says what is needed to release it, usually the import duty or a document.\n\nIf the import duty was unexpected, we are happy to cover part of it. If you would rather not receive the parcel, we can give you a full refund instead. Which would you prefer?\n\nPlease reply to this message with your choice.',
      'post-office':
        'We are very sorry for the trouble with your order {orderId}[[ ({productName})]]. According to the tracking, the parcel is waiting for you at your local post office; the carrier\'s notice says where and until when it can be collected.\n\nIf you cannot collect it in time, we can arrange a new delivery or give you a full refund. Which would you prefer?\n\nPlease reply to this message with your choice.',
    },
  },
  zh: {
    hello: '您好[[ {buyerName}]]：',
    bye: '此致\n客服团队',
    kinds: {
      'not-received':
        '非常抱歉，您的订单 {orderId}[[（{productName}）]] 还没有送到您手中。我们已经查询了物流信息，并请承运商查找这个包裹。\n\n我们不想让您再等下去：可以立即为您补发，或为您全额退款。您希望怎样处理？\n\n请直接回复此消息告诉我们您的选择。',
      late:
        '非常抱歉，您的订单 {orderId}[[（{productName}）]] 的配送时间比预期的长。我们已经查询了物流信息：包裹仍在运送途中。\n\n如果您不想再等，我们可以为您全额退款；如果几天内包裹仍未送达，也可以为您补发。您希望怎样处理？\n\n请直接回复此消息告诉我们您的选择。',
      customs:
        '非常抱歉，您的订单 {orderId}[[（{productName}）]] 被海关扣留。承运商或海关的通知会说明放行所需的材料，通常是缴纳进口关税或提供一份文件。\n\n如果这笔进口关税出乎您的意料，我们愿意承担其中一部分。如果您不想再收取这个包裹，我们也可以为您全额退款。您希望怎样处理？\n\n请直接回复此消息告诉我们您的选择。',
      'post-office':
        '非常抱歉，您的订单 {orderId}[[（{productName}）]] 给您带来了麻烦。根据物流信息，包裹正在您当地的邮局等待领取；承运商的通知上写明了领取地点和期限。\n\n如果您无法按时领取，我们可以为您重新安排配送或全额退款。您希望怎样处理？\n\n请直接回复此消息告诉我们您的选择。',
    },
  },
  de: {
    hello: 'Hallo[[ {buyerName}]],',
    bye: 'Mit freundlichen Grüßen\nIhr Kundenservice',
    kinds: {
      'not-received':
        'es tut uns sehr leid, dass Ihre Bestellung {orderId}[[ ({productName})]] noch nicht bei Ihnen angekommen ist. Wir haben die Sendungsverfolgung geprüft und den Versanddienstleister gebeten, nach dem Paket zu suchen.\n\nSie sollen nicht länger warten: Wir können Ihnen sofort Ersatz schicken oder den vollen Kaufpreis erstatten. Was ist Ihnen lieber?\n\nBitte antworten Sie einfach auf diese Nachricht.',
      late:
        'es tut uns sehr leid, dass die Lieferung Ihrer Bestellung {orderId}[[ ({productName})]] länger dauert als erwartet. Laut Sendungsverfolgung ist das Paket noch unterwegs zu Ihnen.\n\nWenn Sie nicht länger warten möchten, erstatten wir Ihnen den vollen Kaufpreis, oder wir schicken Ersatz, falls das Paket in den nächsten Tagen nicht ankommt. Was ist Ihnen lieber?\n\nBitte antworten Sie einfach auf diese Nachricht.',
      customs:
        'es tut uns sehr leid, dass Ihre Bestellung {orderId}[[ ({productName})]] beim Zoll festgehalten wird. Bitte entschuldigen Sie die Umstände. In der Benachrichtigung des Versanddienstleisters oder des Zollamts steht, was für die Freigabe nötig ist, meist die Einfuhrabgaben oder ein Dokument.\n\nWenn die Einfuhrabgaben für Sie unerwartet waren, übernehmen wir gerne einen Teil davon. Wenn Sie das Paket lieber nicht annehmen möchten, erstatten wir Ihnen stattdessen den vollen Kaufpreis. Was ist Ihnen lieber?\n\nBitte antworten Sie einfach auf diese Nachricht.',
      'post-office':
        'es tut uns sehr leid, dass es mit Ihrer Bestellung {orderId}[[ ({productName})]] Umstände gibt. Laut Sendungsverfolgung liegt das Paket in Ihrer Postfiliale zur Abholung bereit; auf der Benachrichtigung stehen Ort und Abholfrist.\n\nWenn Sie es nicht rechtzeitig abholen können, veranlassen wir eine neue Zustellung oder erstatten den vollen Kaufpreis. Was ist Ihnen lieber?\n\nBitte antworten Sie einfach auf diese Nachricht.',
    },
  },
  fr: {
    hello: 'Bonjour[[ {buyerName}]],',
    bye: 'Cordialement,\nLe service client',
    kinds: {
      'not-received':
        "Nous sommes sincèrement désolés que votre commande {orderId}[[ ({productName})]] ne vous soit pas encore parvenue. Nous avons vérifié le suivi et demandé au transporteur de rechercher le colis.\n\nNous ne voulons pas vous faire attendre davantage : nous pouvons vous envoyer un nouveau colis tout de suite ou vous rembourser intégralement. Que préférez-vous ?\n\nIl vous suffit de répondre à ce message.",
      late:
        "Nous sommes sincèrement désolés que la livraison de votre commande {orderId}[[ ({productName})]] prenne plus de temps que prévu. D'après le suivi, le colis est toujours en route.\n\nSi vous préférez ne pas attendre, nous pouvons vous rembourser intégralement, ou vous envoyer un nouveau colis s'il n'est pas arrivé d'ici quelques jours. Que préférez-vous ?\n\nIl vous suffit de répondre à ce message.",
      customs:
        "Nous sommes sincèrement désolés que votre commande {orderId}[[ ({productName})]] soit retenue en douane. L'avis du transporteur ou de la douane indique ce qui est nécessaire pour la libérer, en général les droits d'importation ou un document.\n\nSi ces droits d'importation étaient inattendus, nous prendrons volontiers une partie à notre charge. Si vous préférez ne pas recevoir le colis, nous pouvons vous rembourser intégralement. Que préférez-vous ?\n\nIl vous suffit de répondre à ce message.",
      'post-office':
        "Nous sommes sincèrement désolés pour le désagrément avec votre commande {orderId}[[ ({productName})]]. D'après le suivi, le colis vous attend à votre bureau de poste ; l'avis de passage indique le lieu et le délai de retrait.\n\nSi vous ne pouvez pas le retirer à temps, nous pouvons organiser une nouvelle livraison ou vous rembourser intégralement. Que préférez-vous ?\n\nIl vous suffit de répondre à ce message.",
    },
  },
  es: {
    hello: 'Hola[[ {buyerName}]]:',
    bye: 'Un cordial saludo,\nAtención al cliente',
    kinds: {
      'not-received':
        'Sentimos mucho que su pedido {orderId}[[ ({productName})]] todavía no le haya llegado. Hemos revisado el seguimiento y hemos pedido al transportista que busque el paquete.\n\nNo queremos que espere más: podemos enviarle uno nuevo ahora mismo o reembolsarle el importe completo. ¿Qué prefiere?\n\nBasta con que responda a este mensaje.',
      late:
        'Sentimos mucho que la entrega de su pedido {orderId}[[ ({productName})]] esté tardando más de lo previsto. Según el seguimiento, el paquete sigue en camino.\n\nSi prefiere no esperar, podemos reembolsarle el importe completo, o enviarle uno nuevo si el paquete no llega en unos días. ¿Qué prefiere?\n\nBasta con que responda a este mensaje.',
      customs:
        'Sentimos mucho que su pedido {orderId}[[ ({productName})]] esté retenido en la aduana. El aviso del transportista o de la aduana indica lo que se necesita para liberarlo, normalmente los derechos de importación o un documento.\n\nSi los derechos de importación no los esperaba, con gusto nos haremos cargo de una parte. Si prefiere no recibir el paquete, podemos reembolsarle el importe completo. ¿Qué prefiere?\n\nBasta con que responda a este mensaje.',
      'post-office':
        'Sentimos mucho las molestias con su pedido {orderId}[[ ({productName})]]. Según el seguimiento, el paquete le espera en su oficina de correos; el aviso del transportista indica dónde y hasta cuándo puede recogerlo.\n\nSi no puede recogerlo a tiempo, podemos organizar una nueva entrega o reembolsarle el importe completo. ¿Qué prefiere?\n\nBasta con que responda a este mensaje.',
    },
  },
  it: {
    hello: 'Buongiorno[[ {buyerName}]],',
    bye: 'Cordiali saluti,\nIl servizio clienti',
    kinds: {
      'not-received':
        "Ci dispiace molto che il suo ordine {orderId}[[ ({productName})]] non le sia ancora arrivato: ci scusiamo per il disagio. Abbiamo controllato il tracciamento e chiesto al corriere di cercare il pacco.\n\nNon vogliamo farla aspettare oltre: possiamo spedirle subito un nuovo pacco oppure rimborsarle l'intero importo. Che cosa preferisce?\n\nLe basta rispondere a questo messaggio.",
      late:
        "Ci dispiace molto che la consegna del suo ordine {orderId}[[ ({productName})]] stia richiedendo più tempo del previsto. Secondo il tracciamento, il pacco è ancora in viaggio.\n\nSe preferisce non aspettare, possiamo rimborsarle l'intero importo, oppure spedirle un nuovo pacco se non arriva entro pochi giorni. Che cosa preferisce?\n\nLe basta rispondere a questo messaggio.",
      customs:
        "Ci dispiace molto che il suo ordine {orderId}[[ ({productName})]] sia fermo in dogana: ci scusiamo per il disagio. L'avviso del corriere o della dogana indica che cosa serve per lo sdoganamento, di solito i dazi di importazione o un documento.\n\nSe i dazi di importazione non se li aspettava, ne copriremo volentieri una parte. Se preferisce non ricevere il pacco, possiamo invece rimborsarle l'intero importo. Che cosa preferisce?\n\nLe basta rispondere a questo messaggio.",
      'post-office':
        "Ci dispiace molto per il disagio con il suo ordine {orderId}[[ ({productName})]]. Secondo il tracciamento, il pacco la aspetta al suo ufficio postale; l'avviso del corriere indica dove e fino a quando può ritirarlo.\n\nSe non riesce a ritirarlo in tempo, possiamo organizzare una nuova consegna oppure rimborsarle l'intero importo. Che cosa preferisce?\n\nLe basta rispondere a questo messaggio.",
    },
  },
  ja: {
    hello: '[[{buyerName} 様||お客様]]',
    bye: 'カスタマーサービス',
    kinds: {
      'not-received':
        'ご注文 {orderId}[[（{productName}）]] がまだお手元に届いておらず、大変申し訳ございません。配送状況を確認し、配送業者に荷物の調査を依頼いたしました。\n\nこれ以上お待たせしないよう、すぐに再発送するか、全額返金にて対応いたします。どちらがよろしいでしょうか。\n\nこのメッセージにご返信ください。',
      late:
        'ご注文 {orderId}[[（{productName}）]] のお届けが予定より遅れており、大変申し訳ございません。配送状況を確認したところ、荷物はまだ輸送中です。\n\nお待ちいただくのが難しい場合は全額返金いたします。また、数日以内に届かない場合は再発送いたします。どちらがよろしいでしょうか。\n\nこのメッセージにご返信ください。',
      customs:
        'ご注文 {orderId}[[（{productName}）]] が税関で保留となっており、大変申し訳ございません。配送業者または税関からの通知に、通関に必要なもの（通常は輸入関税または書類）が記載されています。\n\n輸入関税が想定外でしたら、その一部を当店で負担いたします。荷物の受け取りを希望されない場合は、全額返金にて対応いたします。どちらがよろしいでしょうか。\n\nこのメッセージにご返信ください。',
      'post-office':
        'ご注文 {orderId}[[（{productName}）]] の件でご不便をおかけし、大変申し訳ございません。配送状況によると、荷物はお近くの郵便局で保管されています。不在票に受け取り場所と保管期限が記載されています。\n\n期限内の受け取りが難しい場合は、再配達の手配または全額返金にて対応いたします。どちらがよろしいでしょうか。\n\nこのメッセージにご返信ください。',
    },
  },
};

const TITLES: Record<Lang, Record<DisputeKind, string>> = {
  en: {
    'not-received': 'Not received — apologise, re-ship or refund',
    late: 'Late — tracking status, refund or re-ship',
    customs: 'Held at customs — what is needed; offer to share the duty',
    'post-office': 'At the post office — where to collect it',
  },
  zh: {
    'not-received': '未收到 — 道歉，补发或退款',
    late: '延误 — 物流状态，退款或补发',
    customs: '海关扣留 — 说明所需材料，可分担关税',
    'post-office': '在邮局待领 — 告知领取方式',
  },
};

function body(lang: TemplateLang, kind: DisputeKind): string {
  const f = FRAMES[lang];
  return `${f.hello}\n\n${f.kinds[kind]}\n\n${f.bye}`;
}

/** The dispute message for one sub-kind, in the buyer's language (with a gloss in the UI language). */
export function disputeTemplate(kind: DisputeKind, lang: TemplateLang, uiLang: Lang = 'en'): Template {
  const t: Template = { id: `dispute.${kind}.${lang}`, rootCause: 'logistics', stage: 'ask', lang, title: TITLES[uiLang][kind], body: body(lang, kind) };
  if (lang !== uiLang) t.gloss = body(uiLang, kind);
  return t;
}

/** Every dispute template shipped: 4 sub-kinds × 7 languages. */
export function allDisputeTemplates(uiLang: Lang = 'en'): Template[] {
  return DISPUTE_KINDS.flatMap((k) => TEMPLATE_LANGS.map((l) => disputeTemplate(k, l, uiLang)));
}

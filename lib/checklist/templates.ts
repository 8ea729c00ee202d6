// Compliant buyer-facing messages, per root cause, in seven languages.
//
// What every message does (policy.md §1 and §3, seeds 002 and 004):
// - apology first, then the order, then a question about the problem, then
//   concrete solutions (replacement, full refund, step-by-step help);
// - it NEVER mentions the review or the feedback, let alone asks to change,
//   remove or update it, and never ties a solution to one (review-incentive,
//   review-change-request): the solution stands on its own;
// - no links, email addresses, phone numbers, emoji, HTML, marketing words;
// - the real order id, filled in by renderTemplate (a literal placeholder
//   would itself be flagged as a missing order id);
// - plain text, at most one blank line between paragraphs, far below 2,000
//   characters.
// tests/unit/checklist/templates-lint.test.ts runs every template in every
// language through lintMessage and requires zero findings.
import type { RootCause } from '../reviews/types.ts';
import { ROOT_CAUSES } from '../reviews/types.ts';
import type { Lang } from '../i18n/lang.ts';
import type { Template, TemplateLang, TemplateStage, TemplateVars } from './types.ts';
import { TEMPLATE_LANGS, TEMPLATE_STAGES } from './types.ts';

/** The cause-specific sentences of one language. */
interface CauseText {
  /** Full apology sentence. */
  sorry: string;
  /** One or two sentences asking about the problem. */
  question: string;
  /** The concrete solutions. */
  options: string;
  /** What the seller has changed (used once the problem is solved). */
  fixed: string;
}

interface LangPack {
  ask(c: CauseText): string;
  followUp(c: CauseText): string;
  resolved(c: CauseText): string;
  causes: Record<RootCause, CauseText>;
}

const EN: LangPack = {
  ask: (c) =>
    `Hello[[ {buyerName}]],\n\n${c.sorry} We are writing about your order {orderId}[[ ({productName})]] and we want to solve this problem for you.\n\n${c.question}\n\n${c.options}\n\nPlease reply to this message and tell us which option you prefer.\n\nKind regards,\nCustomer Service`,
  followUp: (c) =>
    `Hello[[ {buyerName}]],\n\nWe are writing once more about the problem with your order {orderId}[[ ({productName})]]. ${c.sorry}\n\n${c.options}\n\nJust reply to this message with your choice and we will arrange it right away.\n\nKind regards,\nCustomer Service`,
  resolved: (c) =>
    `Hello[[ {buyerName}]],\n\nA short note about the problem with your order {orderId}[[ ({productName})]]: we have arranged the solution we agreed on. We apologise again for the trouble. ${c.fixed}\n\nIf anything else about this order is not right, reply to this message and we will help.\n\nKind regards,\nCustomer Service`,
  causes: {
    quality: {
      sorry: 'We are very sorry that the item did not work as it should.',
      question: 'Could you tell us a little more about what went wrong? A short description, or a photo attached to this message, helps us find the cause.',
      options: 'We can send you a replacement, give you a full refund, or help you troubleshoot the item step by step, whichever suits you best.',
      fixed: 'We have passed the details to our quality team so that this is checked before future shipments.',
    },
    'not-as-described': {
      sorry: 'We are very sorry that the item you received was not what the product page led you to expect.',
      question: 'Could you tell us which detail was different, for example the size, colour, material or a feature?',
      options: 'We can send you the correct version as a replacement, give you a full refund, or explain the differences so you can decide what works for you.',
      fixed: 'We are correcting the product page so that it describes the item accurately.',
    },
    logistics: {
      sorry: 'We are very sorry that your order did not arrive in good condition or on time.',
      question: 'Could you tell us what happened with the delivery, and whether anything is missing or broken?',
      options: 'We can send you a replacement or the missing part, or give you a full refund, whichever you prefer.',
      fixed: 'We are improving our packaging and checking every parcel more carefully before it leaves.',
    },
    usage: {
      sorry: 'We are very sorry that setting up or using the item has been difficult.',
      question: 'Could you tell us at which step it goes wrong and what you see at that point?',
      options: 'We can walk you through it step by step in this message thread, send you a clearer setup guide as an attachment, or arrange a replacement or a full refund if it still does not work for you.',
      fixed: 'We are rewriting the instructions that come with the item so that every step is clear.',
    },
    preference: {
      sorry: 'We are very sorry that the item is not what you were looking for.',
      question: 'Could you tell us what did not suit you?',
      options: 'We can help you return it for a full refund, or exchange it for another size or colour of the same item.',
      fixed: 'We are adding clearer details and photos to the product page.',
    },
    authenticity: {
      sorry: 'We are very sorry that the item gave you doubts about whether it is genuine.',
      question: 'Could you tell us what looked wrong, for example the packaging, labels or markings, and attach a photo if possible?',
      options: 'We source this item directly from the brand and can explain where it comes from. We can also send you a replacement or give you a full refund, whichever you prefer.',
      fixed: 'We have checked the batch with our supplier and added a stricter inspection of every delivery we receive.',
    },
    service: {
      sorry: 'We are very sorry that our service did not meet your expectations.',
      question: 'Could you tell us what went wrong, so that we can put it right?',
      options: 'We can answer any open question about the order here, arrange a replacement, or give you a full refund, whichever you prefer.',
      fixed: 'We have changed how we handle messages so that every question is answered within one business day.',
    },
  },
};

const ZH: LangPack = {
  ask: (c) =>
    `您好[[ {buyerName}]]：\n\n${c.sorry}我们就您的订单 {orderId}[[（{productName}）]] 与您联系，希望能妥善解决这个问题。\n\n${c.question}\n\n${c.options}\n\n请直接回复此消息，告诉我们您希望的处理方式。\n\n此致\n客服团队`,
  followUp: (c) =>
    `您好[[ {buyerName}]]：\n\n我们再次就您的订单 {orderId}[[（{productName}）]] 与您联系。${c.sorry}\n\n${c.options}\n\n请直接回复此消息告诉我们您的选择，我们会立即为您安排。\n\n此致\n客服团队`,
  resolved: (c) =>
    `您好[[ {buyerName}]]：\n\n关于您的订单 {orderId}[[（{productName}）]]：我们已经按照约定的方案为您处理。再次为给您带来的不便致歉。${c.fixed}\n\n如果这个订单还有任何问题，请回复此消息，我们会继续帮助您。\n\n此致\n客服团队`,
  causes: {
    quality: {
      sorry: '非常抱歉，您收到的商品未能正常使用。',
      question: '能否告诉我们具体出现了什么问题？简单的描述或在此消息中附上一张照片，可以帮助我们找到原因。',
      options: '我们可以为您补发一件新品、全额退款，或一步一步协助您排查问题，由您选择。',
      fixed: '我们已将情况告知质检团队，今后发货前会重点检查这一问题。',
    },
    'not-as-described': {
      sorry: '非常抱歉，您收到的商品与商品页面的描述不一致。',
      question: '能否告诉我们哪一处不同，例如尺寸、颜色、材质或功能？',
      options: '我们可以为您补发正确的款式、全额退款，或为您说明两者的区别，方便您决定。',
      fixed: '我们正在更正商品页面，使描述与实物完全一致。',
    },
    logistics: {
      sorry: '非常抱歉，您的订单未能完好、准时地送达。',
      question: '能否告诉我们配送中发生了什么，是否有缺件或损坏？',
      options: '我们可以为您补发商品或缺少的配件，或为您全额退款，由您选择。',
      fixed: '我们正在改进包装，并在每个包裹发出前更仔细地检查。',
    },
    usage: {
      sorry: '非常抱歉，安装或使用这件商品给您带来了困难。',
      question: '能否告诉我们在哪一步出现问题，以及当时看到的情况？',
      options: '我们可以在此消息中一步一步指导您，以附件形式发送更清楚的安装指南；如果仍无法使用，也可以为您补发或全额退款。',
      fixed: '我们正在重写随附的使用说明，让每一步都清楚易懂。',
    },
    preference: {
      sorry: '非常抱歉，这件商品不是您想要的。',
      question: '能否告诉我们哪里不合您的心意？',
      options: '我们可以协助您退货并全额退款，或为您换成同一商品的其他尺寸或颜色。',
      fixed: '我们正在商品页面补充更清楚的说明和图片。',
    },
    authenticity: {
      sorry: '非常抱歉，这件商品让您对其是否为正品产生了疑虑。',
      question: '能否告诉我们哪里看起来不对，例如包装、标签或标识？如方便，请附上一张照片。',
      options: '这件商品直接从品牌方采购，我们可以为您说明货源。我们也可以为您补发或全额退款，由您选择。',
      fixed: '我们已与供应商核查了这一批次，并对每批到货增加了更严格的检验。',
    },
    service: {
      sorry: '非常抱歉，我们的服务没有达到您的期望。',
      question: '能否告诉我们哪里做得不好，以便我们改正？',
      options: '我们可以在这里解答您关于订单的任何问题、为您补发，或为您全额退款，由您选择。',
      fixed: '我们已调整消息处理流程，确保每个问题在一个工作日内得到答复。',
    },
  },
};

const DE: LangPack = {
  ask: (c) =>
    `Hallo[[ {buyerName}]],\n\n${c.sorry} Wir schreiben Ihnen wegen Ihrer Bestellung {orderId}[[ ({productName})]] und möchten das gerne in Ordnung bringen.\n\n${c.question}\n\n${c.options}\n\nBitte antworten Sie einfach auf diese Nachricht und teilen Sie uns mit, welche Lösung Sie bevorzugen.\n\nMit freundlichen Grüßen\nIhr Kundenservice`,
  followUp: (c) =>
    `Hallo[[ {buyerName}]],\n\nwir melden uns noch einmal wegen Ihrer Bestellung {orderId}[[ ({productName})]]. ${c.sorry}\n\n${c.options}\n\nAntworten Sie einfach auf diese Nachricht, und wir kümmern uns sofort darum.\n\nMit freundlichen Grüßen\nIhr Kundenservice`,
  resolved: (c) =>
    `Hallo[[ {buyerName}]],\n\nkurz zu Ihrer Bestellung {orderId}[[ ({productName})]]: Wir haben die vereinbarte Lösung veranlasst. Bitte entschuldigen Sie noch einmal die Unannehmlichkeiten. ${c.fixed}\n\nWenn bei dieser Bestellung sonst noch etwas nicht stimmt, antworten Sie einfach auf diese Nachricht.\n\nMit freundlichen Grüßen\nIhr Kundenservice`,
  causes: {
    quality: {
      sorry: 'Es tut uns sehr leid, dass der Artikel nicht so funktioniert hat, wie er sollte.',
      question: 'Könnten Sie uns etwas genauer beschreiben, was nicht funktioniert? Eine kurze Beschreibung oder ein Foto im Anhang dieser Nachricht hilft uns, die Ursache zu finden.',
      options: 'Wir können Ihnen einen Ersatzartikel schicken, den vollen Kaufpreis erstatten oder Ihnen Schritt für Schritt bei der Fehlersuche helfen, ganz wie Sie möchten.',
      fixed: 'Wir haben die Details an unsere Qualitätskontrolle weitergegeben, damit dies vor künftigen Lieferungen geprüft wird.',
    },
    'not-as-described': {
      sorry: 'Es tut uns sehr leid, dass der Artikel nicht der Beschreibung auf der Produktseite entsprach.',
      question: 'Könnten Sie uns sagen, was anders war, zum Beispiel Größe, Farbe, Material oder eine Funktion?',
      options: 'Wir können Ihnen die richtige Ausführung als Ersatz schicken, den vollen Kaufpreis erstatten oder Ihnen die Unterschiede erklären, damit Sie entscheiden können.',
      fixed: 'Wir korrigieren die Produktseite, damit sie den Artikel genau beschreibt.',
    },
    logistics: {
      sorry: 'Es tut uns sehr leid, dass Ihre Bestellung nicht rechtzeitig oder nicht in einwandfreiem Zustand angekommen ist.',
      question: 'Könnten Sie uns sagen, was bei der Zustellung passiert ist und ob etwas fehlt oder beschädigt ist?',
      options: 'Wir können Ihnen Ersatz oder das fehlende Teil schicken oder den vollen Kaufpreis erstatten, ganz wie Sie möchten.',
      fixed: 'Wir verbessern unsere Verpackung und prüfen jedes Paket vor dem Versand sorgfältiger.',
    },
    usage: {
      sorry: 'Es tut uns sehr leid, dass die Einrichtung oder Verwendung des Artikels schwierig war.',
      question: 'Könnten Sie uns sagen, bei welchem Schritt es nicht weitergeht und was Sie dabei sehen?',
      options: 'Wir können Sie in dieser Nachricht Schritt für Schritt begleiten, Ihnen eine verständlichere Anleitung als Anhang schicken oder, falls es dann immer noch nicht klappt, Ersatz schicken oder den vollen Kaufpreis erstatten.',
      fixed: 'Wir überarbeiten die beiliegende Anleitung, damit jeder Schritt klar ist.',
    },
    preference: {
      sorry: 'Es tut uns sehr leid, dass der Artikel nicht Ihren Vorstellungen entspricht.',
      question: 'Könnten Sie uns sagen, was Ihnen nicht zugesagt hat?',
      options: 'Wir helfen Ihnen gerne bei der Rücksendung mit voller Erstattung oder beim Umtausch in eine andere Größe oder Farbe desselben Artikels.',
      fixed: 'Wir ergänzen die Produktseite um genauere Angaben und Fotos.',
    },
    authenticity: {
      sorry: 'Es tut uns sehr leid, dass der Artikel bei Ihnen Zweifel an seiner Echtheit geweckt hat.',
      question: 'Könnten Sie uns sagen, was Ihnen aufgefallen ist, zum Beispiel an Verpackung, Etiketten oder Kennzeichnungen, und wenn möglich ein Foto anhängen?',
      options: 'Wir beziehen diesen Artikel direkt vom Markenhersteller und können Ihnen die Herkunft erläutern. Wir können Ihnen auch Ersatz schicken oder den vollen Kaufpreis erstatten, ganz wie Sie möchten.',
      fixed: 'Wir haben die Charge mit unserem Lieferanten geprüft und kontrollieren jede eingehende Lieferung strenger.',
    },
    service: {
      sorry: 'Es tut uns sehr leid, dass unser Service nicht Ihren Erwartungen entsprochen hat.',
      question: 'Könnten Sie uns sagen, was schiefgelaufen ist, damit wir es in Ordnung bringen können?',
      options: 'Wir können hier alle offenen Fragen zur Bestellung beantworten, Ersatz schicken oder den vollen Kaufpreis erstatten, ganz wie Sie möchten.',
      fixed: 'Wir haben unsere Abläufe so geändert, dass jede Nachricht innerhalb eines Werktags beantwortet wird.',
    },
  },
};

const FR: LangPack = {
  ask: (c) =>
    `Bonjour[[ {buyerName}]],\n\n${c.sorry} Nous vous écrivons au sujet de votre commande {orderId}[[ ({productName})]] et nous souhaitons régler ce problème.\n\n${c.question}\n\n${c.options}\n\nIl vous suffit de répondre à ce message pour nous indiquer la solution que vous préférez.\n\nCordialement,\nLe service client`,
  followUp: (c) =>
    `Bonjour[[ {buyerName}]],\n\nNous revenons vers vous au sujet de votre commande {orderId}[[ ({productName})]]. ${c.sorry}\n\n${c.options}\n\nRépondez simplement à ce message avec votre choix et nous nous en occupons aussitôt.\n\nCordialement,\nLe service client`,
  resolved: (c) =>
    `Bonjour[[ {buyerName}]],\n\nUn mot au sujet de votre commande {orderId}[[ ({productName})]] : nous avons mis en place la solution convenue (remplacement, retour ou remboursement). Nous vous prions encore de nous excuser pour ce désagrément. ${c.fixed}\n\nSi autre chose ne va pas avec cette commande, répondez simplement à ce message et nous vous aiderons.\n\nCordialement,\nLe service client`,
  causes: {
    quality: {
      sorry: "Nous sommes sincèrement désolés que l'article n'ait pas fonctionné correctement.",
      question: "Pourriez-vous nous en dire un peu plus sur le problème ? Une courte description, ou une photo jointe à ce message, nous aidera à en trouver la cause.",
      options: "Nous pouvons vous envoyer un article de remplacement, vous rembourser intégralement ou vous aider pas à pas à résoudre le problème, comme vous le souhaitez.",
      fixed: 'Nous avons transmis ces informations à notre équipe qualité afin que ce point soit contrôlé avant les prochaines expéditions.',
    },
    'not-as-described': {
      sorry: "Nous sommes sincèrement désolés que l'article reçu ne corresponde pas à la description de la page produit.",
      question: 'Pourriez-vous nous indiquer ce qui était différent, par exemple la taille, la couleur, la matière ou une fonction ?',
      options: 'Nous pouvons vous envoyer la bonne version en remplacement, vous rembourser intégralement ou vous expliquer les différences pour vous aider à décider.',
      fixed: "Nous corrigeons la page produit pour qu'elle décrive l'article avec exactitude.",
    },
    logistics: {
      sorry: "Nous sommes sincèrement désolés que votre commande ne soit pas arrivée à temps ou en bon état.",
      question: "Pourriez-vous nous dire ce qui s'est passé lors de la livraison, et s'il manque ou s'il y a quelque chose de cassé ?",
      options: 'Nous pouvons vous envoyer un remplacement ou la pièce manquante, ou vous rembourser intégralement, comme vous le souhaitez.',
      fixed: 'Nous améliorons notre emballage et vérifions chaque colis avec plus de soin avant son départ.',
    },
    usage: {
      sorry: "Nous sommes sincèrement désolés que l'installation ou l'utilisation de l'article ait été difficile.",
      question: "Pourriez-vous nous dire à quelle étape cela bloque et ce que vous voyez à ce moment-là ?",
      options: "Nous pouvons vous guider pas à pas dans ce fil de messages, vous envoyer un guide d'installation plus clair en pièce jointe ou, si cela ne fonctionne toujours pas, organiser un remplacement ou un remboursement intégral.",
      fixed: "Nous réécrivons la notice fournie avec l'article pour que chaque étape soit claire.",
    },
    preference: {
      sorry: "Nous sommes sincèrement désolés que l'article ne corresponde pas à ce que vous cherchiez.",
      question: "Pourriez-vous nous dire ce qui ne vous convenait pas ?",
      options: "Nous pouvons organiser le retour avec un remboursement intégral, ou un échange contre une autre taille ou une autre couleur du même article.",
      fixed: 'Nous ajoutons des informations et des photos plus précises sur la page produit.',
    },
    authenticity: {
      sorry: "Nous sommes sincèrement désolés que l'article vous ait fait douter de son authenticité.",
      question: "Pourriez-vous nous dire ce qui vous a semblé anormal, par exemple l'emballage, les étiquettes ou les marquages, et joindre une photo si possible ?",
      options: "Nous achetons cet article directement auprès de la marque et pouvons vous expliquer sa provenance. Nous pouvons aussi vous envoyer un remplacement ou vous rembourser intégralement, comme vous le souhaitez.",
      fixed: 'Nous avons vérifié ce lot avec notre fournisseur et renforcé le contrôle de chaque livraison reçue.',
    },
    service: {
      sorry: "Nous sommes sincèrement désolés que notre service n'ait pas été à la hauteur de vos attentes.",
      question: "Pourriez-vous nous dire ce qui n'a pas été, afin que nous puissions y remédier ?",
      options: 'Nous pouvons répondre ici à toute question sur la commande, organiser un remplacement ou vous rembourser intégralement, comme vous le souhaitez.',
      fixed: 'Nous avons revu notre organisation pour répondre à chaque message sous un jour ouvré.',
    },
  },
};

const ES: LangPack = {
  ask: (c) =>
    `Hola[[ {buyerName}]]:\n\n${c.sorry} Le escribimos en relación con su pedido {orderId}[[ ({productName})]] y queremos solucionar el problema.\n\n${c.question}\n\n${c.options}\n\nResponda a este mensaje y díganos qué opción prefiere.\n\nAtentamente,\nAtención al cliente`,
  followUp: (c) =>
    `Hola[[ {buyerName}]]:\n\nLe escribimos de nuevo en relación con el problema de su pedido {orderId}[[ ({productName})]]. ${c.sorry}\n\n${c.options}\n\nBasta con responder a este mensaje con su elección y lo organizaremos enseguida.\n\nAtentamente,\nAtención al cliente`,
  resolved: (c) =>
    `Hola[[ {buyerName}]]:\n\nUna breve nota sobre el problema de su pedido {orderId}[[ ({productName})]]: hemos gestionado la solución acordada. Le pedimos disculpas de nuevo por las molestias. ${c.fixed}\n\nSi hay algo más de este pedido que no esté bien, responda a este mensaje y le ayudaremos.\n\nAtentamente,\nAtención al cliente`,
  causes: {
    quality: {
      sorry: 'Sentimos mucho que el artículo no haya funcionado como debería.',
      question: '¿Podría contarnos un poco más sobre lo que falló? Una breve descripción, o una foto adjunta a este mensaje, nos ayuda a encontrar la causa.',
      options: 'Podemos enviarle un artículo de reemplazo, hacerle un reembolso completo o ayudarle paso a paso a resolver el problema, como usted prefiera.',
      fixed: 'Hemos trasladado los detalles a nuestro equipo de calidad para que se controle antes de los próximos envíos.',
    },
    'not-as-described': {
      sorry: 'Sentimos mucho que el artículo recibido no se correspondiera con la descripción de la página del producto.',
      question: '¿Podría indicarnos qué era diferente, por ejemplo la talla, el color, el material o alguna función?',
      options: 'Podemos enviarle la versión correcta como reemplazo, hacerle un reembolso completo o explicarle las diferencias para que pueda decidir.',
      fixed: 'Estamos corrigiendo la página del producto para que describa el artículo con exactitud.',
    },
    logistics: {
      sorry: 'Sentimos mucho que su pedido no llegara a tiempo o en buen estado.',
      question: '¿Podría contarnos qué ocurrió con la entrega y si falta algo o llegó algo roto?',
      options: 'Podemos enviarle un reemplazo o la pieza que falta, o hacerle un reembolso completo, como usted prefiera.',
      fixed: 'Estamos mejorando nuestro embalaje y revisando cada paquete con más cuidado antes del envío.',
    },
    usage: {
      sorry: 'Sentimos mucho que la instalación o el uso del artículo le haya resultado difícil.',
      question: '¿Podría decirnos en qué paso se queda bloqueado y qué ve en ese momento?',
      options: 'Podemos guiarle paso a paso en esta conversación, enviarle una guía de instalación más clara como archivo adjunto o, si aun así no funciona, gestionar un reemplazo o un reembolso completo.',
      fixed: 'Estamos reescribiendo las instrucciones que acompañan al artículo para que cada paso quede claro.',
    },
    preference: {
      sorry: 'Sentimos mucho que el artículo no sea lo que buscaba.',
      question: '¿Podría contarnos qué no le convenció?',
      options: 'Podemos ayudarle a devolverlo con un reembolso completo o a cambiarlo por otra talla u otro color del mismo artículo.',
      fixed: 'Estamos añadiendo información y fotos más claras a la página del producto.',
    },
    authenticity: {
      sorry: 'Sentimos mucho que el artículo le haya hecho dudar de su autenticidad.',
      question: '¿Podría decirnos qué le pareció extraño, por ejemplo el embalaje, las etiquetas o las marcas, y adjuntar una foto si es posible?',
      options: 'Compramos este artículo directamente a la marca y podemos explicarle su procedencia. También podemos enviarle un reemplazo o hacerle un reembolso completo, como usted prefiera.',
      fixed: 'Hemos revisado el lote con nuestro proveedor y reforzado el control de cada entrega que recibimos.',
    },
    service: {
      sorry: 'Sentimos mucho que nuestro servicio no estuviera a la altura de sus expectativas.',
      question: '¿Podría contarnos qué salió mal para que podamos solucionarlo?',
      options: 'Podemos resolver aquí cualquier duda sobre el pedido, gestionar un reemplazo o hacerle un reembolso completo, como usted prefiera.',
      fixed: 'Hemos cambiado nuestra forma de trabajar para responder cada mensaje en un día laborable.',
    },
  },
};

const IT: LangPack = {
  ask: (c) =>
    `Buongiorno[[ {buyerName}]],\n\n${c.sorry} Le scriviamo in merito al suo ordine {orderId}[[ ({productName})]] e vogliamo risolvere il problema.\n\n${c.question}\n\n${c.options}\n\nRisponda pure a questo messaggio indicandoci la soluzione che preferisce.\n\nCordiali saluti,\nServizio clienti`,
  followUp: (c) =>
    `Buongiorno[[ {buyerName}]],\n\nle scriviamo di nuovo in merito al suo ordine {orderId}[[ ({productName})]]. ${c.sorry}\n\n${c.options}\n\nBasta rispondere a questo messaggio con la sua scelta e provvederemo subito.\n\nCordiali saluti,\nServizio clienti`,
  resolved: (c) =>
    `Buongiorno[[ {buyerName}]],\n\nun breve aggiornamento sul suo ordine {orderId}[[ ({productName})]]: abbiamo predisposto la soluzione concordata. Ci scusiamo ancora per il disagio. ${c.fixed}\n\nSe qualcos'altro di questo ordine non va, risponda a questo messaggio e la aiuteremo.\n\nCordiali saluti,\nServizio clienti`,
  causes: {
    quality: {
      sorry: "Ci dispiace molto che l'articolo non abbia funzionato come dovrebbe.",
      question: "Potrebbe dirci qualcosa in più su cosa non ha funzionato? Una breve descrizione, o una foto allegata a questo messaggio, ci aiuta a trovarne la causa.",
      options: "Possiamo inviarle un articolo sostitutivo, rimborsarla completamente o aiutarla passo dopo passo a risolvere il problema, come preferisce.",
      fixed: 'Abbiamo inoltrato i dettagli al nostro controllo qualità perché venga verificato prima delle prossime spedizioni.',
    },
    'not-as-described': {
      sorry: "Ci dispiace molto che l'articolo ricevuto non corrispondesse alla descrizione della pagina prodotto.",
      question: 'Potrebbe indicarci cosa era diverso, ad esempio la taglia, il colore, il materiale o una funzione?',
      options: 'Possiamo inviarle la versione corretta in sostituzione, rimborsarla completamente o spiegarle le differenze per aiutarla a decidere.',
      fixed: "Stiamo correggendo la pagina prodotto affinché descriva l'articolo con precisione.",
    },
    logistics: {
      sorry: 'Ci dispiace molto che il suo ordine non sia arrivato in tempo o in buone condizioni.',
      question: "Potrebbe dirci cosa è successo durante la consegna e se manca qualcosa o se qualcosa è rotto?",
      options: 'Possiamo inviarle una sostituzione o il pezzo mancante, oppure rimborsarla completamente, come preferisce.',
      fixed: 'Stiamo migliorando il nostro imballaggio e controlliamo ogni pacco con più cura prima della spedizione.',
    },
    usage: {
      sorry: "Ci dispiace molto che l'installazione o l'uso dell'articolo sia stato difficile.",
      question: 'Potrebbe dirci a quale passaggio si blocca e cosa vede in quel momento?',
      options: "Possiamo guidarla passo dopo passo in questa conversazione, inviarle una guida all'installazione più chiara come allegato oppure, se non funziona ancora, organizzare una sostituzione o un rimborso completo.",
      fixed: "Stiamo riscrivendo le istruzioni fornite con l'articolo perché ogni passaggio sia chiaro.",
    },
    preference: {
      sorry: "Ci dispiace molto che l'articolo non sia quello che cercava.",
      question: 'Potrebbe dirci cosa non la convinceva?',
      options: "Possiamo aiutarla a restituirlo con un rimborso completo, oppure a cambiarlo con un'altra taglia o un altro colore dello stesso articolo.",
      fixed: 'Stiamo aggiungendo informazioni e foto più chiare alla pagina prodotto.',
    },
    authenticity: {
      sorry: "Ci dispiace molto che l'articolo le abbia fatto dubitare della sua autenticità.",
      question: "Potrebbe dirci cosa le è sembrato strano, ad esempio l'imballaggio, le etichette o i marchi, e allegare una foto se possibile?",
      options: "Acquistiamo questo articolo direttamente dal marchio e possiamo spiegarle la sua provenienza. Possiamo anche inviarle una sostituzione o rimborsarla completamente, come preferisce.",
      fixed: 'Abbiamo verificato il lotto con il nostro fornitore e rafforzato il controllo di ogni consegna che riceviamo.',
    },
    service: {
      sorry: "Ci dispiace molto che il nostro servizio non sia stato all'altezza delle sue aspettative.",
      question: "Potrebbe dirci cosa non è andato, così da poter rimediare?",
      options: "Possiamo rispondere qui a qualsiasi domanda sull'ordine, organizzare una sostituzione o rimborsarla completamente, come preferisce.",
      fixed: 'Abbiamo cambiato la nostra organizzazione per rispondere a ogni messaggio entro un giorno lavorativo.',
    },
  },
};

const JA: LangPack = {
  ask: (c) =>
    `[[{buyerName} 様||お客様]]\n\n${c.sorry}ご注文 {orderId}[[（{productName}）]]について、問題を解決させていただきたくご連絡いたしました。\n\n${c.question}\n\n${c.options}\n\nご希望の対応をこのメッセージへのご返信でお知らせください。\n\nよろしくお願いいたします。\nカスタマーサービス`,
  followUp: (c) =>
    `[[{buyerName} 様||お客様]]\n\nご注文 {orderId}[[（{productName}）]]の問題について、改めてご連絡いたしました。${c.sorry}\n\n${c.options}\n\nご希望をこのメッセージへのご返信でお知らせいただければ、すぐに手配いたします。\n\nよろしくお願いいたします。\nカスタマーサービス`,
  resolved: (c) =>
    `[[{buyerName} 様||お客様]]\n\nご注文 {orderId}[[（{productName}）]]の問題について、お約束した対応を手配いたしました。このたびはご迷惑をおかけし、改めてお詫び申し上げます。${c.fixed}\n\nこのご注文について他にも問題がございましたら、このメッセージにご返信ください。\n\nよろしくお願いいたします。\nカスタマーサービス`,
  causes: {
    quality: {
      sorry: 'この度は、商品が正常に動作せず、大変申し訳ございません。',
      question: 'どのような不具合が起きているか、詳しくお聞かせいただけますでしょうか。簡単なご説明や、このメッセージに添付いただいた写真が原因の特定に役立ちます。',
      options: '交換品の発送、全額返金、または一つずつ確認しながらの不具合解消のお手伝いのいずれかで対応いたします。',
      fixed: '詳細を品質管理チームに共有し、今後の出荷前に確認するようにいたしました。',
    },
    'not-as-described': {
      sorry: 'この度は、お届けした商品が商品ページの説明と異なっており、大変申し訳ございません。',
      question: 'サイズ、色、素材、機能など、どの点が異なっていたかお知らせいただけますでしょうか。',
      options: '正しい仕様の商品との交換、全額返金、または違いのご説明のいずれかで対応いたします。',
      fixed: '商品ページを修正し、商品を正確に説明するようにいたします。',
    },
    logistics: {
      sorry: 'この度は、ご注文の商品が予定どおり、または良い状態で届かず、大変申し訳ございません。',
      question: '配送時に何があったか、また欠品や破損があるかお知らせいただけますでしょうか。',
      options: '交換品または不足している部品の発送、または全額返金のいずれかで対応いたします。',
      fixed: '梱包を改善し、出荷前にすべての荷物をより丁寧に確認いたします。',
    },
    usage: {
      sorry: 'この度は、商品の設定やご使用でご不便をおかけし、大変申し訳ございません。',
      question: 'どの手順でつまずいているか、その時にどのような表示や状態になっているかお知らせいただけますでしょうか。',
      options: 'このメッセージで一つずつご案内することや、より分かりやすい設定ガイドを添付でお送りすることができます。交換または全額返金でも対応いたします。',
      fixed: '同梱の取扱説明書を書き直し、すべての手順を分かりやすくいたします。',
    },
    preference: {
      sorry: 'この度は、商品がご期待に沿うものでなく、大変申し訳ございません。',
      question: 'どの点がお気に召さなかったか、お聞かせいただけますでしょうか。',
      options: '全額返金での返品、または同じ商品の別のサイズや色への交換をお手伝いいたします。',
      fixed: '商品ページに、より分かりやすい説明と写真を追加いたします。',
    },
    authenticity: {
      sorry: 'この度は、商品が正規品かどうかご不安をおかけし、大変申し訳ございません。',
      question: 'パッケージ、ラベル、表示など、どの点が気になったかお知らせいただけますでしょうか。可能であれば写真を添付してください。',
      options: '本商品はブランドから直接仕入れており、仕入れ元についてご説明できます。交換品の発送または全額返金でも対応いたします。',
      fixed: '仕入先とこのロットを確認し、入荷ごとの検品を強化いたしました。',
    },
    service: {
      sorry: 'この度は、私どもの対応がご期待に沿えず、大変申し訳ございません。',
      question: '改善のため、どの点に問題があったかお聞かせいただけますでしょうか。',
      options: 'ご注文に関するご質問へのご回答、交換品の手配、または全額返金のいずれかで対応いたします。',
      fixed: 'すべてのメッセージに一営業日以内にお返事するよう、対応体制を見直しました。',
    },
  },
};

const PACKS: Record<TemplateLang, LangPack> = { en: EN, zh: ZH, de: DE, fr: FR, es: ES, it: IT, ja: JA };

const STAGE_TITLES: Record<Lang, Record<TemplateStage, string>> = {
  en: {
    ask: '1st message — apologise and ask about the problem',
    'follow-up': '2nd message — if there is no answer: the solutions again',
    resolved: '3rd message — once solved: confirm and say what you fixed',
  },
  zh: {
    ask: '第 1 封 — 道歉并询问具体问题',
    'follow-up': '第 2 封 — 未收到回复时：再次给出解决方案',
    resolved: '第 3 封 — 问题解决后：确认并说明已做的改进',
  },
};

function body(lang: TemplateLang, cause: RootCause, stage: TemplateStage): string {
  const pack = PACKS[lang];
  const c = pack.causes[cause];
  return stage === 'ask' ? pack.ask(c) : stage === 'follow-up' ? pack.followUp(c) : pack.resolved(c);
}

/**
 * One template. `uiLang` sets the title's language and adds a `gloss` (the
 * same message in the UI language) when the template is in another language.
 */
export function getTemplate(cause: RootCause, stage: TemplateStage, lang: TemplateLang, uiLang: Lang = 'en'): Template {
  const t: Template = {
    id: `${cause}.${stage}.${lang}`,
    rootCause: cause,
    stage,
    lang,
    title: STAGE_TITLES[uiLang][stage],
    body: body(lang, cause, stage),
  };
  if (lang !== uiLang) t.gloss = body(uiLang, cause, stage);
  return t;
}

/** The 2–3 message sequence for one root cause in one language. */
export function templatesFor(cause: RootCause, lang: TemplateLang, uiLang: Lang = 'en'): Template[] {
  return TEMPLATE_STAGES.map((s) => getTemplate(cause, s, lang, uiLang));
}

/** Every template shipped: 7 root causes × 3 stages × 7 languages. */
export function allTemplates(uiLang: Lang = 'en'): Template[] {
  return ROOT_CAUSES.flatMap((c) => TEMPLATE_LANGS.flatMap((l) => templatesFor(c, l, uiLang)));
}

const GAP = '\u0000';
const SLOT = /\{(orderId|buyerName|productName)\}/g;

function clean(v: string | undefined): string | undefined {
  if (v === undefined) return undefined;
  // A slot value is page text: keep it on one line, plain, and short.
  const s = v
    .replace(/[\u0000-\u001f\u007f<>]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 120);
  return s === '' ? undefined : s;
}

/**
 * Fills a template's slots. An optional segment `[[ … ]]` is kept only when
 * every slot inside it is known; `[[a||b]]` falls back to `b`. A slot outside
 * any segment that is unknown (only `{orderId}` in the shipped templates) is
 * removed, leaving the message without an order id, which the linter then
 * reports as `missing-order-id` so the seller notices. Values are cleaned:
 * one line, no control characters or angle brackets, at most 120 characters.
 */
export function renderTemplate(template: Pick<Template, 'body'> | string, vars: TemplateVars = {}): string {
  const values: Record<string, string | undefined> = {
    orderId: clean(vars.orderId),
    buyerName: clean(vars.buyerName),
    productName: clean(vars.productName),
  };
  const src = typeof template === 'string' ? template : template.body;
  // An unknown slot becomes a marker, removed below with the space before it.
  const fill = (s: string) => s.replace(SLOT, (_, k: string) => values[k] ?? GAP);
  const known = (s: string) => [...s.matchAll(SLOT)].every((m) => values[m[1]!] !== undefined);
  const withSegments = src.replace(/\[\[([\s\S]*?)\]\]/g, (_, inner: string) => {
    const [main = '', alt = ''] = inner.split('||');
    if (known(main)) return fill(main);
    return known(alt) ? fill(alt) : '';
  });
  return fill(withSegments).replace(/ ?\u0000/g, '');
}

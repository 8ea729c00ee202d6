// Every selector ReviewGuard uses on Seller Central, in one place (as
// refined-github keeps them), each tested against the fixtures in
// tests/dom/selectors.test.ts. Stable hooks only — ids, data-testid,
// data-action, Katal tag names and attributes — never hashed css-xxxx classes.
export const SEL = {
  reviews: {
    /** A review card: data-testid="review-<REVIEW ID>". */
    card: 'div[data-testid^="review-"]',
    cardIdPattern: /^review-([A-Z0-9]{6,20})$/,
    /** This review's own rating — not the product average inside .asinDetail. */
    rating: 'kat-star-rating.reviewRating',
    asinDetail: '.asinDetail',
    title: (id: string) => `[id="${id}-title"]`,
    body: (id: string) => `[id="review-content-${id}"]`,
  },
  feedback: {
    row: 'kat-table-row',
    cell: 'kat-table-cell',
    headerRow: 'kat-table-row.fb-detail-table-header',
    table: 'kat-table',
    /** Cell classes the evidence shows; columns are still confirmed by content (feedback-columns.ts). */
    cellClasses: [
      ['col_order_date', 'date'],
      ['col_feedback_rating', 'rating'],
      ['col_order_id', 'orderId'],
      ['col_actions', 'actions'],
    ] as ReadonlyArray<readonly [string, 'date' | 'rating' | 'orderId' | 'actions']>,
    rating: 'kat-star-rating[value]',
    orderLink: 'kat-link[label]',
    actions: 'kat-dropdown-button',
    /** Inside the actions dropdown's shadow root, only where Amazon offers removal (and maybe only while open). */
    requestRemoval: 'button[data-action="request_removal"]',
    /** "Fulfilled by Amazon" / "by seller" in the row (a GUESS: not evidenced where the page says it). */
    fulfilledByAmazonText: /fulfilled by amazon|versand durch amazon|expédié par amazon|gestionado por amazon|spedito da amazon|亚马逊配送|由亚马逊配送|amazon から発送|amazon配送/i,
    fulfilledBySellerText: /fulfilled by (the )?(seller|merchant)|versand durch (den )?verkäufer|expédié par le vendeur|gestionado por el vendedor|spedito dal venditore|卖家自配送|卖家配送|出品者から発送/i,
    /** Menu items of the dropdown, when rendered. */
    menuItem: 'button[data-action], [role="menuitem"]',
  },
  compose: {
    send: 'kat-button.ayb-contact-form-send-button',
    /** The buyer-language label: a kat-label inside a kat-tooltip (its text content; a `text` attribute is not evidenced). */
    languageLabel: 'kat-tooltip kat-label, kat-label[text]',
    /** Contact reasons: kat-radiobutton with an <input type=radio> in its light DOM (or a plain radio on older pages). */
    reasonRadio: 'kat-radiobutton, input[type="radio"][name*="reason" i]',
    fileInput: 'input[type="file"]',
    success: 'kat-alert[variant="success"]',
    /** Amazon's confirm step ("Review message") for buyers of another language: its Send is not the page's. */
    modal: 'kat-modal, [role="dialog"]',
  },
  requestReview: {
    /** The Request a Review widget, at /messaging/reviews or loaded in place on the order page. */
    widget: '#ayb-reviews',
    buttons: '.ayb-reviews-button-container',
    button: 'kat-button, button',
    /** "Yes" in the UI languages; never matches "No" (是 / はい / Ja / Oui / Sí / Sì / Tak / Evet / Sim / Ja / نعم). */
    yesLabel: /^(yes|是|是的|确定|はい|ja|oui|s[ií]|sì|tak|evet|sim|نعم)$/i,
    success: 'kat-alert[variant="success"]',
    error: '.ayb-request-review-error-description',
    alreadyRequested: /already|已请求|已經|bereits|déjà|ya (has|se)|già|既に|zaten|já/i,
  },
  /** Send controls of any compose box: Katal buttons or plain submit buttons. */
  sendControl: 'kat-button, button, input[type="submit"]',
  sendLabel: /^\s*(send|send message|reply|发送|發送|回复|senden|antworten|envoyer|répondre|enviar|responder|invia|rispondi|送信|返信|verzenden|skicka|wyślij|gönder)\s*$/i,
} as const;

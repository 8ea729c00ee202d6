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
    headerRow: 'kat-table-row.fb-detail-table-header',
    date: 'kat-table-cell.col_order_date',
    rating: 'kat-table-cell.col_feedback_rating kat-star-rating',
    orderId: 'kat-table-cell.col_order_id kat-link',
    actions: 'kat-table-cell.col_actions kat-dropdown-button',
    /** Inside the actions dropdown's shadow root, only where Amazon offers removal. */
    requestRemoval: 'button[data-action="request_removal"]',
    /** Struck-through comment (Amazon took responsibility for an FBA order). */
    struck: 's, del, strike',
    /** Fulfillment hint on the row (data-fulfillment="AFN" | "MFN"). GUESS: not evidenced. */
    fulfillment: '[data-fulfillment]',
    fulfilledByAmazonText: /fulfilled by amazon|versand durch amazon|expédié par amazon|gestionado por amazon|spedito da amazon|亚马逊配送|由亚马逊配送|amazon から発送/i,
    /** The comment cell has no class: it is the cell that is none of these. */
    classedCells: ['col_order_date', 'col_feedback_rating', 'col_order_id', 'col_actions'],
  },
  compose: {
    send: 'kat-button.ayb-contact-form-send-button',
    languageLabel: 'kat-tooltip kat-label[text], kat-label[text]',
    success: 'kat-alert[variant="success"]',
    /** Amazon's confirm step ("Review message") for buyers of another language: its Send is not the page's. */
    modal: 'kat-modal, [role="dialog"]',
  },
  requestReview: {
    yesButton: '.ayb-reviews-button-container kat-button',
    error: '.ayb-request-review-error-description',
  },
  /** Send controls of any compose box: Katal buttons or plain submit buttons. */
  sendControl: 'kat-button, button, input[type="submit"]',
  sendLabel: /^\s*(send|send message|reply|发送|發送|回复|senden|antworten|envoyer|répondre|enviar|responder|invia|rispondi|送信|返信|verzenden|skicka|wyślij|gönder)\s*$/i,
} as const;

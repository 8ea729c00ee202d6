// Feedback Manager columns, mapped from evidence rather than position: the
// header row's labels (in the UI languages Seller Central ships) and each
// cell's content (a date, a star rating, an order id, an e-mail address, the
// actions menu). The comment cell's place varies (3rd or 4th), older tables
// add a "Rater email" column, and cells may carry classes we do not know — so
// "the cell without a known class" is never the comment.
import { ORDER_ID_RE } from './compose-context.ts';
import { parseLooseDate } from './dates.ts';
import { SEL } from './selectors.ts';

export type Column = 'date' | 'rating' | 'comment' | 'orderId' | 'email' | 'actions' | 'other';

/** Header labels per column, in the UI languages (most specific first: "Order ID" before "Order date"). */
const LABELS: ReadonlyArray<[Column, RegExp]> = [
  ['email', /e-?mail|メール|邮箱|邮件|電子郵件|correo|courriel|posta elettronica/i],
  ['orderId', /order[\s-]*(id|number|#)|bestell(nummer|-?nr|-?id)|(n[°º.]?|numéro|id)\s*(de\s*)?commande|(n[°º.]?|número|id)\s*(del?\s*)?pedido|(numero|id)\s*(dell['’]\s*)?ordine|注文番号|注文id|订单编号|订单号|訂單編號/i],
  ['date', /date|datum|fecha|data|日付|日期|注文日|评价日期/i],
  ['rating', /rating|bewertung|évaluation|note|valoraci[oó]n|calificaci[oó]n|valutazione|評価|评级|评分|評分|星级/i],
  ['comment', /comment|kommentar|commentaire|comentario|commento|コメント|评论|評論|留言/i],
  ['actions', /action|aktion|acci[oó]n|azion|アクション|操作/i],
];

export function columnOfLabel(label: string): Column {
  const t = label.replace(/\s+/g, ' ').trim();
  if (!t) return 'other';
  for (const [col, re] of LABELS) if (re.test(t)) return col;
  return 'other';
}

const EMAIL_ONLY = /^\s*[^\s@]+@[^\s@]+\.[a-z]{2,}\s*$/i;

/** What a data cell holds, judged from its content and evidenced classes only. */
export function columnOfCell(cell: Element, opts: { dayFirst?: boolean } = {}): Column | null {
  if (cell.querySelector('kat-star-rating[value]')) return 'rating';
  if (cell.querySelector('kat-dropdown-button, kat-dropdown')) return 'actions';
  const link = cell.querySelector('kat-link[label]');
  const text = (cell.textContent ?? '').replace(/\s+/g, ' ').trim();
  // An order id: a link labelled with one, or a cell that holds nothing else
  // (a comment that mentions its order is still a comment).
  if ((link && ORDER_ID_RE.test(link.getAttribute('label') ?? '')) || (ORDER_ID_RE.test(text) && text.replace(ORDER_ID_RE, '').replace(/[^\p{L}\p{N}]/gu, '') === '')) {
    return 'orderId';
  }
  if (EMAIL_ONLY.test(text)) return 'email';
  if (text.length <= 40 && parseLooseDate(text, opts) && !/[.!?]\s+\p{L}/u.test(text)) return 'date';
  for (const [cls, col] of SEL.feedback.cellClasses) if (cell.classList.contains(cls)) return col;
  return null;
}

const cellsOf = (row: Element) => [...row.children].filter((c) => c.matches(SEL.feedback.cell));

/** The header row's columns, or null when the table shows no labelled header. */
export function headerColumns(header: Element | null): Column[] | null {
  if (!header) return null;
  const cols = cellsOf(header).map((c) => columnOfLabel(c.textContent ?? ''));
  return cols.includes('comment') ? cols : null;
}

/**
 * The role of each cell of a data row. Content decides where it is
 * unambiguous (a rating, an order id, an e-mail, the menu, a date); the header
 * names the rest. Without a header, the comment is the one cell left with
 * free text — and when two such cells remain, the row is not read (better
 * silent than wrong).
 */
export function rowColumns(row: Element, header: Column[] | null, opts: { dayFirst?: boolean } = {}): { cells: Element[]; roles: Column[] } | null {
  const cells = cellsOf(row);
  const roles: Column[] = cells.map((cell, i) => {
    const byContent = columnOfCell(cell, opts);
    const byHeader = header?.[i];
    if (byContent && byContent !== 'date') return byContent;
    if (byHeader && byHeader !== 'other') {
      // A header may say "comment" only of a cell whose content is not plainly something else.
      return byHeader === 'comment' && byContent ? byContent : byHeader;
    }
    return byContent ?? (header ? 'other' : 'comment');
  });
  if (roles.filter((r) => r === 'comment').length !== 1) return null;
  return { cells, roles };
}

import { describe, expect, it } from 'vitest';
import { ORDER, find, span } from './_helpers.ts';

const repeats = (t: string) => find(t, 'repeat-review-request');
const FILLER = 'A quick care note: rinse the pan with warm water, dry it at once and rub in a drop of oil so the surface keeps its seasoning for years.';

describe('repeat-review-request (one ask restated is one request, policy.md §4)', () => {
  it('a request plus a how-to line, a link label, or a feedback+review ask in one breath is one request', () => {
    expect(repeats(`${ORDER}Please leave a review of the pan.\nClick the link below to write your review:\nhttps://www.amazon.com/review/create-review?asin=B0ABC`)).toEqual([]);
    expect(repeats(`${ORDER}Would you share your opinion of the pan in a review?\n\nWrite a review\n`)).toEqual([]);
    expect(repeats(`${ORDER}Could you leave seller feedback and a product review? Both help us.`)).toEqual([]);
    expect(repeats(`${ORDER}Please leave feedback for our store. Also, please review the product.`)).toEqual([]);
  });
  it('two separate asks (after other content, or in a P.S.) repeat; the second is marked', () => {
    const ps = `${ORDER}Please leave a review of the pan. Thanks!\n\nP.S. We would really appreciate a review on Amazon.`;
    const f = repeats(ps);
    expect(f).toHaveLength(1);
    expect(ps.indexOf(span(ps, f[0]!))).toBeGreaterThan(ps.indexOf('P.S.'));
    expect(repeats(`${ORDER}Please leave a review of the pan. ${FILLER} Please write a review on Amazon too.`)).toHaveLength(1);
  });
  it('reviewRequestedBefore makes the first request a repeat', () => {
    expect(find(`${ORDER}Please leave a review.`, 'repeat-review-request', { reviewRequestedBefore: true })).toHaveLength(1);
  });
});

describe('repeat-review-request: restatements in other shapes (policy.md §4)', () => {
  const LONG_TIP = 'Turn the dial one click at a time, and after each use empty the tray and brush the burrs so the grind stays even for years.';
  it('thanks for the review, a how-to line after content, and "it only takes a minute" restate one ask', () => {
    expect(repeats(`${ORDER}Please leave a review of the grinder. ${FILLER} Thanks in advance for leaving your review!`)).toEqual([]);
    expect(repeats(`${ORDER}Please leave a review of the grinder. ${FILLER} To write it, open Your Orders and select the grinder.`)).toEqual([]);
    expect(repeats(`${ORDER}We'd appreciate a review of the grinder. ${FILLER} It only takes a minute to post a review.`)).toEqual([]);
  });
  it('a long sentence that merely contains "click" is content: a later ask still repeats', () => {
    expect(repeats(`${ORDER}Please leave a review of the grinder. ${LONG_TIP} And do not forget to leave that review on Amazon!`)).toHaveLength(1);
  });
  it('a Chinese paragraph between two asks is content (CJK characters weigh as words)', () => {
    const tip = '滤网建议每两个月清洗一次,清洗时先拔掉电源,再用软毛刷轻轻刷去表面的灰尘。';
    expect(repeats(`${ORDER}欢迎您在亚马逊上留下评价。${tip}另外,再次恳请您写一条评价!`)).toHaveLength(1);
    expect(repeats(`${ORDER}欢迎您在亚马逊上留下评价。点击下方链接即可写评论。`)).toEqual([]);
  });
});

describe('repeat-review-request: a second ask must be a full request sentence (precision first)', () => {
  it('headings, numbered steps, link labels and "share your experience" lines after content never repeat', () => {
    expect(repeats(`${ORDER}Please leave a review of the pan. ${FILLER}\nReview the pan on Amazon\nhttps://www.amazon.com/review/create-review?asin=B0ABC`)).toEqual([]);
    expect(repeats(`${ORDER}Please leave a review of the pan. ${FILLER}\nStep 3: Please write your review and click Submit.`)).toEqual([]);
    expect(repeats(`${ORDER}Please leave a review of the pan. ${FILLER}\nPlease share your experience with other buyers too.`)).toEqual([]);
    expect(repeats(`${ORDER}Please leave a review of the pan. ${FILLER}\nLeave your review here:`)).toEqual([]);
  });
  it('a heading first and a full request after content is one ask', () => {
    expect(repeats(`Share your experience\n${ORDER}${FILLER} We would appreciate it if you could write a review of the pan.`)).toEqual([]);
  });
  it('a Spanish P.D. is a postscript', () => {
    expect(repeats(`${ORDER}Por favor, deje una reseña de la sartén.\n\nP.D.: ¡No olvide dejar su reseña!`)).toHaveLength(1);
  });
  it('HTML markup is neither words nor content: style attributes between an ask and its button make no second ask', () => {
    const style = ' style="margin-top:20px;padding:12px 18px;background:#fafafa;border:1px solid #eee;border-radius:6px;text-align:center;font-family:Arial,sans-serif"';
    expect(repeats(`<p>${ORDER}Could you share your honest review of the pan on Amazon?</p><div${style}><a href="#"${style}>Write my review on Amazon</a></div>`)).toEqual([]);
    // A colon before a closing tag still ends a lead-in line ("… en:</p>").
    expect(repeats(`<p>${ORDER}Si quiere, cuéntenos su opinión en:</p>\n<p${style}>Deje su valoración y su comentario en la página del producto</p>`)).toEqual([]);
    // A real second ask in HTML is still one.
    expect(repeats(`<p>${ORDER}Please leave a review of the pan on Amazon.</p>\n<p>${FILLER}</p>\n<p>P.S. Please leave a review of the pan as well.</p>`)).toHaveLength(1);
  });
});

describe('repeat-review-request: "you can post it from the link above" is a how-to line, in seven languages', () => {
  // After a paragraph of other content, a line saying where the review can be
  // written restates the ask; it used to read as a second, separate request.
  const JA_TIP = 'フィルターは二か月に一度、電源を切ってから柔らかいブラシで表面のほこりを落としてください。水洗いは避け、よく乾かしてから戻してください。';
  const ZH_TIP = '滤网建议每两个月清洗一次,清洗时先拔掉电源,再用软毛刷轻轻刷去表面的灰尘,晾干后再装回去。';
  const DE_TIP = 'Den Filter alle zwei Monate bei ausgeschaltetem Gerät mit einer weichen Bürste reinigen, nicht nass machen und erst trocken wieder einsetzen, damit die Leistung lange erhalten bleibt.';
  it('a review line pointing at the URL or link above stays one ask', () => {
    expect(repeats(`${ORDER}お時間のある時に、商品のレビューをお書きいただけますと幸いです。\n${JA_TIP}\n商品のレビューは上記のURLから直接投稿できます。`)).toEqual([]);
    expect(repeats(`${ORDER}如果方便,欢迎您为商品写一条评价。\n${ZH_TIP}\n商品评价可以通过上面的网址直接发布。`)).toEqual([]);
    expect(repeats(`${ORDER}Wenn Sie Zeit haben, freuen wir uns über eine Bewertung des Produkts.\n${DE_TIP}\nIhre Bewertung können Sie direkt über den Link oben schreiben.`)).toEqual([]);
    expect(repeats(`${ORDER}Please leave a review of the filter when you have a moment. ${FILLER} Your review can be posted straight from the URL above.`)).toEqual([]);
  });
  it('a full second ask after the same content still repeats', () => {
    expect(repeats(`${ORDER}お時間のある時に、商品のレビューをお書きいただけますと幸いです。\n${JA_TIP}\nP.S. ぜひもう一度、レビューのご協力をお願いいたします。`)).toHaveLength(1);
    expect(repeats(`${ORDER}如果方便,欢迎您为商品写一条评价。\n${ZH_TIP}\n另外,再次恳请您写一条评价!`)).toHaveLength(1);
  });
});

describe('repeat-review-request: a Japanese or Chinese subject line is a heading', () => {
  const JA_DETAILS = 'ご注文内容\n注文番号: 250-1234567-1234567\n商品: ステンレス製電気ケトル 1.2L(ブラック) 数量: 1\nお届け予定日: 11月20日';
  const ZH_DETAILS = '订单信息\n订单号: 250-1234567-1234567\n商品: 不锈钢电热水壶 1.2升(黑色) 数量: 1\n预计送达: 11月20日';
  it('a heading, the order details, then the ask is one ask', () => {
    expect(repeats(`レビューのお願い\n\n${JA_DETAILS}\n\nお時間があるときに、商品のレビューをお書きいただけますでしょうか。`)).toEqual([]);
    expect(repeats(`评价邀请\n\n${ZH_DETAILS}\n\n如果方便,欢迎您为商品写一条评价。`)).toEqual([]);
  });
  it('two full asks with the details between them still repeat', () => {
    expect(repeats(`お時間があるときに、商品のレビューをお書きいただけますでしょうか。\n\n${JA_DETAILS}\n\nP.S. ぜひレビューのご協力をお願いいたします。`)).toHaveLength(1);
  });
  it('tips on writing the review asked for ("write a couple of sentences on what you liked", "at least 2 sentences") are the same ask', () => {
    expect(repeats('Pedido 402-1234567-1234567: por favor, déjenos una reseña del producto en Amazon.\nEscriba un par de frases que expliquen lo que le gustó o no le gustó del producto y cómo lo usa en casa cada día.\nAsí que lo más importante es que proporcione comentarios honestos.')).toEqual([]);
    expect(repeats(`${ORDER}Please leave a review of the pan. Thanks!\n\nP.S. We would really appreciate a review on Amazon.`)).toHaveLength(1);
  });
});

// Japanese (and a little Chinese) terms. CJK text has no spaces, so these
// are matched as substrings inside runs of CJK characters rather than as
// whole words. Entries are NFKC forms (full-width digits become ASCII).
export const CJK = String.raw`
R: レビュー | 評価 | 口コミ | クチコミ | カスタマーレビュー | 商品レビュー | 星 | 评价 | 评论 | 好评
R FB: 出品者評価 | ストア評価 | セラー評価
ACT: 書いて | 書き込 | 投稿 | 残して | お書き | 記入 | 寄せ | 留下 | 写
CHGX: 変更 | 修正 | 削除 | 取り消 | 取り下げ | 書き直 | 書き換え | 見直 | 消して | 更新 | 修改 | 删除 | 撤回
INC: 返金 | 全額返金 | ギフト券 | ギフトカード | アマゾンギフト | クーポン | 割引 | 無料 | プレゼント | 謝礼 | 報酬 | 商品券 | 差し上げ | お礼 | 返现 | 返款 | 退款 | 礼品卡 | 优惠券 | 免费 | 红包
INC PROMO: クーポンコード | 割引コード | 优惠码
INCW: 交換品 | 新品
EXC: お礼として | 代わりに | 引き換え | 交換条件
POS R: 星5 | 5つ星 | 五つ星 | ★5 | 高評価 | 良い評価 | 良いレビュー | 最高評価 | 満点 | 好评 | 五星
SAT COND: ご満足いただけましたら | ご満足いただけた | 満足いただけ | 気に入っていただけましたら | 気に入っていただけたら | 気に入って | お気に召し | 满意
COND: もし | 場合 | たら | 如果
GATE: 前に | 先に | まず
CONTACT: ご連絡 | 連絡 | お問い合わせ | 联系
ASK: お願い | ください | 下さい | いただけ | 请
PROMO: セール | 新商品 | 他の商品 | 他の製品 | フォロー | キャンペーン | 期間限定 | 新作 | 关注 | 新品上市
OFFP: 微信
REASON: 交換品 | 申し訳 | ご不便 | 不良 | 破損 | 交換 | 返品 | 返金 | 説明書 | 問題 | 故障 | 不具合 | 取扱 | 使い方 | 保証 | 請求書 | 領収書 | 问题 | 说明书
THANKS: ありがとう | 発送 | お届け | ご注文 | 谢谢
CRIT: お届け先 | 住所
ADULT: クソ | 死ね
`;

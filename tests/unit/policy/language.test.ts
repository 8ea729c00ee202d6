// Language identification (wrong-language): today's stop-word and script
// counter was compared with tinyld (light), eld (extrasmall) and franc-min on
// these sentences (written for this test) and on the real messages' tune part:
//   own 40:  current 35 right, 0 wrong, 5 undecided (two-word texts);
//            tinyld 37/2 wrong; eld 40/0 (but 281 KB gzipped); franc-min 36/4 wrong
//   real 46: current 46/46, tinyld 45 (1 wrong), eld 46, franc-min 46
// A wrong answer raises a false warning; "undecided" stays silent. The
// current code is the only one with no wrong answer and no bundle cost, so
// it stays and the three packages were removed.
import { describe, expect, it } from 'vitest';
import { buildDoc } from '../../../lib/policy/document.ts';
import { lintMessage } from '../../../lib/policy/index.ts';

const SENTENCES: Array<[string, string]> = [
  ["en", "Your replacement charger shipped today and should arrive on Thursday."],
  ["en", "We are sorry the handle came loose. A new one is on its way at no cost."],
  ["en", "Could you confirm the engraving text for the lid?"],
  ["en", "The manual for the air fryer is attached; the cleaning steps are on page 6."],
  ["en", "Thanks for reaching out about the size. The medium fits chest sizes 38 to 40 inches."],
  ["de", "Ihre Ersatzlieferung wurde heute verschickt und kommt voraussichtlich am Donnerstag an."],
  ["de", "Es tut uns leid, dass der Griff locker war. Ein neuer ist unterwegs."],
  ["de", "Könnten Sie bitte den Text für die Gravur bestätigen?"],
  ["de", "Die Bedienungsanleitung finden Sie im Anhang, die Reinigung steht auf Seite 6."],
  ["de", "Vielen Dank für Ihre Nachricht zur Größe."],
  ["fr", "Votre chargeur de remplacement a été expédié aujourd'hui et devrait arriver jeudi."],
  ["fr", "Nous sommes désolés que la poignée soit desserrée. Une nouvelle est en route."],
  ["fr", "Pourriez-vous confirmer le texte de la gravure pour le couvercle ?"],
  ["fr", "Le mode d'emploi est en pièce jointe, le nettoyage est décrit page 6."],
  ["fr", "Merci pour votre message concernant la taille."],
  ["es", "Su cargador de repuesto se envió hoy y debería llegar el jueves."],
  ["es", "Sentimos que el asa estuviera suelta. Le enviamos una nueva sin coste."],
  ["es", "¿Podría confirmar el texto del grabado para la tapa?"],
  ["es", "El manual de instrucciones va adjunto; la limpieza está en la página 6."],
  ["es", "Gracias por escribirnos sobre la talla."],
  ["it", "Il caricatore sostitutivo è stato spedito oggi e dovrebbe arrivare giovedì."],
  ["it", "Ci dispiace che la maniglia fosse allentata. Una nuova è in arrivo senza costi."],
  ["it", "Potrebbe confermare il testo dell'incisione per il coperchio?"],
  ["it", "Il manuale di istruzioni è in allegato; la pulizia è descritta a pagina 6."],
  ["it", "Grazie per averci scritto riguardo alla taglia."],
  ["ja", "交換用の充電器は本日発送しました。木曜日に到着予定です。"],
  ["ja", "取っ手が緩んでいたとのこと、申し訳ございません。新しいものをお送りします。"],
  ["ja", "ふたに彫る文字をご確認いただけますか。"],
  ["ja", "取扱説明書を添付しました。お手入れ方法は6ページにあります。"],
  ["ja", "サイズについてお問い合わせいただきありがとうございます。"],
  ["zh", "您的替换充电器今天已发货,预计周四送达。"],
  ["zh", "很抱歉把手松了,我们会免费给您寄一个新的。"],
  ["zh", "请确认一下盖子上要刻的文字。"],
  ["zh", "说明书在附件里,清洁步骤在第6页。"],
  ["zh", "感谢您咨询尺码问题。"],
  ["en", "Order shipped."],
  ["de", "Danke sehr!"],
  ["fr", "Merci beaucoup !"],
  ["es", "¡Muchas gracias!"],
  ["it", "Grazie mille!"],
];

const detect = (t: string) => buildDoc(t, {}, { rules: {}, customPhrases: [] }).language();

describe('language identification', () => {
  it('never names the wrong language, and decides every sentence of five words or more', () => {
    const wrong = SENTENCES.filter(([lang, t]) => {
      const got = detect(t);
      return got !== undefined && got !== lang;
    });
    expect(wrong).toEqual([]);
    for (const [lang, t] of SENTENCES) if (t.split(/\s+/).length >= 5 || /[\u3040-\u9fff]/.test(t)) expect(detect(t), t).toBe(lang);
  });

  it('wrong-language stays silent on a two-word thank-you', () => {
    expect(lintMessage('Danke sehr!', { buyerLanguage: 'en' }).map((f) => f.rule)).not.toContain('wrong-language');
    expect(lintMessage('Die Bedienungsanleitung finden Sie im Anhang, die Reinigung steht auf Seite 6.', { buyerLanguage: 'en' }).map((f) => f.rule)).toContain('wrong-language');
  });
});

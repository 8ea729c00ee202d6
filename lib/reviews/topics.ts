// What each sentence talks about. The "entirely about X" grounds
// (seller-feedback, pricing-availability, off-topic, product-review,
// fba-fulfillment) need every substantive sentence to be about X, so a
// sentence nobody recognises counts against them: being unsure means "not
// removable", which is the conservative answer.
import { type Field, type Lexicon, type Sentence, type Span, findAll, lexicon, overlaps, sentencesOf, wordCount } from './text.ts';

export const TOPICS = ['product', 'mismatch', 'seller', 'delivery', 'packaging', 'amazon', 'price', 'availability', 'offtopic', 'generic', 'aftermath', 'hedge', 'amount', 'scam'] as const;
export type Topic = (typeof TOPICS)[number];

const L = '\\p{L}*';
// "Did not get big", "never got crispy": get before a state means become, not receive.
const BECOME = '(?:cold|cool|hot|warm|bright|loud|clean|dry|wet|sharp|tight|hard|soft|quiet|enough|better|worse|colder|cooler|hotter|warmer|louder|brighter|cleaner|quieter|faster|stronger|big|bigger|small|smaller|large|larger|huge|fluffy|crisp|crispy|done|cooked|brown|browned|thick|thicker|thin|full|long|longer|tall|taller|wide|wider|firm|smooth|sticky|dark|darker|lighter|weak|fresh|sweet)';
// What an order is made of, as opposed to the product in it.
const ORDER_WORDS = '(?:delivery|shipping|shipment|package|packaging|packing|box|outer|seller|service|courier|driver|parcel|price|customer|support|carrier|postage|order|refund|return|company|vendor|experience|packet|carton|envelope|wrapping|tracking|dispatch|communication|response)';

/**
 * The product fails at its job, however the negation is put, in each language
 * ("would not turn on", "failed to pair", "ne s'allume pas", "no enciende",
 * "電源が入らない", "开不了机"). Shared with the root causes (quality).
 */
export const FAILS_WORDS: readonly string[] = [
    `(?:would ?n['’]?t|would not|could ?n['’]?t|could not|can['’]?t|cannot|can not|does not|do not|did not|is not|was not|never|fail(?:s|ed)? to|refus(?:es|ed) to|has ?n['’]?t|has not|have ?n['’]?t|have not) (?:even |ever |properly |fully |actually |always )?(?:work|function|kill|repel|deter|catch|trap|attract|eliminate|prevent|get rid of|turn on|power (?:on|up)|switch on|start|boot|charge|warm (?:up|the \\p{L}+)|heat up|hold (?:a )?charge|connect|pair|sync|heat|cool|stay (?:on|in|up|put|closed|charged|connected)|stick|seal|latch|lock|inflate|spin|pump|print|scan|light up|blend|grind|brew|cook|boil|freeze|absorb|adhere|grip|dispense|spray|drain|flush|measure|detect|register|tighten|recognize|recognise|load|play|download|install|launch|update|format)(?:s|ed|ing)?`,
    `dead`, `(?:doa|d\\.oa|do\\.a|d\\.o\\.a)`, `not (?:working|functioning|functional|usable|operational)`, `(?:stopped|quit|ceased) (?:working|charging|functioning|turning on|powering on|heating|cooling|spinning|pumping|printing|responding|connecting|pairing|holding (?:a )?charge|lighting up)`, `(?:no longer|barely|hardly) (?:works?|charges?|holds?|turns? on|functions?)`,
    `(?:lässt sich nicht|nicht mehr|nicht) (?:ein|an)?(?:schalten|laden|starten|verbinden|koppeln)`, `(?:geht|startet|lädt|läuft|hält|heizt|kühlt|leuchtet) (?:\\p{L}+ )?(?:nicht|nie|kaum)`, `(?:geht|ging) (?:nicht )?(?:mehr )?(?:an|aus|kaputt)`, `Totalausfall`, `(?:ist|war) tot`,
    `(?:ne|n') ?(?:s'allume|s'allumait|charge|démarre|chauffe|tient|marche|fonctionne|se connecte|s'appaire)(?: \\p{L}+)? (?:pas|plus|jamais)`, `(?:a cessé|arrêté) de (?:fonctionner|marcher|charger)`, `en panne`, `hors service`,
    `no (?:enciende|funciona|carga|arranca|calienta|enfría|conecta|sirve|se enciende|se conecta|prende|anda)`, `(?:dejó|deja) de (?:funcionar|cargar|encender)`, `se (?:estropeó|averió|apagó|apaga)`, `averiad[oa]`,
    `non (?:si accende|si carica|si collega|funziona|carica|parte|scalda|va|tiene|serve)`, `non (?:si )?(?:accendeva|avviava|avvia|caricava|partiva|funzionava)`, `nessun(?:a)? (?:risultato|segno di vita)`,
    `(?:no|nunca) (?:inicia|iniciaba|arranca|arrancaba|encendía|funcionaba|cargaba)`, `tard[óa] (?:\\p{L}+ ){0,2}(?:en|intentando) (?:iniciar|arrancar|encender|cargar)`, `(?:smesso|smette) di (?:funzionare|caricare)`, `(?:si è|si sono) (?:rott[oaie]|spent[oaie])`, `guast[oaie]`,
];
export const FAILS_CJK: readonly string[] = ['電源が入らな', '電源がつかな', '充電できな', '充電されな', '点かな', '点灯しな', '起動しな', '反応しな', '作動しな', '動作しな', '使えなくな', '开不了机', '不能开机', '无法开机', '开不开', '充不进', '充不上', '不亮', '不工作', '没反应', '没有反应', '无法使用', '不能使用', '失灵', '死机'];

/** Defect words shared by the product topic and the quality cause (one copy in the bundle). */
export const DEFECT_WORDS: readonly string[] = [
  `broke${L}`, `break(?:s|ing)?`, `defective`, `faulty`, `flimsy`, `not working`, `leak${L}`, `tore`, `torn`, `rust${L}`, `peel${L}`, `dead on arrival`, `doa`, `died`, `dies`, `junk`, `garbage`, `useless`, `malfunction${L}`, `glitch${L}`, `buggy`, `laggy`, `missing (?:parts?|pieces?|screws?)`, `wobbl${L}`, `squeak${L}`, `shrank`, `shrunk`, `faded`, `scratch${L}`, `thin`, `uncomfortable`, `inaccurate`, `stuck`, `jammed?`, `expired`, `out of date`, `out[- ]?dated`, `dangerous`, `hazardous`, `unsafe`, `past (?:its|the|their) (?:expiry|expiration|sell[- ]by|best[- ]before|use[- ]by)`, `stale`, `kharab`, `t(?:u|oo)t(?:a|i|e)? (?:gaya|gayi|gya|jata|jati|jate)`, `inedible`, `burn${L}`, `melt${L}`, `overheat${L}`, `caught fire`, `smok${L}`, `kaputt`, `defekt`, `cassée?s?`, `défectueu(?:x|se)`, `rompió`, `defectuos[oa]`, `rott[oaie]`, `difettos[oaie]`,
];
/** Listing-mismatch words shared by the mismatch topic and the not-as-described cause. */
export const MISMATCH_WORDS: readonly string[] = [
  // "The image shown here is nowhere near the one delivered".
  `(?:image|picture|photo|pic)s?(?: \\p{L}+){0,3} (?:is |are |was |were )?(?:nowhere near|not even close|nothing like|totally different|completely different|very different|not (?:the )?same)`, `(?:nowhere near|nothing like|not even close to|not (?:the )?same as) (?:to )?(?:the |what (?:is |was )?)?(?:image|picture|photo|pic|shown|displayed)`,
  // "I bought the 480GB and it only shows 222GB": a measured capacity below the listing's.
  `(?:only )?(?:shows?|showed|showing|indicates?|reads?|reports?|displays?|recogni[sz]es?)(?: (?:up|as|with|it|that))*(?: (?:a total of|only|just|about|around))? \\d+(?:[.,]\\d+)? ?(?:gb|g|tb|mb|mah|gig|gigs)`,
  `not as (?:described|pictured|advertised|shown)`,
  // The listing's mismatch in the words Indian English reviews use: "Size is not as mentioned in the images", "not same as pic shown",
  // "dimensions are not 30 x 30 cm as it is mentioned", "not according to the product details", "contrary to the shown picture".
  `not (?:the )?(?:same|similar) (?:as|to|like) (?:(?:in|on) )?(?:the )?(?:pics?|pictures?|photos?|images?|shown|displayed|description)`,
  `(?:is|are|was|were|isn['’]?t|aren['’]?t|wasn['’]?t|weren['’]?t) (?:not )?(?:the )?(?:same|similar) (?:as|to) (?:(?:in|on) )?(?:the )?(?:pics?|pictures?|photos?|images?)`,
  `not (?:as|what) (?:(?:it is|it was|they are|is|was) )?(?:mentioned|stated|specified)`, `not (?!(?:come|came|arrive|arrived|ship|shipped) in )[\\p{L}\\p{N} .x×*-]{1,30} as (?:it is |it was |they are |is |was )?(?:mentioned|stated|specified|described|advertised)`,
  `(?:not|n['’]t) (?:according to|as per) (?:the )?(?:product |item )?(?:details|description|specifications?|specs|listing|images?|pictures?|photos?)`,
  `misrepresent\\p{L}*`, `contrary to (?:the )?(?:shown |displayed |given )?(?:pics?|pictures?|photos?|images?|description|listing)`,
  `(?:pics?|pictures?|photos?|images?) and the (?:product|item|actual (?:product|item)|real (?:product|item))(?: \\p{L}+){0,3} (?:is|are|was|were) (?:\\p{L}+ )?different`,
  // "Not what is displayed on the listing", "not what was pictured": the listing's mismatch, however the clause runs.
  `not what (?:is |was |were |are |it |they )?(?:displayed|shown|pictured|advertised|described|listed)`, `looks nothing like`, `(?:the )?(?:package|packaging|box|label) (?:says|said|states|stated|claims|claimed|reads|promises|promised|advertises|lists|listed|describes|described)`, `nothing like the (?:pictures?|photos?|images?|pics?|description|listing)`, `not what I ordered`, `nicht wie beschrieben`, `pas conforme`, `ne correspond pas`, `no (?:es )?como se describe`, `no corresponde`, `non corrisponde`, `non conforme`,
];

/** The product itself: how it works, fits, looks, lasts. */
const PRODUCT = lexicon(
  [
    `(?:fall|falls|fell|falling|come|comes|came|coming) (?:off|apart|loose)`, `cheap(?!er| price)`, `stopped \\p{L}+ing`,
    `quality`, `cheaply`, `cheap(?:ly)? (?:made|plastic|material|feel|quality|junk)`,
    // "Verpackung war gut, das Produkt ist Müll", "produit décevant", "il prodotto fa schifo": the product itself judged.
    `(?:Produkt|Gerät|Artikel|Ding)(?: selbst)? (?:ist |war )?(?:\\p{L}+ )?(?:Müll|Schrott|schlecht|mies|enttäuschend|nutzlos|unbrauchbar|billig|mangelhaft|Mist|minderwertig)`,
    `(?:produit|article|appareil)(?: lui-même| en lui-même)? (?:est |était )?(?:\\p{L}+ )?(?:décevant|nul|mauvais|médiocre|inutilisable|défectueux|de mauvaise qualité|bof)`,
    `(?:producto|artículo|aparato)(?: en sí)? (?:es |era )?(?:\\p{L}+ )?(?:malo|de mala calidad|pésimo|horrible|decepcionante|inútil|una basura|basura|regular)`,
    `(?:prodotto|articolo)(?: in sé)? (?:è |era |fa )?(?:\\p{L}+ )?(?:schifo|pessimo|scadente|deludente|inutile|difettoso|mediocre)`,
    // Noises and faults told by their verb ("it crackles", "the screen flickers", "it lags"): the product's, however short the sentence.
    `crackl(?:e|es|ed|ing|y)`, `buzz(?:es|ed|ing)`, `hiss(?:es|ed|ing)`, `rattl(?:e|es|ed|ing)(?! (?:around|about|loose))`, `squeal(?:s|ed|ing)?`, `squeak(?:s|ed|ing|y)?`, `flicker(?:s|ed|ing)?`, `fray(?:s|ed|ing)`, `lag(?:s|gy|ging|ged)`, `stutter(?:s|ed|ing)?`, `(?:it|they) (?:lag|buzz|rattle|hiss|crackle|drip|sag|wobble|squeak)`, `drips`, `dripping`, `sag(?:s|ged|ging)`, `wobbl(?:e|es|ed|ing|y)`,
    `(?:doesn'?t|does not|didn'?t|did not|won'?t|will not|don'?t) (?:work|fit|charge|hold|stay|stick|last|seal|turn on|connect|pair|heat|cool|clean|cut|close|focus|spin|blend|boil|brew|print|scan|boot|power on|lock|latch|zip|inflate|pump|drain|spray|glow|sync|rotate|grip|fold|adjust|shut off|turn off|stay on|light up)${L}`,
    // "Packaging was great, product not so much": the product judged by a contrast.
    `(?:the )?(?:product|item|thing|quality|unit)(?: itself)?(?: (?:was|is))?,? not so (?:much|great|good|hot)`,
    ...FAILS_WORDS,
    `works?`, `worked`, `boring`, `dull`, `(?:not |no |so much |lots of |a lot of |very |so |really )?fun(?:ny)?`, `graphics`, `game ?play`, `storyline`, `plot`, `ugly`, `(?<!(?:something|anything|nothing|everything|looks?|looked|feels?|felt|seems?|seemed|sounds?|things?|just|much|issues?|problems?|stuff|products?|items?|compan(?:y|ies)|ones?|mistakes?|errors?|situations?|times?) )(?:loves?|loved|likes?|liked|enjoys?|enjoyed|hates?|hated) (?:it|them|this|these|playing|reading|watching|wearing)`, `working`, `material`, `fabric`, `stitching`, `stitched`, `sewn`, `seams?`, `on the (?:small|large|big|short|tight|long|loose|thin|heavy) side`, `sizes?`, `sizing`, `runs? (?:very |really |way |super |slightly |a (?:bit|little|size|full size) )?(?:big|small|large|narrow|wide|short|long|tight|true to size)`, `fits?`, `fitted`,
    // "Killed all the blooms it came in contact with": what the product did, not how it came.
    `kill(?:s|ed)`,
    // A work's telling, as "plot" and "boring" are above: "eine flache Handlung", "Schreibstil ungenügend", "personnages plats".
    `Handlung`, `Schreibstil`, `Erzählstil`, `Charaktere?`, `Hauptfigur(?:en)?`, `Protagonist${L}`, `Kapitel`, `Dialoge?`, `Spannung`, `langweil${L}`, `langatmig`,
    `intrigue`, `personnages?`, `ennuyeu(?:x|se)`, `trama`, `personajes?`, `aburrid[oa]`, `personaggi`, `noios[oa]`,
    // "No stand to stick it in", "no hook to hang it by": a part the design lacks.
    `(?:no|without an?) \\p{L}+ to (?:hang|stick|hold|mount|attach|stand|fix|clip|prop|fasten) (?:it|them)`,
    // "Not nearly concentrated enough", "not strong enough": a measure of the thing itself.
    `not (?:nearly |quite |really |near |even )?(?!(?:fast|quick|soon|early|often|long)\\b)\\p{L}+ enough`,
    // "To small and haven't got refund": "too" typed as "to", read only where a size word ends the phrase.
    `to (?<=(?:^|(?:is|was|are|were|it['’]?s|they['’]?re|way|much|far|bit|little|just|runs?|ran) )to )(?:small|big|large|tight|loose|short|long|thin|narrow|wide)(?= *(?:$|[.,!;:]|and |but |for |so |on |in ))`,
    `too (?:small|big|large|tight|loose|short|long|thin|thick|heavy|weak|bright|dim|loud|quiet|soft|hard|hot|cold|sweet|salty|spicy|bitter|sour|bland|dry|greasy|oily|sticky|strong|mild|stiff|sharp|fragile|narrow|wide|flimsy|runny|watery)`,
    // "Nicht zu gebrauchen", "zeigt jedes Mal ein anderes Gewicht an": the unit does not do its job (German).
    `nicht zu gebrauchen`, `unbrauchbar`, `ungenau`, `(?:zeigt|misst|wiegt)(?: \\p{L}+){0,5} (?:an|falsch)`,
    `pilling`, `pilled`, `(?:began|begins|started|starts|tends|tend) to pill`, `lint balls`,
    `colou?rs?`, `smells?`, `smelled`, `odou?r`, `tastes?`, `tasted`, `flavou?r`, `batter(?:y|ies)`, `charg(?:e|er|es|ing)`, `screen`, `buttons?`,
    `zipper`, `straps?`, `handles?`, `lids?`, `sound`, `noise`, `noisy`, `loud`, `comfortable`, `comfy`, `design`,
    `bluetooth`, `wi-?fi`, `connectivity`, `connection`, `durable`, `sturdy`, `ripped(?! off)`, `tears?`, `mou?ld`,
    `crack(?:ed|s|ing)?`, `blades?`, `motor`, `suction`, `power`, `heats?`, `warm`, `(?<!(?:in|into|to|in to|out with) (?:the )?)trash`, `worthless`,
    `piece of (?:junk|crap|garbage)`, `(?:the |this )?(?:product|item)(?: \\p{L}+)?(?: is| was|'s)(?: \\p{L}+)? (?:excellent|great|good|amazing|perfect|awesome|terrible|awful|horrible|bad|useless|fine|ok|okay|junk|garbage|rubbish|worst|poor|cheap|inferior|fake|duplicate|defective|faulty|not working|not good)`,
    `wash(?:ed|ing)?`, `soft`, `volume`, `bass`, `picture(?<!(?:(?:in|on|from|than|like) (?:the|this|that|their|your) )picture)`, `image quality`,
    `(?:love|loved|(?<!(?:would|I'd|we'd|I’d|packaged|packed|shipped|sent|arrived|came|looks?|looked|made|built|is|was|are|were|be|been|just|exactly|feels?|felt|something|anything|nothing|issues?|problems?|stuff|products?|items?|compan(?:y|ies)|ones?|mistakes?|errors?|situations?|times?) )like|liked|hate|hated) (?:it|this|them|these|the)`, `great (?:product|quality|value)`, `works? (?:great|well|fine|perfectly)`,
    // "It's NOT wipeable", "they are not washable": a property of the thing (not its stock, price or return).
    `(?:it|this|they|these|its|it['’]s)(?: (?:is|are|was|were))?(?:n['’]t| not)?(?: (?:very|really|so|too|even|quite|fully|easily|hardly|barely|not))* (?!(?:un)?(?:available|returnable|refundable|acceptable|believable|reachable|traceable|trackable|deliverable|responsible|possible|impossible|terrible|horrible|incredible|miserable|reasonable|affordable|able|liable|eligible|valuable|payable|notable|capable|noticeable|suitable|applicable)(?![\\p{L}]))\\p{L}{2,}(?:able|ible)`,
    // "Not worth the $60": a verdict on the product at its price.
    `(?:not |isn['’]?t |wasn['’]?t |is |was )?worth (?:the |a |only |just |hardly |barely |)?(?:[$€£₹] ?\\d+(?:[.,]\\d+)?|(?:rs\\.?|inr) ?\\d+|\\d+(?:[.,]\\d+)? ?(?:dollars|bucks|euros?|pounds|rupees|rs|inr))`,
    // "Overall good but one screw was missing": a verdict on the whole thing keeps the review the product's.
    `overall (?:it['’]?s |it is |it was |the product is |product is )?(?:very |really |quite |pretty |fairly )?(?:good|great|nice|fine|ok|okay|decent|excellent|satisfied|happy|average|bad|poor)`, `(?:good|great|nice|decent|fine) overall`,
    // "I can see some green grains inside the pouch": what is in the product itself.
    `(?:grains?|particles?|lumps|insects?|bugs|worms|weevils|stones?|hairs?|fungus|specks?) (?:inside|in) (?:the |this |my |each )?(?:pouch|pack|packet|bag|bottle|jar|container|product|powder|food|tin|can)`,
    // "There is no anti skid facility": a feature the design lacks (not a return or delivery option).
    `no (?!${ORDER_WORDS}(?![\\p{L}]))[\\p{L}-]+(?: (?!${ORDER_WORDS}(?![\\p{L}]))[\\p{L}-]+)? (?:facility|feature|features|function|functionality|setting|settings)`,
    // "Otherwise it seems to run fine": the unit judged at its job, however the verb is put.
    `(?:(?:seems?|seemed|appears?|appeared) to )?(?:runs?|ran|run|running|operates?|operating|performs?|performing|functions?|functioning|cools?|cooling|heats?|heating) (?:just )?(?:fine|well|great|ok|okay|perfectly|properly|normally|as (?:expected|it should|intended))`,
    // "the kettle is great", "my new lamp works fine": a verdict on a named thing (not the order's parts)
    `(?:the|this|my|these|those|our) (?!${ORDER_WORDS}(?![\\p{L}]))\\p{L}+(?: (?!${ORDER_WORDS}(?![\\p{L}]))\\p{L}+)? (?:is|was|are|were|works?|worked|looks?|feels?|seems?)(?: (?:really|very|so|pretty|quite|just|absolutely|actually|itself))? (?:excellent|great|good|amazing|perfect|awesome|fine|lovely|beautiful|nice|terrible|awful|horrible|bad|useless|junk|garbage|rubbish|okay|ok|decent|solid|brilliant|fantastic)`,
    // "Game is fine", "Fabric was nice": a verdict on a bare noun opening a sentence (not the order's).
    `(?<=^\\s*|[.!?\\n]\\s*)(?!${ORDER_WORDS}(?![\\p{L}]))\\p{L}+ (?:is|was|are|were|works?|worked|looks?|looked|plays?|played|runs?|ran|fits?|fitted)(?: (?:really|very|so|pretty|quite|just|absolutely|actually|itself))? (?:excellent|great|good|amazing|perfect|awesome|fine|lovely|beautiful|nice|terrible|awful|horrible|bad|useless|junk|garbage|rubbish|okay|ok|decent|solid|brilliant|fantastic)`,
    // "it is excellent", "good vacuum": a verdict on a thing is a verdict on the product
    `(?:(?:it|this|they|these)(?: is|'s| was| are| were)|its)(?: \\p{L}+)? (?:excellent|great|good|amazing|perfect|awesome|terrible|awful|horrible|bad|useless|fine|ok|okay|junk|garbage|rubbish)`,
    `(?:great|good|excellent|nice|decent|average|solid|terrible|awful|horrible|bad|poor|lousy|crappy|useless|amazing|awesome|fantastic|wonderful|fabulous|superb|outstanding|gorgeous|adorable|brilliant|perfect|beautiful|lovely|cute|sturdy|flimsy) (?!(?:experience|service|seller|sellers|vendor|delivery|shipping|shipment|packaging|packing|wrapping|handling|dispatch|postage|transit|package|communication|job|price|prices|deal|value|customer|support|company|store|shop|response|refund|return|courier|driver|and|but|so|for|to|the|a|an|luck|day|time|morning|afternoon|evening|night|surprise|surprises)(?!\\p{L}))\\p{L}{3,}`,
    // "not value for money", "they are not worth it": a verdict on the product at its price, unless the price is the subject ("the price is not worth it").
    `(?:worth (?:it|buying|the (?:money|price|cost))|worth (?:for|to)|value for (?:the )?money)(?<!(?:pric\\p{L}*(?: \\p{L}+){0,2} )(?:worth (?:it|buying|the (?:money|price|cost))|worth (?:for|to)|value for (?:the )?money))`,
    `instructions?`, `manual`, `assembl${L}`, `install${L}`, `set ?up`, `(?<!(?:e-?mail|mail|amazon|shopping|seller|via|through) )app`, `lasted`, `last(?:s)? (?:long|only)`,
    `pieces?`, `parts?`, `cord`, `cable`, `plug`, `wheels?`, `legs?`, `sole`, `heel`, `laces`, `bulbs?`, `light`,
    `bright`, `dim`, `temperature`, `heavy`, `weight`, `lightweight`, `ingredients?`, `skin`, `hair`, `tight`, `loose`, `comfort`, `warmth`,
    `texture`, `scent`, `error (?:codes?|messages?)`, `(?:does|did|do) (?:absolutely )?nothing`, `(?:expected|thought|hoped for|hoping for)(?: (?:it|them|they|this|these) (?:to be|would be|were|was))?(?: (?:a|an|much|way|far|something|some|lot|little|bit)){0,3} (?:bigger|smaller|larger|more|better|thicker|thinner|longer|shorter|higher|stronger|fuller|nicer|sturdier|softer|heavier|lighter)`, `(?:bigger|smaller|larger|better|thicker|thinner|longer|shorter|stronger|nicer|sturdier|more|less) than (?:I |we )?(?:expected|thought|hoped|imagined)`, `(?:kept|keeps|keep) (?:on )?(?:shutting|turning|switching|falling|slipping|breaking|leaking|dying|disconnecting|dropping|restarting|rebooting|crashing|freezing|beeping|flickering|coming|popping|sliding|tipping|jamming|tangling|losing|stopping|cutting|overheating|tearing|ripping|peeling|sticking|clogging|squeaking|rattling|buzzing)`, `shut(?:s|ting)? (?:itself )?(?:off|down)`, `turn(?:s|ed|ing)? (?:itself )?off`,
    // "looks same as the picture", "exactly as described": the product judged against its listing.
    `(?:looking|looks?|looked|is|was|are|were|came|arrived) (?:the )?(?:same|exactly|just|identical) (?:as|to|like)(?: (?:it|they))?(?: (?:is|was|were))? (?:shown|showed|pictured|described|advertised|in the (?:picture|photo|image|listing|ad))`, `(?:exactly|just) as (?:shown|pictured|described|advertised)`, `fragrance`, `accurate`, `readings`, `yellow(?:ed|ing)`, `turned (?:yellow|brown|black|white|green|pink)`, `discolou?r${L}`, `sensor`, `display`, `remote`, `clog${L}`,
    // "Shocked and upset" is a mood; "it shocked me" and "a shock" are the product's.
    `gets? hot`, `shock${L}(?<!shocked)`, `shocked (?:me|him|her|us|them|my|the|our|his)(?![\\p{L}])`,
    `rash`, `allergic`, `itch${L}`, `rancid`, `spoil(?:ed|t)`, `mou?ldy`, `crumbl${L}`, `pinch${L}`,
    // "Exactly as described", "lo recomiendo", "en perfecto estado": a verdict that the thing matches or pleases, in each language.
    `(?:is|was|are|were|came|arrived|looks?|looked|exactly|just|item|product|it'?s|its) as (?:described|pictured|advertised|shown|expected|promised|listed)`, `(?:un)?locked`, `desbloquead[oa]s?`,
    `recomendad[oa]s?`, `recomiendo`, `excelente`, `perfect[oa]s?`, `buen(?:as|os|a|o)? (?:condiciones|estado|calidad|producto)`, `funciona bien`,
    `empfehlenswert`, `recommandée?s?`, `consigliat[oaie]`,
    // Expired stock is a quality complaint (corpus conventions), and "does what it says" a verdict, however short.
    `does (?:what it says|what it should|the job|what (?:it's|it is) supposed to)`, `did (?:the|its) job`,
    // Hinglish: "kharab" (faulty), "bekar"/"bakwas" (useless), "tut/toot gaya" (broke).
    `bekar`, `bakwas`, 
    // A verdict on the item named by its kind ("worst phone", "terrible earbuds"), and marks on it.
    `(?:worst|best|terrible|horrible|awful|useless|pathetic|poor|bad|excellent|amazing|great|good|decent) (?:\\p{L}+ )?(?:phone|mobile|smartphone|laptop|tablet|headphones?|earphones?|earbuds?|headset|speaker|watch|camera|charger|tv|device|product)s?`,
    `stain(?:s|ed)?`, `manchas?`, `macchi[ae]`, `taches?`, `Flecken?`,
    // DE / FR / ES / IT
    `qualität`, `funktioniert${L}`, `größe`, `passt`, `farbe`, `akku`, `billig`, `stoff`, `gebrochen`, `riecht`, `geruch`,
    `gerät`, `laut`, `bequem`, `qualité`, `fonctionne${L}`, `marche pas`, `matière`, `taille`, `couleur`,
    `batterie`, `tissu`, `bruit`, `odeur`, `confortable`, `fragile`, `(?:es|son|está|están|era|eran) (?:muy |bastante |super |súper |realmente |demasiado )?(?:buen[oa]s?|mal[oa]s?|bonit[oa]s?|precios[oa]s?|pr[aá]ctic[oa]s?|[uú]til(?:es)?|c[oó]mod[oa]s?|feo|fea|fe[oa]s)`, `c[aá]lidad`, `fragilidad`, `fr[aá]gil`, `endebles?`, `pl[aá]stico`, `acabados?`, `materiales?`, `rot[oa]s?`, `funciona`, `talla`,
    `tamaño`, `batería`, `tela`, `ruido`, `olor`, `cómod[oa]`, `qualità`, `funziona${L}`, `materiale`,
    `misura`, `colore`, `tessuto`, `rumore`, `comod[oa]`,
    // A score for the product beside one for the delivery ("5 stars for delivery, 1 for the product").
    `(?:\\d|zero|one|two|three|four|five|no)(?: stars?)? for (?:the |this )?(?:product|item|quality|thing)`,
    // Taste: "Le goût est horrible" judges the product as much as "tastes awful".
    `geschmack`, `schmeckt`, `goût`, `gout`, `saveur`, `sabor`, `sapore`,
    ...DEFECT_WORDS,
  ],
  ['品質', '壊れ', '欠け', ...FAILS_CJK, 'スイッチが入[らり]', '電源が入[らり]', '表示が', '正確では', '不正確', '显示不', '不准', '开关', '质量', '做工', '不好用', '不能用', '用不了', '坏', '漏水', '尺寸', '颜色', '味道', '难闻', '太小', '太大', '电池', '充电', '声音', '噪音', '故障', '不良', '動かな', '使えな', '作動', '素材', 'サイズ', '色が', '電池', 'バッテリー', '充電', '音が', '匂い', 'におい', '臭い', '生地', '使いにく', '使いやす', '質が', '质量', '坏了', '切れ味', '怪我', '受伤', '味が', '味は', 'まずい', '美味し', 'おいし', '香りが', '効果が', '効果は', '腐っ', '腐り', '腐敗', '黒く', 'カビ', '傷んで', '傷んだ', 'しなび', '変色', 'ヌル'],
);

const FUNCTION_WORDS = `a an the this that these those it its it's my our your his her their me us him them i i'm i've i'd we you he she they is are was were be been being am has have had
  do does did will would can could should shall not no never nor dont didnt don't didn't doesn't isn't wasn't weren't aren't haven't hasn't hadn't of in on at to for from with without by
  into inside within any all some only just yet still also even both either one two three four five six seven eight nine ten single`;
// Words that voice a mood and name nothing ("So very disappointed", "I give up",
// "No comments", "Sehr enttäuscht", "Vraiment déçu"): a sentence made only of
// these and function words is neutral in an "entirely about" decision.
const MOOD_WORDS = new Set(
  `${FUNCTION_WORDS} so very really totally extremely completely absolutely quite just too much more what why how oh ugh wow seriously honestly
  disappointed disappointing disappointment upset sad angry annoyed frustrated unhappy happy satisfied pleased furious mad regret sorry shocked surprised
  comment comments give gave up done again ever anymore amazon shame believe understand know say said nothing else anything everything experience thanks thank please
  sehr wirklich leider ärgerlich très vraiment muy realmente molto davvero
  ich es das ist war finde fand total echt einfach nur schade enttäuscht enttäuschend traurig dommage déçu déçue je trouve c'est quelle qué pena lástima decepcionado decepcionada peccato deluso delusa che`.split(/\s+/),
);
const CLAUSE_WORD = /[\p{L}\p{N}][\p{L}\p{N}'’]*/gu;

function moodOnly(text: string): boolean {
  if (text.length > 80) return false;
  const words = text.match(CLAUSE_WORD) ?? [];
  return words.length > 0 && words.every((w) => MOOD_WORDS.has(w.toLowerCase().replace('’', "'")));
}


/** The item received is not the one listed: blames neither product nor courier alone. */
const MISMATCH = lexicon(
  [
    `(?:wrong|different) (?:item|product|colou?r|size|model|one)s?`, 
    // A content claim against the label: "doesn't contain 25 grams of protein".
    `(?:does ?n['’]?t|does not|did ?n['’]?t|did not|do ?n['’]?t|do not) (?:even |really |actually )?(?:contain|have) (?:\\d+|the (?:claimed|stated|advertised|mentioned|promised))`,
    `(?:does(?:n'?t| not)|did(?:n'?t| not)) match (?:the |its )?(?:description|picture|photo|listing|ad)`,
    `\\p{L}+er than (?:the |in the )?(?:pictures?|photos?|pictured|described|advertised|shown|listed|listing|description|video)`, `(?:different|differs) from (?:the )?(?:pictures?|photos?|description|listing)`,
    `(?:contents?|items?|pieces?|parts?|accessories|charger|cable|manual)(?: \\p{L}+){0,2} (?:was|were|is|are) missing`, `missing (?:contents?|accessories|the \\p{L}+)`, `(?:misleading|false) (?:listing|description|advertising|pictures?|photos?)`,
    `(?:used|opened|returned) (?:item|product|one)`, `(?:was|been|item was|product was) (?:clearly |obviously |definitely |already |previously )?(?:used|opened)`, `(?:smaller|bigger|larger) than (?:pictured|described|advertised|shown|expected)`,
    `missing (?:items?|pieces?|parts?)`, `counterfeit${L}`, `fakes?`, `knock-?offs?`, `not (?:genuine|authentic|original)`, `replica`, `Fälschung`, `gefälscht${L}`,
    `contrefa${L}`, `falsificad[oa]`, `contraffatt[oa]`, `falsche[snr]? (?:Artikel|Produkt)`, 
    // A plug for another country ("prise anglaise", "UK plug"): the listing's market differs.
    `(?:prise|fiche) (?:anglaise|britannique|américaine|us|uk)`, `(?:uk|british|us|american|eu|european) plug`, `(?:britischer|englischer|amerikanischer) Stecker`, `enchufe (?:inglés|británico|americano)`, `spina (?:inglese|americana|uk)`,
    
    ...MISMATCH_WORDS,
  ],
  ['説明と違', '写真と違', '別の商品', '違う商品', '偽物', '正規品ではな', '与描述不符', '货不对板', '假货'],
);

/** Words for the seller's service shared by the seller topic and the service cause (one copy in the bundle). */
export const SERVICE_WORDS: readonly string[] = [
  `(?:no|nunca) (?:responden|contestan)`, `(?:me )?robaron`, `support team`, `rude`, `(?<!(?:it|this|that|screen|device|tablet|button|buttons|remote|app|touch ?screen|keyboard|unit|machine|phone|alexa|controller|mouse|printer|sensor) )(?:never|didn'?t|did not|won'?t|doesn'?t) (?:respond|reply|answer|get back)${L}(?! (?:to (?:touch|taps?|clicks?|commands?|voice|buttons?|presses|my (?:touch|taps?|finger|voice|commands?))|when|if|at all when))`, `no (?:response|reply|answer)(?! (?:when|if|after (?:pressing|tapping|clicking)|to (?:touch|taps?|commands?|voice|buttons?)|from (?:the )?(?:device|screen|button|remote|app|alexa|unit|machine|tablet|phone)))`, `ignor${L} (?:my|our) (?:e-?mails?|messages?|calls?|complaints?|requests?|quer${L}|questions?|tickets?|letters?|pleas|return|refund|concerns?)`, `(?:seller|vendor|company|support|service|team|they|staff|agents?|customer care|manufacturer|amazon)(?: (?:is|was|are|were|has been|have been))?(?: \\p{L}+)? unresponsive`, `(?:nobody|no one|noone) (?:ever )?(?:answers|answered|replies|replied|responds|responded|picks up|picked up|calls? back|called back)`, `restocking fee`, `cancell?ed (?:my |the |our )?order`, `order (?:was |is |got )?(?:not confirmed|cancell?ed)`, `Verkäufer${L}`, `keine Antwort`, `Rückerstattung`, `SAV`, `atención al cliente`, `sin respuesta`, `reembolso`, `nessuna risposta`, `rimborso`,
];

const SELLER = lexicon(
  [
    // The order's format mistaken, a purchase the buyer did not mean: "I thought I was ordering the actual game", "did not know this was a digital download".
    `(?:I |we )?thought (?:I|we) (?:was|were) (?:ordering|buying|getting|purchasing)`, `(?:didn['’]?t|did not|never) (?:know|realize|realise|notice)(?: that)? (?:this|it) was (?:a |an |the |only )?(?:digital|download|e-?book|kindle|subscription)`, `(?:ordered|bought|purchased|got|received|sent)(?: me)? the (?:digital )?(?:download|digital (?:version|copy|code|edition))(?: instead)?`,
    // "Muy decepcionante y poco profesional el servicio".
    `harass${L}`, `(?:costumer|coustom|custom|coustomer|cust) (?:care|service|support)`,
    `poco profesional(?:es)?(?: el servicio)?`, `servicio (?:muy |poco |nada )profesional`, `(?:ghatiya|bekar|bakwas|kharab|worst) (?:service|seva)(?: (?:nahi|nhi) (?:deta|deti|dete))?`,
    // The service judged, not the product: "customer service was useless".
    `(?:customer (?:service|support|care)|support|the seller|the vendor|seller|vendor)(?: (?:team|here|was|is|were|are|has been|have been)){1,2} (?:very |so |really |totally |completely )?(?:useless|terrible|horrible|awful|bad|poor|pathetic|worthless|rude|unhelpful|slow|the worst|no help)`,
    // The seller's promises and the buyer's claim with them: "refused to honour the warranty", "my refund is taking forever", "credited back to my account".
    `(?:would ?n['’]?t|would not|won['’]?t|will not|refused to|refuses to|did ?n['’]?t|did not|never|not) honou?r(?:ed|ing)? (?:the |any |my |their |its |our )?(?:guarantee|warranty|return|refund|policy|agreement|deal|promise)`,
    `(?:my|the|our) (?:return|refund|replacement|exchange)(?! (?:it|them|this|the))`, 
    `sellers?`, `vendors?`, `merchants?`, `(?:the|this) (?:store|shop|company)`, `customer (?:service|support|care)`, 
    
    `refund${L}`, `return (?:label|policy|request|window|process)`, `communicat${L}`, `contacted (?:them|the|him|her)`,
    `messaged`, `emailed`, `(?:they|he|she) (?:sent|shipped|refused|promised|told)`, `(?:they|he|she) never (?:sent|shipped|delivered|refunded|responded|replied|answered|called|got back|returned (?:my|the|a) (?:call|email|message)|bothered)`, `scammers?`, `shipped (?:it )?late`, 
    `(?:order|item) (?:was |got |has been )?(?:cancell?ed|stop(?:ped)?|halted|blocked)`, `(?:order|shipment|delivery) (?:was |is |came |arrived )?(?:not complete|incomplete)`, `incomplete (?:order|shipment|delivery)`, `(?:I|I['’]?d|we|we['’]?d|I had|we had) (?:have )?cancell?ed (?:it|this|them|the order|my order|our order)`, `(?:won'?t|wont|will not|doesn'?t|didn'?t|would not|wouldn'?t) (?:let|allow) (?:me|us) (?:to )?(?:return|exchange|replace|get a (?:new one|refund|replacement))${L}`, `invoice`, `(?:non[- ]?|not )returnable`, `returnable category`, `(?:return|replace)(?: and | or | & |/)(?:replace|return|refund)\\p{L}*`, `replacement`, `exchange (?:requested|request|initiated|process)`, `(?:requested|asked for|want|wanted|need|needed) (?:an? )?(?:exchange|return|refund|replacement)`, `money back`, `(?:like|want|need)(?: this| the| my| a)?(?: order| item| product)? (?:replaced|refunded|exchanged)`,
    `(?:send|ship|mail|post)(?:ed|ped|ing)? (?:it |this |them )?back`, `(?:charged|billed) (?:me |us )?(?:twice|double|two times|three times|again|extra|more than once) (?:for|on) (?:this|my|the|one|an?|that) (?:order|item|product|purchase|thing)`, `double[- ](?:charged|billed) (?:for|on) (?:this|my|the|one|an?|that) (?:order|item|product|purchase|thing)`, `(?:charged|billed) (?:me |us )?for (?:an? )?(?:order|item|something) (?:I|we) (?:never|didn'?t|did not)`, `(?:return|refund|replacement|exchange)(?: request)? (?:was |is |got |has been )?(?:not accepted|rejected|denied|refused|declined)`, `(?:rejected|denied|refused|declined) (?:my |the |our )?(?:return|refund|replacement|exchange)`, `(?:give|send) me (?:a )?(?:solution|refund|replacement)`, `(?:what|how) (?:can|to) (?:be done|get (?:the )?remaining)`, `no (?:return|replacement)`, `(?:can(?:no|')?t|could not|couldn'?t|cannot) (?:be )?(?:returned?|replaced?)`,
    `Händler${L}`, `Kunden(?:service|dienst)`, `antwortet nicht`, `Erstattung`, `Rücksendung`, `Retoure`,
    `unfreundlich`, `vendeu(?:r|se)s?`, `service (?:client|après-vente)`, `(?:aucune|pas de) réponse`, `rembours${L}`, `vendedor(?:es|a)?`,
    `servicio (?:al|de atención al) cliente`, `no responde${L}`, `devolución`, `venditor[ei]`,
    `(?:assistenza|servizio) clienti`, `non rispond${L}`, 
    ...SERVICE_WORDS,
  ],
  ['रिफंड', 'वापस मंगवा', '出品者', '販売者', '店舗', '商家', '店家', '退款', '退货', '换货', '不回复', '没人回复', '态度', '发票', 'ショップ', '対応が', '対応は', '返信', '連絡が', '返金', '返品', 'カスタマーサービス', '卖家', '客服', '問い合わせ', '問合せ', '(?:返答|応答|返事)が(?:な|あ?りません)'],
);

const DELIVERY = lexicon(
  [
    // The order itself went wrong: damaged, empty, wrong, incomplete or not received.
    // "Received packet has many crushed biscuits": what the opened parcel held.
    `(?:received|got) (?:\\p{L}+ ){0,3}(?:has|had|with|contains|contained) (?:\\p{L}+ ){0,2}(?:crushed|broken|crumbled|smashed|damaged|torn|burst) (?:\\p{L}+)`,
    // "One item missing", "2 packets missing": part of the order not there.
    `(?:one|1|two|2|three|3|an?|some) (?:items?|products?|pieces?|packets?|packs?|bottles?|boxes?|units?) (?:is |was |are |were )?(?:missing|not (?:there|received|delivered|included))`,
    // Longest first: at one position the first alternative wins, and "arrived"
    // alone would leave "scratched" or "cracked" to the product lexicon.
    `(?:arrived|came|delivered|showed up|turned up|was delivered|got here)(?: \\p{L}+)? (?:damaged|broken|crushed|smashed|shattered|cracked|chipped|dented|bent|scratched|melted|wet|leaking|leaked|open(?:ed)?|in pieces)(?:(?:/| and | & |, )(?:damaged|broken|crushed|cracked|dented|scratched|bent|chipped|leaking|leaked|spilled|spilling)(?: up)?)*`,
    `(?:was|were) (?:already )?(?:damaged|broken|crushed|smashed|shattered|cracked|dented|bent|melted|leaking|open(?:ed)?|torn|ripped) (?:when|by the time|once) (?:it|they|I|the (?:box|package|parcel)) (?:arrived|came|got (?:it|them|here)|got here|showed up|received(?: (?:it|them))?|was delivered|opened (?:it|them|the (?:box|package|parcel)))`,
    // "Box and product smashed": the parcel's damage and the contents' together.
    `(?:box|package|parcel|packet|carton|outer box) and (?:the )?(?:product|item|contents?|bottles?|jars?|glass|goods) (?:(?:was|were|are|is|got) )?(?:both )?(?:smashed|crushed|damaged|broken|dented|squashed)`,
    // "Packed in one layer of bubble wrap but still it was broken": the packing failed.
    `packed in (?:\\p{L}+ ){1,5}but (?:still )?(?:it|they|the \\p{L}+) (?:was|were|got|is|are)(?: still)? (?:broken|damaged|crushed|smashed|cracked|shattered|dented)`,
    `(?:broken|damaged|cracked|smashed|shattered|crushed|dented|bent|torn|ripped|scratched|warped) (?:on|upon) (?:arrival|delivery|receipt|receiving|opening|unboxing)`,
    `(?:leaked|spilled|spilt|broke|cracked|shattered|smashed|melted|got (?:crushed|damaged|broken|bent))(?: \\p{L}+){0,5} (?:during|in) (?:the )?(?:shipping|shipment|transit|delivery|mail|post)`,
    // "3 were leaking in the box", "spilled all over inside the package": found so on opening the order.
    `(?:leaking|leaked|spilled|spilt|spilling|broken|smashed|shattered|melted)(?: all over| everywhere)? (?:in|inside|all over) (?:the )?(?:shipping |outer |amazon |delivery )?(?:box|package|parcel|carton|mailer|shipment)(?![\\p{L}])`,
    `wrong (?:item|product|order)(?! (?:description|listing|info\\p{L}*|details|photos?|pictures?|images?|title|page|size|colou?r|for))`,
    // Not what use did to it: "starting get torn", "will get damaged".
    `(?:received|got|(?<!(?:start(?:ed|s|ing)?|begin|began|begins|will|would|can|could|may|might|easily|keeps?|kept|to) )(?:get|getting)|delivered|sent|came)(?: (?:this|it|the|my|a|an|me|us|to|product|item|order|parcel|package|packet|box|with|in|\\p{L}+ing)){0,3} (?:(?:a (?:bunch|lot|few|couple)(?: of)? |many |most |half |some )?(?:crumbled|crumbling)|damaged|broken|cracked|crushed|smashed|shattered|dented|bent|squashed|leaking|leaked|torn|teared|open(?:ed)?|used(?! to)|wrong|empty|incomplete|without|in pieces|ripped(?: up)?|scratched(?: up)?)(?: condition)?`,
    `(?:arrived|came|was delivered|(?:was |were )?shipped|(?:was |were )?sent|showed up|turned up|(?:received|got) (?:it|this|them|these|(?:the|my|a|an) \\p{L}+)) with (?:the |a |an |its |one |two |some )?(?:\\p{L}+ ){0,2}(?:broken|cracked|smashed|shattered|crushed|dented|bent|torn|ripped|snapped|chipped)(?: off| in| (?!and|but|so)\\p{L}+(?: (?!and|but|so)\\p{L}+)?)?`,
    // The damage named as a noun: "came with a big dent on the side", "CAME WITH A FRONT DOOR DENT" (not "came with a scratch remover").
    `(?:arrived|came|was delivered|showed up|turned up|(?:received|got) (?:it|this|them|these|(?:the|my|a|an) \\p{L}+)) with (?:a |an |one |two |three |some |several |many |lots of |a few |a couple of )?(?:\\p{L}+ ){0,2}(?:dents?|dings?|scratch(?:es)?|cracks?|gouges?|scuffs?|holes?|chips?)(?! (?:remover|guard|protector|resistant|proof|pad|cover|kit|repair|filler|pen)(?![\\p{L}]))(?:(?: and | & |, )(?:a |an |some )?(?:dents?|dented|scratch(?:es|ed)?|cracks?|cracked|scuffs?|scuffed|chips?|chipped|bent)(?: up)?)?(?: (?:in|on|at|along) (?:the|its|one|a|each) (?:\\p{L}+ )?\\p{L}+)?`,
    // "When I got the fridge it had dents in the sides", "once we unboxed it, there was a crack": the state it came in.
    `(?:when|once|as soon as) (?:I|we) (?:first )?(?:got|received|unboxed|unpacked|opened) (?:it|them|this|the (?:\\p{L}+ )?\\p{L}+|my (?:\\p{L}+ )?\\p{L}+),? (?:it|they|there|the (?:\\p{L}+ )?\\p{L}+) (?:had|has|have|was|were|is|are)(?: already)?(?: (?:a|an|one|two|some|several|many|big|huge|large|small|deep|visible|\\d+))* (?:dents?|dented|dings?|scratch(?:es|ed)?|cracks?|cracked|gouges?|scuffs?|scuffed|holes?|chips?|chipped|damaged|broken|broke|bent|smashed|shattered)`,
    // A part the order lacked: "arrived missing a back and power cord", "no plug in cord, it's missing", "the power cord was missing".
    `(?:arrived|came|was delivered|showed up|shipped) missing (?:a |an |the |its |one |two |some )?(?:\\p{L}+ ){0,3}\\p{L}+`,
    `missing (?:the |a |an |its )?(?:power |plug[- ]?in |charging |usb |ac )?(?:cords?|cables?|chargers?|adapters?|remotes?)`,
    `no (?:power |plug[- ]?in |charging |usb |ac )?(?:cords?|cables?|chargers?|adapters?|plugs?|remotes?)(?:,? (?:it['’]?s|it is|is|was|were) missing| (?:in|inside) (?:the |my )?(?:box|package|parcel|carton)| (?:included|was included|came with (?:it|the \\p{L}+)))`,
    `(?:power |plug[- ]?in |charging |usb |ac )?(?:cords?|cables?|chargers?|adapters?|remotes?|stands?|legs|feet|shelf|shelves|back (?:panel|cover)) (?:is|was|were|are) (?:also )?missing`,
    // "The product I received is clearly used": the state it was sent in.
    `(?:received|got)(?: (?:is|was|are|were|has been|had been)) (?:clearly |obviously |definitely |already |previously )?(?:used|opened|returned|refurbished|second[- ]hand|pre-?owned)(?! to)`,
    // "I received today the book but it's broke", "got it yesterday and it's cracked".
    `(?:received|got) (?:(?:today|yesterday) )?(?:it|them|this|mine|the (?:\\p{L}+ )?\\p{L}+)(?: (?:today|yesterday|this morning))?,? (?:and|but) (?:it['’]?s|it is|it was|they['’]?re|they are|they were) (?:already |all )?(?:broke|broken|damaged|dented|cracked|torn|ripped|bent|smashed|crushed)`,
    // Found so on unboxing: "bent when taken out of the box", "broken when I took it out of the package".
    `(?:when|as soon as|once) (?:I |we )?(?:took|taken|take|pulled|unpacked|unboxed|removed)(?: (?:it|them))? (?:out of|from) (?:the |its )?(?:box|package|packaging|parcel|carton|shipping box)`,
    // The copy's state: "in used condition". A bare "in poor condition" is a state (CONDITION), the order's
    // only once the review says how it came: "the pistachios were in bad condition" judges the food.
    `(?:in |of )?(?:very |really |such |extremely )?(?:worn|used|damaged) (?:condition|shape)`,
    // Left at the door in the rain: "they left the item on the door and it got wet".
    `left (?:the |my |our )?(?:item|it|them|package|parcel|box|order)(?: \\p{L}+){0,2} (?:on|at|by|outside|in front of) (?:the |my |our )?(?:door|porch|doorstep|step|steps|gate|rain)`,
    // A used item sent as new (policy §4): "Definitely not new", "it looks used".
    `(?<!(?:model|version|design|technology|idea|concept|features?|formula)(?: \\p{L}+)? (?:is |was |are |were )?)(?:definitely |clearly |obviously |certainly )?not (?:brand )?new(?! to)`, `(?:looks?|looked|seems?|seemed) (?:very |really |pretty |clearly |obviously )?(?:used|second[- ]hand|pre-?owned)(?! to)`,
    // Not here yet: "Where is this item?"
    `where(?:['’]s| is| are) (?:this|my|the|our) (?:item|order|package|parcel|product|delivery|stuff|shipment)`,
    // The wrong thing in the box: "there was a DVD-R disc inside instead of the game case".
    `(?:found|there (?:was|were)|got|received|came with) (?:a |an |the |some )?(?:[\\p{L}\\p{N}-]+ ){1,3}(?:inside |in (?:the |my )?(?:box|case|package|parcel) )?instead of`,
    // Rodent waste in the box or on the unit: the state it was shipped in, not the product's make ("had rat poop in the box").
    `(?:rat|rats|mouse|mice|rodents?) (?:poop|droppings|urine|pee|feces|faeces|nests?|waste)`,
    // "Received it and the door was dented", "I barely received it yesterday and it has dents and cracks".
    `(?:received|got|unboxed|unpacked|opened) (?:it|them|this|mine|the (?:\\p{L}+ )?\\p{L}+)(?: (?:today|yesterday|this morning|last night))?,? (?:and|but|only to find)(?: that)? (?:it|they|(?:the |its |one |a )?(?:\\p{L}+ ){0,2}\\p{L}+) (?:was|were|is|are|has|had|have)(?: been)?(?: already)?(?: (?:a|an|some|several|two|big|huge|small|deep))* (?:damaged|broken|dented|dents|cracked|cracks|scratched|scratches|smashed|shattered|bent|crushed)`,
    // "It was just delivered n it's damaged".
    `(?:delivered|arrived|came|received it|got it)(?: (?:today|yesterday|this morning))? (?:and|n|&) (?:it['’]?s|it is|it was|they['’]?re|they are|they were) (?:already |all )?(?:damaged|broken|dented|cracked|smashed|shattered|crushed|bent)`,
    // Arrived broken, in each language: transit damage, the order's (house rule).
    // "Als ich das Buch erhalten habe, waren die Seiten zerknickt", "beim Auspacken war der Einband eingerissen": the state it came in.
    `(?:(?:als|nachdem|sobald) (?:ich|wir) (?:das|den|die|es|ihn|sie|mein\\p{L}*)(?: \\p{L}+)? (?:erhalten|bekommen|ausgepackt|geöffnet|aufgemacht)(?: habe| hatte| haben| hatten)?,?|(?:beim|nach dem) (?:Auspacken|Öffnen|Erhalt)|bei (?:Erhalt|Lieferung|Ankunft))(?: \\p{L}+){0,10} (?:zerknickt|geknickt|verknickt|eingerissen|zerrissen|zerkratzt|verkratzt|verschmutzt|fleckig|beschädigt|kaputt|eingedrückt|verbogen|nass|gebrochen)`,
    // The copy's state, for a book or a disc: "Der Schutzumschlag war verschmutzt", "Fettflecken auf dem Einband", "Fingerabdrücke auf der DVD".
    `(?:der |die |das )?(?:Schutzumschlag|Einband|Buchdeckel|Buchrücken|Umschlag|Seiten|Hülle|DVD|Blu-?ray|Disc|CD)(?: \\p{L}+){0,3} (?:war|waren|ist|sind) (?:\\p{L}+ )?(?:verschmutzt|schmutzig|fleckig|zerknickt|geknickt|verknickt|eingerissen|zerrissen|zerkratzt|verkratzt|beschädigt|nass|gewellt|eingedrückt)`,
    `(?:Wasserschaden|Wasserflecken|Fettflecken|Fingerabdrücke|Kratzer|Risse?|Knicke?)(?: \\p{L}+){0,2} (?:an|auf|im|in) (?:dem |der |den |die |das )?(?:Schutzumschlag|Einband|Buchdeckel|Buchrücken|Umschlag|Seiten|Cover|Hülle|DVD|Blu-?ray|Disc|CD)`,
    `(?:kam|kamen|angekommen|geliefert) (?:\\p{L}+ )?(?:kaputt|beschädigt|zerbrochen|zerdrückt)`, `(?:kaputt|beschädigt|zerbrochen|zerdrückt|nass|verschmutzt|geknickt) (?:an(?:kommt|kommen|kam|kamen|gekommen)|geliefert)`, `arrivée?s? (?:\\p{L}+ )?(?:cassée?s?|abîmée?s?|endommagée?s?|brisée?s?)`,
    `lleg(?:ó|aron|a) (?:\\p{L}+ )?(?:rot[oa]s?|dañad[oa]s?|roto|aplastad[oa]s?|golpead[oa]s?)`, `(?:viene|venía|vino|vinieron|venían|ha venido|ha llegado|llegó|llego)(?: \\p{L}+){0,3} (?:rot[oa]s?|rajad[oa]s?|dañad[oa]s?|golpead[oa]s?|usad[oa]s?)`, `no (?:me )?(?:ha llegado|lleg[oó]|llega)(?: (?:el|mi|la) (?:producto|pedido|paquete|art[ií]culo))?`, `no (?:he recibido|recib[ií])(?: (?:el|mi|la) (?:producto|pedido|paquete|art[ií]culo))?`, `no (?:traía|trae|vino con|venía con|viene con|tra[ií]a) (?:el|la|los|las|un|una) \\p{L}+`, `no es el (?:producto|art[ií]culo|modelo) (?:anunciado|que ped[ií]|pedido)`, `no se corresponde? (?:a|con) (?:la|el|lo) anunciad[oa]`, `arrivat[oaie] (?:\\p{L}+ )?(?:rott[oaie]|danneggiat[oaie]|ammaccat[oaie]|distrutt[oaie])`,
    `(?:in )?damaged condition`, `(?:damaged|broken|empty|torn|teared|tampered) (?:item|product|package|packet|parcel|box|basket|carton)`, `empty (?:box|package|packet|parcel|carton)`, `no product (?:found )?inside`,
    // The case or box came without the thing itself: "a case with no game inside", "box empty", "inside was… nothing".
    `(?:box|case|package|parcel|packet|carton) (?:was |is |came |arrived )?(?:completely |totally |just )?empty`, `no (?:actual )?(?:game|disc|disk|cartridge|cd|dvd|blu-?ray|item|product)(?: \\p{L}+)? (?:inside|included|in (?:it|the case|the box))`, `(?:what(?:['’]s| is| was)|what (?:we|I) found) inside[.…!,: ]+nothing`,
    `(?:not|(?:did|does|do|have|has|had)n['’]?t|never) (?:yet |even |ever |actually |still )?(?:get|got|receive|received|rec'?d|recieved|recived|reach(?:ed)?)(?! rid of)(?! (?:my |the |a |any |an )?(?:refund|money|replacement|reply|response|answer|call|email|update))(?! (?:very |as |that |so |too |really |nearly |quite |any )?${BECOME}(?![\\p{L}]))(?!(?: \\p{L}+){1,2} (?:off|on|open|out|in|working|used|to (?:work|stay|fit|turn|charge|pair|connect|stick|hold|close|open|run|start)))(?: the| my| any| me)?(?: (?:product|item|order|parcel|package|packet|gift wrap|\\p{L}+))?`, `(?:did|does) not reach`, `nahi (?:hua|mila|aaya)`,
    `(?:didn'?t|did not|never) order(?:ed)? (?:this|it|these|them)`, `showed up`, `turned up`, `nothing (?:came|arrived|was delivered|got here)`, `(?:never|didn['’]?t|did not|has not|hasn['’]?t) (?:yet )?ma(?:de|ke) it (?:to (?:my|our|the) (?:door|house|home|address|flat|apartment)|here|home)`, `(?:only|just) (?:got|received) (?:one|two|three|\\d+)(?! (?:uses?|days?|weeks?|months?|wears?|washes|hours?|charges?|times?|goes|rides|cups?|loads?))`, `(?:received|got)(?: \\p{L}+){0,6} only`, `remaining (?:\\p{L}+)`, `incomplete`,
    `wrong (?:item|product|colou?r|size|model|one)(?: was| is)? (?:sent|delivered|received|shipped)`, `(?:sent|delivered|received|got|shipped|getting)(?: me| us)? (?:the |a |an )?wrong`, `(?:ordered|ordering|picked|chose|selected|requested)(?: ["“”]?[\\p{L}\\p{N}'’-]+["“”]?(?:[.,]\\p{N}+)?){1,8}?,? (?:and|but|while|why|yet|only to|instead|however,?|though|although)? ?(?:i )?(?:got|received|getting|am getting|delivered|was sent|they sent|you sent|came)(?:(?: \\p{L}+){1,4}? instead)?`,
    // A part of the order not in the box: "the earphones are missing from the box", "earphone is not there".
    `(?:\\p{L}+ ){0,3}(?:is|are|was|were) (?:missing|not there|not inside|absent) (?:from|in) (?:the |my )?(?:box|package|parcel|packet|pack|order|carton)`,
    `(?:is|are|was|were) (?:missing|not there|not inside|absent)(?: (?:from|in) (?:the |my )?(?:box|package|parcel|packet|pack|order|carton))?`,
    // "the charger was not included", "the dock is not in the box": a part the order lacked (the noun is the order's, not a verdict).
    `(?:\\p{L}+ ){0,3}(?:is|are|was|were)(?: not|n['’]t) (?:included|received|recieved|delivered|sent|in (?:the|my) (?:box|package|parcel|packet|pack|order|carton))`, `not included`,
    `missing (?:items?|pieces?|parts?|accessor\\p{L}+|screws?|components?)`,
    `(?:came|arrived|was delivered|shipped) (?:with no|without (?:any|the|a|its)) \\p{L}+`, `over ?due`, `past due`,
    // "No charger in the box", "no tablet inside the package": the box came without it.
    `no (?:\\p{L}+ ){1,2}(?:in|inside) (?:the |my |this )?(?:box|package|parcel|packet|pack|carton)`, `only (?:one|1|two|2|three|3|half|part|some)(?: of (?:them|(?:the |my )?(?:\\p{L}+ ){0,2}\\p{L}+))? (?:arrived|came|was delivered|were delivered|showed up|(?:was|were) in the (?:box|package|parcel))`,
    `nothing (?:was |got )?(?:left )?(?:at|on|by|in) (?:my|the|our) (?:door|porch|doorstep|house|gate|mailbox|letterbox|building)`, `marked as delivered`, `nothing (?:has |had |will |would )?(?:ever |yet )?(?:shown up|turned up|show up|turn up|come|arrived|arrive|been delivered|be delivered)`,
    `(?:leak(?:ed|ing)|spill(?:ed|ing)|spilt) all over (?:the |my |our )?(?:mailbox|porch|doorstep|doormat|mailroom|parcel|package|delivery bag)`, `(?:leaked|spilled|spilt) (?:\\p{L}+ ){0,3}(?:in|inside|into|through|all over|over)(?: \\p{L}+){0,3} (?:package|parcel|packaging|mailer|carton|envelope|(?:shipping|outer|amazon|delivery) box)`,
    `(?:pre-?orders?|orders?|deliver(?:y|ies)|shipments?|purchases?) (?:gone|went|going|goes) (?:wrong|bad|badly|awry)`, `pre-? ?order(?:ed)?(?: (?:it|this|the game|mine))? (?:(?:a|one|two|three|four|five|six|\\d+) (?:days?|weeks?|months?)|months|weeks) (?:in advance|ahead|early|before)`, `(?:had to|have to) wait (?:\\d+|a few|several|two|three|four|five|six|seven) (?:more )?(?:days|weeks) (?:later|longer|after (?:release|launch))`, `(?:put|left|dropped|delivered) (?:it|the package|my package|the parcel|my parcel|the box) (?:in|at|to) the wrong (?:place|address|house|door|building|apartment|porch)`, `tracking(?: (?:number|link|code|info|page))?(?: \\p{L}+)? (?:does ?n['’]?t|does not|did not|didn['’]?t|won['’]?t|never|is not|isn['’]?t) (?:work|update|load|exist|valid)\\p{L}*`,
    `(?:sent|shipped|delivered|received|got)(?: me| us)? (?:a |an |the )?(?:\\p{L}+ ){0,2}(?:one|ones|item|version|model) (?:when|but|while|though|although|even though|whereas) (?:I|we) (?:had )?(?:ordered|picked|chose|selected|asked for|paid for)`,
    `nicht (?:angekommen|geliefert|erhalten|enthalten|dabei)`, `nie (?:geliefert|bekommen)`, `fehlt(?:e|en)? (?:im|in der) (?:Paket|Karton|Lieferung|Packung|Sendung)`, `(?:falsche[nrs]?|gebrauchte[nrs]?) (?:Artikel|Produkt|Ware|Größe|Farbe)(?: \\p{L}+)? (?:geliefert|erhalten|bekommen|geschickt)`,
    `(?:pas|jamais) (?:été )?(?:reçu|livré)e?s?`, `(?:n'ai|n'avons) (?:pas|jamais) reçu`, `manqu(?:e|ait|aient) dans (?:le|mon) (?:colis|carton|paquet)`, `(?:mauvais|autre) (?:article|produit|modèle|taille|coloris)`, `(?:article|produit) (?:d'occasion|usagé|utilisé|déjà utilisé)`, `(?:on m'a|ils m'ont) envoyé`,
    `no (?:me )?(?:ha |han )?(?:llegado|llegó|recibido)`, `nunca (?:llegó|lo recibí|recibí)`, `(?:me )?(?:enviaron|mandaron)`, `(?:artículo|producto|modelo|talla) (?:equivocad[oa]|incorrect[oa]|usad[oa]|distint[oa])`, `falta(?:ba|n)? en (?:el|mi) (?:paquete|caja|pedido)`,
    `(?:mai|non) (?:è )?(?:arrivat[oa]|ricevut[oa]|consegnat[oa])`, `(?:non (?:l')?ho )?(?:mai )?ricevut[oa]`, `mi hanno (?:mandato|spedito|inviato)`, `(?:articolo|prodotto|modello|taglia) (?:sbagliat[oa]|usat[oa]|divers[oa])`, `manca(?:va|no)? nel (?:pacco|pacchetto|ordine)`, `missing (?:from|in) (?:the |my )?(?:box|package|parcel|packet|pack|order|carton)`,
    `(?:is |was )?not (?:the |my )?ordered (?:product|item|model|one|colou?r|size)`, `(?:not|never) (?:the )?(?:product|item|model) I ordered`,
    `damaged? (?:piece|product|item|pack|packet)(?: (?:received|recieved|recived|delivered|sent|came))?`,
    `(?:received|recieved|recived|got) (?:a |the )?damaged? (?:piece|product|item)`,
    `spill(?:ed|t)(?: \\p{L}+)*? (?:over|all over|everywhere|in)`,
    // "the box arrived crushed and the bottle inside was broken": what was inside a damaged parcel.
    `(?:and|with) (?:the |a |an |my |one |two |some |all )?(?:\\p{L}+ ){0,2}(?:inside|in it|within)(?: it)? (?:was|were|got|had been) (?:all )?(?:broken|cracked|shattered|smashed|crushed|damaged|dented|leaking|spilled|soaked)`,
    // "received a screen protector instead", "got a different brand": the wrong thing came.
    `(?:received|got|sent(?: me| us)?|delivered|came with) (?:a |an |the |some |two |\\d+ )?(?:\\p{L}+ ){0,3}\\p{L}+ instead`,
    `(?:received|got|sent(?: me| us)?|delivered) (?:a |an |the )?(?:completely |totally )?(?:different|another) (?:brand|item|product|model|colou?r|size|one|thing|version|style)`,
    `only (?:the )?(?:\\p{L}+ ){0,2}(?:was|were|came) (?:there|inside|in (?:the|it)(?: box| package)?)`, `only (?:the )?(?:\\p{L}+ ){0,2}(?:came|arrived)`,
    `(?:paid for|ordered|bought) (?:the |a |an )?(?:\\p{L}+ ){0,2}\\p{L}+,? but (?:it|they|that) (?:was|were)(?: not|n['’]t) (?:in (?:the|my) (?:box|package|parcel|order)|included|sent|delivered|received)`,
    `(?:was|is|were) supposed to (?:come|arrive|be delivered|be here|get here|ship)`, `where(?:['’]s| is) my (?:order|package|parcel|item|product|delivery|shipment|stuff)`,
    `delay(?:ed|ing|s)? (?:my|the|our|this) (?:order|delivery|package|parcel|shipment)`, `(?:order|delivery|package|parcel|shipment)(?: \\p{L}+)? (?:was |is |got |has been |keeps (?:getting )?)?delayed`,
    `(?:push(?:ed|es|ing)?|mov(?:ed|es|ing)|put(?:s|ting)?) (?:my |the |our )?(?:order|delivery|package|parcel|shipment|delivery date)(?: date)? back`, `(?:postpon|reschedul)\\p{L}* (?:my |the |our )?(?:order|delivery|package|parcel|shipment)`, `(?:has|have|had)n['’]?t (?:yet )?(?:shown up|come|arrived|been delivered)`, `(?:has|have|had) not (?:yet )?(?:shown up|come|arrived|been delivered)`, `still (?:isn['’]?t|is not|not) here`, `(?:came|arrived|received|delivered|reached)(?: (?:it|me|us))? in (?:a )?(?:very |really |such a |totally )?(?:bad|poor|terrible|horrible|awful|pathetic|damaged|broken|worst|shabby|dirty|used) (?:condition|state|shape)`, `half spilled`, `(?:were|was) crushed`,

    `deliver${L}`, `arriv${L}`, `(?<!free )shipping`, `postage`, `shipped`, `ships`, `shipment`, `packages?(?! (?:says|said|states|stated|claims|claimed|reads|promises|promised|advertises|lists|listed|describes|described))`, `parcels?`, `couriers?`, `(?:the |shipping |delivery |postal |freight )carriers?(?! (?:lock\\p{L}*|unlock\\p{L}*|network|plan|service provider|signal|compatib\\p{L}*))`, `carriers? (?:lost|left|delivered|damaged|dropped|threw|never|said|claims?)`, `UPS`, `USPS`,
    `FedEx`, `DHL`, `drivers?`, `late`, `(?:days|weeks) late`, `on time`, `never (?:received|came|got(?! (?:very |as |that |so |too |really |nearly |quite |any )?${BECOME}(?![\\p{L}]))|showed up)`, `still waiting(?! (?:for|on) (?:my |the |a |any )?(?:refund|money|reply|response|answer|call|email|results?|it to (?:work|kick|help|start)|(?:any )?(?:effects?|improvement|change|difference))| to (?:see|find out|know|notice|feel))`,
    `(?:lost|stuck) in (?:transit|the mail)`, `transit`, `porch`, `doorstep`, `mailbox`, `came (?:in(?! contact)|late|today|yesterday|quickly|fast|early)`,
    `took (?:\\w+ )?(?:days|weeks|forever|a month)`, `(?:promised|expected|estimated) (?:by|date|delivery)`, `(?:fast|quick|slow) (?:delivery|shipping)`,
    `never (?:delivered|arrived)`, `post office`, `mail(?:man|ed)?`, `wrong address`, `(?:left|delivered|given|handed|dropped|sent|went)(?: \\p{L}+){0,3} (?:with|to|at) (?:my |the |a |our |next door )?neighbou?rs?(?:['’]s?)?`, `neighbou?rs? (?:got|received|took|has|had|signed|picked)`, `(?:asked|checked with|ask)(?: (?:all|the|my|our))? neighbou?rs?`, `signature`, `stolen`,
    // Part of the order short, without a copula (Indian English): "16 washers not received", "half received", "screws only received".
    `(?<!(?:refund|money|reply|response|answer|call|email|update|invoice) )not (?:yet )?(?:received|recieved|delivered)`, `half (?:received|delivered)`, `(?:received|got) (?:only )?half`, `only (?:received|recieved|delivered)`,
  ]
);

// Where the parcel was left and how it was tracked: a third lexicon for the topic, for the same 20 KB limit.
// "If left on" a switch, "tracking on the mouse" are the product's.
const DELIVERY_WHERE = lexicon([
  `(?<!(?:if|when|while|once|be|been|is|was|it|they) )left (?:at|in|on|outside|by) (?:the |my |our |a |an |front |back |his |her |their )?(?:\\p{L}+ )?(?:porch|door|doorstep|step|steps|stoop|mailbox|gate|garage|lobby|driveway|yard|garden|street|curb|rain|snow|sun|hall|hallway|building|house|office|neighbou?r\\p{L}*|wrong|open|outside|front|back|side)`,
  `(?<!(?:motion|eye|head|fitness|sleep|step|gps|activity|sensor|laser|optical|finger|face) )tracking(?! (?:on|of|with) (?:the |this |my |a )?(?:mouse|keyboard|trackpad|touchpad|sensor|laser|pen|stylus|camera|eyes?|motion|head|steps?|heart|sleep|gps|fitness|activity))`,
]);

// The same topic's words in other languages and scripts: a lexicon of their own, since V8 stops optimising a
// pattern longer than 20 KB (kRegExpTooLargeToOptimize) and DELIVERY alone came within a few hundred characters of it.
const DELIVERY_ABROAD = lexicon(
  [
    `Lieferung`, `geliefert`, `Lieferzeit`, `Versand`, `versendet`, `verschickt`, `angekommen`, `Paket`, `Päckchen`, `Zusteller`, `Hermes`, `DPD`, `GLS`,
    // "Amazon-Fahrer hat es vor die Tür geworfen": the carrier and the doorstep.
    `(?:Amazon|DHL|Hermes|DPD|GLS|UPS|Paket)-?(?:[Ff]ahrer|[Bb]ote|[Zz]usteller|[Kk]urier)(?:in|s)?`, `(?:Paket|Liefer|Kurier)dienst\\p{L}*`, `vor (?:die|der) (?:Haus|Wohnungs)?[Tt]ür(?: (?:gelegt|geworfen|gestellt|geschmissen|abgelegt|liegen lassen))?`,
    `Sendungsverfolgung`, `verspätet`, `zu spät`, `nie erhalten`, `nie angekommen`, `livraison`, `livré(?:e|es|s)?`, `livreur`,
    `expédi${L}`, `colis`, `arrivé(?:e|es|s)?`, `transporteur`, `Colissimo`, `Chronopost`, `retard`, `en retard`, `suivi`, `entrega${L}`,
    `entregad[oa]`, `envío`, `enviad[oa]`, `paquete`, `lleg${L}`, `repartidor`, `transportista`, `Correos`, `SEUR`, `retraso`, `seguimiento`, `consegn${L}`,
    `spedizione`, `spedit[oa]`, `pacco`, `arrivat[oa]`, `corriere`, `BRT`, `SDA`, `ritardo`, `in ritardo`, `tracciamento`,
    // "Es inadmisible que … se entregue así": the state it was handed over in.
    `se (?:entregue|entregó|entrega|envíe|envió|envía) así`,
  ],
  ['मिसिंग', 'अधूरा ही भेज', 'अधूरा भेज', 'डिलीवरी', 'डिलिवरी', 'क्यो भेजा', 'क्यों भेजा', 'गलत समान', 'गलत सामान', 'गलत प्रोडक्ट', 'की जगह', 'के स्थान पर', '届いた商品', '壊れて届', '破損して届', '届いた時(?:点で|には)?(?:既に|すでに)?(?:壊れ|破損)', '收到(?:时|就)(?:已经)?(?:坏|碎|破)', '到货(?:就|时)?(?:已经)?(?:坏|碎|破)', '运输(?:中|过程中)?(?:损坏|压坏|摔坏)', '届いていな', '未着', '没有收到', '未到货', '空の箱', '送货', '到货', '没收到', '未收到', '送错', '发错', '少发', '漏发', '空盒', '包裹', '配送', '迟到', '丢件', '快递员', '配送', '配達', '発送', '到着', '届い', '届か', '届き', '届く', '届け', '遅延', '配達員', '荷物', '宅配', '追跡', 'ヤマト', '佐川', '日本郵便', '置き配', '送って(?:こな|きません|くれな)', '快递', '物流', '发货'],
);

const PACKAGING = lexicon(
  [
    `(?:(?:whole|entire|outer|shipping) )?(?:box|package|packaging|parcel|envelope|packet|bag|pouch|carton|wrapper) (?:was |were |arrived |came )?(?:crushed|flattened|caved in|squashed|torn|ripped(?: open)?|open(?:ed)?|wet|soaked|damaged|dented|smashed|destroyed|fell apart|falling apart)`,
    // "Did not come in the bag as advertised": the packing the listing promised.
    `(?:did ?n['’]?t|did not|does ?n['’]?t|does not) come in (?:the |a |an |its )?(?:\\p{L}+ )?(?:bag|box|package|packaging|tin|jar|bottle|container|case|pouch)`,
    `seal(?:ed)? (?:was |is |were )?(?:already )?(?:broken|open(?:ed)?|tampered|torn|missing)`, `(?:broken|no|without|missing) seal`, `(?:box|package|packet|pack) (?:was |is )?(?:already )?open(?:ed)?`, `open(?:ed)? (?:box|package|packet|pack)`,
    // "Defective parcel", "damaged package": the damage is the parcel's, not the product's.
    `(?:defective|faulty|damaged|broken|busted) (?:parcel|package|packaging|shipping box|outer box|delivery|shipment)`,
    // "The bag was split open", "bags of popcorn that ripped open", "the contents laying loose in the box": the pack gave way on the trip.
    `(?:bags?|packets?|pouch(?:es)?|packages?|cartons?|wrappers?|sacks?)(?: of \\p{L}+)?(?: (?:that|which))? (?:was |were |had |have |got |came |arrived )?(?:already )?(?:split|ripped|torn|broken|busted|burst|slit) open`,
    `(?:laying|lying|rolling|spilled|spilt) (?:loose )?(?:all over |everywhere in |in |inside )(?:the |my )?(?:box|package|parcel|carton|mailer)`,
    `broken (?:in|during) (?:transit|shipping|delivery)`, `(?:packed|packaged|thrown|tossed|shipped) (?:in )?loose`, `(?:rolling|rattling|sliding) (?:around|loose) (?:in|inside) (?:the |a )?(?:box|package|parcel|carton)`, `(?:ripped|torn|crushed|squashed|soaked|soggy|wet|dented|smashed|flimsy|open(?:ed)?) (?:outer |shipping |plastic |paper |cardboard )?(?:box|package|packaging|parcel|envelope|packet|bag|pouch|carton|wrapper|mailer)`, `packag(?:ing|ed)`, `packed`, `bubble wrap`, `shrink[- ]?wrap${L}`, `envelope`, `padding`, `padded`, `wrapping`,
    `(?:huge|big|oversized|flimsy|thin|tiny|wrong) (?:box|envelope|bag|mailer)`, `(?:outer|shipping) box`,
    `(?:thin|flimsy|single|one|cheap) (?:\\p{L}+ )?(?:layer|sheet|piece)s? of (?:bubble ?wrap|padding|paper|cardboard|plastic)`, `cardboard`, `Verpackung\\p{L}*`, `verpackt`,
    `Karton (?:war |ist )?(?:beschädigt|kaputt|offen|nass|eingedrückt)`, `emball${L}`, `carton (?:ouvert|abîmé|déchiré|écrasé|mouillé)`, `embalaje`,
    `empaquetad[oa]`, `caja (?:rota|abierta|dañada|aplastada|mojada)`, `imball${L}`, `scatola (?:rotta|aperta|danneggiata|schiacciata)`,
  ],
  ['梱包', '包装', '外箱', '盒子(?:破|坏|压|烂)', '箱[がもは](?:潰|破|ボロボロ|へこ|凹|濡)'],
);

// "One of the bottles was leaking", "the packets were torn", "a broken jar", "leaked in the
// shipment": the container a consumable comes in gave way on the trip. An item that arrived
// broken or leaking, with nothing said of the product, is transit damage (corpus house rules).
// Not when the sentence tells of use ("started leaking after a week"): see tagSentences.
const CONTAINER = '(?:bottles?|jars?|containers?|cans|tins?|tubs?|jugs?|packets?|sachets?|pouch(?:es)?|bags?|cartons?|vials?|canisters?|glass jars?)';
const GAVE_WAY = '(?:leaking|leaked|leaky|spilled|spilt|spilling|torn|ripped|broken|cracked|smashed|shattered|burst|busted|crushed|punctured|squashed)';
const TRANSIT = lexicon(
  [
    `${CONTAINER}(?: of \\p{L}+)? (?:was |were |is |are |had |has |got |came |arrived )?(?:already |all |completely |totally |badly |partly |partially )?${GAVE_WAY}`,
    `(?:a|an|the|one|two|some|with|received|got) ${GAVE_WAY} ${CONTAINER}`,
    `(?:leaked|leaking|spilled|spilt|spilling|poured) (?:out )?(?:in(?:to|side)?|through) (?:the |a )?(?:outer |plastic |shipping )?(?:box|package|packaging|parcel|shipment|plastic|wrapper|carton|mailer|envelope|transit)`,
    `(?:liquid|contents|powder|oil|juice|sauce|syrup|gel|cream|lotion|shampoo) (?:was |were |had |has )?(?:leaking|leaked|spilled|spilt|all over)`,
    `(?:broken|smashed|shattered) (?:in|into) (?:small |tiny |many )?pieces`,
    `(?:Flasche|Dose|Glas|Deckel|Tube|Packung|Beutel)\\p{L}* (?:war |ist |kam )?(?:kaputt|zerbrochen|gebrochen|undicht|ausgelaufen|aufgerissen|eingerissen)`, `ausgelaufen`,
    `(?:flacon|bouteille|pot|bocal|sachet|tube) (?:était |est |arrivée? )?(?:cassée?|fissurée?|percée?|renversée?|déchirée?)`, `(?:a|avait) (?:coulé|fui)`, `fuyait`,
    `(?:botella|bote|frasco|tarro|bolsa|tapa) (?:estaba |venía |vino |llegó )?(?:rot[oa]|derramad[oa]|agrietad[oa]|pinchad[oa])`, `derramad[oa]`,
    `(?:bottiglia|barattolo|flacone|vasetto|busta|tappo) (?:era |è |arrivat[oa] )?(?:rott[oa]|rovesciat[oa]|crepat[oa])`, `rovesciat[oa]`,
  ],
  ['中身が(?:漏れ|こぼれ)', '漏れていた', '(?:瓶|ボトル|容器)が(?:割れ|破損)', '漏了', '洒了', '撒了', '(?:瓶子|罐子)(?:碎|破|裂)'],
);

/** Amazon's own service (Prime, lockers, Amazon's drivers and support). */
const AMAZON = lexicon([`amazon(?:'s)? (?:driver|delivery|logistics|customer service|support|locker|hub|warehouse)`, `amazon (?:lost|delivered|left|sent|refunded)`, `prime (?:delivery|shipping)`, `amazon (?:prime )?van`, `(?:bought|ordered|purchased|got) (?:it|this|them|these) (?:from|on|through|via) amazon(?: prime| fresh)?`]);

const PRICE = lexicon(
  [
    `prices?`, `priced`, `over-?priced`, `(?<!(?:return|returns|returning|shipping|postage) (?:is|was|are|were) (?:too |so |very |really )?)expensive(?! to (?:return|ship|send|post|mail))`, `pricey`, `pricier`, `dearer`, `costlier`, `costs?`, `costly(?! to (?:return|ship|send|post|mail))`, `cheaper`, `price (?:gouging|hike|increase|drop)`,
    `rip-?off price`, `less than (?:what )?(?:I|we) paid`, `(?:could|should) have (?:went|gone|sold|been sold) for (?:a lot |much |way |far )?less`, `too much money`, `paid (?:\\$|€|£)?\\d+(?! ?(?:days?|weeks?|months?|hours?|years?)(?!\\p{L}))`, `(?:\\$|€|£)\\s?\\d+(?:[.,]\\d+)?`, `\\d+(?:[.,]\\d+)?\\s?(?:\\$|€|£|dollars|euros?|bucks)`,
    `MRP`, `(?:rs\\.?|₹|inr)\\s?\\d+`, `\\d+\\s?(?:rs|rupees|inr)`, `(?:for )?less money`, `discounts?`, `(?:worth|value) (?:for|of) (?:the )?money`, `selling (?:it )?(?:at|for)`, `for (?:half|less|a fraction)(?: (?:the|of the) (?:price|cost))?`, `cheaper (?:at|in|from|elsewhere|locally|in stores?)`, `(?:delivery|shipping) charges?`,
    // The price itself moved or is too high: "price jumped", "they hiked the price", "costs a fortune", "highway robbery".
    `(?:price|prices|cost)(?: \\p{L}+)? (?:went|goes|gone|shot|jumped|rose|has risen|increased|doubled|tripled|dropped|fell|was (?:raised|hiked|increased|reduced|lowered|cut))(?: up| down)?`, `(?:raised|hiked|increased|doubled|jacked up|bumped up|dropped|cut|lowered|reduced|slashed) (?:the |their |its |his |her )?prices?`,
    `costs? (?:too much|a fortune|an arm and a leg|way more|far more|double|twice)`, `(?:highway|daylight) robbery`, `dollars`, `bucks`, `euros?`, `rupees`, `(?:far |much |a lot |way )?(?:less|lower|cheaper) (?:at|in|from) (?:any|the|my|a|your|our) (?:local |nearby |corner |grocery |drug |retail |dollar )?(?:store|shop|market|supermarket|pharmacy|chemist)s?`,
    `Wucher\\p{L}*`, `hors de prix`, `(?:prix|precio|prezzo) (?:exorbitant|excesivo|abusivo|eccessivo|esagerato)`, `carísim[oa]`, `carissim[oa]`,
    `Preis${L}`, `teuer`, `kost(?:et|en|ete|eten)`, `(?:die|la) (?:Hälfte|moitié|mitad|metà)`, `coûte${L}`, `cuesta${L}`, `costa(?:va)?`, `überteuert`, `günstiger`, `prix`, `cher`, `moins cher`, `precio`, `caro`, `más barato`, `prezzo`, `costos[oa]`, `più economico`,
  ],
  ['価格', '値段', '値上げ', '高すぎ', '割高', '円', '价格', '太贵', '涨价', '降价', '贵了', '元'],
);

const AVAILABILITY = lexicon([
  `(?:is |are )?not (?:currently |presently )?available(?! (?:with|along|inside|in (?:the |my )?(?:box|pack|package|packet|parcel|order)))`, `no longer (?:available|sold|made)`,
  `out of stock`, `unavailable`, `sold out`, `back in stock`, `in stock`, `restock${L}`, `availability`, `discontinued`, `backorder${L}`, `can'?t (?:find|buy|get) (?:it|this|them) anymore`,
  `(?:not|never) (?:available|in stock|sold)(?: anymore| any more)? (?:in|at|on|for|to) (?:my|your|our|the|this) (?:area|region|country|size|colou?r|location|zip ?code|pin ?code)`, `(?:currently|temporarily) (?:unavailable|out)`,
  `(?:can['’]?t|cannot|could not|couldn['’]?t|unable to) (?:order|buy|purchase|get) (?:it|this|them|one|any)(?: anymore| any more| again| here| in my (?:area|country|region))`, `(?:doesn['’]?t|does not|won['’]?t|will not) (?:ship|deliver) to (?:my|your|our) (?:area|country|region|address|location|pin ?code)`,
  `nicht mehr (?:erhältlich|lieferbar|verfügbar)`, `(?:plus|pas) disponible`, `n['’]est plus (?:vendu|disponible)`, `ya no (?:está disponible|se vende|lo venden)`, `non (?:è )?più disponibile`, `fuori produzione`,
  `nicht (?:vorrätig|lieferbar|verfügbar)`, `ausverkauft`, `rupture de stock`, `indisponible`, `agotad[oa]`, `sin stock`, `no disponible`, `esaurit[oa]`, `non disponibile`,
], ['在庫切れ', '品切れ', '売り切れ', '在庫なし', '在庫がな', '販売終了', '取り扱い終了', '缺货', '断货', '无货', '没货', '下架', '买不到']);

/** Clearly not about any product: politics, Amazon's website or account, test posts. */
const OFFTOPIC = lexicon([
  `anti-?national`, `boycott${L}`, `(?:haven'?t|have not|hasn'?t|didn'?t|did not|never) (?:yet |even )?(?:bought|buy|purchased) (?:it|this|one|them|the product)(?: yet)?`, `(?:able|allowed) to review`, `never (?:did I |have I )?(?:even )?(?:bother(?:ed)? )?(?:buying|to buy|bought|purchas\\p{L}+)`, `(?:make|makes|making|ask|asks|asking|keeps? asking|wants?) (?:me|us|people|buyers) (?:to )?(?:review|rate)`, `review (?:things|items|products|stuff|something) (?:I|we) (?:haven'?t|have not|didn'?t|did not|never)`, `thank(?:s| ?you)(?: all| everyone| guys)? for (?:the |your |all the )?warn(?:ings?|ing (?:me|us))`,
  `election`, `president`, `Trump`, `Biden`, `democrats?`, `republicans?`, `liberals?`, `conservatives?`, `politic${L}`, `government`, `congress`, `vote`, `voting`,
  `amazon(?:'s)? (?:website|site|app|account|search|algorithm|prime (?:membership|video|subscription)|music|kindle unlimited)`, `prime (?:membership|video|subscription)`,
  `(?<!(?:back|refund\\p{L}*|credit\\p{L}*|money|paid|charged|debited|deducted) (?:to|in|into|of|from|on) )my (?:amazon )?account`, `(?:your|the|amazon's) website`, `order history`, `log(?:s|ging|ged)? (?:me )?out`, `password`, `sign(?:ing)? in`, `(?:this|amazon) (?:website|app) (?:keeps|is|won't)`, `first review`, `just testing`, `test(?:ing)? (?:post|review)`, `the weather`,
  `my ex`, `my (?:boss|landlord|neighbou?r)`, `god bless`, `jesus`, `happy (?:new year|holidays|birthday)`, `merry christmas`, `checkout`, `gift card balance`,
]);

/** Bare verdicts that name no topic ("Very disappointed.", "Never again!"). */
const GENERIC = lexicon([
  `(?:very |so |extremely |really )?(?:disappointed|disappointing|unhappy|not happy|upset|annoyed|frustrated|frustrating|unacceptable|ridiculous|terrible|horrible|awful|bad|poor|great|good|excellent|amazing|perfect|fine|ok(?:ay)?|meh)`,
  `(?:never|not) again`, `(?:better )?(?:dont|don['’]t|do not) (?:take|buy|order)(?: (?:it|this|them))?`, `(?:felt |feel |feeling |very |so )?dis+ap+oint\\p{L}*`, `(?:I )?(?:placed|made) (?:an? |the |my )?order`, `I (?:had |have )?(?:order|ordered|purchased|bought)(?= (?:this|it|these|them|one|two|a|an|the|my|\\p{L}+ (?:with|for|from|on)))`, `I give up`, `no comments?`, `(?:the )?(?:title|headline|heading|subject) says it all`, `(?:no way|too (?:early|soon)) to (?:judge|tell|say|rate|review)(?: (?:it|yet|so far))*`, `avoid(?: avoid)*`, `(?:not|n'?t) (?:happy|satisfied)`, `not (?:\\d+ ?%|one hundred percent|fully|completely|totally|entirely) (?:happy|satisfied)`, `unhappy(?: with (?:my|the|this) (?:purchase|order))?`, `(?:very |a very |so )?disappointing experience`, `total loss`, `please let me know`, `as soon as possible`,
  `(?:please|pls|plz|kindly) help(?: me| us)?`, `(?:hi|hello|hey|dear)(?: (?:team|seller|sir|madam|amazon|all|there|everyone|support))?`,
  // A request for the parts the order lacked ("kindly send a couple of screws to make it functional"), tried first: the
  // shorter plea after it would match "kindly send" alone and leave the rest unread.
  `(?:please|pls|plz|kindly) (?:send|resend|ship|deliver|provide|arrange)(?: (?:me|us))? (?:the |a |an |some |a couple of |two |\\d+ )?(?:missing |remaining |other |replacement )?(?:\\p{L}+ ){0,2}(?:parts?|pieces?|screws?|bolts?|nuts?|keys?|cables?|cords?|chargers?|items?|ones?)(?: (?:so as )?to (?:make|get) (?:it|them) (?:work(?:ing)?|functional|usable|complete))?`, `(?:please|pls|plz|kindly) (?:send|resend|re-send|ship|deliver|look into|check|resolve|sort (?:it|this) out|process|arrange|do the needful|contact me|respond|reply|refund|replace|exchange)(?: (?:it|this|them|my (?:order|parcel|package|refund)|the (?:rest|missing (?:one|part|item)s?|order|parcel|package|refund)))?(?: asap| soon| quickly| immediately)?`, `(?<!(?:not|n't|n’t) )help (?:me|us)(?: out)?(?: please)?(?=\\s*[.!?]|$)`, `need help`, `what (?:can|should|do|shall) (?:I|we) do`, `never (?:ever )?(?:buy|purchase|order)(?: again)?`,
  `no bueno`, `blah`, `what the hell(?: is this)?`, `sorry`, `very bad experience`, `waste of (?:money|time)`, `(?:(?:raus|hinaus|heraus)?(?:geworfen|geschmissen)es|verschwendetes|verlorenes) Geld`, `Geldverschwendung`, `schade ums? (?:das )?Geld`, `(?:jeder|jeden) (?:Euro|Cent) (?:tut weh|ist zu viel)`, `argent (?:jeté|gaspillé)(?: par la fenêtre)?`, `gaspillage d['’]argent`, `(?:dinero|plata) tirad[oa]`, `(?:una )?pérdida de dinero`, `soldi (?:buttati|sprecati)`, `spreco di (?:soldi|denaro)`, `(?:big )?mistake`, `(?:I )?want my money back`, `quiero (?:mi dinero|que me devuelvan)(?: de vuelta)?`, `ich will mein Geld`, `je veux être remboursée?`, `rivoglio i (?:miei )?soldi`, `(?:do not|don'?t) (?:buy|order|recommend|bother)`, `(?:would|will) (?:not )?(?:recommend|order again|buy again|buy from)`, `thanks?(?: you)?`,
  `(?:one|1|two|2|three|3|four|4|five|5) stars?`, `(?:zero|0|no|negative) stars?`, `(?:I['’]?d |I would |would )?give (?:it |this )?(?:a )?(?:zero|0|no|negative)(?: stars?)?(?: if (?:I could|it was allowed|possible|allowed))?`, `could (?:have been|be) better`, `worst purchase(?: (?:I['’]?ve|I have|I) (?:ever )?made)?(?: in (?:a (?:long )?while|years|ages))?`, `(?:I|we)(?: would|['’]d) like (?:a |another |my )?(?:new one|replacement|refund|exchange|money back)(?: immediately| asap| please)?`, `(?:I['’]?m |I am |we['’]?re )?not (?:paying|buying|spending) (?:that|this|it|them|that much)(?: (?:again|anymore|any more))?`, `(?:feel|felt|feeling)(?: so| totally| really)?(?: like)? (?:cheated|ripped off|robbed|scammed)`, `(?:he|she) (?:did|does|was|has)(?:n['’]t| not)`,
  // A return or its progress judges nothing: "I returned it", "item is being returned", "Rücksendung läuft".
  `(?:(?:the )?(?:item|product|order|parcel|package|it|this|they) (?:is|are|was|were) )?being (?:returned|sent back)`, `returning (?:it|this|them)`, `(?:I |we )?(?:have |had |already )*(?:returned|sent back|shipped back|will return|am returning|are returning) (?:it|this|them|the (?:item|product|order|parcel|package|whole (?:thing|lot)))`,
  `(?:je )?l['’]ai (?:renvoyé|retourné)e?`, `(?:lo|la|los|las) devolví`, `l['’]ho res[oa]`, `reso in corso`, `(?:habe (?:es|ihn|sie) )?zurückgeschickt`, `Rücksendung läuft`, `(?:haven'?t|have not|hasn'?t|didn'?t|did not|never) (?:even )?(?:bothered )?(?:to )?(?:open|opened|opening|unbox|unboxed|try|tried|use|used) (?:it|them|the (?:box|package))`, `(?:terrible|bad|horrible|awful|poor|great|good|worst|best) (?:experience|service|ever)`, `what a (?:joke|shame|waste)`,
  `(?:will|would) (?:not|never) (?:order|buy|purchase)(?: from (?:them|this seller|here|this store))? again`, `never (?:ordering|buying) (?:from (?:them|here) )?again`, `buyer beware`, `lesson learned`, `(?:something like this|this|that|it) (?:has )?never happened(?: to (?:me|us))?(?: before)?`, `enough said`, `sad`, `shame`, `sehr enttäuscht`, `enttäuscht`, `nie wieder`, `déçue?`, `très déçue?`, `decepcionad[oa]`,
  `delus[oa]`, `mai più`, `jamais plus`, `nunca más`,
  // Sign-offs and "is this a joke?" say nothing about the product: "Gracias. Un saludo", "Kind regards".
  `(?:best |kind |warm )?regards`, `(?:muchas )?gracias`, `(?:un )?saludos?`, `(?:vielen )?dank(?:e(?: schön)?)?`, `(?:viele|liebe|beste) grüße`, `mit freundlichen grüßen`, `merci(?: beaucoup)?`, `cordialement`, `grazie(?: mille)?`, `cordiali saluti`,
  `(?:is|was) (?:this|that|it) (?:some kind of |a )(?:joke|prank)`, `(?:es|era) una broma`, `(?:c['’]est|est-ce) une blague`, `(?:una )?chapuza`,
], ['最低(?:です|でした|[。！!]|$)', '星(?:一つ|ひとつ|1|１)', '[☆★](?:1|１)', '一星', '返品しました', '返品済み', '已退货', '退回去了', '残念', 'がっかり', '最悪', '二度と', '失望', '差评', '不推荐', '再也不买', '太差', '很差']);

/**
 * What the buyer had to do about it ("had to throw it out", "had to discard
 * the lot"): says nothing about the product's qualities, so like a bare
 * verdict it neither makes nor breaks an "entirely about" ground.
 */
const AFTERMATH = lexicon([
  // "Too much hassle to return, just kept it": what the buyer did, no verdict.
  `(?:too (?:much )?(?:of a )?(?:hassle|trouble|bother)|not worth the (?:hassle|trouble|bother)) to (?:return|send (?:it |them )?back|exchange)(?: (?:it|them))?`, `(?:(?:so|just|I|we|and) )+kept (?:it|them)(?: anyway)?`, `ruined (?:it |them )?(?:for|as) (?:a )?(?:gift|present)(?: giving)?`, `(?:couldn['’]?t|could not|can['’]?t|cannot) (?:use|give) (?:it |them |this )?(?:as|for) (?:a |the )?(?:gift|present|gift basket)`,
  // Where to shop next time, or what the buyer did instead: "Kauft euch das Buch lieber im Laden", "took them to a local store and exchanged them".
  `(?:kauft|kaufen Sie|kaufe|kaufen)(?: euch| sich| ich| wir)?(?: (?:das|den|die|es|ihn|sie)(?: \\p{L}+)?)?(?: (?:lieber|einfach|besser|doch|dann))+ im (?:Buch)?(?:laden|handel|geschäft|fachhandel)`, `(?:nächstes mal|next time)(?: \\p{L}+){0,4} (?:im (?:Buch)?laden|in (?:a|the) (?:local )?(?:store|shop|bookshop)|locally)(?: \\p{L}+)?`, `(?:took|brought|returned) (?:it|them) (?:back )?to (?:a|the) (?:local )?(?:store|shop) and (?:exchanged|swapped|returned) (?:it|them)`,
  // "Das Buch hätte man so nicht verschenken mögen", "couldn't give it as a gift": what the state of the copy cost the buyer.
  `(?:hätte|könnte|kann|konnte)(?: \\p{L}+){0,3} (?:so |in dem Zustand |in diesem Zustand )?(?:nicht|nie) (?:mehr )?verschenk\\p{L}*(?: \\p{L}+)?`, `(?:couldn['’]?t|could not|can['’]?t|cannot) (?:give|use) (?:it|them|this) as (?:a )?gifts?`,
  `(?:had|have|having) to (?:throw|toss|bin|discard|dump|pour)(?: \\p{L}+){0,4}(?: (?:out|away))?`,
  // "Showed up without the filter basket, rendering it useless": what the missing part costs, not a verdict on the thing.
  `(?:rendering|making|leaving|which (?:makes|made|renders|rendered)|that (?:makes|made|renders|rendered)) (?:it|them|the (?:whole )?(?:thing|unit|machine|product|item|set)) (?:basically |completely |totally |pretty much |absolutely |entirely |virtually )?(?:useless|unusable|inoperable)`,
  // "Koi shopping na kare Amazon se" (Hinglish): nobody should shop here, a warning about the shop, not the thing.
  `(?:koi|koi bhi) (?:shopping|order|kharid\\p{L}*) (?:na|mat|nahi) (?:kare|karein|karna|karo)(?: (?:amazon|yaha|yahan) se)?`, `(?:threw|tossed|binned|discarded|dumped) (?:it|them|the (?:whole )?(?:lot|thing|box|bag|packet|food|snacks?|contents|pack|batch|carton)|everything)(?: (?:out|away))?`,
]);

/**
 * Order narrative that neither praises nor blames the product: time passing
 * ("it has been three weeks"), what was ordered or paid for and for whom, who
 * was asked ("I checked with the neighbours", "they told me"), waiting ("still
 * nothing", "where is my order?"), giving up ("bought one locally"). Only
 * seller-feedback reads it, and only in a sentence with no evaluative word
 * (EVALUATIVE below): it lets a real order complaint carry its story.
 */
const NARRATIVE = lexicon([
  `(?:it'?s|it has|it had|has|have|had) (?:now |already )?been (?:over |more than |almost |nearly |about |at least )?(?:a|an|one|two|three|four|five|six|ten|\\d+|several|a few|many) (?:days?|weeks?|months?|hours?)`,
  `(?:days?|weeks?|months?) (?:ago|later|now|since|after|before)`, `since (?:the )?(?:\\d|last|early|mid|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)\\p{L}*`,
  `(?:on|by|until|till) (?:the )?(?:\\d+(?:st|nd|rd|th)?|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|june|july|august|september|october|november|december|christmas)`,
  `(?:it )?(?:is|was) (?:now )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)`, `(?:next|last|this|that) (?:day|week|month|monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend)`,
  // "Ordered this for a Christmas gift", "This was meant as a present": who the order was for.
  `(?:(?:I |we )?(?:had )?(?:ordered|bought|purchased|got) (?:this|it|these|them) |(?:this|it|these) (?:was|were) (?:meant |supposed to be |going to be )?)(?:as |for )?(?:a |my |our )?(?:christmas |xmas |birthday |holiday |wedding |anniversary |mother['’]?s day |father['’]?s day )?(?:gift|present)`,
  `I (?:had )?(?:ordered|bought|purchased|placed)`, `(?:had|have) to (?:go )?(?:find|pick (?:it )?up|collect|fetch|chase|track|call|phone|wait|drive|walk|ring)`, `(?:to|and) (?:go )?(?:find|locate|track down|recover|look for|search for) (?:it|them|my (?:parcel|package|order|box|delivery))`, `(?:ordered|bought|purchased) (?:it |this |them |these )?(?:on|for|as|in|from)`, `(?:as|for) a (?:gift|present|surprise)`, `(?:paid|pay) for (?:\\d+|one|two|three|four|five|six|seven|eight|ten|twelve|a dozen|a pair|the (?:pack|set|bundle|lot)|it|this|them|my order|the order)(?! and (?:got|received))`,
  `(?:I|we) (?:have |had )?(?:called|contacted|emailed|e-mailed|messaged|asked|checked|complained|spoke|talked|chatted|wrote|tried (?:to )?(?:call|contact|reach|email))`, `(?:they|he|she|amazon|the seller|the driver|customer service|support) (?:just )?(?:said|told|says|claims?|keeps? saying|asked|replied)`,
  `(?:nobody|no one|noone)(?: \\p{L}+){0,3} (?:saw|knows?|has|had|took|answer(?:s|ed)|repl(?:ies|ied)|respond(?:s|ed)|picks?|picked|calls?|called|helps?|helped)`, `still (?:nothing|no sign|not here|no package|no parcel|no word|no update|no reply|no response|no refund|waiting|haven'?t|have not|hasn'?t|has not)`,
  `(?:where|what happened to) (?:is |are )?my`, `what happened to (?:it|them|the (?:order|package|parcel|item|delivery))`, `(?:was |is |were |are )?supposed to (?:come|arrive|be (?:here|delivered|shipped)|get here|ship)`, `(?:was|were) due`,
  `(?:have|had|need|needed) to (?:re-?order|order (?:it |one |another |a new one )?again|buy (?:it |one |another )?again)`, `I gave up`, `(?:bought|got|ordered|found) (?:one|it|another|the same)(?: \\p{L}+)? (?:locally|elsewhere|(?:at|from|in) (?:a|the|my) (?:local )?(?:store|shop|market))`, `cancell?(?:ed)? (?:it|the order|my order)`,
  `(?:has|have|had)n['’]?t (?:yet )?(?:shown up|come|arrived|been delivered)`, `(?:has|have|had) not (?:yet )?(?:shown up|come|arrived|been delivered)`,
  `there (?:was|is|were)(?: just| simply)? (?:nothing|no (?:package|parcel|box|sign|one))`,
], ['(?:購入|注文)(?:した|しました|して)(?:のに|けど|が|ところ)']);

/**
 * Words that judge or describe the thing itself. A sentence with one is never
 * neutral narrative: when unsure, the review stays a product review.
 */
const EVALUATIVE_WORDS = [
    'good', 'great', 'nice', 'fine', 'ok', 'okay', 'bad', 'poor', 'terrible', 'horrible', 'awful', 'excellent', 'amazing', 'perfect', 'beautiful', 'pretty', 'ugly', 'cute', 'lovely',
    'cheap\\p{L}*', 'flimsy', 'sturdy', 'solid', 'decent', 'weak', 'strong', 'soft', 'hard', 'rough', 'smooth', 'thin', 'thick', 'small', 'tiny', 'big', 'large', 'huge', 'short', 'long', 'tight', 'loose',
    'heavy', 'light', 'loud', 'quiet', 'bright', 'dark', 'dull', 'sharp', 'hot', 'cold', 'warm', 'sticky', 'smelly', 'noisy', 'comfortable', 'uncomfortable', 'easy', 'difficult', 'simple', 'complicated',
    'useful', 'useless', 'worthless', 'durable', 'reliable', 'effective', 'accurate', 'fragile', 'delicate', 'sweet', 'salty', 'bitter', 'bland', 'fresh', 'stale', 'expired', 'real', 'genuine', 'original', 'fake',
    'love\\p{L}*', 'like[sd]?', 'hate[sd]?', 'enjoy\\p{L}*', 'prefer\\p{L}*', 'recommend\\p{L}*', 'expect\\p{L}*', 'thought', 'hoped', 'wish\\p{L}*', 'wanted', 'feels?', 'felt', 'looks?', 'looked', 'looking',
    'seems?', 'seemed', 'sounds?', 'sounded', 'smells?', 'smelled', 'tastes?', 'tasted', 'works?', 'worked', 'working', 'use', 'used', 'uses', 'using', 'tried', 'try', 'wear', 'wore', 'worn', 'fits?', 'fitted',
    'quality', 'worth', 'waste', 'better', 'worse', 'worst', 'best', 'well', 'problems?', 'issues?', 'wrong', 'broken?', 'broke', 'damaged?', 'defect\\p{L}*', 'too', 'enough', '\\p{L}+er than', 'but', 'however',
    'product', 'material', 'size', 'colou?r', 'money', 'price', 'cost\\p{L}*', 'value', 'disappoint\\p{L}*', 'pissed', 'angry', 'mad', 'upset', 'furious', 'annoyed', 'shocked', 'surprised', 'frustrat\\p{L}*', 'sad', 'happy',
    "can'?t", 'cannot', "couldn'?t", "won'?t", "doesn'?t", "don'?t", "isn'?t", "aren'?t", "wasn'?t", "weren'?t", 'unhappy', 'satisf\\p{L}*', 'star', 'stars', 'review\\p{L}*',
    'return(?:s|ed|ing)?', 'snapped', 'split', 'bent', 'fell', 'fallen', 'stopped', 'died', 'dead', 'burst', 'popped', 'cracked', 'tore', 'ripped', 'leaked', 'faded', 'cried', 'wears?', 'wearing', 'plays?', 'played', 'playing', 'eats?', 'ate', 'eating', 'drink\\p{L}*', 'drank', 'read', 'watched', 'listened',
];
const wordClass = (words: readonly string[]): RegExp => new RegExp(`(?<![\\p{L}'’])(?:${words.join('|')})(?![\\p{L}'’])`, 'iu');
const EVALUATIVE = wordClass(EVALUATIVE_WORDS);
const EVALUATIVE_ALL = new RegExp(EVALUATIVE.source, 'giu');

// "Fast delivery", "arrived on time": praise for the order is no complaint about it.
export const PRAISED_ARRIVAL =
  /(?:fast|quick|speedy|prompt|early|timely|good|great|excellent|nice|super) (?:delivery|shipping|dispatch)|(?:arrived|came|delivered|got here)(?: \p{L}+)? (?:with)?in (?:one|two|three|1|2|3|a|a couple of|just|only|less than|under) (?:\p{L}+ )?(?:day|days|hours?)(?! late)|(?:delivery|shipping|delivered|arrived|came)(?: \p{L}+)? (?:fast|quickly|early|promptly|on time|on schedule|ahead of time|in time|as promised)|(?:delivery|shipping|package|parcel|it) (?:was|is|came) (?:very |super |really )?(?:fast|quick|speedy|prompt|early|on time|on schedule)|thanks? (?:\p{L}+ )?for (?:\p{L}+ )?(?:fast |quick )?deliver|(?:schnelle|zügige|pünktliche) (?:Lieferung|Versand)|(?:kam|geliefert|Lieferung) (?:\p{L}+ )?(?:pünktlich|schnell)|livraison (?:rapide|à temps|dans les temps)|(?:arrivée?|livrée?)s? (?:\p{L}+ )?(?:rapidement|à temps|vite)|(?:envío|envio|entrega) (?:r[áa]pid[oa]|puntual)|(?:llegó|lleg[oa]) (?:\p{L}+ )?(?:rápido|pronto|a tiempo|en plazo)|(?:spedizione|consegna) (?:veloce|rapida|puntuale)|(?:arrivat[oa]|consegnat[oa]) (?:\p{L}+ )?(?:in tempo|presto|velocemente|puntuale)|(?:届くの|配送|発送|配達)(?:は|も)?(?:早|速|迅速)|(?:早く|すぐに?)届|(?:到货|物流|发货|送货|快递)(?:也)?(?:很|非常|挺|超)?(?:快|及时|迅速)/iu;

// "Arrived on time, but …": what follows the praise is the complaint, and unless it
// names the order too it is about the product (the conservative reading).
const CONTRAST = /(?<![\p{L}])(?:but|however|though|although|yet|except|aber|jedoch|doch|mais|cependant|pero|sin embargo|ma|però|tuttavia)(?![\p{L}])|但是?|可是|不过|けど|けれど|が、|しかし|でも|のに/iu;

const DAMAGED_ON_ARRIVAL = /^[\s,]*(?:(?:it|they|the (?:\p{L}+ )?(?:item|product|unit|box|package|parcel))\s+(?:was|were|is|are|came|arrived)\s+(?:already\s+|all\s+)?(?:damaged|broken|dented|cracked|smashed|crushed|bent|shattered)|(?:it\s+(?:came|arrived)\s+)?with\s+(?:a|an|some|two|several)\s+(?:\p{L}+\s+){0,2}(?:dents?|scratch(?:es)?|cracks?|scuffs?|chips?|dings?))(?![\p{L}])(?:\s+(?:on|in|at)\s+(?:the|its|one)\s+(?:\p{L}+\s+)?\p{L}+)?[\s.!]*$/iu;

/** Praise for the arrival followed by a contrast about something that is not the order. */
function praiseThenProduct(text: string): boolean {
  const p = PRAISED_ARRIVAL.exec(text);
  if (!p) return false;
  const rest = text.slice(p.index + p[0].length);
  const c = CONTRAST.exec(rest);
  if (!c) return false;
  const tail = rest.slice(c.index + c[0].length);
  // "Arrived early but it was damaged": damage on arrival is the order's (house rule), not the product's.
  if (DAMAGED_ON_ARRIVAL.test(tail)) return false;
  return ![DELIVERY, DELIVERY_ABROAD, DELIVERY_WHERE, PACKAGING, SELLER, AMAZON].some((re) => findAll(re, tail, 1).length > 0);
}

const NARRATIVE_WORDS = 25;

// A short sentence about what people did ("I checked with my neighbours",
// "we paid for four"), never one whose subject is the thing ("the pages are
// falling out", "… and it fell over").
const PERSON_FIRST = /^(?:I|I['’](?:m|ve|d)|we|we['’](?:ve|d)|my|our|nobody|no one|he|she|had to|have to|now I|then I|so I|the (?:seller|driver|courier|delivery (?:guy|man|boy|person)|postman|mailman|post office|company|shop|store)|amazon)(?![\p{L}'’])/iu;
const THING_SUBJECT = /(?:^|[,:]|(?<![\p{L}'’])(?:and|but|so|then|because|when|since|as|until|that|now|also|still|which|day|week|month|morning|evening|night|monday|tuesday|wednesday|thursday|friday|saturday|sunday|\d(?:st|nd|rd|th)?))\s+(?:it|this|they|these|those|the (?!seller|driver|courier|delivery|package|parcel|box|order|company|post)\p{L}+)\s+(?!said|told|say|says|keep saying|came|arrived|showed up|turned up|got here|reached|was (?:delivered|shipped|sent))\p{L}/iu;

/** An untagged sentence that only tells the story of the order (see NARRATIVE). */
function neutralNarrative(s: TaggedSentence): boolean {
  if (s.text.length > 200 || EVALUATIVE.test(s.text)) return false;
  const words = wordCount(s.text, NARRATIVE_WORDS + 1);
  const told = NARRATIVE.test(s.text);
  if (!told || words > NARRATIVE_WORDS) return false;
  return !THING_SUBJECT.test(s.text) || PERSON_FIRST.test(s.text);
}

/**
 * A product word the buyer says they cannot judge ("I'm sure it works fine but
 * it never came", "can't comment on the quality"): a disclaimer, not an
 * evaluation (corpus conventions). The span claims the next few words.
 */
const HEDGE = lexicon([
  `(?:I['’]m|I am) sure (?:it|they|the \\p{L}+)(?: \\p{L}+){0,3}`, `(?:it|they|the (?:product|item) (?:itself )?)(?: \\p{L}+)? (?:may|might|could) (?:well )?be (?:fine|great|good|ok|okay|excellent|decent|perfect)`,
  `(?:can['’]?t|cannot|couldn['’]?t|could not) (?:comment on|review|rate|judge|say anything about|tell you (?:anything )?about)(?: \\p{L}+){1,3}`,
  // "Über das Buch selbst kann ich noch nichts sagen", "je ne peux rien dire sur le produit": not judged yet.
  // Not tried yet: "I don't know if it works or not", "hoping it works better than it was packaged".
  `(?:I )?(?:don['’]?t|do not|didn['’]?t|did not) (?:yet )?know (?:if|whether|how well) (?:it|they|this|the \\p{L}+) (?:works?|will work|is any good|is effective)(?: or not)?`, `(?:I['’]m |I am )?hoping (?:it|they|this) (?:works?|will work)`,
  `(?:kann|könnte) ich (?:noch )?(?:nichts|nicht viel|wenig) sagen`, `(?:je )?ne (?:peux|puis) (?:encore )?rien dire`, `(?:todavía |aún )?no (?:puedo|sé) (?:decir|opinar)(?: nada)?`, `non (?:posso|so) (?:ancora )?(?:dire|giudicare)(?: nulla| niente)?`, `no idea (?:how|if|whether) (?:it|they)(?: \\p{L}+){1,3}`,
  // "Not tasted yet", "haven't tried it yet": nothing judged yet.
  `(?:(?:I )?(?:have ?n['’]?t|have not|did ?n['’]?t|did not|not) )(?:yet )?(?:tasted|tried|used|tested|opened|worn)(?: (?:it|them|this|these|the product|the \\p{L}+))? yet`, `(?:not|never) (?:yet )?(?:tasted|tried|used|tested)(?: (?:it|them))? (?:yet|so far)`, `no way to (?:judge|tell|know) (?:how|if|whether) (?:it|they)(?: \\p{L}+){1,3}`,
]);

/**
 * How much comes in the pack ("just a 100 g packet", "the smallest bag they
 * make"): beside a price, the amount for the money is the price complaint
 * (corpus conventions); it is no ground of its own.
 */
const AMOUNT = lexicon([
  `(?:(?:very |so |really |such an? )?(?:small|smallest|tiny|little|big|bigger|biggest|large|larger|just an?|only an?))(?: \\p{L}+){0,2} (?:bags?|bottles?|tubes?|packs?|packets?|jars?|boxe?s?|cans?|tins?|pouch(?:es)?|rolls?|bars?|sachets?|cartons?|amounts?|quantit(?:y|ies)|portions?)`,
  `\\d+(?:[.,]\\d+)? ?(?:g|gm|gms|grm|grams?|kg|ml|l|oz|ounces?|lbs?|pounds?|pcs|pieces|count|ct|packets|packs|sachets|tablets|capsules)`,
]);

/**
 * "Scam", "I got scammed", "essentially a scam": a verdict that says nothing of
 * what went wrong. Beside a concrete order or price complaint ("the case came
 * with no game inside, a scam") it is that complaint's verdict; alone, or with
 * only refund talk, it mostly means the product does not do what it claims
 * (corpus conventions), so it is read as about the product: no "removable"
 * rests on it. A scammer is a person and stays with the seller.
 */
const SCAM = lexicon([`scam(?:s|my|med|ming)?`]);
/** Topics that say what concretely went wrong with the order or its price. */
const CONCRETE: readonly Topic[] = ['delivery', 'packaging', 'availability', 'mismatch', 'amount'];

const OVERRIDES_PRODUCT: ReadonlySet<Topic> = new Set(['mismatch', 'delivery', 'packaging', 'amazon', 'offtopic', 'seller', 'hedge', 'aftermath']);

const TOPIC_RES: ReadonlyArray<readonly [Topic, Lexicon]> = [
  ['product', PRODUCT],
  ['mismatch', MISMATCH],
  ['seller', SELLER],
  ['delivery', DELIVERY],
  ['delivery', DELIVERY_ABROAD],
  ['delivery', DELIVERY_WHERE],
  ['packaging', PACKAGING],
  ['packaging', TRANSIT],
  ['amazon', AMAZON],
  ['price', PRICE],
  ['availability', AVAILABILITY],
  ['offtopic', OFFTOPIC],
  ['generic', GENERIC],
  ['aftermath', AFTERMATH],
  ['hedge', HEDGE],
  ['amount', AMOUNT],
  ['scam', SCAM],
];

export interface TaggedSentence extends Sentence {
  tags: Set<Topic>;
  /** The sentence text (words are counted only when a rule needs them). */
  text: string;
  words?: number;
  /** Characters covered by bare-verdict phrases: a sentence that is all verdict names nothing, however long. */
  verdictChars?: number;
  /** Its only delivery words are the bare verb ("arrived", "was shipped"): it tells how the item came, not that the order went wrong. */
  bareArrival?: boolean;
}

const BARE_ARRIVAL = /^(?:arriv\p{L}*|deliver(?:ed|s)|shipped|ships|arrivée?s?|arrivat[oa])$/iu;

/**
 * Tags every sentence of every field with the topics it mentions. Each lexicon
 * runs once per field and matches are bucketed into sentences, so the cost is
 * linear in the text length rather than sentences × lexicons.
 */
// Signs of wear on the outside: what a used or returned unit shows, not how it is made.
const WEAR = /(?<![\p{L}])(?:(?:deep |small |big |visible |lots of |some |several )?(?:scratch(?:es|ed)?|scuff(?:s|ed| marks?)?|smudg(?:es|ed)|dents?|dented|dings?|stains?|stained|marks?|fingerprints?|dirt|dirty|dust|dusty|grime|grease|greasy|residue|hair|crumbs|food particles))(?![\p{L}])/giu;

/**
 * The sentence's product words all describe wear or dirt on the unit
 * ("deep scratches and smudges all over the exterior"): once the review says
 * the unit came used, that is the state it was sent in (policy §4).
 */
export function onlyWear(text: string): boolean {
  return onlyOf(WEAR, text);
}

// The state a unit can be sent in: dents, tears and creases, water damage,
// writing in a book, and dirt said of how it came. Read from participles, a
// counted mark ("a big dent", "some scratches") or one placed on the unit ("dents
// on the side"); a bare plural after "the" is a verb ("the paint chips", "the
// fabric tears"), and "it is greasy" describes the product. Not "broken" or
// "missing": those may be how it was made.
const MARK_NOUN = '(?:scratch(?:es)?|scuffs?|scuff marks?|dents?|dings?|stains?|creases?|cracks?|tears?|rips?|chips?|pen marks?|water stains?|water damage)';
const PLACED_MARK = '(?:dents|dings|scuffs|scuff marks|scratches|pen marks|water stains|water damage)';
const CONDITION = new RegExp(
  `(?<![\\p{L}])(?:(?:a|an|some|with|deep|small|big|large|huge|minor|major|visible|obvious|noticeable|lots of|lot of|several|many|few|multiple|two|three|light|little|bad|severe) (?:\\p{L}+ )?${MARK_NOUN}|${PLACED_MARK} (?:on|in|all over|everywhere|along|across|at)` +
    `|scratched(?: up)?|scuffed(?: up)?|dented|dinged|stained|torn(?: in half| out| off)?|ripped(?: out| off)?|bent|creased|warped|cracked|chipped|crushed|smashed|shattered|squashed|busted|destroyed|damaged|water[- ]damaged|indent\\p{L}*|dog[- ]eared|beat(?:en)? up|banged up|wrinkled` +
    `|written (?:in|on)|(?:pen |marker )?writing (?:all over|on|in)|scribbl\\p{L}*|highlighted|stickers? (?:on|in|all over)|(?:a |an |one |black |pen )?marks? on|(?:food|dirt|water|grease|coffee) (?:spots|stains)` +
    `|(?:was|were|came|arrived|looked) (?:\\p{L}+ ){0,2}(?:dirty|filthy|dusty|greasy|slimy|grimy|worn)` +
    `|(?:in |of )?(?:very |really |such |extremely )?(?:poor|bad|terrible|horrible|awful|rough|unacceptable|pathetic|shabby) (?:condition|shape))` +
    // Where the mark is ("a dent in the lid"): the part named is the unit's, not a judgment of it.
    `(?: (?:on|in|at|along|across) (?:the|its|one|a|each|both) (?:\\p{L}+ )?\\p{L}+)?(?![\\p{L}])`,
  'giu',
);

// "Dents easily", "scratched after a week of use", "started to crack": a property or
// what use did to it, never the state it came in.
const AFTER_USE = /(?<![\p{L}])(?:(?:after|within|since) (?:\p{L}+ ){0,3}(?:uses?|using|usage|wash\p{L}*|wear\p{L}*|reads?|reading|plays?|playing|days?|weeks?|months?|years?|hours?)|first (?:time|use|wash|wear)|every time|each time|easily|over time|start(?:ed|s|ing)?|began|begins?|keeps?|kept|(?:I|we|he|she|they) (?:used|wore|washed|installed|plugged|put|dropped))(?![\p{L}])/iu;

/**
 * The sentence's product words, if any, all describe the unit's state (see
 * CONDITION), and it names some: once the review says how the unit came, that
 * is the order's complaint (corpus house rules), not the product's.
 */
// "Cracked in a week", "leaks when I pour": what use did to it, so no trip's damage.
const inUse = (text: string): boolean => AFTER_USE.test(text) || /(?<![\p{L}])(?:in (?:a|one|two|three|\d+) (?:days?|weeks?|months?)|when (?:I|we|you)|while (?:I|we|you|using|pouring))(?![\p{L}])/iu.test(text);

export function onlyCondition(text: string): boolean {
  // "It is very small and the ends were damaged": any other judgment keeps it the product's.
  return !AFTER_USE.test(text) && onlyOf(CONDITION, text, [PRODUCT, EVALUATIVE_ALL]);
}

function onlyOf(re: RegExp | Lexicon, text: string, judged: ReadonlyArray<RegExp | Lexicon> = [PRODUCT]): boolean {
  const state = findAll(re, text, 50);
  if (state.length === 0) return false;
  return judged.every((j) => findAll(j, text, 50).every((m) => state.some((w) => overlaps(w, m))));
}

export function tagSentences(fields: readonly Field[]): TaggedSentence[] {
  const out: TaggedSentence[] = [];
  for (const f of fields) {
    const sentences: TaggedSentence[] = sentencesOf(f).map((s) => ({ ...s, tags: new Set<Topic>(), text: f.text.slice(s.start, s.end) }));
    if (sentences.length === 0) continue;
    // "Scam" is rare: a plain substring check spares a full scan of its lexicon.
    const found = TOPIC_RES.map(([topic, re]) => [topic, topic === 'scam' && !/scam/iu.test(f.text) ? [] : findAll(re, f.text, 2000).filter((m) => re !== TRANSIT || !inUse(sentenceAt(sentences, m)?.text ?? ''))] as const);
    // Product words inside a delivery, packaging, mismatch or Amazon phrase
    // ("arrived broken", "box was crushed", "wrong size", "Amazon app") belong
    // to that phrase, not to the product.
    const claimed = found.filter(([t]) => OVERRIDES_PRODUCT.has(t)).flatMap(([, spans]) => spans);
    for (const [topic, spans] of found) {
      for (const m of spans) {
        if (topic === 'product' && claimed.some((c) => overlaps(c, m))) continue;
        const s = sentenceAt(sentences, m);
        if (!s) continue;
        s.tags.add(topic);
        if (topic === 'generic') s.verdictChars = (s.verdictChars ?? 0) + Math.min(m.end, s.end) - Math.max(m.start, s.start);
        if (topic === 'delivery') s.bareArrival = (s.bareArrival ?? true) && BARE_ARRIVAL.test(f.text.slice(m.start, m.end));
      }
    }
    for (const s of sentences) if (s.tags.size === 0 && moodOnly(s.text)) s.tags.add('generic');
    out.push(...sentences);
  }
  // "Scam" is read against the whole review (see SCAM): a verdict on a concrete complaint, else the product's.
  if (out.some((s) => s.tags.has('scam'))) {
    const concrete = out.some((s) => CONCRETE.some((t) => s.tags.has(t)));
    for (const s of out) if (s.tags.delete('scam')) s.tags.add(concrete ? 'generic' : 'product');
  }
  return out;
}

export function sentenceAt<T extends Span>(sentences: readonly T[], m: Span): T | undefined {
  // Binary search: sentences are sorted and disjoint.
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (m.start >= s.end) lo = mid + 1;
    else if (m.end <= s.start) hi = mid - 1;
    else return s;
  }
  return undefined;
}

/** Tags that name what a sentence is about (generic verdicts aside). */
export function substantive(s: TaggedSentence): Topic[] {
  return [...s.tags].filter((t) => t !== 'generic' && t !== 'aftermath' && t !== 'hedge');
}

/**
 * True when every sentence is about one of `allowed` (or is a bare verdict or
 * too short to say anything) and at least one sentence names a `required` topic.
 * Any sentence about something else, or about nothing we recognise, fails it.
 */
const RUN_OR_IDEOGRAPH = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|(?:(?![\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])[\p{L}\p{N}])+/gu;

/** An upper bound on the number of words: letter runs plus single ideographs. */
function wordsAtMost(text: string): number {
  return text.match(RUN_OR_IDEOGRAPH)?.length ?? 0;
}

export function entirelyAbout(
  sentences: readonly TaggedSentence[],
  allowed: ReadonlySet<Topic>,
  required: ReadonlySet<Topic>,
  /** Drops a topic from a sentence that also has another ("wrong product delivered": the delivery, not the listing). */
  absorbs: ReadonlyArray<readonly [Topic, Topic]> = [],
  /** Accept order narrative with no evaluative word (NARRATIVE), at most one such sentence per sentence naming a required topic. */
  narrative = false,
): boolean {
  let hit = 0;
  let told = 0;
  let complaints = 0;
  let loose = 0;
  for (const s of sentences) {
    // An amount is only a topic where a ground allows it (pricing); elsewhere the sentence reads as if untagged.
    const topics = substantive(s).filter((t) => (t !== 'amount' || allowed.has(t)) && !absorbs.some(([by, drop]) => drop === t && s.tags.has(by)));
    if (topics.length === 0) {
      // Only short sentences can pass; a long one is not worth segmenting.
      // Only short sentences can pass; a long one is not worth segmenting, and
      // one with at most two letter runs or ideographs has at most two words.
      const words = (s.words ??= s.text.length > 80 ? 99 : wordsAtMost(s.text) <= 2 ? wordsAtMost(s.text) : wordCount(s.text, 8));
      // "Worst purchase I have made in a while": one verdict phrase, nothing else said.
      const allVerdict = s.tags.has('generic') && s.text.replace(/[\s\p{P}\p{S}]/gu, '').length - (s.verdictChars ?? 0) <= 2;
      if ((s.tags.has('generic') && (words <= 6 || allVerdict)) || (s.tags.has('aftermath') && words <= 12) || (s.tags.has('hedge') && words <= 12)) {
        // A disclaimer ("I'm sure the blender itself is fine") judges nothing.
        loose++;
        continue;
      }
      // Too short to read ("Not practical"), but it may be the product verdict: praise for the arrival alone is no order complaint to hang it on.
      if (words <= 2) {
        loose++;
        continue;
      }
      if (narrative && neutralNarrative(s)) {
        told++;
        continue;
      }
      return false;
    }
    let named = false;
    for (const t of topics) {
      if (!allowed.has(t)) return false;
      if (required.has(t)) named = true;
    }
    if (named) {
      if (narrative && praiseThenProduct(s.text)) return false;
      hit++;
      // Story around an order needs a complaint about that order to hang on.
      if (narrative && !PRAISED_ARRIVAL.test(s.text)) complaints++;
    } else if (narrative) {
      // A sentence only about the price ("Costs a lot, and it could have been sturdier") may judge the product too.
      loose++;
    }
  }
  // Praise for the order ("arrived on time") is no complaint to hang a verdict or a return on: "On time. Returned it." is about the product.
  return hit > 0 && (!narrative || complaints > 0 || loose === 0) && (told === 0 || told <= complaints);
}

// "Supposed to be a pack of 5, only one arrived", "the packing was of 9, eight
// delivered": fewer units than the listing's own count is the listing's
// mismatch (both real-text labellers keep it), not an item left out of the order.
const NUM = '(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|dozen)';
const LISTED_COUNT = new RegExp(`(?<![\\p{L}])(?:(?:pack|set|box|bag|bundle|case|packing|package) (?:(?:was|is|says|said) )?of ${NUM}|${NUM}[- ](?:count|ct|pack|pk|piece|pc)(?![\\p{L}]))`, 'iu');
const FEWER = /(?<![\p{L}])(?:only (?:received|got|getting|came with|contained|had|one|1|a single|\d+)|(?:received|got|arrived|delivered|came|was|were) (?:only |just )?(?:one|1|a single)(?! (?:day|week|month)s?)|only (?:one|1) (?:\p{L}+ )?(?:arrived|came|was (?:in|inside))|actual delivery was|(?:\d+|one|two|three|four|five|six|seven|eight|nine) (?:\p{L}+ )?(?:delivered|arrived|came) while)(?![\p{L}])/iu;

/** Fewer units came than the listing's own count says (a listing mismatch, not the order's). */
export function fewerThanListed(fields: readonly Field[]): boolean {
  return fields.some((f) => LISTED_COUNT.test(f.text)) && fields.some((f) => FEWER.test(f.text));
}

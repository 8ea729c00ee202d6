// Alerts that matter beyond this one review: a counterfeit claim can turn into
// an authenticity complaint against the account (seed 003), a safety claim can
// get the listing suppressed. Each comes with the words that raised it.
import { type Field, evidence, findAll, lexicon } from './text.ts';
import type { RiskEvidence, RiskId } from './types.ts';

// "Not authentic" about a cuisine or a taste is a taste remark, not a counterfeit claim.
const NOT_FOOD = `(?! (?:\\p{L}+ )?(?:taste|tasting|flavou?r|seasoning|recipe|cuisine|mexican|italian|chinese|indian|thai|japanese|food|dish|sauce|spices?))`;

const AUTHENTICITY = lexicon(
  [
    `counterfeits?`, `counterfeited`, `knock-?offs?`, `knock offs?`, `bootleg(?:ged)?`, `a (?:cheap )?replica`,
    // "fake" but not fake leather / fur / plants / reviews / tan …
    `fakes?(?<!(?:(?:looks?|feels?|felt|sounds?|sounded|seems?|seemed|tastes?|tasted|smells?|smelled) (?:\\p{L}+ )?|or |(?:number|warrant\\p{L}*|seller|reviews?|ratings?|tracking|promises?|protein|claims?|content|grams?|gms?|label|ingredients?|results?)(?: \\p{L}+){0,3} (?:is|are|was|were) (?:also |all |a )?)fakes?)(?!["”’']?(?:[- ](?:looking|smelling|sounding|tasting|feeling)| laugh| (?:leather|fur|plants?|flowers?|grass|reviews?|ratings?|tan|nails|lashes|eyelashes|snow|blood|moss|tree|smiles?|accents?|tears|emotions?|drama|characters?|hair|fruit|candles?|fire|succulents?|ivy|suede|diamonds? look|news|stars?|youtube|videos?|customer|promises?|claims?|advertising|(?:replacement )?warrant\\p{L}*|guarantee|numbers?|sellers?|offers?|discounts?|tracking|stainless|steel|metal|chrome|wood(?:en)?|marble|fa[cç]ade|finish|gold|silver|brass|glass|plastic)))`,
    `not (?:a |an |the )?(?:genuine|authentic|original|real) (?:product|item|one|brand|thing|stuff)`, `(?:isn'?t|aren'?t|wasn'?t|weren'?t|is not|are not|was not|were not) (?:a |an )?(?:genuine|authentic)${NOT_FOOD}(?! (?:leather|wood|suede))`,
    `not (?:genuine|authentic)${NOT_FOOD}(?! (?:leather|wood|suede))`,
    // Sold as new but not: "It is used and damaged product", "received a used item", "old product in new packing".
    `(?:is|was|are|were|received|got|sent|delivered)(?: (?:me|us))? (?:a |an )?used (?:and \\p{L}+ )?(?:product|item|unit|piece)`, `old (?:product|item|stock|piece|unit) (?:in|with) (?:a )?new (?:pack(?:ing|aging)?|box|cover|wrapping)`,
    // Used, opened or tampered goods sold as new, and the words Indian English uses for fakes.
    `(?:is|are|was|were|its|it'?s|seems?|looks?(?: like)?|felt like|a|an|some|selling|totally|completely) (?:a )?duplicate`, `duplicate (?:products?|items?|stuff|pieces?|copy|watch|earphones?)`, `copy (?:products?|items?|pieces?)`, `not (?:100 ?%|fully|completely|totally) (?:genuine?|original|authentic)`, `(?:not|never|n['’]t) (?:received|recieved|got|get|getting|been delivered|delivered|sent)(?: (?:me|us))?(?: (?:an?|the))? (?:original|genuine|authentic) (?:product|item|one|piece|brand)`, `not like the original`, `product (?:is|was) used(?! (?:to|for|by|as|in|with|on|at|only|once|twice|daily|every|up)(?![\\p{L}]))`, `used (?:earphones?|product|item|one) (?:is |was )?(?:delivered|received|sent)`, `used(?: and| &|,)? (?:dirty|damaged|stained|torn|old) (?:product|item|piece|one|tie|shirt|dress)`, `(?:first|1st|second|2nd) cop(?:y|ies)(?<!(?:(?:my|our|the|this|his|her|their) )(?:first|1st|second|2nd) cop(?:y|ies))(?! (?:of|was|were|arrived|came|I|we|had|has|also))`, `(?:send|sends|sending|delivering)(?: me| us)? (?:an? |the )?(?:old )?(?:used|second[- ]hand) (?:product|item|one|piece|unit)`, `feels? like (?:an? )?(?:used|duplicate|fake|copy) (?:product|item|one|piece)`, `duplicate (?:\\p{L}+ )?(?:brand|seal|tag|mark|sticker|hologram|logo)`, `copied (?:watch|product|item|one|version)`, `(?:is|are|was|were|its|it's|seems?|looks?(?: like)?|felt like|a|an) (?:a )?(?:fake|duplicate|copy|local) (?:product|item|one|stuff|piece|earphones?|watch)`,
    `not (?:the )?original(?<!(?:(?:story|plot|idea|concept|writing|premise|jokes?|book|film|movie|music|songs?|lyrics|album|script|characters?|design|recipe|game|gameplay|it|this)(?: \\p{L}+)? (?:is|was|are|were|isn'?t|wasn'?t|aren'?t|weren'?t|feels?|felt) (?:very |at all |really |particularly |that )?)not (?:the )?original)(?! (?:artist|cast|recording|version|singer|band|author|voice|lineup|score|soundtrack|edition|release|series|movie|film|show|song))`, `original from (?:outer|outside)`, `tamper(?:ed|ing)`, `(?:appear(?:s|ed)?|seem(?:s|ed)?|looks?|looked|was|were|had been|has been|have been|been)(?: to (?:be|have been))? re-?(?:sealed|taped|glued|packed|wrapped|boxed)`, `seal(?:ed|s)? (?:was |is |were |are )?(?:already )?(?:broken|open(?:ed)?|tampered)`, // A game or gift code "already been used" is a redemption failure, not goods sold as new.
    `(?<!(?:I|we|I've|we've|I have|we have|I had|we had|I hv|I hav) )(?:already|previously|clearly|obviously) (?:been )?(?:opened|used)(?! (?:a|an|up) )(?<!(?:codes?|keys?|vouchers?)(?: \\p{L}+){0,4} (?:already|previously|clearly|obviously) (?:been )?(?:opened|used))`,
    `(?:used|opened) (?:and|&|/) ?returned`, `(?:received|sent|delivered|came|(?<!(?:it|they|which|this|that) )(?:got|get))(?: me| us)? (?:an? |the )?(?:old )?(?:used|returned|refurbished|second[- ]hand|open(?:ed)?)(?! to)`, `(?<!(?:model|version|design|technology|idea|concept|features?|formula)(?: \\p{L}+)? (?:is |was |are |were )?)not (?:brand )?new(?! to)`, `not seal(?:ed)? pack\\p{L}*`, `(?:someone|somebody) (?:has |had )?(?:already )?(?:opened|used)`, `used,? not new`, `(?:the |this |my )(?:item|product|unit|one|shirt|dress|shoes?|device|machine|book|copy)(?: (?:I|we) (?:received|got))? (?:was|is|came) (?:clearly |obviously |definitely |already |previously )?used(?! (?:to|for|by|as|in|with|on|at|only|once|twice|daily|every)(?![\\p{L}]))`, `(?:someone|somebody)['’]s (?:hair|fur|make-?up|sweat|stains?)`, `(?:received|was sent|were sent) (?:this|the|my) (?:unit|item|product|one|machine|device) (?:already )?(?:used|opened|returned)(?![\\p{L}])`, `not the real (?:thing|deal|one|product|brand)`, `imitations?(?! (?:leather|vanilla|crab|pearls?|suede))`, `cheap (?:copy|imitation)`, `pirated`, `pirate (?:copy|version|dvd|cd)`, `(?:burned|burnt|home-?made) (?:copy|cd|dvd|disc)`, `(?<=(?:is|was|it['’]?s|just|only|on|burned (?:on|to)|a|an) (?:a |an )?)(?:cd-r|cdr)s?(?! drive)(?![\\p{L}])`, `serial (?:number|no\\.?) (?:doesn'?t|does not|didn'?t|did not|isn'?t|is not|was not|wasn'?t) (?:match|register|exist|valid|genuine|recogni[sz]ed)`, `(?:fails?|failed) (?:the )?(?:authenticity|verification|genuineness|serial) (?:check|test)`, `(?:refurbished|reconditioned|repackaged|relabell?ed)(?: \\p{L}+)? (?:sold|passed off|sent|shipped) as new`, `(?:had|has) (?:clearly |obviously |already )?been (?:worn|used|opened)(?! (?:to|for|by me|(?:about |around |maybe |over )?\\d|once|twice|several|many|a few|a couple|daily|every))(?<!(?:codes?|keys?|vouchers?)(?: \\p{L}+){0,3} (?:had|has) (?:clearly |obviously |already )?been (?:worn|used|opened))`, `signs of (?:use|wear|previous use)`, `pre-?owned`, `(?:someone|somebody) else['’]s (?:hair|name|data|photos|account|fingerprints|stuff)`,
    // A stated doubt is a claim ("I doubt it is the original"); a doubt taken back is handled by the reader.
    // Used or refurbished goods passed off as new, clones, a part that is not the maker's own.
    `(?:used|refurbished|renewed|returned|open(?:ed)?[- ]box|second[- ]hand|pre-?owned)(?: \\p{L}+){0,2} (?:sold|passed off|sent|shipped|delivered|listed|advertised) as (?:brand )?new`, `sold (?:me |us )?(?:an? |the )?(?:used|refurbished|returned|second[- ]hand|pre-?owned)(?: \\p{L}+){0,2} as (?:brand )?new`,
    `(?:it'?s|it is|this is|these are|they are|was|were|obvious|cheap|chinese) (?:an? )?clones?(?! of (?:the |a )?(?:game|app|site|show))`,
    `not (?:an? |the )?(?:genuine|authentic|original|real) (?:\\p{L}+ )?(?:chargers?|batter(?:y|ies)|cables?|adapters?|cartridges?|toner|ink|parts?|screens?|display|device|phones?|watch|earbuds|airpods|headphones|perfume|shoes|sneakers|handbag|wallet)`,
    `(?:doubt|suspect)(?: (?:if|whether|that))? (?:it|its|it'?s|this|that|they|these)(?: is| are| was| were)? (?:the |an? )?(?:original|genuine|authentic|real)`, `fraudulent (?:product|item|goods)`, `infringed (?:product|item|goods)`,
    `(?:seemed|seems|looked|looks|appeared|appears) (?:to be |to have been |like it was |like it'?s been |like (?:an? )?)?(?:very |really |pretty |quite |so |clearly |obviously )?(?:used|opened|worn|returned)(?! (?:to|for|as|by))`, `(?:arrived|came|was delivered|was sent)(?: (?:repackaged|resealed|re-?boxed|taped up|dirty|scratched|damaged))?(?: and| &)? (?:clearly |obviously |already |previously )?(?:used|returned|refurbished|second[- ]hand|pre-?owned)(?! to)`, `(?:had|has|have) (?:already |previously )been (?:used|returned|opened)(?<!(?:codes?|keys?|vouchers?)(?: \\p{L}+){0,3} (?:had|has|have) (?:already |previously )been (?:used|returned|opened))`, `(?:looked|looks|seemed|seems) like (?:they|it|this|these) (?:were|was|had been|have been|has been) (?:already |previously )?(?:returned|used|worn|opened)(?! (?:to|for|as|by))`, `(?:came|arrived) (?:already )?opened(?! (?:up|and (?:I|we)))`, `(?:had|has|have) been (?:used|returned|opened) (?:before|previously|by (?:someone|somebody|another (?:buyer|customer)))`, `(?:it|this|the (?:\\p{L}+ )?(?:disk|drive|item|product|unit|card|device)) (?:is|was|turned out to be|turns out to be) (?:a )?(?:total |complete )?fraud`, `(?:ya )?(?:estaba|venía|vino|llegó) (?:ya )?usad[oa]`, `(?:packaged|packed|looked|looks|seemed|seems) like (?:someone|somebody) (?:had )?(?:returned|used|opened|worn) (?:it|them)`, `(?:in )?(?:package )?opened condition`, `(?:received|came|arrived|got|delivered)(?: \\p{L}+){0,3} (?:in )?(?:an? )?(?:open(?:ed)?|unsealed) (?:box|package|packet|pack)`, `opened by (?:someone|somebody|some ?one)(?: else)?`, `(?:was |were )?opened already`,
    // Worn or returned before it came: "obviously was returned", "returned damaged by a previous buyer", "the sweater I noticed was used",
    // "someone else's dog hair all over it", "this was supposed to be new".
    `(?:clearly|obviously|definitely|already|previously) (?:was|were|had been|has been) (?:used|returned|worn)(?! (?:to|for|as|in|on|with|up|once|twice))`, `(?:by|from) (?:a|the|its) (?:previous|prior|former|last) (?:buyer|owner|customer|purchaser|user|wearer)`,
    `(?:I |we )(?:noticed|realized|realised|could tell|can tell|found)(?: that)?(?: (?:it|they|this|these|the \\p{L}+))? (?:was|were|had been|has been) (?:used|worn|returned|pre-?owned)(?! (?:to|for|as|by|in|on|with|up|once|twice|before|it|them))`,
    `(?:someone|somebody) else['’]?s (?:\\p{L}+ ){0,3}(?:hair|fur|stains?|make-?up|sweat|smell|scent|name|photos?|data)`, `(?:came|arrived|covered) (?:with|in) (?:\\p{L}+ )?(?:dog|cat|pet|animal|human)(?: or (?:dog|cat|pet))? (?:hair|fur)`,
    `(?:was|were|is|are) supposed to be (?:brand )?new`,
    // A worry that the goods were swapped is a claim to answer: "worried … replaced by duplicate in shipping".
    `replaced (?:by|with) (?:a |an |some )?(?:duplicate|fake|counterfeit|copy|cheaper one|knock-?off)`, `(?:worried|afraid|scared|concerned)(?: that| if| whether)?(?: \\p{L}+){0,3} (?:is|it['’]?s|its|was|be|are|were)(?: it| this| they| these)? (?:really |actually |even )?(?:original|genuine|authentic)(?! (?:packaging|box|price|listing|photos?|pictures?|recipe|formula|version))`,
    // Unsealed or opened before it came: "unsealed", "doesn't come sealed", "the seal of the jar was opened", "the foil was already open".
    `(?:not|n['’]t) (?:appear|seem|look)(?:s|ed)? (?:to be )?(?:brand )?new`, `first class copy`, `seal (?:\\p{L}+ ){0,2}tut(?:i|a|ee)`, `box khula`,
    `(?:prodotto|articolo|telefono|cellulare) (?:è|e'|era) usat[oa]`, `(?:producto|artículo|teléfono|móvil) (?:es|era|está|estaba) usad[oa]`, `(?:ist|war|sind|waren) (?:bereits |schon |offensichtlich |eindeutig |deutlich )?(?:gebraucht|benutzt)`, `Gebrauchsspuren`, `(?:est|était) (?:d['’]occasion|usagée?)`,
    `unsealed`, `not sealed(?! (?:from|against) )`, `no (?:outer |inner |safety |proper |original |protective )?seal`, `can['’]?t say (?:that )?(?:this time )?(?:the |it |this )?(?:product |item )?(?:was|is) (?:original|genuine|authentic)`, `(?:doesn['’]?t|does not|didn['’]?t|did not) come sealed`, `seal of (?:the |my |this )?\\p{L}+ (?:was|is|were) (?:already )?(?:open(?:ed)?|broken|torn|cut)`, `(?:was|were|is|came) already open`,
    `(?:doesn['’]?t|does not|didn['’]?t|did not|don['’]?t|do not) (?:seem|look|feel|appear)s?(?: like| to be)? (?:an? |the )?(?:original|genuine|authentic)(?! (?:pictures?|photos?|images?|pics?|listing|colou?r|size|design|shape|model|version|packaging|box|one|style|print|in|as|at)(?![\\p{L}]))`, `doubt(?:s|ed|ing)?(?<!(?:no|not|don['’]?t|never|without|any) doubt(?:s|ed|ing)?) (?:about |on |of )?(?:its|it['’]?s|the|their) (?:authenticity|originality|genuineness|purity)`, `original nahi+n? lag`, `nakli(?! (?:si|sa|se) )(?! lag)`,
    // DE / FR / ES / IT
    `Fälschung(?:en)?`, `gefälscht\\p{L}*`, `Plagiat`, `nicht original`, `kein Original`, `keine Originalware`, `contrefa(?:çon|it|ite|its|ites)`, `pas (?:authentique|d'origine|original[e]?)`,
    `copie chinoise`, `falsificad[oa]s?`, `falsificación`, `no (?:es|era|son|eran|és) (?:el |la |los |las |un |una )?(?:[\\p{L}\\p{N}]+ ){0,4}originale?s?`, `(?:una |la |es una )?mala copia(?! de (?:otra|otro|otras|otros) (?:película|peli|libro|serie|historia|novela|canción|disco))`, `(?<!no )(?:que |ya )?(?:está|estaba|venía|viene) usad[oa]s?`, `no (?:traía|trae|venía con|viene con|tenía|tiene) (?:el|la|los|las|su|sus) (?:\\p{L}+ )?originale?s?`,
    // Parts that are not the maker's: "a third-party screen rather than the genuine part", "the cable is not an original part".
    `non[- ](?:genuine|original|oem) (?:\\p{L}+ )?(?:display|screen|battery|charger|cable|parts?|lens)`, `(?:third[- ]party|aftermarket) (?:\\p{L}+ )?(?:display|screen|battery|charger|cable|parts?|lens) (?:instead of|rather than|not) (?:the |an? )?(?:actual|genuine|original|real|oem)`, `(?:isn['’]?t|is not|wasn['’]?t|was not) (?:even )?(?:an? |the )?(?:original|genuine|oem|apple|samsung) (?:product|part|charger|cable|battery|screen)`, `imitación`, `contraffatt[oaie]`, `non (?:è )?originale`, `taroccat[oaie]`, `tarocco`,
    // Counterfeit words reviewers use in ES / IT / FR / PT, beyond the legal terms: "es falsa", "una copia barata",
    // "no es la verdadera", "nada que ver con la original". Not a false advert ("anuncio falso") or a loose contact ("falso contacto").
    `fals[oa]s?(?! contacto| techo| fondo| positivo| negativo)(?<!(?:anuncio|publicidad|descripci[oó]n|informaci[oó]n|opini[oó]n|rese[nñ]a|valoraci[oó]n|comentario|promesa|alarma|dato|foto)s? (?:\\p{L}+ )?fals[oa]s?)`, `copia (?:barata|mala|china|defectuosa|cinese|economica|scadente|de (?:otra )?marca)`,
    `(?:es|era|son|recib[ií]|env[ií]an|me (?:ha )?llegado|me lleg[oó]|lleg[oó]|[eè]) (?:solo |sólo |simplemente |solamente )?(?:una |un )?(?:copia|imitaci[oó]n|imitazione|r[eé]plica|clon|falsificaci[oó]n)`, `imitacion`, `clonad[oa]s?`,
    `no es (?:la |el |una |un )?(?:verdader[oa]|aut[eé]ntic[oa]|oficial)`, `no es (?:de )?(?:la )?marca`, `ning[uú]n (?:lugar|sitio|lado) (?:pone|dice|aparece) que sea (?:de |fabricad[oa] por )?`, `se parecen? a (?:la |el )?original`, `(?:nada|no tiene nada|nada tiene) que ver con (?:la |el )?original`,
    `(?:c['’]est |un |une )(?:faux|fausse|copie|imitation)(?! (?:contact|plafond|départ|pli|numéro))`, `faux produit`, `produit faux`, `não é original`, `(?:é |e' )(?:un |una )?fals[oa]`,
  ],
  ['偽物', 'ニセモノ', 'にせもの', '偽造', 'コピー品', '模倣品', 'パチモン', '海賊版', '正規品ではな', '本物ではな', '本物じゃな', '中古品', '開封済み', '使用済み', '假货', '仿冒', '山寨', '不是正品', '非正品', '高仿', '二手', '被拆(?:过|封)', '已拆封', '被用过', '使用感(?:が|の)?あ', '開けられ(?:てい|た)', 'シールが(?:完全に)?(?:破れ|剥が|はが)', 'नकली'],
);

// Melted on the way: the heat of transit, not a hazard of the product.
const IN_TRANSIT = /arriv|transit|deliver|shipp|summer|hot (?:weather|day|season)|in the (?:heat|sun|mail|truck|van)/iu;

// Whole words: "ice" is not in "nice", "price" or "device".
const FOOD = /(?<![\p{L}])(?:chocolates?|candy|candies|wax|butter|cheese|gumm(?:y|ies)|ice cream|ice|popsicles?|ice pops?|ice lolly|ice lollies|frozen|lipsticks?|balms?|crayons?|schokolade|chocolat|cioccolat\p{L}*|dulces|caramels?)(?![\p{L}])/iu;

// Words allowed between a remedy and what it did ("the only thing it did is make …", "these seem to really irritate …").
const ONLY = String.raw`(?: (?:only|just|actually|really|even|also|then|literally|definitely|seems? to|seemed to|has|have|had|did|does|is|was))*`;

const SAFETY = lexicon(
  [
    // A hazard named for the people at risk: "sharp corners, not safe for kids", "it may fall on them".
    `(?:not|isn['’]?t|aren['’]?t) safe (?:for|around|near) (?:kids|children|babies|toddlers|infants|pets|a child|small children|little ones)`,
    `(?:may|might|can|could|will) (?:easily )?(?:fall|tip|topple)(?: over)? (?:on|onto) (?:them|him|her|a child|the child|kids|children|someone|you|your (?:kids?|child|children|toddler|baby))`,
    `caught fire`, `catch(?:es)? fire`, `(?:I |we )?(?:even )?got (?:a )?fire (?:from|in|out of)`, `on fire(?<!(?:(?:money|cash|ears?)(?: \\p{L}+)? )on fire)`, `burst into flames`, `flames?(?<!(?:(?:plastic|LED|fake|faux|flickering|electric|artificial|paper|cardboard|little|tiny)["“”]? ?["“”]?)flames?)`, `fire hazard`, `(?:for )?fear (?:of|it would (?:catch|start)) (?:a )?fire`, `fire risk`, `started a fire`,
    `burn(?:ed|t|s|ing)? (?:my|his|her|their|our|me|him|the kids?|skin|hands?|fingers?|your (?:hands?|fingers?|thumbs?|skin|arms?|face|mouth|tongue)|through(?! (?:the |my |a |\\d+ )?(?:batter|cash|money|ink|fuel|gas|data|refills?|cartridges?)))`,
    // Harm to the skin and body, however it is put: "got blisters", "a cut on his thumb", "my eyes were burning".
    `blister(?:s|ed|ing)?`, `welts`, `(?:a|the|big|red|raised|painful|itchy) welt`, `(?:an? |nasty |deep |bad )?cuts? on (?:my|his|her|their|our) \\p{L}+`, `(?:eyes|skin|face|throat|mouth|lips|scalp|tongue) (?:were |was |started |kept |got |went )?(?:burning|stinging|swollen|raw|red and)`, `(?:eyes?|skin|face|lips|scalp) (?:always |often |would |started to |starts to )?(?:stings?|stung|(?:becomes?|became|turns?|turned|gets?|got|went) (?:all )?red)`,
    `Rötung(?:en)?`, `Juckreiz`, `(?:Haut)?reizung(?:en)?`, `rougeurs?`, `démangeaisons?`, `irritación`, `picazón`, `enrojecimiento`, `ronchas`, `irritazione`, `prurito`, `arrossament[oi]`, `burn marks?`, `burning (?:smell|plastic|odou?r)`, `smell(?:ed|s)? (?:of |like )?burning`,
    `(?:started|began|was|is|kept) smoking(?<!what (?:\\p{L}+ ){0,3}(?:was|is) smoking)(?<!(?:reviewers?|they|he|she|you|people|whoever) (?:was|is) smoking)`, `smoke (?:(?:started|began|starts|kept) (?:to )?)?(?:came|coming|come|poured|pouring|pour|billowed|billowing|billow|rolled|rolling|roll|everywhere)`, `smoke in the (?:room|house|kitchen|kids)`,
    `electric(?:al)? shocks?`, `(?:gave|got|received) (?:me |us |him |her |my \\p{L}+ )?(?:an? )?(?:electric(?:al)? )?shock`, `shocked (?:me|my|him|her|us) (?:when|while|as|the first time|every time|each time|once|twice)`, `electrocut\\p{L}*`,
    `sparks (?:flew|came|everywhere|coming)`, `sparked(?! (?:my|an?|the|his|her|our|their|some|interest|debate|conversation|controversy|memories|joy|curiosity)(?![\\p{L}]))`, `scorch(?:ed|es|ing)`, `sparking`, `short[- ]circuit\\p{L}*`, `injur(?:y|ies|ed)(?<!(?:(?:athletic|sports?|old|previous|prior|existing|past|knee|back|running) |(?:because of|due to|after|from|since|recovering from|with) (?:an? |my |his |her |our )?)injur(?:y|ies|ed))`, `cut (?:my|his|her) (?:finger|hand|foot|lip|skin)`, `(?:was|started|kept|left me|is) bleeding(?! from (?:my|the|your|our) ears)`, `(?:ended up|went|trip) (?:in|to) (?:the )?(?:hospital|ER|emergency room)`, `emergency room`,
    `chok(?:e|ed|ing)(?: hazard)?`, `allergic reactions?`, `anaphyla\\p{L}*`, `hives`, `rash(?:es)?`, `broke out in`, `swell(?:ing|ed)(?: up)?`, `chemical burns?`,
    `irritat(?:ed|es|ion|ions)(?<!(?:(?:I'?m|I am|I was|I get|I got|I feel|I felt|we are|we were|made me|makes me)(?: \\p{L}+){0,2} )irritat(?:ed|es|ion|ions))`, `(?:cuts?|tears?) (?:right )?into (?:my|your|his|her|their|the) (?:skin|legs?|waist|sides?|hips?|thighs?|stomach|belly)`, `rubs? (?:you|me|him|her|them|my \\p{L}+|your \\p{L}+) raw`, `irritating (?:to |on |against )?(?:the |my |your |his |her )?(?:skin|eyes|scalp|throat|legs?|thighs?|waist)`, `(?:scratchy|scratch|sharp|itchy|abrasive|coarse)(?:,? and|,) irritating`, `itchier|itchiest`, `irritate (?:my|the|your|his|her) \\p{L}+`, `itch(?:y|ing|es|ed|iness)?(?! (?:to|for) )(?<!scratch(?:es|ed|ing)? (?:that|the|an|your|my|our|their|this) itch)`, `bleed(?:s|ing)?(?<!(?:(?:ears?|colou?rs?|dyes?|inks?|paints?|prints?|pens?|markers?|fabric|stains?|designs?) (?:\\p{L}+ )?)bleed(?:s|ing)?)(?! (?:through|into|onto|in the wash)| from (?:my|the|your|our) ears)`, `bled`, `red(?:ness| and (?:flaky|swollen|itchy|irritated|sore|raw))`, `(?:became|turned|went|got) (?:all )?red(?<!(?:(?:light|LED|lamp|indicator|button|display|screen|bulb|signal|sign|icon|dot) )(?:became|turned|went|got) (?:all )?red)(?! hot)`,
    `asthma`, `suffocat\\p{L}*`, `(?:can'?t|couldn'?t|could not|cannot|won'?t be able to|unable to|hard to) breath\\p{L}*`, `allerg(?:y|ies|ic)(?<!(?:(?:for|on|against|treat|treats|relieve|relieves|help|helps|helped|with) (?:the |my |your |his |her |our |seasonal |spring |pet |dust |bad |severe )?)allerg(?:y|ies|ic))(?! (?:list|medicine|meds|medication|pills?|relief|season|sufferers?|friendly|free|tested|testing))`, `face ?burn`, `burning (?:sensation|feeling|while|when|on (?:my|the))`, `burns? (?:my|the|your) (?:skin|face|scalp|eyes?)`,
    // A hard foreign body in food (checked against food words below) and a health risk said outright: "small stones mixed in with the grains", "a plastic piece in the biscuit".
    `(?:small |tiny |little |hard |sharp )?(?:stones|pebbles|plastic pieces?|pieces? of (?:plastic|glass|metal|wire)|glass (?:pieces?|shards?)|metal (?:pieces?|wires?|shavings)|rubber band)(?: \\p{L}+){0,3} (?:in|inside|mixed|within)(?! (?:my|the|his|her) (?:kidney|gall|bladder))`, `(?:poses?|posing|is) (?:a |an )?(?:serious |real |big )?(?:risk|hazard|danger) (?:to|for) (?:\\p{L}+ )?health`, `health (?:hazard|risk)`,
    `hair (?:loss|fell out)`, `(?:got|fell|became|gets|made (?:me|us|him|her|my \\p{L}+)) (?:very |really |so |extremely |terribly )?(?:ill|sick)(?! of| and tired)`, `(?:threw|throwing|throw) up`, `(?:upset|sore) stomach`, `stomach ?(?:aches?|pains?|cramps?|upsets?|issues?|problems?|infection)`, `gastric (?:problems?|issues?|trouble|pain)`, `constipation`, `loose motions?`, `bowel (?:problems?|issues?)`, `(?:messed|mess(?:es|ing)?) up (?:my|his|her|our) (?:gut|stomach|digestion)`, `ometing`, `nause(?:a|ous|ated)`, `(?:very |really |so )?bad for (?:your|my|our|the) (?:health|body|kidneys?|liver)`, `(?:severe |serious )?health (?:problems?|probleme?s?|issues?)`, `(?:affect|effect)(?:s|ing|ed)? (?:on )?(?:my |the |your )?(?:kidneys?|liver)(?: function)?`, `plastic ke (?:\\S+ )?tukde`, `(?:pieces?|bits?|shards?) of plastic (?:in|inside) (?:the |my )?(?:powder|food|drink|box|jar|pack)`, `scald(?:ed|ing|s)?(?! hot)`, `(?:chipped|cracked|broke) (?:a |my |his |her )?(?:tooth|teeth)`, `(?<!(?:break|broke|bend|bent|cut|remove|removed|file|filed) (?:a |the |one |some )?)(?:shards?|splinters?|pieces?|bits?) of (?:glass|metal)`, `burn(?:ing|ed|s)? (?:those|people|anyone|someone|everyone)`, `scrap(?:ed|es|ing) up (?:the |their |his |her |my |our )?(?:\\p{L}+ ){0,3}(?:legs?|skin|arms?|face|hands?|fingers?|neck)`, `not (?:a )?safe (?:product|to use)`, `glass (?:shards|splinters)`, `(?:needed|required|got|took) stitches`, `(?:took|take|taking|rushed|rush) (?:him|her|them|me|us|my \\p{L}+|our \\p{L}+) to the (?:vet|ER|hospital|emergency\\p{L}*|doctor)`, `food poisoning`, `(?:can['’]?t|cannot|can not|could ?n['’]?t|could not) (?:possibly )?be (?:healthy|good for (?:you|your health)|safe to (?:drink|eat|use))`, `(?:plastic|chemicals?|BPA|toxins?)(?: \\p{L}+){0,3} leach\\p{L}*`, `leach\\p{L}* (?:into|in) (?:the |my |your |our )?(?:coffee|water|food|drinks?|tea|milk)`, `vomit\\p{L}*`, `diarrh\\p{L}*`, `(?:kill|kills|killed) (?:you|me|him|her|us|someone|somebody|a (?:child|kid|baby|pet)|(?:my|our|the|his|her|your) (?:dogs?|cats?|pets?|pupp(?:y|ies)|kittens?|birds?|fish|baby|babies|kids?|child|children|son|daughter|husband|wife|family|hamsters?|rabbits?|chickens?|horses?))`, `(?<!(?:it['’]?s|it is|it|mine|this|this one|the (?:unit|fridge|motor|compressor|thing|device|battery|drive|machine)|they['’]?re|they) )(?:want to|going to|will|could|people (?:have been|are)) (?:die|dying)`,
    `(?:cut|sliced|gashed) (?!(?:me|him|her|us) (?:off|short))(?:me|him|her|us|myself|himself|herself|themselves|ourselves|yourself)`, `(?:cut|sliced|gashed) (?:my|his|her|their|our|your)(?: own)? (?:fingers?|hands?|thumbs?|skin|lips?|foot|feet|legs?|arms?|face|mouth|tongue|gums?|head|knees?|ankles?|toes?|wrists?|palms?|neck|ears?|eyes?|scalp|stomach|belly|chin|nose|paws?)`, `stomach (?:problems?|pains?|aches?|upset|issues?|cramps?)`, `(?:went|goes|go|going|gone|turned|turn|became) numb`, `numbness`, `(?:pressure|open|bed) sores?`, `formaldehyde`, `carcinogen\\p{L}*`, `collapsed (?:with|under) (?:me|him|her|my)`, `skin (?:disease|damage|peel\\p{L}*|reaction)`, `(?:rat|mouse|mice) (?:urine|droppings|poop)`, `(?:shoots?|shot|throws?|threw|gives? off|gave off|emits?|emitted|spits?|spat) (?:out )?(?:a |some |little )?sparks?`, `spark(?:ed|ing|s) (?:when|every|each|as soon|from|out of)`, `(?:wires?|wiring|motor and wires) (?:are|were|is|was|left) (?:all |completely |fully |just )?exposed`, `exposed (?:live |bare )?(?:wires?|wiring|electrical (?:parts?|components?|wires?))`,
    // Harm a supplement or a remedy did, told with its cause: "this caused me massive abdominal pain",
    // "made the pain even worse", "after two doses I got a nasty headache", "terrible side effects", "it landed me in the hospital".
    `(?<![\\p{L}])(?:it|this|these|they|product|pills?|capsules?|tablets?|stuff|supplement|medicine)${ONLY} (?:caused|causes|causing|gave|gives|given) (?:me|him|her|us|them|my \\p{L}+)(?! a headache)(?: \\p{L}+){0,2} (?:pain|headaches?|inflammation|nause\\p{L}*|cramps?|diarrh\\p{L}*|dizz\\p{L}*|palpitations|rash|migraines?|bleeding)`,
    `(?<![\\p{L}])(?:it|this|these|they|product|pills?|capsules?|tablets?|stuff|supplement|medicine)${ONLY} (?:made|make|makes|making) (?:the |my |his |her |our )?(?:pain|symptoms?|condition|inflammation|stomach|headaches?) (?:even |much |a lot |so much |way |far )?worse`,
    `(?:after|from|since) (?:taking|starting|using|(?:the first|one|two|three|four|a few|a couple of|\\d+) (?:doses?|pills?|capsules?|tablets?|days?|weeks?))(?: \\p{L}+){0,6},? (?:I|my \\p{L}+|he|she|we) (?:got|began|started|felt|had|developed|experienced|was)(?: \\p{L}+){0,4} (?:pain|headaches?|inflammation|nause\\p{L}*|cramps?|diarrh\\p{L}*|dizz\\p{L}*|palpitations|rash|sick|swollen|swelling)`,
    `(?:terrible|nasty|severe|horrible|awful|serious|unpleasant|scary|bad) side[- ]effects?`, `(?:had|have|got|experienced|caused|causes|gave (?:me|him|her)) (?:\\p{L}+ )?side[- ]effects?`,
    `(?:it|this|these|they|this (?:product|stuff|supplement|medicine)) (?:\\p{L}+ ){0,2}(?:landed|put|sent) (?:me|him|her|us|my \\p{L}+) (?:in|to) (?:the )?(?:hospital|ER|emergency)`,
    // "Whenever I take this I feel headache", "it gives me migraines": harm felt from using it.
    `(?:I |i )(?:always |often |still |now )?(?:feel|felt|get|got|getting|start getting|started getting) (?:a |severe |bad |terrible |massive |huge )?(?:headaches?|migraines?|dizz\\p{L}*|nause\\p{L}*)`, `(?:gives?|gave|giving) (?:me|him|her|us) (?:a |severe |bad |terrible )?(?:headaches|migraines?|dizz\\p{L}*|nause\\p{L}*)`,
    `explod(?:ed|es|ing)(?! everywhere| all over| with)`,
    // Signs of fire, whatever burned: a swollen battery, "began to burn", "fried the socket", "the board was scorched".
    `batter(?:y|ies) (?:was |were |is |are |got |had |has |came |arrived |went )?(?:swollen|swelled|inflated|bulging|puffed(?: up)?|inflamed)`, `(?:started|began) (?:to )?burn(?:ing)?`, `Akku (?:ist |war )?aufgebläht`, `batterie gonflée`, `batería hinchada`, `batteria gonfia`,
    `(?:circuit|board|wires?|wiring|plug|outlet|socket|fuse|cord|port)(?: \\p{L}+)? (?:was |were |is |got |had )?(?:burned|burnt|fried|scorched|charred)`, `(?:fried|scorched|charred) (?:the |my |a )?(?:\\p{L}+ )?(?:plug|outlet|socket|wires?|wiring|circuit|board|cord|fuse)`, `explosion(?! of)`, `blew up`, `melt(?:ed|ing)`, `too hot to touch`, `(?:dangerous|unsafe)(?<!(?:(?:would|could|might|may|can) (?:be |become )?(?:very |really |so )?)(?:dangerous|unsafe))`, `safety (?:hazard|issue|risk)`, `hazard(?:ous)?(?<!(?:(?:would|could|might|may) (?:be )?(?:a )?)hazard(?:ous)?)(?<!(?:stage|level|map|environmental|course|track) hazards?)(?! (?:control|toggle|settings?|on|off)(?![\\p{L}]))`, `poison\\p{L}*(?! ivy| oak| sumac)`, `toxic(?<!(?:community|culture|fans?|fan ?base|players?|people|environment|chat|comments?|crowd|online|multiplayer|lobby|lobbies|servers?) (?:is|are|was|were|can be|gets?) (?:\\p{L}+ )?toxic)(?! (?:relationships?|masculinity|positivity|people|person|fandom|behaviou?r|characters?|family|workplace|friendships?|boss|ex|culture|community|fans?|fan ?base|players?|environment|comments?|chat|gaming|online))`,
    // DE / FR / ES / IT
    `in Brand geraten`, `Brandgefahr`, `gebrannt`, `verbrannt`, `Verbrennung(?:en)?`, `Rauch`, `qualmt\\p{L}*`, `Stromschlag`, `explodiert`, `geschmolzen`, `verletzt`, `Verletzung(?:en)?`,
    `allergische Reaktion`, `Ausschlag`, `Erstickungsgefahr`, `gefährlich`, `a pris feu`, `incendie`, `brûl(?:é|ée|és|ure|ures|ant)`, `fumée`, `décharge électrique`,
    `électrocut\\p{L}*`, `explosé`, `a fondu`, `blessé\\p{L}*`, `blessure`, `réaction allergique`, `étouffement`, `dangereu(?:x|se)`, `se incendió`, `prendió fuego`,
    `fuego`, `quemadura`, `quem(?:ó|ado|ada)`, `humo`, `descarga eléctrica`, `explotó`, `se derritió`, `derretid[oa]`, `lesión`, `herida`, `reacción alérgica`, `asfixia`,
    `atragant\\p{L}*`, `peligros[oa]`, `preso fuoco`, `incendio`, `ustion[ei]`, `bruciat[oaie]`, `fumo`, `scossa`, `esplos[oa]`, `ferit[oa]`,
    `reazione allergica`, `soffocamento`, `pericolos[oa]`,
  ],
  ['発火', '火事', '燃え', '焦げ', '煙が', '発煙', '感電', '爆発', '破裂', '(?:熱|焦げ|高温|プラスチックが)[^。、]{0,10}溶け', '溶けて変形', '怪我', 'ケガ', 'やけど', '火傷', 'アレルギー', 'かぶれ', '窒息', '危険', '着火', '起火', '爆炸', '烫伤', '过敏', '発疹', 'かゆみ', '腫れ', '切り傷', '出血', '触电', '漏电', '冒烟', '烧焦', '受伤', '割伤', '划伤', '窒息', '皮疹', '红肿', '瘙痒', '中毒', 'かゆく', '痒', '肌荒れ', '炎症', '起疹', 'ガラス片', '有毒', '人体に有害', 'バッテリーが膨張', '电池鼓包', '下痢', 'お腹が(?:緩|ゆる|痛|いた)', '腹痛', '胃痛', '吐き気', '嘔吐', '安全性が(?:ありません|ない)', '(?:手|足|肌|皮膚|顔|手のひら|足の裏)[^。、]{0,6}黄色く', '拉肚子', '腹泻', '呕吐', '胃疼', 'उल्टी'],
);

// Plain overheating ("it overheats", "überhitzt", "過熱") is a defect, not a
// hazard (the labelling conventions): only the harm it did counts
// ("Overheated and melted" quotes "melted", "overheated and caught fire" the fire).

// Safety words that only count outside these contexts ("shocked at the price",
// "melted chocolate", "choke" on an engine are not hazards).
const NEGATED = /(?:no|not|never|without|zero|nicht|kein|pas|sin|senza|(?:does|do|did|is|was|won|would|wo|ca)n['’]?t)\s+(?:\p{L}+\s+)?$/iu;

// "I don't know if I received a used one or what": an open question, not a claim.
// "I question if these may be knock-offs", "I would think it is counterfeit", "it says it might have some signs of wear": a doubt or a guess, not a claim.
const UNSURE = /(?:(?:(?:don['’]?t|do not|didn['’]?t|did not) know|not sure|no idea|wonder(?:ing)?|question(?:ing)?) (?:if|whether)[^.!?]*|(?:would|might|could) (?:think|say|guess|assume|believe)(?: (?:it|they|this|that))?(?: (?:is|was|are|were))?\s*|(?:may|might|could) (?:have|be|contain)(?: (?:some|a few|been))?\s*|there (?:are|were) (?:\p{L}+ )?)$/iu;

export interface RiskResult {
  risks: RiskId[];
  evidence: RiskEvidence[];
}

// A review of a book, film or album talks about its content: poison, fire,
// murder or asthma there are the story's, not harm the product did, and
// "has been used" is about a symbol, not the copy. Two such words make it a
// work; a pirated or fake copy is still a claim about the item.
const WORK = /(?<![\p{L}])(?:books?|novels?|author|authors|films?|movies?|albums?|chapters?|documentar(?:y|ies)|dvds?|episodes?|readers?|plot|lyrics|Buch|Roman|livre|película|novela|libro|romanzo|Buch(?:es|s)?|Bücher|Hörbuch|Kochbuch|Krimi|Romane|Autor(?:in|en)?|Handlung|Leser(?:in)?|Kapitel|gelesen|Filme?|auteure?s?|lecture|livres|romans|autora?|libros|lectura|autore|libri|lettura)(?![\p{L}])|映画|小说|原作/giu;
// Signs of use on the copy ("Gebrauchsspuren") are about the copy too, whatever the work says.
const MAY_BE = /(?:may|might|could) be\s*$/iu;
const COPY_CLAIM = /counterfeit|bootleg|fake|knock|pirat|copy|duplicate|nakli|gebrauchsspuren/iu;
// A renewed or refurbished item is sold as used: "previously used" or "not new"
// about it is disclosed, not a claim (the labelling conventions); a fake or
// non-original part still is.
const DISCLOSED = /(?<![\p{L}])(?:refurb\p{L}*|renewed|reconditioned|pre-?owned|generalüberholt|reacondicionad\p{L}*|ricondizionat\p{L}*|reconditionn\p{L}*)(?![\p{L}])/iu;
// The foreign-body phrase of SAFETY ("small stones mixed in"), which counts only where the text is about food.
const FOREIGN_BODY = /^(?:small |tiny |little |hard |sharp )?(?:stones|pebbles|plastic pieces?|pieces? of|glass (?:pieces?|shards?)|metal (?:pieces?|wires?|shavings)|rubber band)(?:[^]*)(?:in|inside|mixed|within)$/iu;
const EDIBLE_OR_ILL = /(?<![\p{L}])(?:food|foods|grocer\p{L}*|snacks?|juice\p{L}*|drinks?|eat\p{L}*|ate|meals?|fruit|rice|flour|cereal|bread|grains?|millets?|dal|pulses|lentils?|biscuits?|cookies|nuts|dates|quinoa|oats|atta|besan|spices?|tea|coffee|chocolates?|candy|sauce|ghee|honey|protein|disease|leptospir\p{L}*|hantavirus|salmonella|sick|ill|illness)(?![\p{L}])/iu;
const USED_CLAIM = /used|opened|open box|returned|second|not (?:brand )?new|worn/iu;
// "After only wearing it 3x … now it looks worn": the buyer's own wear, not a used item sent as new.
const OWN_WEAR = /after (?:only |just |about |maybe )?(?:(?:wearing|using|washing|wash|use|wear|\d+|one|two|three|four|five|a few|a couple(?: of)?|several)(?![\p{L}])|a (?:week|month|day|year))|(?:wore|washed|used) (?:it|them) (?:only |just )?(?:once|twice|\d|a few|for)/iu;

function isWork(fields: readonly Field[]): boolean {
  let n = 0;
  for (const f of fields) {
    WORK.lastIndex = 0;
    while (WORK.exec(f.text) !== null) if (++n >= 2) return true;
  }
  return false;
}

// seller-feedback asks too (a fake item is no order complaint): one reading per item.
const read = new WeakMap<readonly Field[], RiskResult>();

export function detectRisks(fields: readonly Field[]): RiskResult {
  let r = read.get(fields);
  if (!r) read.set(fields, (r = risksOf(fields)));
  return r;
}

// What makes a burning smell a fire's: a motor, a charger or wiring, overheating, smoke or sparks.
const HEAT_SOURCE = /motor|charg|cord|plug|outlet|socket|wire|wiring|batter|(?<![\p{L}])fans?(?![\p{L}])|circuit|overheat|smok|spark|fire|flame|melt/iu;
const PLANT_HARM = /(?<![\p{L}])(?:(?:house)?plants?|leaves|leaf|lawn|grass|garden|trees?|flowers?|roses?|seedlings?|crops?|shrubs?|hedges?|buds|blooms?|foliage|tomatoes|succulents?)(?![\p{L}])/iu;
// A pesticide label's warning for fish or bees ("toxic to fish and aquatic invertebrates", "dangerous to pollinators") is no risk to people or pets either.
const WILDLIFE_HARM = /(?:toxic|dangerous|harmful|deadly|lethal|poisonous|hazardous) (?:\p{L}+ )?(?:to|for) (?:fish|aquatic|bees|honey ?bees|pollinators|wildlife|the environment)(?![\p{L}])/iu;
/** The sentence around a match, at most 60 characters either side. */
function sentenceAround(text: string, m: { start: number; end: number }): string {
  const before = text.slice(Math.max(0, m.start - 60), m.start);
  const after = text.slice(m.end, m.end + 60);
  return before.replace(/^[^]*[.!?\n]/u, '') + text.slice(m.start, m.end) + after.replace(/[.!?\n][^]*$/u, '');
}
/** The sentence around a match and the one before it ("I took one capsule. I woke up in pain."). */
function sentencesBefore(text: string, m: { start: number; end: number }): string {
  const before = text.slice(Math.max(0, m.start - 240), m.start).replace(/^[^]*[.!?\n](?=[^]*[.!?\n])/u, '');
  return before + text.slice(m.start, m.end) + text.slice(m.end, m.end + 60).replace(/[.!?\n][^]*$/u, '');
}
const INK = /(?<![\p{L}])(?:inks?|paper|pages?|pens?|highlighters?|markers?|colou?rs?|dyes?|paint|through|ghost\p{L}*|wash|fabric|sheets?|notebook|journal)(?![\p{L}])/iu;
const PERSON_OR_PET = /(?<![\p{L}])(?:me|my (?:skin|hands?|eyes?|face|son|daughter|kids?|child|wife|husband|dog|cat)|him|her|kids?|child(?:ren)?|baby|dogs?|cats?|pets?|skin|hands?|fingers?|eyes?|lungs?|throat|legs?|arms?|feet|foot|face|mouth|nose|lips|body|head|wrists?|neck|people|person|family|wife|husband|son|daughter|myself|us)(?![\p{L}])/iu;

// A remedy for a condition: its symptoms ("went to the ER with the pain", "vomiting") are the
// condition's, not harm the product did, unless the sentence gives the product as the cause.
const CONDITION = /(?<![\p{L}])(?:kidneys?|gall ?stones?|gall ?bladder|gout|migraines?|UTIs?|urinary tract|acid reflux|heartburn|IBS|arthritis|sciatica|constipation|hemorrhoids|haemorrhoids)(?![\p{L}])/iu;
const SYMPTOM = /vomit|throw|threw|emergency|headache|migraine|dizz|nause|(?<![\p{L}])ER(?![\p{L}])|hospital|stomach|nause|sick|(?<![\p{L}])ill(?![\p{L}])|kill/iu;
const CAUSED = /(?:(?<![\p{L}])(?:it|this|these|they|product|pills?|capsules?|tablets?|stuff|supplement|medicine)(?: (?:only|just|actually|really|even|also|then|literally|definitely|seems? to|seemed to|has|have|had|did|does|is|was|did is|did was))* (?:caused|causes|causing|gave|gives|made|makes|make|put|sent|landed|irritat\p{L}*|upset\p{L}*|hurt\p{L}*))|(?:after|since|from|within) (?:taking|starting|using|swallowing|the first|the second|one|two|three|a few|a week['’]?s?|a day['’]?s?|\d+ (?:doses?|pills?|capsules?)|minutes|hours|an hour)|(?:took|take|taking|swallowed) (?:\p{L}+ ){0,3}(?:pills?|capsules?|doses?|tablets?)|side[- ]effects?|reaction/iu;

function risksOf(fields: readonly Field[]): RiskResult {
  const ev: RiskEvidence[] = [];
  const work = isWork(fields);
  const disclosed = fields.some((f) => DISCLOSED.test(f.text));
  const remedy = fields.some((f) => CONDITION.test(f.text));
  for (const f of fields) {
    for (const m of findAll(AUTHENTICITY, f.text, 10)) {
      // "May be duplicate product": a suspicion of a copy left standing is a claim (conventions); other hedges are not.
      const quote0 = f.text.slice(m.start, m.end);
      const before = f.text.slice(Math.max(0, m.start - 40), m.start);
      // (Unless another hedge stands before it: "I question if these may be knock-offs".)
      if (UNSURE.test(before) && !(COPY_CLAIM.test(quote0) && MAY_BE.test(before) && !UNSURE.test(before.replace(MAY_BE, '')))) continue;
      const quote = f.text.slice(m.start, m.end);
      if (work && !COPY_CLAIM.test(quote)) continue;
      if (disclosed && USED_CLAIM.test(quote) && !COPY_CLAIM.test(quote)) continue;
      if (/worn|used/iu.test(quote) && !/someone|somebody|previous|prior|former|new/iu.test(quote) && OWN_WEAR.test(f.text)) continue;
      ev.push({ id: 'authenticity-risk', ...evidence(f, m) });
    }
    if (work) continue;
    for (const m of findAll(SAFETY, f.text, 10)) {
      const quote = f.text.slice(m.start, m.end);
      const before = f.text.slice(Math.max(0, m.start - 24), m.start);
      if (NEGATED.test(before)) continue;
      if (remedy && SYMPTOM.test(quote) && !CAUSED.test(sentencesBefore(f.text, m))) continue;
      // Rodent waste is a health claim where it touches food or names a disease (a soaked grocery carton), not on a boxed appliance (the labelling conventions).
      if (/^(?:rat|mouse|mice)/iu.test(quote) && !EDIBLE_OR_ILL.test(f.text)) continue;
      if (FOREIGN_BODY.test(quote) && (!EDIBLE_OR_ILL.test(f.text) || remedy)) continue;
      if (/^melt|^derret|^se derriti|^a fondu|^geschmolzen|^溶け/iu.test(quote) && (FOOD.test(f.text.slice(Math.max(0, m.start - 60), m.end + 60)) || IN_TRANSIT.test(f.text.slice(Math.max(0, m.start - 40), m.end + 40)))) continue;
      // "Did burn my plants", "not safe for indoor plants": harm to plants is the product failing, not a risk to people or pets (the labelled sets read it so).
      // "These bleed so much", "all bled through": in a review about ink, dye or paint, bleeding is the colour's unless a person is named beside it.
      if (/^ble/iu.test(quote) && fields.some((g) => INK.test(g.text)) && !PERSON_OR_PET.test(sentenceAround(f.text, m))) continue;
      if (!/fire|flame|spark|smok|explo/iu.test(quote)) {
        const around = sentenceAround(f.text, m);
        if ((PLANT_HARM.test(around) || WILDLIFE_HARM.test(around)) && !PERSON_OR_PET.test(around)) continue;
      }
      // A burning-plastic smell or taste is a new appliance's odour unless something electrical or hot is named with it (the labelled coffee-maker sets read it so).
      if (/^(?:burn|smell)/iu.test(quote) && /smell|odou?r|plastic/iu.test(quote) && !HEAT_SOURCE.test(sentenceAround(f.text, m))) continue;
      // "A nauseous taste" describes the taste; "could eventually kill you" is a guess, not harm.
      if (/^nause/iu.test(quote) && /^\p{L}* (?:taste|smell|odou?r|flavou?r|aftertaste)/iu.test(f.text.slice(m.end - 1))) continue;
      if (/^kill/iu.test(quote) && /(?:could|would|might|may|will|can|gonna|going to|eventually)(?: \p{L}+)? $/iu.test(before)) continue;
      // "It would be a fire hazard if left on": a hazard supposed, not one the product showed.
      if (/hazard|risk/iu.test(quote) && /(?:would|could|might|may|can) (?:be|become|pose|create)(?: a| an)?(?: real| serious| potential| big)? $/iu.test(before)) continue;
      if (/^explo/iu.test(quote) && /^\p{L}* (?:in|onto|into) (?:popularity|sales|the (?:scene|market))/iu.test(f.text.slice(m.start))) continue;
      ev.push({ id: 'safety-risk', ...evidence(f, m) });
    }
  }
  const risks = (['authenticity-risk', 'safety-risk'] as const).filter((r) => ev.some((e) => e.id === r));
  return { risks, evidence: ev };
}

// Why the buyer is unhappy (seed 002's five causes, plus authenticity and the
// seller's service): multi-label, primary first. The primary cause is the one
// with the most evidence; ties go to the one mentioned first.
import { type Field, type Lexicon, type Sentence, findAll, lexicon, sentencesOf } from './text.ts';
import { BROKEN_PART, GOOD_PACKING } from './grounds/seller-feedback.ts';
import { DEFECT_WORDS, FAILS_CJK, FAILS_WORDS, MISMATCH_WORDS, PRAISED_ARRIVAL, SERVICE_WORDS, fewerThanListed, sentenceAt } from './topics.ts';
import type { RootCause } from './types.ts';
import { aboutWork } from './works.ts';

const L = '\\p{L}*';

const LEXICONS: Readonly<Record<RootCause, Lexicon>> = {
  quality: lexicon(
    [
      ...DEFECT_WORDS,
      // Real reviewers' words for defects and short life.
      `(?:coming|came|comes|started|keeps?) (?:coming )?(?:off|apart|loose|undone|unglued)`, `(?:fell|falls|falling) (?:off|apart)`, `tangl${L}`, `shed(?:s|ding)?`, `rock hard`, `goes flat`, `went flat`, `sag(?:s|ged|ging)`,
      `(?:is|are|was|were|isn'?t|aren'?t|wasn'?t|weren'?t)(?: not)? (?:very |that |so )?(?:accurate|effective|practical|durable|sturdy|reliable|absorbent)`, `(?:not|never|doesn'?t|didn'?t|won'?t|wouldn'?t) (?:very )?(?:accurate|effective|rise|dissolve|reflect|absorb|lather|spray|hold up|stay on|stay put|stick|last|work properly|function)${L}`,
      `(?:stopped|quit|quits) (?:working|charging|spraying|holding)`, `(?:only )?(?:one|1|left|right) (?:side|ear|earbud|earphone)s? (?:is )?(?:not )?working`, `(?:poor|bad|worst|terrible|horrible|low) (?:sound|quality|material|build|battery|bass|performance)`,
      // Food gone bad is a defect of the stock, not a taste (conventions: expired or stale stock is quality).
      // The quality judged as such: "quality is not that good", "disappointed with the product's quality".
      `quality (?:is|was|are|were|seems|looks|feels)(?: (?:very|too|so|really|quite|pretty|just|also|a bit|bit|extremely))* (?:poor|bad|low|cheap|worst|pathetic|average|below average|inferior|substandard|horrible|terrible|awful|questionable|compromised|not (?:that |so |very |at all )?(?:good|great|nice|up to|upto|ok|okay|fine|as expected|satisfactory))`,
      `(?:disappointed|unhappy|not happy|not satisfied|dissatisfied) (?:with|by|in) (?:the |its |this |their |his |her )?(?:\\p{L}+['’]s )?(?:overall |build |product |material |fabric |print |stitching )?quality`, `(?:didn'?t|did not|don'?t|do not) like the (?:\\p{L}+ )?quality`, `deteriorat${L}`,
      `fung(?:us|al|i)`, `infest${L}`, `(?:fungus|insect|worm|bug)[- ]infected`, `rotten`, `rancid`, `spoil(?:ed|t)`, `weevils?`, `crystalli[sz]${L}`,
      `dried (?:out|up)`, `greasy`, `sticky`, `residue`, `(?:does(?:n'?t| not)|did(?:n'?t| not)) (?:do|clean|help) (?:anything|much|a thing)`, `not (?:long[- ]lasting|lasting)`, `worn (?:out|through)`, `frayed`, `cheap(?:ly)?`,
      `cheaply made`, `cheap (?:plastic|material|quality|junk)`, `poor(?:ly)? (?:quality|made|built|constructed)`,
      `(?:doesn'?t|does not|didn'?t|did not|won'?t|will not) (?:work|charge|hold|stay|stick|last|seal|turn on|heat|cool|cut|pair|connect)`,
      `crack${L}`, `ripped`, `malfunction${L}`,
      `lasted (?:only )?(?:a|one|two|\\d+) (?:day|days|week|weeks|month|months|uses?)`, `spit(?:s|ting)`, `(?:is|are|was|were|feels?|felt|came) (?:very |too |a bit |really |quite )?loose`, `tip(?:s|ped|ping)? over`, `(?:falls|fell|falling) over`,
      `pilling`, `pilled`, `(?:began|begins|started|starts|tends|tend) to pill`, `lint balls`, `c(?:oming|ame) apart`, `(?:razor|too) sharp`, `sharp edges?`, `pop(?:s|ped)? off`, `flicker${L}`, `crash(?:es|ed|ing)?`, `freez(?:es|ing)`, `froze`, `bent`, `dented`, `stain${L}`,
      `smells? (?:of|like) (?:chemicals|plastic|burning)`, `(?:chemical|awful|strange|weird|bad) (?:smell|odou?r)`, `stiff`, `(?:arrived|came) dead`, `won'?t turn on`, `lacks`, `not (?:loud|bright|strong|warm|hot|cold|powerful|sharp|sticky|tacky|effective|absorbent|durable|sturdy|fresh|clear) enough`, `not fresh`, `musty`, `static`, `(?:stopped|quit) (?!reading|watching|listening|playing)\\p{L}+ing`, `skip(?:s|ped|ping)(?! (?:this|it|that|the|these|them|over|ahead|to))`, `(?:very |so |really )?poor(?! (?:service|customer|communication|delivery|packaging|seller))`, `lousy`, `crappy`, `(?:sound|picture|print|image|call|build) quality (?:is |was )?(?:not good|bad|poor|terrible|average)`,
      `schlecht`, `dünn`, `gerissen`, `ne tient pas`, `s'éteint`, `se rompió`, `si è rotto`, `sottile`, `品質`, `dull`, `(?:too |very |really )?(?:loud|noisy)`, `(?:weird|strange|odd|funny|loud|terrible|annoying|constant|clicking|clinking|knocking|rattling|buzzing|humming|grinding|squealing|squeaking|whining|gurgling|banging) (?:noises?|sounds?)`, `(?:makes?|making|made) (?:a |(?:a )?lot of |some )?(?:\\p{L}+ )?noises?`, `groan(?:s|ing|ed)?`, `rattl${L}`, `buzz(?:es|ing|ed)?`, `weak`, `itchy`, `snapped`, `unraveled`, `(?:mould|mold)y?`, `old stock`, `(?:very |so |really )?bad product`, `defect${L}`, `error (?:code|message)s?`, `puffed`, `hair ?(?:fall|loss)`, 
      `fäll(?:t|en) auseinander`, `(?:löst|lösen) sich`, `verschmiert`, `zerfällt`, `abgebrochen`, `fehlerhaft`, `(?:Tipp|Rechtschreib|Druck|Übersetzungs)fehler${L}`, `fehlende Seiten`,
      `schlechte Qualität`, `funktioniert nicht`, `ne (?:fonctionne|marche) (?:pas|plus)`, `mauvaise qualité`, `rot[oa]`, 
      `no funciona`, `mala calidad`, `non funziona`, `scarsa qualità`, ...FAILS_WORDS,
    ],
    ['壊れ', '故障', '不良', '動かな', '使えな', '品質が悪', '質が悪', '坏了', '质量差', ...FAILS_CJK],
  ),
  'not-as-described': lexicon(
    [
      ...MISMATCH_WORDS,
      // "not as expected" starts at "not", so the negation check before a hit does not drop it.
      `not (?:as |what )(?:I |we )?ex?s?pected`, `(?:shown|showed|displayed|mentioned|written|printed) (?:in|on) (?:the )?(?:picture|pic|pitcher|photo|image|website|site|box|listing|page)`, `different from (?:the )?(?:real|actual)(?: one| product| thing)?`, `not included`, `(?:was|were|is|are) not (?:provided|in the box)`,
      `(?:smaller|bigger|larger|shorter|thinner|lighter|darker|less) (?:then|than) (?:(?:I |we )?ex?s?pected|I thought|(?:it )?(?:looks|looked|shown|pictured))`, `(?:not|n['’]t|never|nothing|isn['’]?t|wasn['’]?t|aren['’]?t|weren['’]?t) (?:\\p{L}+ )?as (?:I |we )?(?:had )?ex?s?pected`, `(?:not )?what I (?:had )?hoped`, `true to size`, `tallas?`, `taille`, `Größe`, `misura`,
      `(?:false|misleading|deceptive) (?:advertis${L}|ads?)`, `tv ad(?:vertis${L}|s)?`, `(?:the |their )?(?:ad|advert|advertisement) (?:says|said|shows|showed|claims|claimed)`, `(?:specifications?|specs|details|pictures?|photos?|images?)(?: of this item)? (?:do(?:es)? not|don'?t|didn'?t|did not) (?:match|compare|look)`, `as (?:shown|pictured|advertised)`, `deceiv${L}`, `claimed`, `(?:I )?assumed`, `(?:was|were) hoping`, `sold separately`, `(?:I )?(?:thought|assumed) (?:it|they|this|these) (?:would|was|were)`, `(?:I was|was) expecting`, `expected (?:a |an |it to be |them to be |they would be |much |way |far |something ){0,3}(?:bigger|smaller|larger|thicker|longer|fuller|higher|heavier|wider)`, `not (?:what|the (?:colou?r|size|shape)) I (?:expected|ordered|thought|wanted)`,
      `(?:does(?:n'?t| not)|did(?:n'?t| not)|won'?t|will not) fit (?:a |an |my |the |any |\d)`,
      // A size the buyer was led to expect: "I thought the book would've been bigger", "it's the small version", "didn't realize it was a small book".
      `(?:expected|expecting|thought|assumed|assuming|hoped|imagined)(?: (?:it|this|they|these|the \\p{L}+|this \\p{L}+) (?:would|would['’]ve|would have|to|was|were|is|are)(?: be| been)?)?(?: (?:a|an|much|way|far|lot|little|bit|the|normal|regular|full|standard|hard ?back|hardcover))* (?:bigger|larger|smaller|thicker|thinner|taller|longer|shorter|heavier|lighter|full[- ]size|normal size|regular size|standard size)`, `(?:small|smaller|mini|tiny|travel|pocket|board[- ]book)(?:[- ]sized?)? (?:version|edition)`, `(?:did not|didn['’]t|did n['’]t) realize (?:it|this|that it|that this) (?:was|is) (?:a |the )?(?:small|tiny|mini|smaller|paperback|board)`,
      // Compatibility and contents the buyer was led to expect: "will not work with my motherboard", "not compatible with", "does not come with cloning software".
      `(?:does(?:n'?t| not)|did(?:n'?t| not)|won'?t|will not|would(?:n'?t| not)) (?:work|fit) (?:with|on|in) (?:my|our|any|all|old|older|newer|[\\p{L}]*\\d[\\p{L}\\p{N}-]*|(?:a|an|the) [\\p{L}\\p{N}-]*\\d[\\p{L}\\p{N}-]*|(?:a|an|the) (?:[\\p{L}\\p{N}-]+ ){0,4}(?:motherboard|laptop|computer|pc|desktop|phone|car|truck|printer|router|tv|console|model|version|system|mac|macbook|iphone|ipad|android|windows|slot|port|socket))`, `(?:dimensions?|measurements?|specs|specifications|sizes?) (?:are|is|were|was|listed|given) (?:\\p{L}+ )?(?:wrong|off|incorrect|inaccurate|misleading|not (?:accurate|correct|right))`, `(?:wrong|incorrect|inaccurate|misleading) (?:dimensions?|measurements?|specs|specifications)`, `(?:not|isn'?t|wasn'?t) (?:fully )?(?:compatible|supported)`, `incompatible`, `(?:does(?:n'?t| not)|did(?:n'?t| not)|won'?t|will not) (?:come with|include)(?! (?:any |the |a )?(?:instructions|directions|manual|user guide))`, `(?:the (?:description|listing|ad|title|box|package|label)|it) (?:claims?|says?|states?|said)`, `runs? (?:very |really )?(?:big|small|large|narrow|wide)`, `(?:so|too|way too) (?:tiny|small|big|large|short)`,
      `(?:photo|picture|image)s? (?:on|in) (?:the )?(?:listing|amazon|ad)`, `description`, `not (?:fragrance|sugar|gluten|paraben|silicone|sulfate)[- ]free`, `(?:quantity|count|size|colou?r) (?:is |was )?(?:wrong|different|less|off)`, `(?:half|less) (?:the )?(?:size|quantity|amount)`,
      `(?:different|differs) from (?:the )?(?:picture|photo|description|listing|ad)`, 
      // What the buyer was led to expect, told with a noun between: "smaller kernel than I expected", "not what I had anticipated",
      // "thought I was ordering white", "only half the product was mushroom", "not 100% mushroom".
      `(?:smaller|bigger|larger|thinner|thicker|shorter|lighter|darker|tinier) (?:\\p{L}+ ){1,2}than (?:I |we )?(?:had )?(?:expected|anticipated|thought|imagined)`, `not what (?:I|we) (?:had )?anticipated`, `(?:didn['’]?t|did not) anticipate`,
      `thought (?:I|we) (?:was|were) (?:ordering|buying|getting|purchasing)`, `(?:is|was|are|were|it['’]s) (?:just|only|simply|basically|merely) (?:a |an )?(?:regular|normal|ordinary|standard|plain) \\p{L}+`, `(?:comes? out|came out|popped|pops|turned out|ended up) like (?:a |an )?(?:regular|normal|ordinary|standard|plain) \\p{L}+`, `(?:not|n['’]t) (?:\\p{L}+ ){0,4}(?:like|as) (?:promised|claimed|stated)`, `only (?:about )?half (?:of )?the (?:product|bag|box|kernels?|contents?|pack)`, `not (?:100|one hundred) ?%`,
      // "NOT pastel as described", "not at all the same as in the online image": a property the listing promised.
      `not (?:\\p{L}+ ){1,2}as (?:described|advertised|pictured|shown|stated|listed|(?:they|it) (?:appear|appears|look|looks) (?:in|on) the)`, `not (?:at all )?the same as (?:in |on )?the (?:online |listing |product )?(?:images?|pictures?|photos?)`, 
      `misleading`, `(?:smaller|bigger|larger|thinner|shorter|lighter|darker) than (?:pictured|described|advertised|shown|expected|it looks|the picture|the photos?)`,
      `(?:description|listing|title|picture|photo|ad) (?:says|said|shows|showed|claims|claimed|states|stated)`, `(?:advertised|claimed|listed) (?:as|to be)`, `wrong (?:colou?r|size|model)`,
      `not the (?:same|one) (?:as|in|shown)`, `than (?:the )?(?:video|listing|listed|advertised|described|pictured)(?: suggests| shows)?`,
      `(?:not|far below) the (?:\\d+ )?(?:advertised|claimed|promised)`, `advertised`, `(?:it |the box )?claims`, `(?:does not|doesn'?t|did not|didn'?t) (?:fit|match) (?:my|the)`,
      `(?:clearly|obviously) used`, `used (?:item|one|and returned)`, `sold as new`, `(?:does not|doesn'?t) match`, `runs? (?:a )?(?:full )?size (?:small|large|big)`, `too (?:short|long|small|big) for`, `colou?r (?:is|was) (?:off|different|not)`, `size chart`, `runs? (?:small|large|big)`, `(?:super|very|really|too|so|way too|extremely|quite) (?:small|tiny|big|large|short|narrow|wide|huge|massive)`, `not (?:long|big|wide|tall|large|deep) enough`, `(?:a bit|a little|slightly|much|way|far) (?:bigger|smaller|wider|narrower|shorter|longer|larger|thinner)`, `on the (?:small|large|big|short|tight) side`, `not (?:as |that )?(?:big|large|long|tall|wide) as`, `(?!(?:better|faster|sooner|earlier|quicker|other|rather|easier|stronger|nicer)(?![\\p{L}]))\\p{L}{3,}er than (?:I |we )?(?:expected|thought|pictured)`, `tv ad(?:s|ds)?`, `tv commercials?`, `(?:ad|advert|listing|description|picture|photo|box) (?:lists|says|shows|promises)`, `not (?:a )?full[- ]size`, `(?:purse|travel|doll|toy|sample)[- ]size`, `(?:doesn'?t|does not|didn'?t|did not|don'?t|do not|won'?t|wouldn'?t|will not) fit(?! (?:in|into) (?:my|the) (?:budget|schedule))`, `(?:is|are|was|were) (?:tiny|mini|huge|massive)`, `(?:you )?only (?:get|comes? with|includes?|contains?) (?:one|1|two|2|a single)`, `not (?:real|genuine) (?:leather|wood|silver|gold|cotton|silk)`,
      `entspricht nicht`, `anders als (?:auf dem Bild|beschrieben)`, `différent de la photo`, 
      `diferente a la foto`, `diverso dalla foto`, `anuncio (?:es |era )?(?:falso|engañoso)`, `publicidad (?:falsa|engañosa)`, `(?:el anuncio |la descripci[oó]n )?dice que (?:incluye|trae|lleva|viene con)`, `no se corresponde? (?:a|con) (?:la|el|lo) (?:anunciad[oa]|descripci[oó]n|foto)`,
      // Fit told against the buyer's own size (a lid or a screw that is "a bit loose" is a defect, not fit) ("2x is more like a 1x", "these fall off me", "the fit is weird").
      `(?:is|are|was|were|fits?|runs?) (?:more )?like (?:an? )?(?:\\d?x{0,3}l|\\dx|small|medium|large|extra[- ]large|x{0,3}-?large|size \\d+|\\d+)`, `(?:fall|falls|fell|falling) (?:off|down) (?:me|him|her|them|my|his|her)`, `miniature`, `mislabel${L}`,
      `fit (?:on these |on this |on them )?(?:is|was|are|were) (?:\\p{L}+ )?(?:weird|odd|off|strange|funny|wrong|terrible|awful|bad)`, `(?:in|with|by) the size`, `not the (?:\\p{L}+ )?(?:fabric|material|size|colou?r|model|version|one|product) (?:I|we) (?:expected|ordered|wanted|thought)`,
      `(?<!(?:lid|lids|cap|caps|top|handle|screws?|hinges?|knob|buttons?|door|plug|cable|connector|part|parts|piece|pieces|clasp|buckle|zipper|wheels?|legs?|seal|fitting|nozzle|valve|battery|cover)(?: \\p{L}+){0,2} (?:is|was|are|were|feels?|felt|got|gets|became|becomes|seems?|seemed) (?:\\p{L}+ )?)(?:a bit|a little|slightly|kind of|kinda|somewhat|way|much) (?:too )?(?:big|small|loose|tight|snug|short|long|large|baggy|skimpy)`, `(?<!(?:lid|lids|cap|caps|top|handle|screws?|hinges?|knob|buttons?|door|plug|cable|connector|part|parts|piece|pieces|clasp|buckle|zipper|wheels?|legs?|seal|fitting|nozzle|valve|battery|cover)(?: \\p{L}+){0,2} (?:is|was|are|were|feels?|felt|got|gets|became|becomes|seems?|seemed) (?:\\p{L}+ )?)too (?:tight|loose|baggy|snug|skimpy)(?! to)`, `(?:is|are|was|were|feels?|felt|fits?|fit) (?:\\p{L}+ )?(?:snug|skimpy|baggy)`,
      // Sizing told plainly ("sizing is completely off", "sizes wrong", "poor sizing", "too dang big", "ill fitting", "return it for a bigger size").
      `siz(?:e|es|ing)(?: (?:chart|guide|guidelines?|recommendations?))? (?:is |are |was |were )?(?:completely |totally |way |really |very |so |all )?(?:off|wrong|inaccurate|weird|terrible|horrible|misleading)`, `(?:poor|bad|terrible|horrible|weird|inaccurate|wrong|off|awful) siz(?:ing|es)(?: guide(?:lines?)?| chart)?`,
      `siz(?:e|es) (?:out|run|runs|ran) (?:very |really |way |a bit |super )?(?:small|big|large|tiny)`, `(?:smaller|bigger|larger|shorter|tighter|looser) th\\p{L}{1,3} (?:I )?expected`, `to+ smal{2,}`, `too+ bi+g{2,}`, `to bi+g{2,}`,
      `too (?:dang|darn|damn|freaking|bloody|dam) (?:big|small|short|long|tight|loose|large)`, `ill[- ]fitting`, `(?:return|returned|returning|exchange|exchanged) (?:it |them )?for (?:a )?(?:bigger|smaller|larger) size`, `order (?:a )?(?:larger|bigger|smaller) size`,
      `(?:doesn['’]?t|does not|did not|didn['’]?t) look (?:anything )?like (?:the |its |in the )?(?:one (?:on|in) the )?(?:pictures?|photos?|images?|pics?)`, `not what (?:it|its|it['’]s) look\\p{L}* (?:like )?in the (?:pictures?|photos?|images?|pics?)`, `wish (?:it|they) (?:was|were) (?:a (?:bit|little) )?(?:longer|shorter|bigger|smaller|wider|larger|looser)`,
      `order (?:a |one )?size (?:up|down|larger|smaller|bigger)`, `baggy`, `fits? (?:me |him |her |us )?like a (?:tent|sack|bag|tarp|parachute|dress|balloon)`,
      `(?:a )?size (?:smaller|bigger|larger) than (?:usual|normal|my usual|expected|I usually wear|the others?|my others?)`, `not the same size as`,
      `should (?:have|'ve) (?:ordered|gotten|got|bought|gone with) (?:a |one )?size (?:up|down|larger|smaller|bigger)`, `sizing (?:is|was|are|were) (?:not |n'?t )?(?:very |really |quite |always )?(?:accurate|right|correct|off|wrong|inconsistent|weird)`,
      // Material other than the buyer was led to expect: "heavier material than expected", "not 100% cotton as specified".
      `(?:heavier|heaver|lighter|thicker|thinner)(?: weight)?(?: material| fabric| cotton| cloth)? than (?:(?:I |we )?expected|(?:my |his |her |the |our )?(?:previous|old|other|usual)(?: \\p{L}+)?)`, `not (?:as (?:heavy|thick|thin|light) as|the same (?:weight|thickness) as) (?:my |his |her |the |our )?(?:previous|old|other|usual)`,
      `not (?:100 ?%|100 percent|pure|all|real) (?:cotton|wool|silk|leather|linen|cashmere)`, `(?:only|just|barely|hardly) (?:about |around )?\\d+(?:[.,]\\d+)?(?: ?[-–] ?\\d+(?:[.,]\\d+)?)? ?(?:g|gm|gms|grm|grams?)(?: of protein| protein| per (?:scoop|serving|serve))?(?![\\p{L}])`, `(?:lab|laboratory) (?:tests?|reports?|results?|testing)`, `(?:claims?|label|labell?ing|protein|content) (?:is|are|was|were) (?:also |all |totally |completely )?(?:fake|false|a lie|lies|misleading)`, `no (?:\\p{L}+ ){0,2}certifications?`, `(?:no|without|didn['’]?t get (?:a|any|the)|don['’]?t get (?:a|any|the)|not (?:come|came) with (?:a|any|the)) scoop`, `(?:all|100 ?%|pure) cotton,? (?:but|yet) (?:it['’]?s|it is|they['’]?re|they are) not`, `(?:looking for|wanted|expected|ordered) (?:100 ?%|all|pure) cotton`, `\\d+ ?% (?:cotton|polyester|poly) despite`,
      // Fit in the words buyers type: "TO LONG", "tooooo large", "some what small", "cut small", "get a size above".
      `(?:to+|way to+|just to+|too+) (?:long|short|small|big|large|larg|tight|loose|wide|narrow|baggy|snug)(?=\\s*(?:[.!?,;:)…]|$|for me|on me|length|lengthwise|in the|around))`, `some ?what (?:small|big|large|tight|loose|short|long|snug|smaller|larger|bigger|tighter|looser|shorter|longer)`, `(?:runs?|run|ran) (?:that|so|this|too|way too) (?:big|small|large|tight|short|long)`, `closer to an? (?:small|medium|large|x-?large|xx-?large|\\d?xl|size)`, `extra (?:wide|long|short|narrow|tight|baggy)`, `(?:with|about|by) the fit`, `if (?:it|they) (?:fit|fitted)(?![\\p{L}])`, `(?:tighter|looser|bigger|smaller|wider|narrower|shorter|longer) in the (?:thighs?|waist|legs?|hips?|crotch|chest|shoulders?|arms?|seat|butt|rear|length)`, `(?:much|a lot|way|far) (?:tighter|looser)`, `sizes? (?:is|are|was|were|runs?) (?:\\p{L}+ )?(?:big|small|large|huge|tiny)`, `cut (?:small|big|large|narrow|short|long|smaller|bigger|larger|tight)`, `(?:cut|run|runs|ran|fit|fits) (?:smaller|larger|bigger|tighter|looser) than`, `not true to size`,
      `(?:get|order|buy|go (?:for|with)) (?:a |one )?size (?:above|up|bigger|larger|smaller|down|below)`, `sizes? (?:is|are|was|were) (?:more |less |not )?(?:accurate|inaccurate|off|wrong|inconsistent)`, `(?:super|very|really|too|so|way too|extremely|quite) (?:broad|baggy|long|tight|loose)`,
      `(?:more )?(?:light|heavy) ?weight than (?:I |we )?(?:expected|thought)`, `no (?:back |front |side |zip(?:per)? |real )?pockets`, `(?:do|does|did)(?:n['’]?t| not) have (?:any |back |front )?pockets`, `pocketless`,
      // What a device was led to do and cannot: no Play Store or YouTube, apps that cannot be installed, a screen of adverts (the labelled tablet sets read these as the listing's).
      `(?:no|without|(?:does|did)(?:n['’]?t| not) (?:have|support|come with)|lacks?|lacking|missing) (?:(?:a|an|the|any) )?(?:access to )?(?:(?:the )?google play(?: store)?|(?:the )?play ?store|google (?:apps|services)|youtube(?: kids)?|whats ?app|netflix|chrome|gmail|(?:bbc )?iplayer|disney\\+?|voice recognition|headphone jack|(?:micro ?)?sd card slot)`,
      `(?:can['’]?t|cannot|can not|unable to|not able to|couldn['’]?t|could not|won['’]?t let (?:you|me|us)) (?:even )?(?:install|download|access|add|run|sideload|side-load|get)(?: (?:any|most|many|some|all|my|the|other|your|popular|basic|normal|essential|decent|good))? (?:\\p{L}+ )?(?:apps|google|play ?store|youtube|games|programs|android apps)`,
      `(?:isn['’]?t|is not|aren['’]?t|are not|not) (?:available|supported) (?:on|for|with) (?:this|the|it|fire|kindle|amazon)`,
      `(?:full of|bombarded (?:with|by)|constant|endless|so many|too many|lots of|loads of|intrusive|annoying|forced|unwanted) (?:ads|adverts|advertisements|advertising)`, `(?:ads|adverts|advertisements|advertising) (?:everywhere|all over|every time|constantly|pop up|popping up|on the lock ?screen)`,
      `(?:does(?:n['’]?t| not)|won['’]?t|will not|can['’]?t|cannot) (?:work|run|play|load|open) (?:on|with|in) (?:this|the|a|an|my) (?:tablet|device|phone|kindle|fire|computer|laptop|tv|console|model|version|system|os|operating system|browser)`, `(?:very |too )?(?:few|no|not many|not all) (?:\\p{L}+ )?apps (?:that )?(?:work|are available|run)`, `(?:very |quite |rather |too |so |extremely )?limited (?:capabilit\\p{L}*|functionalit\\p{L}*|features?|apps?|app selection|selection|choice|options?|use)`, `restrict(?:s|ed|ive|ions?)? (?:you|what|the (?:apps|device|use))`, `(?:child(?:ren)?['’]?s?|kids?['’]?) (?:profile|mode|login|account)s? (?:is |are )?(?:useless|restrict\\p{L}*|limited|pointless|locks?|shuts?|blocks?)`,
      `(?:locked|tied) (?:in)?to amazon`, `amazon(?:['’]s)? (?:own )?(?:app ?store|ecosystem)`, `walled garden`, `restricted (?:os|operating system|functionality|ecosystem)`,
      // A download sold where a disc was expected: "this is a digital order", "not a hard copy".
      `(?:it|this|that)(?:['’]s| is| was) (?:a |an |only a |just a )?digital (?:download|copy|code|version|order)`, `(?:not|isn['’]?t|wasn['’]?t) (?:a |an )?(?:hard|physical) (?:copy|disc|disk|version|game)`, `not the same colou?r (?:as )?(?:I |the |in the )?(?:pictured?|shown|photo|picture|image)`, `(?:darker|lighter|different) (?:shade|colou?r) (?:of \\p{L}+ )?than (?:pictured|shown|the (?:picture|photo|image)|expected|ordered)`, `(?:order|get|buy) (?:a |the )?(?:size )?(?:larger|smaller|bigger|large|medium|small)(?: size)? next time`,
      `not (?:\\p{L}+ )?(?:jersey|cotton|polyester|leather|wool|silk|fleece|mesh|denim|linen)(?: material| fabric)?`,
      // A book or copy smaller than the buyer was led to expect ("tiny tiny book", "the size of a coaster", "not the big book").
      `(?:small|smaller|tiny|teeny|teny|mini|miniature|little|itty bitty|little bitty|pocket[- ]sized?|\\p{L}+-sized)(?: (?:tiny|little|small))*(?: \\p{L}+)? (?:book|copy|edition|version)s?`, `size of (?:a |my |your |his |her )?(?:palm|hand|postcard|coaster|dollar bill|index card|credit card|phone)`, `not (?:the |a )?(?:big|large|regular|normal|full)[- ]?(?:size[d]? )?(?:book|one|version|edition)`, `(?:this|that|so) small(?=\\s*(?:[.!?,]|$))`,
      // Size and fit against the listing, in each language.
      `fällt (?:\\p{L}+ ){0,2}(?:zu )?(?:klein|groß|gross|eng|weit|kurz|lang) aus`, `zu (?:klein|groß|eng|kurz)`, `trop (?:petite?s?|grande?s?|courte?s?|serrée?s?|étroite?s?)`,
      `(?:talla|queda|quedan) (?:\\p{L}+ )?(?:pequeñ|grande|chic|cort|estrech)\\p{L}*`, `(?:veste|vestono|taglia) (?:\\p{L}+ )?(?:piccol|grand|strett|cort)\\p{L}*`, `troppo (?:piccol|strett|cort)\\p{L}*`,
    ],
    ['サイズが(?:小さ|大き|合わな)', '小さすぎ', '大きすぎ', '尺码', '偏小', '偏大', '穿不上', '説明と違', '写真と違', '画像と違', '表記と違', '与描述不符', '货不对板'],
  ),
  // Logistics is read from the topic tags (delivery, packing: isArrival below), one vocabulary for both.
  logistics: lexicon([]),
  usage: lexicon(
    [
      `(?:no|poor|bad|unclear|confusing|vague|missing|terrible|useless|obsolete|incomplete|wrong|lack of|without) (?:(?:proper|clear|such|any|good|real|user) )?(?:instructions?|directions|manual|guidance|guide)`,
      // Putting it together is the buyer's work: "to put it together is a task", "takes lots of patience", "the customer's headache to assemble".
      `(?:to )?(?:put(?:ting)? (?:it|them|this) together|assembl(?:e|ing|y)|install(?:ing|ation)?) (?:is|was|takes|took|will take|requires|required|needs|needed) (?:a (?:task|pain|headache|nightmare|challenge|puzzle)|(?:lots|a lot|plenty) of (?:patience|effort|time|skill|work)|(?:very |really |quite |too |so )?(?:hard|difficult|tough|tricky|complicated|confusing))`,
      `headache to (?:assemble|install|put (?:it |them )?together|set (?:it )?up|fix)`, `(?:instructions?|directions|manual) (?:are|were|is|was) (?:\\p{L}+ )?(?:unclear|confusing|vague|useless|missing|terrible|poor|wrong|obsolete|incomplete|not (?:clear|helpful|included))`, `(?:didn'?t|did not|doesn'?t|does not|don'?t) (?:come with|include|have) (?:any )?(?:instructions|directions|a manual)`, `confusing`, `(?:hard|difficult|tricky|impossible|a pain|awkward) to (?:use|set(?: ?up)?|install|assemble|fold(?: away)?|open|close|work with|figure out|understand|program|adjust|attach|put together|operate|clean)`, `(?:can ?not|can'?t|couldn'?t|could not) get (?:it|this|them|the \\p{L}+) to (?:work|connect|pair|turn on)`, `(?:after|once|until|before) (?:you|I) (?:figure|figured|work|worked) (?:it|this|them) out`, `if you know what you(?:'re| are)? do(?:ing)?`,
      `(?:couldn'?t|can'?t|could not|cannot) figure (?:out )?`, `(?:couldn'?t|can'?t|could not|cannot) (?:get it to|make it|set it up|install|pair|connect)`, `setup is (?:confusing|hard|complicated|a pain)`, `no (?:instructions|manual|directions)`,
      `complicated`, `(?:no idea|(?:don'?t|didn'?t|couldn'?t|can'?t) (?:know|figure out|understand)) how to (?:use|set|install|assemble|make|get)`, `user error`, `learning curve`, `(?:won'?t|doesn'?t|didn'?t) (?:pair|connect|sync)`, `the app is`, `clunky`,
      `Anleitung`, `Bedienungsanleitung`, `kompliziert`, `mode d'emploi`, `notice (?:incompréhensible|en anglais|absente)`, `compliqué`, `instrucciones`, `manual de instrucciones`, `complicad[oa]`, `istruzioni`, `complicat[oa]`,
    ],
    ['説明書', '使い方', '取扱説明', '設定が', 'わかりにく', '分かりにく', '说明书'],
  ),
  preference: lexicon(
    [
      `tastes?`, `tasted`, `tasting`, `after ?taste`, `flavou?r(?:s|ed|less)?`, `bland`, `(?:yuck?|yukk?)`, `nasty`, `gross`, `disgusting`, `vinegary`, `bitter`, `salty`, `(?:too |so |very )?sweet`,
      `(?:I |we )?(?:don'?t|didn'?t|do not|did not) (?:really )?(?:like|love|enjoy|care for)(?! (?:what happened|how (?:it|they) (?:was|were) (?:shipped|packed|packaged|delivered|sent)|the (?:delivery|shipping|packaging|packing|seller|service|courier|wait)))`, `overpowering`, `(?:scent|smell|fragrance|perfume) (?:is|was) (?:too|very|so|really|not|just|a bit)`, `songs?`, `album`, `vocals?`, `lyrics`, `tracks`, `music`, `(?:the|this) (?:show|movie|film|series|game)`,
      `scent(?:ed|s)?`, `(?:bad|strong|weird|strange|awful|horrible|terrible|pleasant) (?:smell|scent|odou?r)`, `smells? (?:like|bad|awful|weird|strange|terrible)`, `spicy`, `bulky`, `(?:not |isn'?t |wasn'?t )?(?:very )?(?:interesting|funny|catchy|artistic|outstanding|exciting|entertaining|engaging|appealing)`,
      `(?:the )?(?:recipes?|graphics|gameplay)`, `(?:couldn'?t|could not|can'?t) get into`, `(?:didn'?t|did not) (?:hold|keep) my (?:interest|attention)`, `afraid of`, `(?:my )?(?:cats?|dogs?|kids?|son|daughter|grandson|granddaughter|husband|wife|nephew|niece|puppy|kitten) (?:did not|didn'?t|won'?t|wouldn'?t|does not|doesn'?t|will not|never) (?:even )?(?:like|care|eat|use|play|touch|go near|wear)${L}`, `never (?:wears?|uses?|plays? with|eats?|touch(?:es)?) (?:it|them|this|these)`,
      `not one of (?:my|his|her|their|the) (?:\\p{L}+ )?(?:favou?rites?|best)`, `(?:not )?(?:the|their|his|her|its) (?:\\p{L}+['’]s )?(?:best|worst) work`, `(?:had|have) no use for`, `predictable`, `dragged on`, `(?:stopped|quit|gave up) (?:reading|watching|listening)`,
      `plot`, `story(?:line)?`, `characters?`, `the writing`, `narrat${L}`, `acting`, `episodes?`, `boring`, `bored`, `wish I (?:liked|loved)`, `hate (?:it|this|the)`,
      `(?:don'?t|didn'?t|do not|did not) (?:like|love|care for)`, `not my (?:style|taste|cup of tea)`, `not for me`, `ugly`,
      `not a fan`, `too (?:sweet|strong|bitter|bright|soft|firm|salty|spicy|sour|bland|rich|mild)`, `for my taste`, `(?:my|our) (?:taste|preference)`,
      `(?:would ?n['’]?t|would not|will not|won['’]?t|refused to|refuses to|did not|didn['’]?t) (?:even )?(?:eat|touch|drink|chew|lick|sniff)(?: it| them| this)?`,
      `schmeckt`, `Geschmack`, `goût`, `sabe (?:a|mal|fatal|horrible|raro|rancio)`, `sabor`, `sapore`, `gusto (?:amaro|strano|orribile|terribile|cattivo)`,
      // Boredom and a thin story are taste in every language (as "boring" and "predictable" are above).
      `langweil${L}`, `Langeweile`, `gelangweilt`, `langatmig`, `vorhersehbar`, `nicht (?:sehr |besonders |wirklich )?(?:spannend|interessant|lustig|witzig)`, `nichts für mich`, `nicht mein Ding`, `oberflächlich`, `seicht`, `banal`, `trivial`, `nichts Neues`,
      `ennuyeu(?:x|se)`, `ennui`, `prévisible`, `pas (?:très |vraiment )?intéressant`, `pas pour moi`, `aburrid[oa]`, `predecible`, `(?:nada|poco) interesante`, `no es para mí`, `soso`, `noios[oa]`, `prevedibile`, `non fa per me`, `scontat[oa]`,
      `gefällt mir nicht`, `nicht mein (?:Geschmack|Fall)`, `pas mon (?:style|goût)`, `je n'aime pas`, `no me gusta`, `no es de mi gusto`, `non mi piace`, `non è il mio stile`,
    ],
    ['好みではな', '好みじゃな', '好きではな', '趣味じゃな', '不喜欢', 'つまらな', '退屈', '面白くな', 'ありきたり', '无聊', '没意思', '不好看', '味が', 'まず', '不味', '甘すぎ', '香りがきつ', '难吃', '不好吃', '味道', '太甜', '太咸'],
  ),
  // Authenticity is the cause exactly when the risk alert is raised (risks.ts reads the claim, hints.authenticity below):
  // no lexicon of its own, so the two can never disagree.
  authenticity: lexicon([]),
  service: lexicon(
    [
      ...SERVICE_WORDS,
      // Behaviour, not mentions: asking for a refund is what the buyer wants, and
      // "scam" is mostly "it does not work" (policy.md §4: rude or unanswered seller).
      `(?:the |this )?(?:sellers?|vendors?) (?:(?:is|was|were|are) )?(?:(?:very |so |really )?(?:rude|unhelpful|useless|unprofessional|dishonest)|(?:never|didn'?t|did not|won'?t|doesn'?t|refused|refuses) \\p{L}+)`,
      `(?:bad|poor|terrible|horrible|worst|no|pathetic|awful|useless|unhelpful) (?:customer )?(?:service|support|care|response)`,
      // Promises not kept and claims left waiting: "refused to honour the warranty", "my refund is taking forever".
      `(?:not|n['’]t|never|refused to|refuses to) honou?r(?:ed|ing)?`, `(?:my|the) (?:refund|return|replacement|exchange)(?: \\p{L}+){0,3} (?:taking|takes|took|is taking) (?:so long|too long|forever|ages)`, `customer (?:service|support|care) (?:is|was) (?:\\p{L}+ )?(?:bad|poor|terrible|horrible|worse|worst|useless|unhelpful|rude|pathetic|awful)`, 
      `(?:not|never|\\p{L}+n['’]t) (?:yet )?(?:got|gotten|received|seen|had|been given) (?:my |the |a |any |an )?(?:refund|money back|replacement)`, `(?:charged|billed) (?:me |us )?(?:twice|double|two times|three times|again|extra|more than once)`, `double[- ](?:charged|billed)`, `waiting (?:for|on) (?:my |the |a )?(?:refund|replacement|money)`, `still (?:no|waiting for (?:my|the|a|any)) (?:refund|replacement|money)`, `(?:refund|replacement) (?:has |have )?(?:never|not|still not) (?:been )?(?:issued|processed|received|arrived|sent|come)`, `(?:can'?t|cannot|couldn'?t|could not|won'?t|will not|refused to|refuse to|didn'?t|did not|never) (?:get |give |issue |process )?(?:me )?(?:a |my )?(?:refund|replacement|return)`, `(?:no|not) (?:returnable|refundable)`, `no (?:return|refund|replacement)s?(?: option| policy)?`, `return (?:label|policy|request|process)`, `refused`, `(?:charged|charge|pay) (?:me )?(?:rs\\.? ?\\d+|\\$\\d+|for (?:the )?(?:technician|return|repair))`,
      `Kundenservice`, `Kundendienst`, `vendeur`, `service client`, `aucune réponse`, `remboursement`, `vendedor`, 
      `venditore`, `assistenza clienti`, 
    ],
    ['出品者', '販売者', '対応が', '返信が', '返金', '卖家', '客服'],
  ),
};

// Books, films, music, magazines, shows: a bare verdict on one ("poorly done",
// "garbage", "bad.") is a matter of taste, not a defect to fix. Only these
// words say the text reviews a work; a defect word of its own (skips,
// scratched, won't play) still counts as quality.
// (The words live in works.ts, shared with the personal-info ground: aboutWork.)
// In a review of a work (a book, film, album or video game), only a fault of the
// copy itself (a disc that skips, loose pages, a game that crashes) is a quality
// problem; other verdicts (the plot, the gameplay, "same as last year") are taste.
// The copy's technical faults, told without a defect word the lexicons know.
const TECH_FAULT = /Bildqualität|Tonqualität|nicht synchron|asynchron|ruckel|bleibt hängen|Aussetzer|überspringt|Seiten fehl|fehlende Seiten|Druckfehler|doppelte Kapitel|won'?t play|(?:doesn'?t|does not|did not|didn'?t) play|skips|freezes|misprint|missing pages|pages (?:are |were )?missing|out of sync|no subtitles|qualité d['’]image|son décalé|calidad de imagen|qualità (?:dell['’])?immagine/iu;
const COPY_FAULT = /skip|scratch|won'?t play|(?:does|did)n'?t play|not play|freez|region|format|disc|dis[ck]|page|binding|print|missing|damag|broke|crack|defect|stuck|sound (?:quality|is)|subtitles?|transfer|audio|volume|sync|crash|glitch|bug|lag|server|disconnect|(?:won'?t|will not|doesn'?t|does not|didn'?t|did not|never|can'?t|cannot) (?:\p{L}+ )?(?:work|load|start|download|install|boot|run|play|read)|(?:not|stopped|quit) working|unplayable|broken|(?:code|download) (?:did|does|is|was)|corrupt|cut off|Seiten|Druck|Bindung|beschädigt|Bildqualität|Tonqualität|Bild (?:ist|war)|Ton (?:ist|war)|ruckel|hängt|asynchron|lippensynchron|Untertitel|Tonspur|4K|Blu-?ray (?:ist|war)|Rechtschreib|Tippfehler|Übersetzung|Kratzer|défaut|imprim|traduction|páginas|impresión|traducción|pagine|stampa|traduzione|ページ|印刷|誤字|翻訳|错字|翻译/iu;
const BARE_VERDICT = /^(?:(?:very |so |really )?poor(?:ly)?|junk|garbage|useless|lousy|crappy|cheap(?:ly)?|(?:very |so |really )?bad product|poorly (?:done|made|written|acted))$/iu;

const COPY_SIZE = /(?<![\p{L}])(?:small|smaller|tiny|mini|miniature|little bitty|itty bitty|pocket[- ]sized?|size of (?:a |my |your |his |her )?(?:palm|hand|postcard|dollar bill|index card|phone|credit card)|\d+(?:\.\d+)? ?(?:inches|inch|in|")(?: by| x) \d+(?:\.\d+)?|board book|regular size|full size|normal size|big book)(?![\p{L}])/iu;

// Weights: a counterfeit claim or a listing mismatch is a stronger signal than
// a passing word on delivery.
const WEIGHT: Record<RootCause, number> = { quality: 1, 'not-as-described': 1.5, logistics: 1, usage: 1, preference: 0.8, authenticity: 3, service: 1 };

// "does not leak", "no burnt spots": a cause word right after a negation is praise.
const NEGATION = /(?:\bno|\bnot|n't|\bnever|\bwithout|\bzero)\s+$/iu;
// "Taste is good", "good flavour", "tastes amazing": the taste praised is no complaint about it.
const TASTE_WORD = /tast|flavou?r|smell|scent|fragrance/iu;
// "Hat mir nicht gefallen", "no me ha gustado": a plain dislike in the past tense, read only when nothing else names a cause.
const DISLIKE = /(?:hat|haben|hatte|hätte) (?:mir|uns) (?:\p{L}+ ){0,2}nicht gefallen|gefiel (?:mir|uns) (?:\p{L}+ )?nicht|nichts besonderes|belanglos|ne m['’]a pas plu|n['’]ai pas aimé|no me (?:ha )?gustado|no me gustó|non mi (?:è|e'|sono|ha) piaciut[oaie]|(?:didn['’]?t|did not) (?:really )?(?:like|enjoy|care for) (?:it|this|them)|not (?:for me|my thing|my cup of tea)/iu;
const TAINT = /plastic|chemical|metallic|metal|rubber|solvent|petrol|gasoline|kerosene|paint|glue|burnt|burned|burning|rotten|rancid|spoil|fung|mou?ld|foul|stale|expired|Plastik|Chemie|chimique|plastique|químic|plástico|chimic|plastica/iu;
const PRAISED_BEFORE = /(?:good|great|nice|amazing|awesome|excellent|decent|delicious|lovely|perfect|yummy|pleasant)\s+$/iu;
const PRAISED_AFTER = /^\s*(?:is|was|are|were|'s|’s)?\s*(?:very |so |really |quite |pretty |also |too |just )?(?:good|great|nice|amazing|awesome|excellent|decent|delicious|yummy|tasty|perfect|lovely|fine|not bad)(?![\p{L}])/iu;

/** A sentence the topic tagger says is about delivery or packaging, and not about the product. */
function isArrival(s: Sentence): boolean {
  const { tags, text } = s as Sentence & { tags?: ReadonlySet<string>; text?: string };
  return !!tags && (tags.has('delivery') || tags.has('packaging')) && !tags.has('product') && !tags.has('mismatch') && !(text && PRAISED_ARRIVAL.test(text));
}



export interface CauseHints {
  rating: number;
  /** The text reports a safety problem: that is a quality problem too. */
  safety: boolean;
  /** Some sentence is about the product (fallback: quality, seed 002's most common cause). */
  aboutProduct: boolean;
  /** The sentences already split (saves splitting twice). */
  sentences?: readonly Sentence[];
  /** The text claims the item is fake, used or tampered (authenticity-risk): that is the primary cause. */
  authenticity: boolean;
  /** The removal grounds found: some say the complaint is not about this product at all. */
  grounds?: readonly string[];
}

// Grounds whose complaint is not about this listing's product or order: no cause to fix.
const NO_CAUSE_GROUNDS = new Set(['pricing-availability', 'off-topic', 'spam', 'wrong-product']);

/**
 * Causes ranked by the number of sentences that mention them (weighted), so
 * one sentence full of seller words does not outvote the product complaint
 * next to it; ties go to the cause mentioned first. A 5-star review has no
 * cause to fix.
 */
export function rootCauses(fields: readonly Field[], hints: CauseHints): RootCause[] {
  if (hints.rating >= 5) return [];
  // Price-only, spam, off-topic: no cause to fix. A price remark beside an order complaint (both grounds) keeps the order's cause.
  if (hints.grounds?.some((g) => NO_CAUSE_GROUNDS.has(g)) && !hints.grounds.includes('seller-feedback')) return [];
  const score = new Map<RootCause, { n: number; first: number }>();
  const add = (cause: RootCause, n: number, first: number): void => {
    const prev = score.get(cause) ?? { n: 0, first: Number.POSITIVE_INFINITY };
    score.set(cause, { n: prev.n + n, first: Math.min(prev.first, first) });
  };
  const media = aboutWork(fields);
  // "The box was fine, so it happened at the factory", "arrived broken in the left speaker": the reviewer rules the trip out.
  const notTransit = fields.some((f) => GOOD_PACKING.test(f.text) || BROKEN_PART.test(f.text));
  const arrivals = notTransit ? [] : (hints.sentences ?? []).filter(isArrival);
  if (arrivals.length) add('logistics', arrivals.length * WEIGHT.logistics, arrivals[0]!.start + (arrivals[0]!.field === 'body' ? 1e9 : 0));
  fields.forEach((f, fi) => {
    const sentences = hints.sentences ? hints.sentences.filter((x) => x.field === f.field) : sentencesOf(f);
    for (const [cause, re] of Object.entries(LEXICONS) as Array<[RootCause, Lexicon]>) {
      let hits = findAll(re, f.text, 200).filter(
        (h) => !NEGATION.test(f.text.slice(Math.max(0, h.start - 12), h.start)),
      );
      if (cause === 'preference') hits = hits.filter((h) => !(TASTE_WORD.test(f.text.slice(h.start, h.end)) && (PRAISED_BEFORE.test(f.text.slice(Math.max(0, h.start - 16), h.start)) || PRAISED_AFTER.test(f.text.slice(h.end, h.end + 28)))));
      // "A plastic taste in the brew", "smells of chemicals", "smells foul, rotten": a taint the thing gives off is a defect, not taste (the labelled sets agree).
      if (cause === 'preference') {
        const tainted = hits.filter((h) => TASTE_WORD.test(f.text.slice(h.start, h.end)) && TAINT.test(f.text.slice(Math.max(0, h.start - 24), h.end + 24)));
        if (tainted.length) {
          add('quality', new Set(tainted.map((h) => sentenceAt(sentences, h))).size * WEIGHT.quality, fi * 1e9 + tainted[0]!.start);
          hits = hits.filter((h) => !tainted.includes(h));
        }
      }
      // "Received it with the door broken": damage told as the arrival is a logistics
      // complaint, whatever product words it holds (for a book or a film too).
      if (cause === 'quality' && !notTransit) hits = hits.filter((h) => { const x = sentenceAt(sentences, h); return !(x && isArrival(x)); });
      if (hits.length === 0) continue;
      if (cause === 'quality' && media && hits.every((h) => BARE_VERDICT.test(f.text.slice(h.start, h.end)) || !COPY_FAULT.test(f.text.slice(Math.max(0, h.start - 30), h.end + 30)))) {
        add('preference', WEIGHT.preference, fi * 1e9 + hits[0]!.start);
        continue;
      }
      const inSentences = new Set(hits.map((h) => sentenceAt(sentences, h)));
      add(cause, inSentences.size * WEIGHT[cause], fi * 1e9 + hits[0]!.start);
    }
  });
  // "This book was literally the size of my palm": in a review of a work, the copy's
  // size is the listing's to state (a miniature or board edition), never taste.
  if (media) fields.forEach((f, fi) => {
    const hits = findAll(COPY_SIZE, f.text, 50).filter((h) => !NEGATION.test(f.text.slice(Math.max(0, h.start - 12), h.start)));
    const sentences = hints.sentences ? hints.sentences.filter((x) => x.field === f.field) : sentencesOf(f);
    if (hits.length) add('not-as-described', new Set(hits.map((h) => sentenceAt(sentences, h))).size * WEIGHT['not-as-described'], fi * 1e9 + hits[0]!.start);
  });
  // Fewer units than the listing's own count: the listing's mismatch comes first (corpus labels), whatever the arrival says.
  if (fewerThanListed(fields)) add('not-as-described', 1e3, -1);
  if (hints.safety) add('quality', 1, Number.POSITIVE_INFINITY);
  // The claim behind an authenticity alert is the cause to answer first.
  if (hints.authenticity) add('authenticity', 1e6, -1);
  // Without that claim ("fake smelling", "looks fake") there is no authenticity cause (conventions: always paired with the risk).
  else score.delete('authenticity');
  // A review only about the order says nothing about the product itself: its
  // cause is the order's (a wrong colour sent is logistics, not the listing's).
  if (hints.grounds?.includes('seller-feedback')) {
    for (const c of ['quality', 'not-as-described', 'preference', 'usage'] as const) score.delete(c);
  }
  // A review that is only about the order has an order cause even when no word named it.
  // Told only about the seller (no arrival, packing or delivery sentence), that cause is the service.
  if (hints.grounds?.includes('seller-feedback') && !score.has('logistics') && !score.has('service')) {
    const tagged = (hints.sentences ?? []) as ReadonlyArray<Sentence & { tags?: ReadonlySet<string> }>;
    const sellerOnly = tagged.some((x) => x.tags?.has('seller')) && !tagged.some((x) => x.tags?.has('delivery') || x.tags?.has('packaging'));
    add(sellerOnly ? 'service' : 'logistics', 0.5, Number.POSITIVE_INFINITY);
  }
  // A review kept for its product statement answers for the product first: a late
  // parcel beside a dead unit is the unit's complaint, at equal weight.
  const order = score.get('logistics');
  if (order && !hints.grounds?.includes('seller-feedback') && (['quality', 'not-as-described', 'preference', 'usage'] as const).some((c) => (score.get(c)?.n ?? 0) >= order.n)) order.n -= 0.01;
  // Every complaint gets a cause: defects are by far the most common one, but a
  // plain "didn't like it" with nothing else said is taste (policy §4).
  // A work's copy that is at fault ("Bild und Ton nicht synchron", "pages missing") is a defect, however the review is worded.
  if (score.size === 0 && hints.rating <= 3) add((media && !fields.some((f) => TECH_FAULT.test(f.text))) || fields.some((f) => DISLIKE.test(f.text)) ? 'preference' : 'quality', 1, 0);
  return [...score.entries()].sort((a, b) => b[1].n - a[1].n || a[1].first - b[1].first).map(([c]) => c);
}

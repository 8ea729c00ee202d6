// The review encourages illegal or dangerous use (Community Guidelines):
// telling readers to defeat a safety device, mix dangerous chemicals, or use
// the product to spy on someone. A complaint that the product itself is
// dangerous is a safety risk, never this ground, so the words must be advice
// ("just remove the guard", "you can bypass the fuse"), not a report.
import type { Context, GroundDetector } from '../context.ts';
import { evidence, findAll, lexicon } from '../text.ts';
import type { Evidence } from '../types.ts';

const ADVISE = `(?:just|simply|you can|you could|you should|you'll want to|I (?:recommend|suggest)(?: you)?|(?:pro )?tip:?|hack:?|trick is to|best to)`;
const SAFETY_PART = `(?:safety (?:guard|switch|lock|valve|cut-?off|feature|catch|cover)|(?:blade )?guard|fuse|thermostat|thermal (?:cut-?off|fuse)|auto(?:matic)? shut-?off|child (?:lock|safety)|kill switch|governor|limiter|breaker|overload protection)`;

const ADVICE = lexicon(
  [
    `${ADVISE} (?:remove|take off|disable|bypass|jump(?:er)?|cut|defeat|override|tape down|wire around) (?:the |that |this )?${SAFETY_PART}`,
    `${ADVISE} (?:mix|combine) (?:it |this )?with (?:bleach|ammonia|vinegar and bleach|chlorine)`,
    `${ADVISE} (?:use|read|text|watch) (?:it |this )?while (?:driving|you drive)`,
    `(?:great|perfect|works? (?:great|well)|ideal) (?:for|to) (?:spy(?:ing)? on|secretly (?:record|track)(?:ing)?|track(?:ing)?) (?:your|my|a) (?:wife|husband|partner|girlfriend|boyfriend|ex|neighbou?r|spouse)`,
    `(?:great|perfect|works? (?:great|well)) (?:for|to) (?:pick(?:ing)? locks|break(?:ing)? into|steal(?:ing)?|hot-?wir(?:e|ing))`,
    // DE / FR / ES / IT
    `(?:einfach|man kann|du kannst|Tipp:?) (?:die |den |das )?(?:Sicherung|Schutzvorrichtung|Schutzabdeckung|Abschaltautomatik|Kindersicherung|Thermostat) (?:entfernen|überbrücken|deaktivieren|abkleben|ausbauen)`,
    `(?:il suffit de|vous pouvez|tu peux|astuce ?:?) (?:retirer|enlever|désactiver|contourner|shunter) (?:la sécurité|le fusible|la protection|le thermostat|la sécurité enfant)`,
    `(?:basta con|puedes|podéis|truco:?) (?:quitar|desactivar|puentear|anular) (?:el seguro|el fusible|la protección|el termostato)`,
    `(?:basta|potete|puoi|trucco:?) (?:rimuovere|togliere|disattivare|bypassare) (?:la sicura|il fusibile|la protezione|il termostato)`,
  ],
  ['安全装置を(?:外せば|外すと|解除すれば|外しましょう)', '(?:拆掉|去掉|拆除)(?:保险丝|安全装置|防护罩)(?:就|更)'],
);

export const illegalDangerous: GroundDetector = {
  id: 'illegal-dangerous',
  kinds: ['review'],
  detect(ctx: Context): Evidence[] {
    const out: Evidence[] = [];
    for (const f of ctx.fields) for (const m of findAll(ADVICE, f.text, 5)) out.push(evidence(f, m));
    return out;
  },
};

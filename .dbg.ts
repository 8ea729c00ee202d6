import { buildDoc } from './lib/policy/document.ts';
import { K } from './lib/policy/lexicon/kinds.ts';
const names = Object.entries(K);
for (const t of process.argv.slice(2)) {
  const d = buildDoc(t, {}, { rules: {}, customPhrases: [] });
  console.log(JSON.stringify(d.norm.text));
  for (const a of d.scan.atoms) console.log(' ', a.sent, a.w, JSON.stringify(d.norm.text.slice(a.s, a.e)), names.filter(([, v]) => a.k & v).map(([n]) => n).join('|'));
  console.log(' reviewRequests', d.reviewRequests(), 'changes', d.changeRequests());
}

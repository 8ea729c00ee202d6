// German, French, Spanish and Italian words for the manipulation rules
// (incentive, review change, positive review, promotion) plus the words the
// context rules need to see a reason or a confirmation. Accents are folded
// away by the normaliser, so entries are written without them (ä → a, ß → ss).
export const EUROPEAN = String.raw`
R: bewertung | bewertungen | rezension | rezensionen | produktbewertung | kundenrezension | kundenbewertung | sterne | sternen | stern | sternebewertung
R: avis | evaluation | evaluations | commentaire | commentaires | etoiles | etoile | avis client | avis clients
R: resena | resenas | opinion | opiniones | valoracion | valoraciones | calificacion | calificaciones | comentario | comentarios | estrellas | estrella
R: recensione | recensioni | valutazione | valutazioni | opinione | opinioni | commento | commenti | stelle | stella
R FB: verkauferbewertung | verkauferfeedback | avis vendeur | evaluation du vendeur | valoracion del vendedor | feedback del venditore
ACT: hinterlassen | schreiben | abgeben | verfassen | geben | laisser | laissez | ecrire | ecrivez | publier | donner | dejar | deje | dejarnos | dejenos | dejanos | deja | escriba | escribanos | publique | lasciateci | scriva | escribir | publicar | dar | lasciare | lasci | lasciarci | scrivere | pubblicare
CHGX: andern | abandern | aktualisieren | loschen | entfernen | uberarbeiten | anpassen | zuruckziehen | korrigieren | uberdenken | zu andern | zu loschen | zu entfernen
CHGX: modifier | modifiez | modifiiez | supprimer | supprimez | retirer | retirez | changer | changez | mettre a jour | reviser | revoir | reconsiderer | corriger
CHGX: cambiar | cambie | cambiara | modificar | modifique | modificara | eliminar | elimine | borrar | borre | actualizar | actualice | retirar | quitar | reconsiderar | editar | corregir
CHGX: modifica | cambia | aggiorna | rimuova | elimina | modificare | modifichi | modificarla | cambiare | cambi | rimuovere | rimuova | eliminare | elimini | cancellare | cancelli | aggiornare | aggiorni | rivedere | riveda | ritirare | correggere
INC: ruckerstattung | erstattung | erstatten | erstattet | gutschein | gutscheine | amazon gutschein | rabatt | geschenk | kostenlos | kostenlose | kostenloses | kostenlosen | gratis | entschadigung | geld zuruck | belohnung
INC: remboursement | rembourser | rembourserons | remboursons | rembourse | bon d achat | carte cadeau | cadeau | gratuit | gratuite | gratuitement | reduction | remise | dedommagement | recompense
INC: reembolso | reembolsar | reembolsaremos | reembolsamos | reembolsarle | tarjeta regalo | tarjeta de regalo | regalo | gratuito | gratuita | descuento | cupon | compensacion | dinero | recompensa
INC: rimborso | rimborsare | rimborseremo | rimborsiamo | buono regalo | buono | carta regalo | omaggio | sconto | compenso | risarcimento | denaro | soldi | ricompensa
INC PROMO: gutscheincode | rabattcode | # % rabatt | code promo | code de reduction | # % de reduction | codigo de descuento | codigo promocional | # % de descuento | codice sconto | codice promozionale | # % di sconto
INCW: ersatz | ersatzprodukt | remplacement | reemplazo | sostituzione | neues produkt | nouveau produit | nuevo producto | nuovo prodotto
EXC R: fur eine bewertung | fur eine rezension | fur ihre bewertung | fur ihre rezension | pour votre avis | pour un avis | en echange de votre avis | por su resena | por una resena | por su opinion | por su valoracion | per la sua recensione | per una recensione
EXC: als dankeschon | im gegenzug | als dank | en echange | en retour | pour vous remercier | en remerciement | a cambio | como agradecimiento | en agradecimiento | in cambio | come ringraziamento | per ringraziarla
POS: positiv | positive | positiven | positiver | gut | gute | guten | sehr gute | positif | positifs | bon | bonne | bons | favorable | positivo | positiva | positivos | buena | bueno | buenas | buona | buono | ottima | eccellente | excelente | excellente
POS R: 5 sterne | funf sterne | 5 sternen | funf sternen | 5 etoiles | cinq etoiles | 5 estrellas | cinco estrellas | 5 stelle | cinque stelle
FILL: guten tag | gute reise | bonne journee | bon week end | bonne fin de journee | bonne soiree | buena suerte | buenos dias | buon giorno | buona giornata | buona serata | bon d achat
SAT: zufrieden | glucklich | gefallt | gefallen | satisfait | satisfaite | satisfaits | content | contente | ravi | ravie | plait | satisfecho | satisfecha | contento | contenta | gusta | gusto | encanta | soddisfatto | soddisfatta | soddisfatti | piaciuto | piace
COND: wenn | falls | sofern | si | se
NEG: nicht | kein | keine | pas | ne | non | nunca | mai
GATE: zuerst | vorher | bevor | d abord | avant | avant de | plutot | primero | antes | antes de | prima | prima di | invece | anstatt
CONTACT: kontaktieren | kontakt | melden sie sich | contacter | contactez | contactez nous | contactar | contactenos | contactarnos | contattare | contattarci | contattateci | ci contatti
TELL: erwahnen | mentionner | mencionar | menzionare
ASK: bitte | bitten | wurden uns freuen | freuen uns | wir wurden uns | s il vous plait | merci de | pourriez vous | nous vous serions reconnaissants | por favor | le agradeceriamos | agradeceriamos | nos encantaria | per favore | la preghiamo | vi preghiamo | saremmo grati | gentilmente | le saremmo grati
PROMO: unsere anderen produkte | unsere neuen produkte | neuheiten | folgen sie uns | sonderangebot | angebote | jetzt kaufen | besuchen sie unseren shop | schauen sie sich unsere | nos autres produits | nouveautes | nouvelle collection | suivez nous | abonnez vous | offre speciale | soldes | promotion | decouvrez nos | nuestros otros productos | novedades | nueva coleccion | siguenos | oferta especial | ofertas | rebajas | descubra nuestros | visite nuestra tienda | i nostri altri prodotti | altri prodotti | novita | nuova collezione | seguiteci | seguici | offerta speciale | offerte | saldi | promozione | scopri i nostri | visita il nostro negozio
REASON: ersatzteil | entschuldigen | entschuldigung | piece de rechange | desole | desoles | excusons | repuesto | sentimos | disculpe | molestias | ricambio | pezzo di ricambio | scusiamo | disagio | defekt | beschadigt | ersatz | anleitung | bedienungsanleitung | problem | ruckgabe | rucksendung | umtausch | garantie | rechnung | fehlt | kaputt | probleme | defectueux | endommage | endommagee | remplacement | retour | mode d emploi | notice | facture | manuel | casse | problema | defectuoso | danado | reemplazo | devolucion | manual | instrucciones | garantia | factura | roto | difettoso | danneggiato | sostituzione | reso | manuale | istruzioni | garanzia | fattura | rotto
THANKS: danke | vielen dank | versandt | verschickt | merci | expedie | gracias | enviado | grazie | spedito | ihre bestellung | votre commande | su pedido | il suo ordine
CRIT: lieferadresse | adresse de livraison | direccion de envio | indirizzo di spedizione | personalisierung | gravur | personnalisation | gravure | personalizacion | grabado | personalizzazione | incisione
HELP: zogern sie nicht | n hesitez pas | no dude en | non esitate | non esiti
POS R: 5 von 5 | 5 von 5 sternen | funf von funf | 5 sur 5 | cinq sur cinq | 5 de 5 | cinco de cinco | 5 su 5 | cinque su cinque | 10 von 10 | 10 sur 10 | 10 de 10 | 10 su 10
SAT: ihren erwartungen entsprochen | ihre erwartungen erfullt | vos attentes | a vos attentes | sus expectativas | le sue aspettative | soddisfacente | satisfactorio | satisfaisant
REASON: verzogerung | verspatung | verspatet | lieferverzogerung | feiertag | feiertage | retard | en retard | retards | jours feries | retraso | retrasos | retrasado | festivo | festivos | ritardo | ritardi | in ritardo | festivita | chiusura | consegna ritardata
HOWTO: klicken | klicken sie | link | hier | unten | cliquez | cliquez ici | lien | ci dessous | ici | haga clic | haz clic | enlace | aqui | abajo | clicca | clicchi | collegamento | qui | sotto
PII: ihre e mail adresse | ihre email adresse | ihre e mail | ihre telefonnummer | ihre handynummer | ihre whatsapp nummer | ihre private adresse | votre adresse e mail | votre adresse email | votre e mail | votre email | votre numero de telephone | votre numero | votre telephone | su correo electronico | su correo | su email | su numero de telefono | su telefono | su whatsapp | il suo indirizzo email | il suo indirizzo e mail | la sua email | la sua e mail | il suo numero di telefono | il suo numero | il suo cellulare
PROMO: newsletter abonnieren | abonnieren sie | entdecken sie unsere | unser neues produkt | unsere bestseller | abonnez vous a notre | inscrivez vous | profitez de | nos meilleures ventes | notre nouveau produit | suscribase | suscribete | aproveche | nuestros productos mas vendidos | nuestro nuevo producto | iscriviti | approfitta | i nostri prodotti piu venduti | il nostro nuovo prodotto
ADULT: scheisse | scheiss | arschloch | verdammt | fick | ficken | hure | wichser | merde | putain | connard | connasse | salope | encule | mierda | puta | cabron | gilipollas | joder | pendejo | cazzo | stronzo | vaffanculo | puttana | coglione
`;

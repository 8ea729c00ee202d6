// German, French, Spanish and Italian words for the manipulation rules
// (incentive, review change, positive review, promotion) plus the words the
// context rules need to see a reason or a confirmation. Accents are folded
// away by the normaliser, so entries are written without them (ä → a, ß → ss).
export const EUROPEAN = String.raw`
R:bewertung|bewertungen|rezension|rezensionen|produktbewertung|kundenrezension|kundenbewertung|sterne|sternen|stern|sternebewertung|meinung|meinungen
R:avis|evaluation|evaluations|commentaire|commentaires|etoiles|etoile|avis client|avis clients
R:resena|resenas|opinion|opiniones|valoracion|valoraciones|calificacion|calificaciones|comentario|comentarios|estrellas|estrella
R:recensione|recensioni|valutazione|valutazioni|opinione|opinioni|parere|pareri|commento|commenti|stelle|stella
R FB:verkauferbewertung|verkauferfeedback|avis vendeur|evaluation du vendeur|valoracion del vendedor|feedback del venditore
ACT:hinterlassen|schreiben|abgeben|verfassen|geben|laisser|laissez|ecrire|ecrivez|publier|donner|donnez|dejar|deje|dejarnos|dejenos|dejanos|deja|escriba|escribanos|publique|lasciateci|scriva|escribir|publicar|dar|lasciare|lasci|lasciarci|scrivere|pubblicare
CHGX:andern|abandern|aktualisieren|loschen|entfernen|uberarbeiten|anpassen|zuruckziehen|korrigieren|uberdenken|zu andern|zu loschen|zu entfernen
CHGX:modifier|modifiez|modifiiez|supprimer|supprimez|retirer|retirez|changer|changez|mettre a jour|reviser|revoir|reconsiderer|corriger
CHGX:cambiar|cambie|cambiara|modificar|modifique|modificara|eliminar|elimine|borrar|borre|actualizar|actualice|retirar|quitar|reconsiderar|editar|corregir
CHGX:modifica|cambia|aggiorna|rimuova|elimina|modificare|modifichi|modificarla|cambiare|cambi|rimuovere|eliminare|elimini|cancellare|cancelli|aggiornare|aggiorni|rivedere|riveda|ritirare|correggere
INC:ruckerstattung|erstattung|erstatten|erstattet|gutschein|gutscheine|amazon gutschein|rabatt|geschenk|kostenlos|kostenlose|kostenloses|kostenlosen|gratis|entschadigung|geld zuruck|belohnung
INC:remboursement|rembourser|rembourserons|remboursons|rembourse|bon d achat|carte cadeau|cadeau|gratuit|gratuite|gratuitement|reduction|remise|dedommagement|recompense
INC:reembolso|reembolsar|reembolsaremos|reembolsamos|reembolsarle|tarjeta regalo|tarjeta de regalo|regalo|gratuito|gratuita|descuento|cupon|compensacion|dinero|recompensa
INC:regali|regalos|cadeaux|geschenke|rimborso|rimborsare|rimborseremo|rimborsiamo|buono regalo|buono|carta regalo|omaggio|sconto|compenso|risarcimento|denaro|soldi|ricompensa
INC PROMO:gutscheincode|rabattcode|# % rabatt|code promo|code de reduction|# % de reduction|codigo de descuento|codigo promocional|# % de descuento|codice sconto|codice promozionale|# % di sconto
INCW:ersatz|ersatzprodukt|remplacement|reemplazo|sostituzione|neues produkt|nouveau produit|nuevo producto|nuovo prodotto
EXC R:fur eine bewertung|fur eine rezension|fur ihre bewertung|fur ihre rezension|pour votre avis|pour un avis|en echange de votre avis|por su resena|por una resena|por su opinion|por su valoracion|per la sua recensione|per una recensione
EXC:als dankeschon|im gegenzug|als dank|en echange|en retour|pour vous remercier|en remerciement|a cambio|como agradecimiento|en agradecimiento|in cambio|come ringraziamento|per ringraziarla
POS:positiv|positive|positiven|positiver|gut|gute|guten|sehr gute|positif|positifs|bon|bonne|bons|favorable|positivo|positiva|positivos|buena|bueno|buenas|buona|buono|ottima|eccellente|excelente|excellente
POS R:5 sterne|funf sterne|5 sternen|funf sternen|5 etoiles|cinq etoiles|5 estrellas|cinco estrellas|5 stelle|cinque stelle
FILL:5 sterne oder eine 1 sterne|5 sterne oder 1 stern|5 sterne oder 1 sterne|1 stern oder 5 sterne|5 ou 1 etoile|5 ou 1 etoiles|1 ou 5 etoiles|5 etoiles ou 1 etoile|5 etoiles ou une etoile|de 5 estrellas o de 1 estrella|5 estrellas o 1 estrella|1 o 5 estrellas|da 5 stelle che da 1 stella|5 stelle o 1 stella|da 5 stelle o da 1 stella|1 o 5 stelle|guten tag|gute reise|bonne journee|bon week end|bonne fin de journee|bonne soiree|buena suerte|buenos dias|buon giorno|buona giornata|buona serata|bon d achat
SAT:zufrieden|glucklich|gefallt|gefallen|satisfait|satisfaite|satisfaits|content|contente|ravi|ravie|plait|satisfecho|satisfecha|contento|contenta|gusta|gusto|encanta|soddisfatto|soddisfatta|soddisfatti|piaciuto|piace
COND:wenn|falls|sofern|si|se
NEG:nicht|kein|keine|pas|ne|non|nunca|mai
GATE:zuerst|vorher|bevor|d abord|avant|avant de|plutot|primero|antes|antes de|prima|prima di|invece|anstatt
CONTACT:kontaktieren|kontakt|melden sie sich|contacter|contactez|contactez nous|contactar|contactenos|contactarnos|contattare|contattarci|contattateci|ci contatti
TELL:erwahnen|mentionner|mencionar|menzionare
ASK:bitte|bitten|wurden uns freuen|freuen uns|wir wurden uns|s il vous plait|merci de|pourriez vous|nous vous serions reconnaissants|por favor|le agradeceriamos|agradeceriamos|nos encantaria|per favore|la preghiamo|vi preghiamo|saremmo grati|gentilmente|le saremmo grati
PROMO:unsere anderen produkte|unsere neuen produkte|neuheiten|folgen sie uns|sonderangebot|angebote|jetzt kaufen|besuchen sie unseren shop|schauen sie sich unsere|nos autres produits|nouveautes|nouvelle collection|suivez nous|abonnez vous|offre speciale|soldes|promotion|decouvrez nos|nuestros otros productos|novedades|nueva coleccion|siguenos|oferta especial|ofertas|rebajas|descubra nuestros|visite nuestra tienda|i nostri altri prodotti|altri prodotti|novita|nuova collezione|seguiteci|seguici|offerta speciale|le nostre offerte|nostre offerte|offerte speciali|offerte del momento|saldi|promozione|scopri i nostri|visita il nostro negozio
REASON:ersatzteil|entschuldigen|entschuldigung|piece de rechange|desole|desoles|excusons|repuesto|sentimos|disculpe|molestias|ricambio|pezzo di ricambio|scusiamo|disagio|defekt|beschadigt|ersatz|anleitung|bedienungsanleitung|problem|ruckgabe|rucksendung|umtausch|garantie|rechnung|fehlt|kaputt|probleme|defectueux|endommage|endommagee|remplacement|retour|mode d emploi|notice|facture|manuel|casse|problema|defectuoso|danado|reemplazo|devolucion|manual|instrucciones|garantia|factura|roto|difettoso|danneggiato|sostituzione|reso|manuale|istruzioni|garanzia|fattura|rotto
THANKS:danke|vielen dank|versandt|verschickt|merci|expedie|gracias|enviado|grazie|spedito|ihre bestellung|votre commande|su pedido|il suo ordine
CRIT:lieferadresse|adresse de livraison|direccion de envio|indirizzo di spedizione|personalisierung|gravur|personnalisation|gravure|personalizacion|grabado|personalizzazione|incisione
HELP:zogern sie nicht|n hesitez pas|no dude en|non esitate|non esiti
POS R:5 von 5|5 von 5 sternen|funf von funf|5 sur 5|cinq sur cinq|5 de 5|cinco de cinco|5 su 5|cinque su cinque|10 von 10|10 sur 10|10 de 10|10 su 10
SAT:ihren erwartungen entsprochen|ihre erwartungen erfullt|vos attentes|a vos attentes|sus expectativas|le sue aspettative|soddisfacente|satisfactorio|satisfaisant
REASON:zustellproblem|lieferproblem|incident de livraison|incident|incidents|incidencia|incidencias|anomalia|giacenza|verzogerung|verspatung|verspatet|lieferverzogerung|feiertag|feiertage|retard|en retard|retards|jours feries|retraso|retrasos|retrasado|festivo|festivos|ritardo|ritardi|in ritardo|festivita|chiusura|consegna ritardata
HOWTO:klicken|klicken sie|link|hier|unten|oben|ci dessus|arriba|sopra|cliquez|cliquez ici|lien|ci dessous|ici|haga clic|haz clic|enlace|aqui|abajo|clicca|clicchi|collegamento|qui|sotto
PII:ihre e mail adresse|ihre email adresse|ihre e mail|ihre telefonnummer|ihre handynummer|ihre whatsapp nummer|ihre private adresse|votre adresse e mail|votre adresse email|votre e mail|votre email|votre numero de telephone|votre numero|votre telephone|su correo electronico|su correo|su email|su numero de telefono|su telefono|su whatsapp|su numero de whatsapp|numero de whatsapp|su numero de movil personal|votre numero whatsapp|il suo numero whatsapp|il suo indirizzo email|il suo indirizzo e mail|la sua email|la sua e mail|il suo numero di telefono|il suo numero|il suo cellulare
PROMO:newsletter abonnieren|abonnieren sie|entdecken sie unsere|unser neues produkt|unsere bestseller|abonnez vous a notre|inscrivez vous|profitez de|nos meilleures ventes|notre nouveau produit|suscribase|suscribete|aproveche|nuestros productos mas vendidos|nuestro nuevo producto|iscriviti|approfitta|i nostri prodotti piu venduti|il nostro nuovo prodotto
ADULT:scheisse|scheiss|arschloch|verdammt|fick|ficken|hure|wichser|merde|putain|connard|connasse|salope|encule|mierda|puta|cabron|gilipollas|joder|pendejo|cazzo|stronzo|vaffanculo|puttana|coglione
R ACT:teilen sie ihre erfahrung|teilen sie ihre erfahrungen|ihre erfahrung zu teilen|ihre erfahrungen zu teilen|ihre erfahrung teilen|partagez votre experience|partager votre experience|partagez votre ressenti|comparta su experiencia|compartir su experiencia|comparte tu experiencia|condivida la sua esperienza|condividere la sua esperienza|condividi la tua esperienza
ACT:laisse|laissee|laisses|comparta|compartir|condivida|condividere|teilen
INC:exklusive vorteile|vorteile|uberraschungsgeschenk|uberraschung|pramie|offert|offerte|offerts|avantages exclusifs|avantages|importe completo|su dinero|ventajas exclusivas|vantaggi esclusivi|in omaggio
GAIN:erhalten|erhalten sie|bekommen|sichern sie sich|recevez|recevrez|recevoir|obtenez|obtenir|obtiendrez|obtener|obtendra|ottenere|otterrete|reciba|recibira|recibir|obtenga|ricevera|riceve|ricevere|ottenga|vous attend|le espera|la aspetta
EXC:als kleines dankeschon|als kleines danke|als dankeschon fur|en guise de remerciement|pour vous remercier de|como pequeno agradecimiento|come piccolo ringraziamento
ASK:freuen wir uns|wir freuen uns|nos ayudaria|nos ayudaria mucho|ci aiuterebbe
SAT:plu|vous a plu|vous a touche|vous a touchee|t a touche|t a touchee|vous a emu|t a emu|ha gustado|le ha gustado|gustado|ihnen gefallen|gefallen hat
COND:sinon|altrimenti|de lo contrario|ansonsten|andernfalls
CONTACT:ecrivez nous|ecrivez moi|erreichen sie uns|schreiben sie uns|escribanos|escribenos|scriveteci|ci scriva
GATE:zunachst
SITE:unsere website|unserer website|unsere webseite|unserer webseite|unseren online shop|unserem online shop|notre site|notre site web|notre site internet|notre boutique en ligne|nuestra web|nuestra pagina web|nuestro sitio web|nuestra tienda online|il nostro sito|nostro sito|nostro sito web|il nostro negozio online
PII:ihr geburtsdatum|geburtsdatum|votre date de naissance|date de naissance|su fecha de nacimiento|fecha de nacimiento|la sua data di nascita|data di nascita
REASON:zoll|beim zoll|zustellversuch|nicht zugestellt|paketshop|rucksendeetikett|gebrauchsanweisung|pflegehinweis|ersten gebrauch|vor dem ersten gebrauch|aufladen|montage|aufbau|abime|abimee|abimes|douane|tentative de livraison|point relais|etiquette de retour|renvoyer|premiere utilisation|nouvel envoi|comprobante|comprobante fiscal|recibo|datos fiscales|aduana|intento de entrega|punto de recogida|etiqueta de devolucion|primer uso|montaje|instalacion|giacenza|in giacenza|dogana|tentativo di consegna|punto di ritiro|ritiro|etichetta di reso|primo utilizzo|montaggio|installazione|ricevuta
THANKS:herzlichen gluckwunsch|viel freude|wir wunschen ihnen|vous remercie|remercie|remercions|de votre confiance|excellente journee|bienvenida|darle la bienvenida|ringraziamo|la ringraziamo|per aver scelto|gracias por elegir|merci d avoir choisi
HELP:a su disposicion|a su entera disposicion|a sua disposizione|a sua completa disposizione|a votre disposition|a votre entiere disposition|zur verfugung
ASK:nos podria|podria facilitarnos|ci puo|ci potrebbe|potrebbe indicarci|konnten sie uns|pourriez vous nous|indiquenos|envienos|facilitenos|proporcione|proporcionenos|ci indichi|ci comunichi|ci invii|ci fornisca|nennen sie uns|teilen sie uns mit|senden sie uns|indiquez nous|envoyez nous|communiquez nous
REASON:ruckerstattung|erstattung|erstatten|erstattet|remboursement|rembourser|rembourserons|remboursons|rembourse|reembolso|reembolsar|reembolsaremos|reembolsamos|reembolsarle|rimborso|rimborsare|rimborseremo|rimborsiamo
REASON:zugangscode|zugangscodes|aktivierungscode|aktivierungscodes|lizenzschlussel|produktschlussel|freischaltcode|code d acces|codes d acces|code d activation|codes d activation|cle de licence|cle d activation|codes pour acceder|code pour acceder|code requis|codigo de acceso|codigos de acceso|codigo de activacion|clave de licencia|clave de activacion|codice di accesso|codici di accesso|codice di attivazione|chiave di licenza|chiave di attivazione
REASON:avis du transporteur|avis de passage|avis de livraison|avis d expedition|avis de reception|avis de depot
HOWTO:so geht es|so geht s|offnen sie|wahlen sie|meine bestellungen|voici comment|ouvrez|selectionnez|mes commandes|vos commandes|asi es como|abra|seleccione|mis pedidos|ecco come|apra|selezioni|i miei ordini
INC:le devolvemos|devolvemos el|le reembolsamos|# % del precio|del precio|le restituiamo|restituiamo|# % del prezzo|erstatten ihnen|# % des kaufpreises|# % du prix|verlangerte garantie|garantieverlangerung|extension de garantie|garantie prolongee|garantia extendida|ampliacion de garantia|garanzia estesa|estensione di garanzia|livraison gratuite|envio gratis|envio gratuito|spedizione gratuita|kostenloser versand
INC PROMO:prossimo ordine|prossimo acquisto|nachste bestellung|nachsten bestellung|nachsten einkauf|prochaine commande|prochain achat|proximo pedido|proxima compra
R ACT:bewerten sie|zu bewerten|bitte bewerten|evaluez|evaluer|valore|valorar|califique|calificar|valuti|valutare
GAIN:schicken wir ihnen|senden wir ihnen|wir schicken ihnen|wir senden ihnen|nous vous enverrons|nous vous envoyons|le enviaremos|le enviamos|le invieremo|le inviamo|verlosen|verlosung|tirage au sort|sorteo|sorteamos|estrazione|nous vous offrons|vous offrons|le regalamos|le ofrecemos|le offriamo|riceverete
CONTACT:erreichbar|joignable|joignables|raggiungibili|localizables
PII:ihre private handynummer|ihre private telefonnummer|ihre mobilnummer|ihre private e mail|ihre private e mail adresse|votre numero de portable|su numero de movil|il suo numero di cellulare
THANKS:votre colis|remis au transporteur|a bien ete expedie|a ete expedie|ihr paket|ihre sendung|wurde versandt|su paquete|ha sido enviado|il suo pacco|e stato spedito
OFFP:su numero de whatsapp|numero de whatsapp|votre numero whatsapp|il suo numero whatsapp|ihre whatsapp nummer|su whatsapp
ASK:wurden wir uns|uns sehr freuen|nous aiderait|nous aideraient|ci aiuterebbero|freue ich mich uber|freue ich mich sehr uber|freue ich mich riesig uber|ich freue mich uber|ich freue mich sehr uber|wurde mich uber|wurde ich mich uber|m aiderait|m aideraient|me ayudaria|me encantaria|mi aiuterebbe|mi farebbe piacere
R ACT:lien de votre avis|capture de votre avis|link zu ihrer bewertung|enlace de su resena|link della sua recensione
POS R:note de 5 5|bewertung von 5 5|valoracion de 5 5|voto di 5 5|valutazione di 5 5
REASON:defekte|defekten|defektes|beschadigte|beschadigten|beschadigtes|zurucksenden|zuruckschicken|defectueuse|defectuosa|difettosa
R ACT:produkt bewerten|artikel bewerten|erfahrung auf amazon teilen|erfahrungen auf amazon teilen
HOWTO:almeno # frasi|almeno # righe|almeno # parole|al menos # lineas|al menos # frases|al menos # palabras|mindestens # satze|mindestens # zeilen|mindestens # worter|au moins # phrases|au moins # lignes|au moins # mots
R:retour honnete|retours honnetes|retour d'experience|un petit retour|vos retours|votre experience avec le produit|leur experience avec le produit
R ACT:envoyez un retour|envoyer un retour|envoyer leur experience|envoyez votre experience
R ACT:bewertung wurde veroffentlicht|rezension wurde veroffentlicht|avis a ete publie|resena ha sido publicada|resena fue publicada|recensione e stata pubblicata|lasciare una recensione
PROMO:passend dazu|unser sortiment|unserem sortiment|notre boutique amazon|notre gamme|toute la gamme|jetez un oeil a notre|nuestra tienda en amazon|toda la coleccion|toda la gama|il nostro negozio amazon|al nostro negozio|tutta la gamma|dia un occhiata al nostro
MOVE ASK:direkt per e mail|per e mail direkt|directement par e mail|par e mail directement|envoyez nous un e mail|directamente por correo|por correo directamente|envienos un correo|direttamente via e mail|direttamente per e mail|ci invii una e mail
AMZ:amazon nachrichten|uber amazon|messagerie amazon|via amazon|sur amazon|mensajes de amazon|a traves de amazon|en amazon|messaggi di amazon|messaggi amazon|tramite amazon|su amazon|auf amazon
ACT:hinterlasse|hinterlass|schreib|gib uns|lascia|lasciaci|lascia la tua|scrivi|lascia una|laisse nous|ecris|publie|dejame|escribe|deja tu|dejanos tu
GAIN:erhaltst|bekommst|erhaltst du|bekommst du|schaltest du frei|freischalten|freigeschaltet|recois|recevras|obtiens|debloquez|debloque|debloquer|recibe|recibes|recibiras|obtienes|obten|desbloquea|desbloqueas|desbloquear|llevate|te llevas|ricevi|riceverai|ottieni|otterrai|sblocca|sblocchi|sbloccare
SAT:piaciuta|piaciuti|piaciute|ti e piaciuto|ti sono piaciute|ti sono piaciuti|gustaron|te gusto|te gustaron|disfrutado|disfrutaste|un buen rato|buen rato|goduto|divertito|apprecie|appreciee|t a plu|genossen|spass gemacht|freude gemacht|gefallen haben|ayudado|te ha ayudado|aiutato|ti ha aiutato|vous a aide|geholfen
PII:tu email|tu e mail|tu correo|tu correo electronico|tu telefono|tu numero|tu direccion|deine e mail|deine email|deine telefonnummer|deine handynummer|ton e mail|ton email|ton adresse e mail|ton numero|la tua email|la tua e mail|il tuo numero|il tuo indirizzo email
PROMO:nuevas ediciones|nuevos lanzamientos|proximos lanzamientos|nuove uscite|nuove edizioni|prossime uscite|nouvelles parutions|prochaines parutions|nouvelles editions|neuerscheinungen|neue ausgaben
SAT:aim{e,ee,es,ez}|ador{e,ee,ez}|apprezzat{o,a}|gradit{o,a}|apreciad{o,a}|gefiel|gemocht
SAT:{vous,t} {a,ont} {apporte,servi}|{te,le} {ha,han} {dado,servido}|{ti,le} {ha,hanno} dato|ti e stat{o,a} utile|{gegeben,gebracht} {hat,haben}
SAT:{toca,tocando} tu corazon
SAT:plaise|haya gustado|sia piaciut{o,a}
ASK:nous ferait {,tres }plaisir
ACT:dejas
PROMO:revoir dans notre boutique|de nuevo en nuestra tienda|{di nuovo,presto} nel nostro negozio|{wieder,bald} in unserem shop|{gia,ora} disponibile su amazon
INC:{dein,ihr} dankeschon
GAIN:wartet
ACT:geschrieben|abgegeben|ecrit|dejado|escrito|lasciato|scritto
`;

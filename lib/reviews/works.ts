import type { Field } from './text.ts';

// Words that say a review is about a work (a book, film, album, show or video
// game), in the languages the classifier reads. A review of a work judges its
// telling (taste, not a defect) and names its characters, authors and actors
// (its content, not anyone's personal information).
export const WORK = /(?<![\p{L}])(?:movies?|films?|novels?|(?:this|the) book|books? (?:is|was)|plot|storyline|story|album|songs?|lyrics|magazines?|episodes?|season \d|(?:this|the) (?:show|series)|actors?|actress|acting|author|writer|chapters?|characters?|the writing|soundtrack|documentary|narrator|sequel|prequel|trilogy|saga|franchise|special effects|cgi|ending|remaster\p{L}*|pressing|director|e-?book|paperback|hardcover|cartoons?|thriller|narrative|biograph\p{L}*|artwork|drawings|illustrations|(?:watched|watching|reading) (?:this|it)|(?:this|same|good|fun|bad|great|whole|video|2k|nba|worst|best|dumb|stupid|boring|terrible|awful|horrible|decent|ok|okay|kids?|party|carnival|mini|switch|wii|xbox|ps\d) games?|games? (?:is|was)|game ?play|game modes?|microtransactions?|micro transactions?|career mode|my ?career|my ?gm|multiplayer|campaign|Film|Buch|Roman|livre|película|novela|libro|romanzo|Buch(?:es|s)?|Bücher|Krimis?|Ratgeber|Kochb(?:uch|ücher)|Rezepte|Hörbuch\p{L}*|Sachbuch|Kinderbuch|Romane?|Autor(?:in|en)?|Verfasser(?:in)?|Schriftsteller\p{L}*|Handlung|Schreibstil|Erzählstil|Erzähl(?:ung|er|erin)|Kapitel|Charaktere?|Hauptfigur(?:en)?|Protagonist\p{L}*|Leser(?:in|innen)?|Lektüre|Literatur|gelesen|beim Lesen|Sprecher(?:in)?|Dialoge?|Filme?s?|Regisseur|Schauspieler\p{L}*|Drehbuch|Staffel|Trilogie|Saga|Episoden?|Verfilmung|verfilmt|Neuverfilmung|Fortsetzung|Kinofilm|Spielfilm|Kino|Regie|Regisseurs?|Effekte|Spezialeffekte|Synchro\p{L}*|Darsteller\p{L}*|Serie|Franchise|\p{L}+film(?:e|en|s)?|Film\p{L}+|Geschichte|Spannung|spannend|Handlungs\p{L}*|Schauspiel\p{L}*|Superheld\p{L}*|Helden|Monolog\p{L}*|Produzenten|livres?|romans?|auteure?s?|intrigue|personnages?|lecture|récit|écriture|libros?|novelas?|autora?|trama|personajes?|lectura|escritura|libri|romanzi|autore|autrice|personaggi|lettura|scrittura|racconto)(?![\p{L}])|映画|原作|电影|原著|小说|小説|著者|物語|ストーリー|登場人物|剧情/iu;

// A tablet, phone or e-reader is used to watch films and read books: a review that
// speaks of the device at least as much as of works is about the device.
const DEVICE = /(?<![\p{L}])(?:tablets?|laptops?|smart ?phones?|phones?|devices?|processor|batter(?:y|ies)|charg(?:er|ing)|storage|wi-?fi|bluetooth|touch ?screen|screen|operating system|apps?|app store|play store|headphones|earbuds|speakers?|e-?reader|ipad|android|software|update|keyboard|camera|memory|sd card|router|Akku|Gerät|Bildschirm|appareil|batterie|écran|dispositivo|batería|pantalla|schermo)(?![\p{L}])/giu;
const WORKS = new RegExp(WORK.source, 'giu');

const count = (re: RegExp, text: string): Set<string> => new Set([...text.matchAll(re)].map((m) => m[0].toLowerCase()));

/** The text names a device at least as often as works (two device words or more). */
export function aboutDevice(text: string): boolean {
  const device = count(DEVICE, text).size;
  return device >= 2 && device >= count(WORKS, text).size;
}

const read = new WeakMap<readonly Field[], boolean>();

/** Some field names a work, and no more than it names a device: read once per review (the root causes and the personal-info ground both ask). */
export function aboutWork(fields: readonly Field[]): boolean {
  let r = read.get(fields);
  if (r === undefined) {
    r = fields.some((f) => WORK.test(f.text)) && !aboutDevice(fields.map((f) => f.text).join('\n'));
    read.set(fields, r);
  }
  return r;
}

/**
 * Synthetic Finnish for the suggestion benchmark: observations and phenomena written from a
 * vocabulary of inflected and compounded words in twelve topics, so the analyzer (Voikko or
 * n-grams) has real Finnish to read and the index has topics to tell apart. Deterministic.
 */
const TOPICS: readonly (readonly string[])[] = [
  'häätö häätöuhan häädetään häätöpäätösten asunnottomuus vuokra-asunnosta asuntoa kodittomaksi vuokranantajan asumisneuvonta',
  'vuokravelkojen vuokrarästit velkaantuminen ulosottoon velkaneuvonta maksuhäiriöt pikavipit laskuja talousneuvonnan velkoja',
  'nuorten mielenterveyspalveluihin jonottavat psykiatrinen terapiaan ahdistus masennus koulukuraattori nuorisopsykiatrian hoitoon',
  'ikäihmisten yksinäisyys kotihoidon kotikäynnit eristäytyminen päivätoimintaan vanhukset omaishoitajat muistisairaus kuljetuspalvelu',
  'päihdepalvelujen katkaisuhoitoon korvaushoito huumeiden alkoholin päihdekuntoutus päihdeasiakkaat opioidit huumausaineet selviämisasema',
  'toimeentulotuen Kelan käsittelyajat perustoimeentulotuki viivästyy ruoka-apua lääkkeet hakemukset täydentävä etuudet',
  'lastensuojelun sijoitukset perhetyö vanhemmuus kiireelliset huostaanotot sijaisperheet lapsiperheet kasvatuksen tukitoimet',
  'maahanmuuttajien kotoutuminen tulkkipalvelut kielitaito työllistyminen pakolaiset oleskeluluvan kotoutumispalvelut syrjintä ohjausta',
  'työttömyys työllisyyspalvelut kuntouttava työtoiminta pitkäaikaistyöttömät koulutukseen työkyky työnhakijat palkkatuki aktivointi',
  'väkivalta lähisuhdeväkivalta turvakotiin kriisityö uhrit pelko lähestymiskielto rikosilmoitus tukipalvelut turvallisuus',
  'vammaispalvelut henkilökohtainen avustaja esteettömyys kuljetuspalvelut asumispalvelut vammaiset päätöksiä valitukset apuvälineet',
  'syrjäytyminen koulupudokkaat nuorisotyö etsivä harrastuksiin yhteisöllisyys osallisuus kiusaaminen koulunkäynti vapaa-ajan',
].map((line) => line.split(' '));

const GENERAL = (
  'havaittu viime kuukausina asiakkaiden tilanne pahentunut palvelut riittämättömiä yhteistyö ' +
  'kunnan sosiaalityö tarvitaan lisää resursseja alueella useita tapauksia pitkään tuen tarve ' +
  'kasvanut ohjaus neuvonta verkosto toimijat Kajaanissa Kuhmossa Sotkamossa Suomussalmella ' +
  'perheiden aikuisten asiakkaat kertovat työntekijät huomanneet jatkuvasti entistä'
).split(' ');

export const TOPIC_COUNT = TOPICS.length;

/** mulberry32: a small seeded generator, so every run writes the same texts. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function sentence(seed: number, topic: number, words: number, topical: number): string {
  const next = random(seed);
  const own = TOPICS[topic % TOPICS.length] as readonly string[];
  const out: string[] = [];
  for (let i = 0; i < words; i += 1) {
    const from = next() < topical ? own : GENERAL;
    out.push(from[Math.floor(next() * from.length)] as string);
  }
  return `${out.join(' ')}.`;
}

/** The i-th observation's texts, about topic `i % 12` (seeded by i). */
export function observationTexts(i: number): { description: string; solutionProposal: string } {
  return {
    description: sentence(i * 2 + 1, i % TOPICS.length, 30, 0.6),
    solutionProposal: sentence(i * 2 + 2, i % TOPICS.length, 10, 0.4),
  };
}

/** The j-th phenomenon, about topic `j % 12`: a short title and a description. */
export function phenomenonTexts(j: number): { title: string; description: string } {
  return {
    title: sentence(1_000_003 * (j + 1), j % TOPICS.length, 3, 1).slice(0, -1),
    description: sentence(2_000_003 * (j + 1), j % TOPICS.length, 20, 0.7),
  };
}

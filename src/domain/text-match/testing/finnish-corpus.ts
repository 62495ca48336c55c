/**
 * A small Finnish test corpus, written for these tests (invented; no real clients): six
 * phenomena a RAKE group might follow and 24 observations as social-care staff write them,
 * each meant for one phenomenon. The observations use the inflected and compounded forms
 * that defeat exact-word matching ("häätöuhan", "häädetään", "vuokravelkojen"), and some
 * share words with a neighbouring phenomenon (rent arrears lead to evictions; Kela's delays
 * to rent arrears), as real ones do.
 */
export type CorpusPhenomenon = {
  readonly id: string;
  readonly title: string;
  readonly description: string;
};
export type CorpusObservation = {
  readonly id: string;
  readonly description: string;
  readonly solutionProposal: string;
  /** The phenomenon a RAKE group would link it to. */
  readonly expected: string;
};

export const CORPUS_PHENOMENA: readonly CorpusPhenomenon[] = [
  {
    id: 'haato',
    title: 'Häätöjen lisääntyminen',
    description:
      'Vuokralaisia häädetään asunnoistaan aiempaa useammin. Häätö vie perheen kodin, ja ' +
      'häädön jälkeen uhkaa asunnottomuus.',
  },
  {
    id: 'vuokravelka',
    title: 'Vuokravelat ja velkaantuminen',
    description:
      'Asiakkaille kertyy vuokravelkaa, ja velat päätyvät ulosottoon. Velkaneuvontaan ei ' +
      'pääse ajoissa.',
  },
  {
    id: 'nuorten-mielenterveys',
    title: 'Nuorten mielenterveyspalvelujen jonot',
    description:
      'Nuoret joutuvat jonottamaan mielenterveyspalveluihin kuukausia. Psykiatrinen hoito ja ' +
      'terapia viivästyvät, ja ahdistus pahenee odottaessa.',
  },
  {
    id: 'ikaihmisten-yksinaisyys',
    title: 'Ikäihmisten yksinäisyys',
    description:
      'Kotona asuvat ikäihmiset ovat yksinäisiä. Sosiaaliset kontaktit ja harrastukset ' +
      'puuttuvat, ja kotihoidon käynnit ovat lyhyitä.',
  },
  {
    id: 'paihdepalvelut',
    title: 'Päihdepalvelujen saatavuus',
    description:
      'Päihdehoitoon, katkaisuhoitoon ja korvaushoitoon on vaikea päästä. Päihteitä ja ' +
      'huumeita käyttävät jäävät ilman kuntoutusta.',
  },
  {
    id: 'toimeentulotuki',
    title: 'Toimeentulotuen viivästyminen',
    description:
      'Kelan perustoimeentulotuen käsittely viivästyy, ja asiakkaat jäävät ilman rahaa ruokaan ' +
      'ja lääkkeisiin.',
  },
];

const obs = (
  n: number,
  expected: string,
  description: string,
  solutionProposal = '',
): CorpusObservation => ({ id: `havainto-${n}`, expected, description, solutionProposal });

export const CORPUS_OBSERVATIONS: readonly CorpusObservation[] = [
  obs(
    1,
    'haato',
    'Viime kuukausina olemme kohdanneet useita lapsiperheitä, jotka ovat saaneet häätöuhan. ' +
      'Häätöuhan alla elävät perheet eivät tiedä, minne muuttaa.',
  ),
  obs(
    2,
    'haato',
    'Asiakkaita häädetään kaupungin vuokrataloista jo parin kuukauden rästien jälkeen. ' +
      'Häädetyt perheet päätyvät sukulaisten nurkkiin.',
  ),
  obs(
    3,
    'haato',
    'Käräjäoikeuden häätöpäätösten määrä on kasvanut Kajaanissa. Häätöpäätösten jälkeen ' +
      'kodittomiksi jääneitä on entistä enemmän.',
  ),
  obs(
    4,
    'haato',
    'Nuoria aikuisia häädetään soluasunnoista häiriökäyttäytymisen vuoksi, eikä uutta ' +
      'asuntoa löydy. Asunnottomuus pitkittyy.',
  ),
  obs(
    5,
    'vuokravelka',
    'Vuokravelkojen kanssa kamppailevat asiakkaat hakevat apua vasta, kun velkaa on ' +
      'kertynyt tuhansia euroja.',
    'Talous- ja velkaneuvonta tavoittamaan asiakkaat varhain.',
  ),
  obs(
    6,
    'vuokravelka',
    'Monella nuorella on vuokrarästejä ja pikavippejä. Velkaantuminen alkaa jo ensimmäisessä ' +
      'omassa kodissa.',
  ),
  obs(
    7,
    'vuokravelka',
    'Velkaneuvonnan jonot ovat pitkät, ja vuokravelallisten maksusuunnitelmat venyvät. ' +
      'Ulosotossa olevien velkojen takia vuokranantaja ei tee uutta sopimusta.',
  ),
  obs(
    8,
    'vuokravelka',
    'Eläkeläisten vuokravelat ovat kasvaneet, kun sähkö ja vuokrat ovat kallistuneet.',
  ),
  obs(
    9,
    'nuorten-mielenterveys',
    'Nuoret odottavat pääsyä mielenterveyspalveluihin jopa puoli vuotta, ja jonotusaikana ' +
      'tilanne pahenee.',
  ),
  obs(
    10,
    'nuorten-mielenterveys',
    'Koulukuraattorit kertovat, että nuorten ahdistus ja masennus ovat lisääntyneet, mutta ' +
      'psykiatrisen hoidon jonot ovat kuukausien mittaiset.',
  ),
  obs(
    11,
    'nuorten-mielenterveys',
    'Nuorisopsykiatrian poliklinikalle on pitkä jono. Terapiaan ohjattuja nuoria ei saada ' +
      'hoitoon ajoissa.',
  ),
  obs(
    12,
    'nuorten-mielenterveys',
    'Mielenterveysongelmista kärsivät nuoret jäävät palvelujen väliin, kun lähetettä ' +
      'psykiatriseen hoitoon ei hyväksytä.',
  ),
  obs(
    13,
    'ikaihmisten-yksinaisyys',
    'Kotihoidon asiakkaina olevat ikäihmiset kertovat yksinäisyydestä. Ainoa kontakti ' +
      'päivässä on lyhyt kotikäynti.',
  ),
  obs(
    14,
    'ikaihmisten-yksinaisyys',
    'Yksinäisten vanhusten määrä haja-asutusalueilla kasvaa, kun kyläkaupat ja palvelut ' +
      'katoavat.',
  ),
  obs(
    15,
    'ikaihmisten-yksinaisyys',
    'Ikääntyneet jäävät kotiin yksin, koska kuljetuspalvelua harrastuksiin ei myönnetä. ' +
      'Sosiaalisten kontaktien puute näkyy alakuloisuutena.',
  ),
  obs(
    16,
    'ikaihmisten-yksinaisyys',
    'Leskeksi jääneet ikäihmiset eristäytyvät eivätkä osallistu päivätoimintaan. ' +
      'Yksinäisyys lisää muistisairauksien riskiä.',
  ),
  obs(
    17,
    'paihdepalvelut',
    'Päihdeasiakkaat eivät pääse katkaisuhoitoon, koska katkaisuhoitopaikkoja on liian vähän.',
  ),
  obs(
    18,
    'paihdepalvelut',
    'Päihteitä käyttävät nuoret aikuiset jäävät ilman päihdekuntoutusta, ja huumeiden käyttö ' +
      'näkyy katukuvassa.',
  ),
  obs(
    19,
    'paihdepalvelut',
    'Alkoholiongelmaisten vanhempien lapset tarvitsevat tukea, mutta päihdepalvelujen ' +
      'perhetyö on lopetettu.',
  ),
  obs(
    20,
    'paihdepalvelut',
    'Korvaushoitoon jonotetaan kuukausia, ja opioidiriippuvaiset asiakkaat käyttävät sillä ' +
      'aikaa katuhuumeita.',
  ),
  obs(
    21,
    'toimeentulotuki',
    'Toimeentulotukihakemusten käsittelyajat ovat venyneet Kelassa, ja asiakkaat joutuvat ' +
      'hakemaan ruoka-apua.',
  ),
  obs(
    22,
    'toimeentulotuki',
    'Perustoimeentulotuen päätöstä odotetaan yli kuukausi. Sillä välin lääkkeet jäävät ' +
      'hakematta apteekista.',
  ),
  obs(
    23,
    'toimeentulotuki',
    'Täydentävän toimeentulotuen hakijoiden rahat loppuvat kesken kuun, koska Kelan ' +
      'maksatus viivästyi.',
  ),
  obs(
    24,
    'toimeentulotuki',
    'Kelan päätösten viivästymisen vuoksi asiakkaat eivät pysty maksamaan vuokraa ajallaan, ' +
      'ja vuokravelkaa syntyy.',
  ),
];

import type { ObservationKind } from '../domain/observation/observation';
import type { ReturnReason, Status } from '../domain/lifecycle/status';
import type { TriagePatch } from '../domain/triage/triage-record';

/** One move of a demo observation's life, with the feedback the reporter reads. */
export type DemoStep = {
  readonly to: Status;
  readonly feedback: string | null;
  readonly returnReason?: ReturnReason;
};

/**
 * An invented observation about a recurring phenomenon, without any personal data. The ids
 * are those of the presets; a county with its own lists gets the nearest stand-in.
 */
export type DemoObservation = {
  /** How many periods ago it was filed: 0 = the current period. */
  readonly periodsAgo: 0 | 1 | 2 | 3;
  readonly kind: ObservationKind;
  readonly topic: string;
  readonly serviceArea: string;
  readonly targetGroup: string;
  readonly description: string;
  readonly solutionProposal: string;
  readonly steps: readonly DemoStep[];
  /** Filled in by the supervisor once the observation is in review. */
  readonly triage?: TriagePatch;
};

const review = (feedback: string | null = null): DemoStep => ({ to: 'in_review', feedback });
const forward = (feedback: string): DemoStep => ({ to: 'forwarded', feedback });
const propose = (feedback: string): DemoStep => ({ to: 'action_proposed', feedback });
const close = (feedback: string): DemoStep => ({ to: 'closed', feedback });
const giveBack = (returnReason: ReturnReason, feedback: string): DemoStep => ({
  to: 'returned',
  feedback,
  returnReason,
});

const TAKEN_UP =
  'Otettu käsittelyyn. Palaan asiaan, kun olen selvittänyt tilannetta muista tiimeistä.';
const TO_RAKE = 'Kiitos havainnosta! Viety RAKE-työryhmän seuraavaan kokoukseen käsiteltäväksi.';
const SPRO =
  'Kuvaamasi asia kuuluu valvontalain ilmoitusvelvollisuuden piiriin: tee ilmoitus SPro-järjestelmään, jotta se käsitellään viipymättä. Kiitos, että toit asian esiin.';

export const DEMO_OBSERVATIONS: readonly DemoObservation[] = [
  // — three periods ago —
  {
    periodsAgo: 3,
    kind: 'negative',
    topic: 'client_needs',
    serviceArea: 'adult_social_work',
    targetGroup: 'working_age',
    description:
      'Vuokrat ovat nousseet selvästi, ja yhä useampi asiakas tulee vastaanotolle vasta, kun vuokrarästejä on kertynyt useammalta kuukaudelta. Häätöuhkaisia tilanteita on nyt viikoittain, aiemmin muutaman kerran kuukaudessa.',
    solutionProposal:
      'Sovitaan vuokranantajien kanssa varhaisen ilmoittamisen malli: sosiaalityöhön otetaan yhteyttä jo ensimmäisen maksamattoman vuokran jälkeen. Talous- ja velkaneuvonta mukaan samaan tapaamiseen.',
    steps: [
      review(TAKEN_UP),
      forward(TO_RAKE),
      propose(
        'RAKE-työryhmä esitti varhaisen puuttumisen mallia johtoryhmälle toimenpide-ehdotuksena.',
      ),
      close(
        'Johtoryhmä päätti kokeilla mallia kahdessa kunnassa ensi vuonna. Havainto on mukana vuoden sosiaalisessa raportissa.',
      ),
    ],
    triage: {
      coreContent: 'Häätöuhat ovat lisääntyneet vuokrien noustessa.',
      goal: 'Varhainen puuttuminen vuokrarästeihin yhdessä vuokranantajien kanssa.',
      audiences: 'Kuntien asumisasioista vastaavat, vuokrataloyhtiöt, HYTE-työryhmät',
      keyMessage: 'Yksi ajoissa tehty yhteydenotto säästää häädön ja asunnottomuuden kustannukset.',
      channel: 'HYTE-työryhmien kokoukset ja sosiaalinen raportti',
      timing: 'Syksyn kokouskierros',
      owner: 'Aikuissosiaalityön esihenkilö',
      followUp: 'Häätöuhkaisten tilanteiden määrä puolivuosittain',
      priority: 1,
      result: 'Kokeilu päätetty kahdessa kunnassa.',
    },
  },
  {
    periodsAgo: 3,
    kind: 'negative',
    topic: 'service_system',
    serviceArea: 'mental_health_substance_abuse',
    targetGroup: 'mental_health_substance_use',
    description:
      'Aikuisten mielenterveyspalveluihin jonotetaan kolmesta neljään kuukautta. Odotusaikana tilanteet ehtivät kriisiytyä, ja asiakkaat ohjautuvat sosiaalipäivystykseen tai aikuissosiaalityöhön.',
    solutionProposal:
      'Matalan kynnyksen vastaanotto ilman lähetettä ja odotusajan tuki: yhteydenotto kahden viikon välein siihen asti, että hoito alkaa.',
    steps: [
      review(),
      forward(TO_RAKE),
      propose(
        'Työryhmä kirjasi toimenpide-ehdotuksen odotusajan tuesta ja vie sen johtoryhmän päätettäväksi.',
      ),
    ],
    triage: {
      coreContent: 'Pitkät jonot mielenterveyspalveluihin kriisiyttävät tilanteita.',
      goal: 'Odotusajan tuki käyttöön koko alueella.',
      priority: 1,
    },
  },
  {
    periodsAgo: 3,
    kind: 'negative',
    topic: 'social_wellbeing',
    serviceArea: 'older_people_services',
    targetGroup: 'older_people',
    description:
      'Yksin asuvien ikäihmisten yksinäisyys näkyy kotikäynneillä yhä useammin. Moni kertoo, ettei ole puhunut kenenkään kanssa päiviin, ja kyläkaupan ja kirjastoauton lopettaminen on vähentänyt kohtaamisia entisestään.',
    solutionProposal:
      'Järjestöjen kanssa yhteinen soittorinki ja kyläkohtaiset kohtaamispaikat. Kotihoidon käynneillä voitaisiin kysyä yksinäisyydestä yhtenäisellä tavalla.',
    steps: [
      review(TAKEN_UP),
      forward(TO_RAKE),
      close(
        'Työryhmä liitti havainnon ilmiöön "ikääntyneiden yksinäisyys", josta laaditaan ilmiölähtöinen raportti. Kiitos, havainnosi on mukana siinä.',
      ),
    ],
  },
  {
    periodsAgo: 3,
    kind: 'positive',
    topic: 'good_practices',
    serviceArea: 'family_services',
    targetGroup: 'children_families',
    description:
      'Perhekeskuksen avoin kohtaamispaikka, jonne voi tulla ilman ajanvarausta, tavoittaa perheitä, jotka eivät muuten hakeutuisi palveluihin. Sosiaaliohjaaja on paikalla kahtena päivänä viikossa, ja moni asia ratkeaa jo ensimmäisellä käynnillä.',
    solutionProposal:
      'Mallia kannattaa laajentaa muihin kuntiin ja kertoa siitä henkilöstölle. Kokemukset kootaan lyhyeksi kuvaukseksi.',
    steps: [
      review(),
      close(
        'Hyvä käytäntö on kuvattu intranetin rakenteellisen sosiaalityön sivulle, ja sitä esitellään henkilöstöinfossa.',
      ),
    ],
  },
  {
    periodsAgo: 3,
    kind: 'negative',
    topic: 'service_system',
    serviceArea: 'disability_services',
    targetGroup: 'people_with_disabilities',
    description:
      'Asumisyksikön yövuorossa on toistuvasti vain yksi työntekijä, vaikka asukkaiden avuntarve on lisääntynyt. Lääkkeiden jako on viivästynyt useana yönä.',
    solutionProposal: 'Yövuoron mitoitus tarkistettava pikaisesti.',
    steps: [giveBack('spro_haipro', SPRO)],
  },
  {
    periodsAgo: 3,
    kind: 'other',
    topic: 'service_system',
    serviceArea: 'student_welfare',
    targetGroup: 'young_people',
    description:
      'Koulun kuraattorin huoneen äänieristys on huono, ja keskustelut kuuluvat käytävälle. Oppilaat eivät siksi halua tulla vastaanotolle välituntien aikaan.',
    solutionProposal: 'Toinen huone tai äänieristyksen parantaminen.',
    steps: [
      giveBack(
        'own_unit',
        'Asia on korjattavissa yksikön omin toimin: otin yhteyttä koulun rehtoriin ja kiinteistöhuoltoon. Palataan tiimipalaverissa.',
      ),
    ],
  },
  {
    periodsAgo: 3,
    kind: 'negative',
    topic: 'social_wellbeing',
    serviceArea: 'student_welfare',
    targetGroup: 'young_people',
    description:
      'Yläkoulujen poissaolot ovat lisääntyneet. Pitkät poissaolojaksot alkavat usein ahdistuksesta tai uupumuksesta, ja tilanne tulee kuraattorin tietoon vasta, kun poissaoloja on kertynyt kymmeniä tunteja.',
    solutionProposal:
      'Yhteinen poissaolojen seurannan malli opetustoimen kanssa: raja, jonka ylittyessä kuraattori ja huoltaja tavataan yhdessä.',
    steps: [
      review(TAKEN_UP),
      forward(TO_RAKE),
      propose('Työryhmä teki kunnille toimenpide-ehdotuksen poissaolojen yhteisestä seurannasta.'),
      close(
        'Kolme kuntaa on ottanut mallin käyttöön. Seurantaa jatketaan opiskeluhuollon ohjausryhmässä.',
      ),
    ],
  },
  {
    periodsAgo: 3,
    kind: 'negative',
    topic: 'client_needs',
    serviceArea: 'working_age_services',
    targetGroup: 'whole_population',
    description:
      'Etuuksien ja palvelujen hakeminen on siirtynyt verkkoon, mutta osalla asiakkaista ei ole välineitä, pankkitunnuksia tai taitoja asioida sähköisesti. Hakemukset viivästyvät ja tuet katkeavat.',
    solutionProposal:
      'Asiointituki kirjastoihin ja palvelupisteisiin sekä mahdollisuus hoitaa asia paperilla tai puhelimitse ilman ylimääräistä viivettä.',
    steps: [review(), forward(TO_RAKE)],
  },
  {
    periodsAgo: 3,
    kind: 'negative',
    topic: 'client_needs',
    serviceArea: 'adult_social_work',
    targetGroup: 'working_age',
    description:
      'Sähkön hinnan nousu näkyy täydentävän ja ehkäisevän toimeentulotuen hakemuksissa: sähkölaskuja haetaan maksuun aiempaa useammin, myös työssäkäyvissä kotitalouksissa.',
    solutionProposal:
      'Energianeuvonta ja ehkäisevän toimeentulotuen linjaukset yhtenäisiksi koko alueelle.',
    steps: [
      review(),
      close(
        'Linjaukset on yhtenäistetty, ja tieto on välitetty alueen talouskoosteeseen. Asia ei vaadi tällä kertaa RAKE-käsittelyä.',
      ),
    ],
  },
  {
    periodsAgo: 3,
    kind: 'negative',
    topic: 'service_system',
    serviceArea: 'child_welfare',
    targetGroup: 'children_families',
    description:
      'Lastensuojelun sijaishuoltopaikkoja ei löydy läheltä, ja lapsia sijoitetaan satojen kilometrien päähän. Yhteydenpito omaan kouluun, kavereihin ja vanhempiin vaikeutuu.',
    solutionProposal:
      'Perhehoitajien rekrytointia vahvistettava ja oman alueen ammatillista perhehoitoa lisättävä.',
    steps: [
      review(TAKEN_UP),
      forward(TO_RAKE),
      propose('Ehdotus perhehoidon rekrytointikampanjasta on viety johtoryhmän päätettäväksi.'),
    ],
    triage: {
      coreContent: 'Sijoitukset kaukana kotiseudusta.',
      audiences: 'Johtoryhmä, aluehallitus',
      priority: 2,
    },
  },

  // — two periods ago —
  {
    periodsAgo: 2,
    kind: 'negative',
    topic: 'weak_signals',
    serviceArea: 'working_age_services',
    targetGroup: 'young_people',
    description:
      'Ammatillisen koulutuksen keskeyttäneitä nuoria ohjautuu aikuissosiaalityöhön vasta, kun toimeentulo on jo katkennut. Välissä voi olla vuoden mittainen jakso, jolloin kukaan ei ole yhteydessä nuoreen.',
    solutionProposal:
      'Etsivä nuorisotyö ja oppilaitos sopivat siirtymästä: keskeyttäneelle nimetään yhteyshenkilö ennen kuin opinnot päättyvät.',
    steps: [
      review(),
      forward(TO_RAKE),
      propose('Työryhmä ehdottaa yhteistä siirtymämallia oppilaitosten kanssa.'),
      close('Malli otettiin käyttöön syksyllä. Kiitos havainnosta!'),
    ],
  },
  {
    periodsAgo: 2,
    kind: 'negative',
    topic: 'social_wellbeing',
    serviceArea: 'older_people_services',
    targetGroup: 'informal_carers',
    description:
      'Omaishoitajat uupuvat, koska lakisääteisiä vapaapäiviä ei pystytä järjestämään: lyhytaikaishoidon paikkoja ei ole. Useampi omaishoitaja on kertonut harkitsevansa sopimuksen lopettamista.',
    solutionProposal:
      'Kotiin annettava sijaisomaishoito ja lyhytaikaishoidon paikkojen varaaminen puoli vuotta etukäteen.',
    steps: [
      review(TAKEN_UP),
      forward(TO_RAKE),
      propose('Toimenpide-ehdotus sijaisomaishoidosta on valmisteilla johtoryhmälle.'),
    ],
    triage: {
      coreContent: 'Omaishoitajien vapaat eivät toteudu.',
      goal: 'Sijaisomaishoito käyttöön.',
      owner: 'Ikääntyneiden palvelujen esihenkilö',
      priority: 2,
    },
  },
  {
    periodsAgo: 2,
    kind: 'negative',
    topic: 'service_system',
    serviceArea: 'immigrant_services',
    targetGroup: 'immigrants',
    description:
      'Tulkkia ei saada lyhyellä varoitusajalla, joten tapaamisia perutaan tai asioita hoidetaan lasten tulkkaamana. Väärinkäsitykset pidentävät asiakkuuksia.',
    solutionProposal:
      'Etätulkkauksen sopimus, joka kattaa myös kiireelliset tilanteet, ja ohje siitä, ettei lapsia käytetä tulkkeina.',
    steps: [review(), forward(TO_RAKE)],
  },
  {
    periodsAgo: 2,
    kind: 'negative',
    topic: 'client_needs',
    serviceArea: 'adult_social_work',
    targetGroup: 'working_age',
    description:
      'Pikavipit ja osamaksut kasaantuvat nopeasti, ja maksuhäiriömerkintä estää vuokra-asunnon saamisen. Velkaneuvontaan pääsee vasta useiden kuukausien päästä.',
    solutionProposal:
      'Sosiaalityön ja talous- ja velkaneuvonnan yhteinen vastaanotto sekä sosiaalinen luototus käyttöön.',
    steps: [review(TAKEN_UP), forward(TO_RAKE)],
  },
  {
    periodsAgo: 2,
    kind: 'negative',
    topic: 'client_needs',
    serviceArea: 'social_emergency',
    targetGroup: 'homeless',
    description:
      'Sosiaalipäivystykseen tulee yhä useammin nuoria aikuisia, joilla ei ole asuntoa. He asuvat kavereiden luona, eivätkä näy asunnottomuustilastoissa.',
    solutionProposal: 'Nuorille aikuisille tukiasuntoja ja asumisneuvontaa samasta paikasta.',
    steps: [
      review(),
      forward(TO_RAKE),
      close(
        'Työryhmä yhdisti havainnon aiempaan asunnottomuutta koskevaan havaintoon; ne käsitellään yhdessä vuoden raportissa.',
      ),
    ],
  },
  {
    periodsAgo: 2,
    kind: 'other',
    topic: 'service_system',
    serviceArea: 'family_services',
    targetGroup: 'children_families',
    description:
      'Perheneuvolan vastaanotto peruttiin viime viikolla lyhyellä varoitusajalla, eikä uutta aikaa tarjottu heti.',
    solutionProposal: 'Peruutuksista pitäisi ilmoittaa aiemmin.',
    steps: [
      review(),
      giveBack(
        'not_structural',
        'Kuvaus koskee yksittäistä tilannetta, ei toistuvaa ilmiötä. Välitin tiedon perheneuvolan esihenkilölle. Jos vastaavaa toistuu, ilmoitathan uudelleen.',
      ),
    ],
  },
  {
    periodsAgo: 2,
    kind: 'negative',
    topic: 'service_system',
    serviceArea: 'disability_services',
    targetGroup: 'young_people',
    description:
      'Neuropsykiatrista valmennusta tarvitsevat nuoret jäävät ilman tukea diagnoosia odottaessaan. Arki kotona ja koulussa kuormittuu, ja lastensuojelun tarve kasvaa.',
    solutionProposal: 'Valmennus käyttöön tarpeen perusteella, ilman diagnoosia.',
    steps: [review(TAKEN_UP)],
    triage: {
      coreContent: 'Tuki vasta diagnoosin jälkeen.',
      goal: 'Tarveperusteinen valmennus.',
    },
  },
  {
    periodsAgo: 2,
    kind: 'negative',
    topic: 'weak_signals',
    serviceArea: 'mental_health_substance_abuse',
    targetGroup: 'young_people',
    description:
      'Nuorten keskuudessa on alettu käyttää uusia synteettisiä aineita, joita tilataan netistä. Vanhemmat ja koulut eivät tunnista oireita.',
    solutionProposal:
      'Tiedote kouluille ja vanhemmille sekä koulutus ehkäisevän päihdetyön kanssa.',
    steps: [review()],
  },
  {
    periodsAgo: 2,
    kind: 'negative',
    topic: 'service_system',
    serviceArea: 'older_people_services',
    targetGroup: 'older_people',
    description:
      'Haja-asutusalueella asioiminen on vaikeutunut, kun linja-autovuoroja on vähennetty. Ikäihmiset jättävät käymättä lääkärissä ja apteekissa, koska kyytiä ei ole.',
    solutionProposal:
      'Asiointiliikenne ja kutsutaksi vähintään kahdesti viikossa jokaisesta kylästä.',
    steps: [],
  },
  {
    periodsAgo: 2,
    kind: 'positive',
    topic: 'good_practices',
    serviceArea: 'older_people_services',
    targetGroup: 'older_people',
    description:
      'Sosiaaliohjaajan ja kotihoidon sairaanhoitajan yhteiset kotikäynnit ovat nopeuttaneet palvelutarpeen arviointia. Asiakas kertoo asiansa kerran, ja tuki alkaa aiemmin.',
    solutionProposal: 'Yhteiskäynnit vakiintuneeksi käytännöksi kaikkiin kuntiin.',
    steps: [
      review(),
      close(
        'Käytäntö on kirjattu ikääntyneiden palvelujen toimintaohjeeseen. Kiitos hyvän käytännön jakamisesta!',
      ),
    ],
  },

  // — the previous period —
  {
    periodsAgo: 1,
    kind: 'negative',
    topic: 'social_wellbeing',
    serviceArea: 'adult_social_work',
    targetGroup: 'whole_population',
    description:
      'Ruoka-avun jonot ovat pidentyneet, ja jonossa on yhä enemmän lapsiperheitä ja eläkeläisiä. Järjestöjen jakamat ruokakassit loppuvat kesken.',
    solutionProposal:
      'Yhteisruokailu ja ruoka-apu osaksi kuntien hyvinvointisuunnitelmia; järjestöille pysyvä avustus.',
    steps: [review(TAKEN_UP), forward(TO_RAKE)],
    triage: {
      coreContent: 'Ruoka-avun tarve kasvaa.',
      audiences: 'HYTE-työryhmät, järjestöt',
      channel: 'Sosiaalinen raportti',
    },
  },
  {
    periodsAgo: 1,
    kind: 'negative',
    topic: 'weak_signals',
    serviceArea: 'mental_health_substance_abuse',
    targetGroup: 'working_age',
    description:
      'Rahapelaamisesta johtuvat velat tulevat esiin yhä useammin vasta toimeentulotukea haettaessa. Peliongelmaa ei ole tunnistettu aiemmissa palveluissa.',
    solutionProposal: 'Rahapelaamisesta kysytään jokaisessa palvelutarpeen arvioinnissa.',
    steps: [review(), forward(TO_RAKE)],
  },
  {
    periodsAgo: 1,
    kind: 'other',
    topic: 'action_proposals',
    serviceArea: 'student_welfare',
    targetGroup: 'young_people',
    description:
      'Kuraattoria kohden on joissain kouluissa yli tuhat oppilasta. Lakisääteiset määräajat täyttyvät, mutta ennaltaehkäisevään työhön ei jää aikaa.',
    solutionProposal:
      'Toimenpide-ehdotus: kuraattorimitoitus suositusten mukaiseksi ja yhteisöllinen opiskeluhuoltotyö osaksi jokaisen koulun vuosisuunnitelmaa.',
    steps: [review(), forward(TO_RAKE)],
  },
  {
    periodsAgo: 1,
    kind: 'negative',
    topic: 'service_system',
    serviceArea: 'adult_social_work',
    targetGroup: 'working_age',
    description:
      'Perustoimeentulotuen päätökset viivästyvät ruuhkan vuoksi, ja asiakkaat hakevat kiireellistä toimeentulotukea odotusajalle. Sama asia käsitellään kahteen kertaan.',
    solutionProposal: 'Yhteinen yhteyshenkilö ja nopea tiedonvaihtokanava etuuskäsittelyn kanssa.',
    steps: [review(TAKEN_UP)],
  },
  {
    periodsAgo: 1,
    kind: 'negative',
    topic: 'service_system',
    serviceArea: 'family_services',
    targetGroup: 'children_families',
    description:
      'Perheneuvolaan ja perheterapiaan jonotetaan puoli vuotta. Eroperheiden riidat ehtivät kärjistyä odotuksen aikana.',
    solutionProposal: 'Ryhmämuotoinen tuki eroperheille odotusajaksi.',
    steps: [review()],
  },
  {
    periodsAgo: 1,
    kind: 'negative',
    topic: 'client_needs',
    serviceArea: 'disability_services',
    targetGroup: 'people_with_disabilities',
    description:
      'Nuorille vammaisille aikuisille ei löydy omaa asuntoa tuettuna, ja he asuvat pitkään lapsuudenkodissa ikääntyvien vanhempien hoidettavina.',
    solutionProposal: 'Tuetun asumisen paikkoja lisää ja asumisvalmennus jo nuoruusiässä.',
    steps: [review()],
  },
  {
    periodsAgo: 1,
    kind: 'negative',
    topic: 'client_needs',
    serviceArea: 'adult_social_work',
    targetGroup: 'homeless',
    description:
      'Vankilasta vapautuvilla ei ole asuntoa vapautumispäivänä, ja moni palaa päihdeyhteisöön. Yhteistyö rikosseuraamusalan kanssa alkaa liian myöhään.',
    solutionProposal:
      'Vapautumissuunnitelmaan asuminen ja sosiaalityön yhteyshenkilö kolme kuukautta ennen vapautumista.',
    steps: [
      review(),
      forward(TO_RAKE),
      propose('Työryhmä ehdottaa yhteistyösopimusta rikosseuraamusalan kanssa.'),
    ],
    triage: {
      coreContent: 'Asunnottomuus vapautumisen jälkeen.',
      goal: 'Asunto valmiina vapautumispäivänä.',
      owner: 'Aikuissosiaalityö',
      timing: 'Seuraavan puolivuotisjakson aikana',
    },
  },
  {
    periodsAgo: 1,
    kind: 'positive',
    topic: 'good_practices',
    serviceArea: 'immigrant_services',
    targetGroup: 'immigrants',
    description:
      'Maahan muuttaneiden äitien vertaisryhmä on tuonut mukanaan kielen oppimista, ystävyyksiä ja tietoa palveluista. Osallistujat ovat alkaneet ohjata toisiaan palveluihin.',
    solutionProposal: 'Vertaisryhmä vakiinnutetaan ja ohjaajille tarjotaan työnohjausta.',
    steps: [
      review(),
      close('Hyvä käytäntö on esitelty henkilöstöinfossa ja lisätty intranetin käytäntöpankkiin.'),
    ],
  },
  {
    periodsAgo: 1,
    kind: 'negative',
    topic: 'social_wellbeing',
    serviceArea: 'working_age_services',
    targetGroup: 'working_age',
    description:
      'Pitkäaikaistyöttömien terveystarkastukset eivät toteudu, ja työkyvyttömyys jää arvioimatta vuosiksi.',
    solutionProposal: 'Terveystarkastukset osaksi jokaista aktivointisuunnitelmaa.',
    steps: [
      review(),
      giveBack(
        'other',
        'Sama ilmiö on jo RAKE-työryhmän käsittelyssä aiemman havainnon pohjalta. Lisäsin kuvauksesi sen liitteeksi. Kiitos!',
      ),
    ],
  },
  {
    periodsAgo: 1,
    kind: 'negative',
    topic: 'client_needs',
    serviceArea: 'adult_social_work',
    targetGroup: 'whole_population',
    description:
      'Hammashoidon maksut jäävät maksamatta ja menevät perintään. Hoitoon hakeudutaan vasta särkyyn, jolloin hoito on kalliimpaa.',
    solutionProposal: 'Maksujen kohtuullistaminen ja tieto siitä asiakkaille automaattisesti.',
    steps: [],
  },

  // — the current period —
  {
    periodsAgo: 0,
    kind: 'negative',
    topic: 'client_needs',
    serviceArea: 'family_services',
    targetGroup: 'children_families',
    description:
      'Lapsiperheiden asumiskustannukset ovat nousseet niin, että perheet muuttavat pienempiin asuntoihin kauemmas kouluista. Lasten koulumatkat pitenevät ja harrastukset jäävät.',
    solutionProposal: 'Asumisneuvonta perheille ja koulukuljetusten joustavuus muuton jälkeen.',
    steps: [],
  },
  {
    periodsAgo: 0,
    kind: 'negative',
    topic: 'weak_signals',
    serviceArea: 'student_welfare',
    targetGroup: 'young_people',
    description:
      'Yhä useampi yläkoululainen kertoo olevansa yksinäinen, vaikka on koko ajan yhteydessä muihin somessa. Vertailu ja ulkopuolelle jättäminen näkyvät ahdistuksena.',
    solutionProposal:
      'Välituntitoimintaa ja ryhmäytymistä kaikille luokille, ei vain seitsemäsluokkalaisille.',
    steps: [],
  },
  {
    periodsAgo: 0,
    kind: 'positive',
    topic: 'good_practices',
    serviceArea: 'working_age_services',
    targetGroup: 'whole_population',
    description:
      'Kirjaston sosiaaliohjauksen päivystys kerran viikossa on tavoittanut ihmisiä, jotka eivät tule virastoon. Asiat liittyvät usein etuuksiin, asumiseen ja velkoihin.',
    solutionProposal: 'Päivystys myös muihin kirjastoihin ja kauppakeskukseen.',
    steps: [],
  },
  {
    periodsAgo: 0,
    kind: 'other',
    topic: 'weak_signals',
    serviceArea: 'older_people_services',
    targetGroup: 'older_people',
    description:
      'Helleaaltojen aikana kotihoidon asiakkaiden asunnot kuumenevat, eikä juomisesta huolehdita. Kesän aikana on ollut useita nestehukkaan liittyviä sairaalajaksoja.',
    solutionProposal: 'Helleohje kotihoitoon ja omaisille sekä viilennettyjä tiloja päiväkäyttöön.',
    steps: [],
  },
  {
    periodsAgo: 0,
    kind: 'negative',
    topic: 'social_wellbeing',
    serviceArea: 'child_welfare',
    targetGroup: 'children_families',
    description:
      'Harrastusten hinnat ovat nousseet, ja pienituloisten perheiden lapset jäävät pois joukkueista ja kerhoista. Ulkopuolisuus näkyy myös koulussa.',
    solutionProposal:
      'Harrastustakuu: kunnan ja seurojen yhteinen maksuton harrastus jokaiselle lapselle.',
    steps: [],
  },
  {
    periodsAgo: 0,
    kind: 'negative',
    topic: 'service_system',
    serviceArea: 'mental_health_substance_abuse',
    targetGroup: 'mental_health_substance_use',
    description:
      'Päihdekuntoutukseen pääsy on hidastunut maksusitoumusten käsittelyn takia. Motivaatio ehtii hiipua ennen kuin kuntoutus alkaa.',
    solutionProposal: 'Nopea maksusitoumusmenettely ja kuntoutuspaikkojen varaus etukäteen.',
    steps: [review(TAKEN_UP)],
    triage: { coreContent: 'Viive kuntoutukseen pääsyssä.', priority: 3 },
  },
  {
    periodsAgo: 0,
    kind: 'negative',
    topic: 'client_needs',
    serviceArea: 'immigrant_services',
    targetGroup: 'immigrants',
    description:
      'Kotoutumisajan päätyttyä osa perheistä jää ilman työtä ja kielitaitoa, ja tuen tarve siirtyy aikuissosiaalityöhön ilman tietoa aiemmasta.',
    solutionProposal: 'Siirtymäpalaveri kotoutumispalvelujen ja aikuissosiaalityön kesken.',
    steps: [review()],
  },
  {
    periodsAgo: 0,
    kind: 'negative',
    topic: 'weak_signals',
    serviceArea: 'social_emergency',
    targetGroup: 'whole_population',
    description:
      'Sosiaalipäivystyksen yöaikaiset yhteydenotot ovat lisääntyneet, ja huoli koskee usein ikääntyneitä, jotka eivät selviä kotona yöllä.',
    solutionProposal:
      'Yöaikainen kotihoidon tai turvapalvelun käynti ennen päivystykseen ohjaamista.',
    steps: [review()],
  },
  {
    periodsAgo: 0,
    kind: 'negative',
    topic: 'service_system',
    serviceArea: 'child_welfare',
    targetGroup: 'children_families',
    description:
      'Sijaishuoltopaikassa on käytetty rajoitustoimenpiteitä ilman kirjattua päätöstä useamman kerran viime kuukausina.',
    solutionProposal: 'Rajoitustoimenpiteiden kirjaaminen tarkistettava.',
    steps: [giveBack('spro_haipro', SPRO)],
  },
  {
    periodsAgo: 0,
    kind: 'negative',
    topic: 'action_proposals',
    serviceArea: 'disability_services',
    targetGroup: 'people_with_disabilities',
    description:
      'Vammaispalvelujen asiakasmaksut ovat kasvaneet, ja osa asiakkaista jättää kuljetuspalvelun käyttämättä kustannusten vuoksi.',
    solutionProposal:
      'Toimenpide-ehdotus: asiakasmaksujen vaikutukset arvioidaan ja maksukatto otetaan käyttöön.',
    steps: [review(), forward(TO_RAKE)],
  },
  {
    // The reporter took it back before anyone started on it (reporters' follow-up, issue 13).
    periodsAgo: 0,
    kind: 'other',
    topic: 'weak_signals',
    serviceArea: 'adult_social_work',
    targetGroup: 'working_age',
    description:
      'Kelan palvelupisteen aukioloaikojen supistuminen näyttää lisäävän etuusasioiden selvittelyä sosiaalityön vastaanotolla.',
    solutionProposal: 'Seurataan tilannetta vielä ennen kuin asiasta tehdään havainto.',
    steps: [{ to: 'withdrawn', feedback: null }],
  },
];

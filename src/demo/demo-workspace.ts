import type { PhenomenonLevel, StructuralForm } from '../domain/phenomenon/phenomenon';
import type { ProposalStatus } from '../domain/proposal/proposal';

/** An invented phenomenon of the demo county and the demo observations (by index) it links. */
export type DemoPhenomenon = {
  readonly key: string;
  readonly title: string;
  readonly description: string;
  readonly forms: readonly StructuralForm[];
  readonly level: PhenomenonLevel;
  /** Indexes into DEMO_OBSERVATIONS. */
  readonly observations: readonly number[];
};

/** An invented action proposal and where the demo has taken it (each move after the last). */
export type DemoProposal = {
  readonly title: string;
  readonly rationale: string;
  readonly phenomena: readonly string[];
  readonly observations: readonly number[];
  readonly decisionBody: string;
  readonly owner: string | null;
  /** Days from now (negative: past). */
  readonly dueInDays: number | null;
  readonly forms: readonly StructuralForm[];
  readonly level: PhenomenonLevel;
  readonly moves: readonly { readonly to: ProposalStatus; readonly note: string | null }[];
};

export const DEMO_PHENOMENA: readonly DemoPhenomenon[] = [
  {
    key: 'housing',
    title: 'Asumisen kustannukset ja häätöuhka',
    description:
      'Vuokrarästit, häätöuhat ja piiloasunnottomuus ovat lisääntyneet: nuoret aikuiset, ' +
      'lapsiperheet ja vankilasta vapautuvat jäävät ilman asuntoa tai muuttavat kauas palveluista.',
    forms: ['knowledge', 'justice', 'policy'],
    level: 'macro',
    observations: [0, 14, 25, 26, 30],
  },
  {
    key: 'debt',
    title: 'Velkaantuminen ja toimeentulon katkokset',
    description:
      'Pikavipit, rahapelivelat ja sähkölaskut tulevat esiin vasta toimeentulotukea haettaessa; ' +
      'velkaneuvontaan jonotetaan kuukausia.',
    forms: ['knowledge', 'justice'],
    level: 'meso',
    observations: [8, 13, 21, 23, 29],
  },
  {
    key: 'youth',
    title: 'Nuorten mielenterveys- ja koulupalvelujen jonot',
    description:
      'Nuoret odottavat mielenterveyspalveluja, perheneuvolaa ja neuropsykiatrista tukea; ' +
      'kuraattoreita on liian vähän ja poissaolot pitkittyvät.',
    forms: ['knowledge', 'strategy', 'policy'],
    level: 'meso',
    observations: [1, 6, 16, 22, 24, 31],
  },
  {
    key: 'older',
    title: 'Ikääntyneiden yksinäisyys ja asiointi haja-asutusalueella',
    description:
      'Yksin asuvat ikäihmiset jäävät ilman kyytejä, seuraa ja yöaikaista apua; ' +
      'palvelujen karsiminen kylistä näkyy kotikäynneillä.',
    forms: ['inclusion', 'knowledge'],
    level: 'macro',
    observations: [2, 18, 33, 37],
  },
  {
    key: 'placements',
    title: 'Lasten sijoitukset kaukana kotiseudulta',
    description:
      'Sijaishuoltopaikkoja ei löydy läheltä; yhteys kouluun, kavereihin ja vanhempiin katkeaa.',
    forms: ['justice'],
    level: 'meso',
    observations: [9, 38],
  },
];

export const DEMO_PROPOSALS: readonly DemoProposal[] = [
  {
    title: 'Talous- ja velkaneuvonta aikuissosiaalityön rinnalle',
    rationale:
      'Velkaantuminen tulee esiin vasta toimeentulotukea haettaessa. Velkaneuvojan ' +
      'vastaanotto sosiaalityön tiloissa kerran viikossa lyhentäisi jonoa ja ehkäisisi häätöjä.',
    phenomena: ['debt'],
    observations: [13],
    decisionBody: 'Hyvinvointialueen johtoryhmä',
    owner: 'Aikuissosiaalityön palvelupäällikkö',
    dueInDays: -30,
    forms: ['policy', 'justice'],
    level: 'meso',
    moves: [
      { to: 'proposed', note: null },
      { to: 'accepted', note: 'Hyväksytty kokeiluksi kahteen kuntaan vuoden ajaksi.' },
      { to: 'in_progress', note: null },
      {
        to: 'done',
        note:
          'Velkaneuvojan vastaanotto aloitti keväällä. Jono lyheni neljästä kuukaudesta kuuteen ' +
          'viikkoon; kokeilu jatkuu koko alueella.',
      },
    ],
  },
  {
    title: 'Ennaltaehkäisevä asumisneuvonta vuokrarästien alkuvaiheeseen',
    rationale:
      'Häätöuhat ovat lisääntyneet. Vuokranantajien ilmoitus asumisneuvojalle jo ensimmäisestä ' +
      'rästikuukaudesta antaisi aikaa ratkaista tilanne.',
    phenomena: ['housing'],
    observations: [],
    decisionBody: 'Aluehallitus',
    owner: 'Asumispalvelujen kehittämispäällikkö',
    dueInDays: 120,
    forms: ['policy', 'strategy'],
    level: 'macro',
    moves: [
      { to: 'proposed', note: null },
      { to: 'accepted', note: 'Hyväksytty vuoden 2027 talousarvioon.' },
      { to: 'in_progress', note: null },
    ],
  },
  {
    title: 'Koulukuraattorien mitoitus ja nuorten matalan kynnyksen vastaanotto',
    rationale:
      'Kuraattoria kohden on joissain kouluissa yli tuhat oppilasta, ja nuoret odottavat apua ' +
      'kuukausia. Ehdotetaan mitoitusta ja koulujen yhteistä avovastaanottoa.',
    phenomena: ['youth'],
    observations: [],
    decisionBody: 'Sosiaali- ja terveyslautakunta',
    owner: null,
    dueInDays: 60,
    forms: ['policy'],
    level: 'meso',
    moves: [{ to: 'proposed', note: null }],
  },
  {
    title: 'Asiointiliikenne haja-asutusalueille',
    rationale: 'Linja-autovuorojen vähentäminen estää ikäihmisten asioinnin.',
    phenomena: ['older'],
    observations: [],
    decisionBody: 'Kunnan hyvinvointi- ja terveydenedistämisen työryhmä',
    owner: null,
    dueInDays: null,
    forms: ['inclusion', 'policy'],
    level: 'macro',
    moves: [
      { to: 'proposed', note: null },
      {
        to: 'rejected',
        note: 'Ei rahoitusta vuoden 2027 talousarviossa; asia otetaan esiin liikennesuunnitelmassa.',
      },
    ],
  },
  {
    title: 'Omaishoitajien vapaapäivät turvattava lyhytaikaishoidolla',
    rationale:
      'Omaishoitajat uupuvat, kun lakisääteisiä vapaita ei voida järjestää. Ehdotetaan ' +
      'lyhytaikaishoidon paikkoja jokaiseen kuntaan ja sijaisomaishoitoa.',
    phenomena: [],
    observations: [11],
    decisionBody: 'Hyvinvointialueen johtoryhmä',
    owner: 'Ikääntyneiden palvelujen johtaja',
    dueInDays: 90,
    forms: ['policy', 'inclusion'],
    level: 'meso',
    moves: [
      { to: 'proposed', note: null },
      { to: 'accepted', note: 'Hyväksytty; toteutus alkaa, kun paikat on kilpailutettu.' },
    ],
  },
  {
    title: 'Sijaishuoltopaikkoja lähemmäs kotiseutua',
    rationale: 'Kaukaiset sijoitukset katkaisevat lapsen suhteet. Luonnos työryhmän käsittelyyn.',
    phenomena: ['placements'],
    observations: [9],
    decisionBody: 'Hyvinvointialueen johtoryhmä',
    owner: null,
    dueInDays: null,
    forms: ['justice'],
    level: 'meso',
    moves: [],
  },
];

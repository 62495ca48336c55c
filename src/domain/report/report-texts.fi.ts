import { formatCount, monthsInWords } from './report-format';
import type { ReportTexts } from './report-text-catalogue';

const one = (count: number, singular: string, plural: string): string =>
  `${formatCount(count)} ${count === 1 ? singular : plural}`;

/** The months as "in" a month: "tammikuussa 2026". */
const IN_MONTH = [
  'tammikuussa',
  'helmikuussa',
  'maaliskuussa',
  'huhtikuussa',
  'toukokuussa',
  'kesäkuussa',
  'heinäkuussa',
  'elokuussa',
  'syyskuussa',
  'lokakuussa',
  'marraskuussa',
  'joulukuussa',
];

export const fi: ReportTexts = {
  fewerThanFive: 'alle 5',
  observations: (count) => one(count, 'havainto', 'havaintoa'),
  kinds: { negative: 'Kielteinen', positive: 'Myönteinen', other: 'Muu' },
  proposalStatuses: {
    draft: 'luonnos',
    proposed: 'esitetty',
    accepted: 'hyväksytty',
    rejected: 'hylätty',
    in_progress: 'toteutuksessa',
    done: 'toteutettu',
  },
  forms: {
    knowledge: 'tietotyö',
    strategy: 'strategiatyö',
    inclusion: 'inkluusiotyö',
    justice: 'oikeudenmukaisuustyö',
    policy: 'politiikkatyö',
  },
  levels: {
    micro: 'mikro (asiakastaso)',
    meso: 'meso (yhteisötaso)',
    macro: 'makro (yhteiskuntataso)',
  },
  headings: {
    counts: 'Havainnot',
    phenomena: 'Ilmiöt',
    feedback: 'Palaute havainnoista',
    situation: 'Tilannekuva',
    effects: 'Vaikutukset asiakkaisiin',
    prevalence: 'Esiintyvyys hyvinvointialueen palveluissa',
    proposals: 'Ammattilaisten toimenpide-ehdotukset',
    workshops: 'Työpajojen muistiinpanot',
    trends: 'Havainnot ja niiden kehitys',
    decisions: 'Toimenpide-ehdotukset ja päätökset',
    actions: 'Toteutetut toimenpiteet',
    indicators: 'Toimeenpanosuunnitelman seuranta',
    evaluation: 'Toimeenpanosuunnitelman arviointi',
  },
  columns: {
    serviceArea: 'Palvelualue',
    municipality: 'Kunta',
    topic: 'Aihe',
    kind: 'Laatu',
    targetGroup: 'Kohderyhmä',
    month: 'Kuukausi',
    phenomenon: 'Ilmiö',
    count: 'Havaintoja',
  },
  dimensions: {
    serviceArea: 'palvelualue',
    municipality: 'kunta',
    topic: 'aihe',
    kind: 'laatu',
    targetGroup: 'kohderyhmä',
  },
  figureTitles: {
    serviceArea: 'Havainnot palvelualueittain',
    municipality: 'Havainnot kunnittain',
    topic: 'Havainnot aiheittain',
    kind: 'Havainnot laadun mukaan',
    targetGroup: 'Havainnot kohderyhmittäin',
    month: 'Havainnot kuukausittain',
    phenomena: 'Havainnot ilmiöittäin',
  },

  mostCommon: (items) =>
    `Eniten havaintoja: ${items.map((i) => `${i.dimension} ${i.label} (${i.shown})`).join(', ')}.`,
  kindsSentence: (shown) =>
    `Kielteisiä havaintoja oli ${shown.negative}, myönteisiä ${shown.positive} ja muita ${shown.other}.`,
  phenomenonLine: (title, count, previous) =>
    `${title}: ${fi.observations(count)}` +
    (previous === null ? '.' : ` (edellisellä jaksolla ${formatCount(previous)}).`),
  proposalLine: ({ title, status, decisionBody, decision }) =>
    `${title} (${status}). Päättävä taho: ${decisionBody}.` +
    (decision === null ? '' : ` Päätös ${decision.on}: ${decision.text}`),

  compilation: {
    introduction: (range, serviceArea, madeOn) =>
      `Tämä raportti perustuu sosiaalisen raportoinnin koosteeseen ajanjaksolta ${range}` +
      (serviceArea === null ? '' : ` (palvelualue ${serviceArea})`) +
      `. Luvut ovat koosteen laatimispäivän ${madeOn} mukaiset. Teksti on tuotettu aineistosta, ja RAKE-työryhmä muokkaa sen lopulliseen muotoonsa.`,
    counts: (range, total, count) =>
      `Ajanjaksolla ${range} kirjattiin ${total} ${count === 1 ? 'havainto' : 'havaintoa'}.`,
    phenomena: (count) =>
      count === 0
        ? 'Jakson havaintoja ei ole vielä liitetty ilmiöihin.'
        : `Jakson havaintoja on liitetty ${formatCount(count)} ilmiöön.`,
    feedback: (answered, total, share) =>
      `Koosteen laatimiseen mennessä ${answered}/${total} havaintoa${share === null ? '' : ` (${share})`} oli saanut palautteen.`,
    medianDays: (days) => `Ensimmäiseen palautteeseen kului mediaanina ${days} vrk.`,
    noFeedback: 'Yksikään jakson havainnoista ei ollut vielä saanut palautetta.',
  },
  phenomenon: {
    introduction: (title, total, count, range) =>
      `Tämä ilmiölähtöinen sosiaalinen raportti käsittelee ilmiötä ”${title}”. Aineistona on ${total} ${count === 1 ? 'ilmiöön liitetty havainto' : 'ilmiöön liitettyä havaintoa'} ajalta ${range}.`,
    formsSentence: (forms) => `Rakenteellisen sosiaalityön muodot: ${forms}.`,
    levelSentence: (level) => `Taso: ${level}.`,
    firstAndLast: (first, last) => `Ensimmäinen havainto kirjattiin ${first} ja viimeisin ${last}.`,
    effectsPrompt:
      'Kuvatkaa tähän, miten ilmiö näkyy asiakkaiden arjessa ja mitä se heille merkitsee.',
    prevalence: (serviceAreas, municipalities) =>
      `Havaintoja on kirjattu ${formatCount(serviceAreas)} palvelualueelta ja ${formatCount(municipalities)} kunnasta.`,
    proposals: (count) =>
      count === 0
        ? 'Ilmiön pohjalta ei ole vielä tehty toimenpide-ehdotuksia.'
        : `Ilmiön pohjalta on tehty ${formatCount(count)} ${count === 1 ? 'toimenpide-ehdotus' : 'toimenpide-ehdotusta'}.`,
  },
  annual: {
    introduction: (year) =>
      `Tämä sosiaalinen raportti kokoaa vuoden ${year} rakenteellisen sosiaalityön: ammattilaisten havainnot, niistä tunnistetut ilmiöt, toimenpide-ehdotukset ja niistä tehdyt päätökset, toteutetut toimenpiteet sekä toimeenpanosuunnitelman tavoitteiden toteutumisen.`,
    total: (year, total, count) =>
      `Vuonna ${year} kirjattiin ${total} ${count === 1 ? 'havainto' : 'havaintoa'}.`,
    previousYear: (previous, change) =>
      `Edellisenä vuonna havaintoja kirjattiin ${previous}` +
      (change === null ? '.' : ` (muutos ${change}).`),
    noPreviousYear: 'Edelliseltä vuodelta ei ole kirjattuja havaintoja.',
    busiestMonth: (months, count) =>
      `Eniten havaintoja kirjattiin ${monthsInWords(months, IN_MONTH, 'ja')} ` +
      (months.length === 1
        ? `(${fi.observations(count)}).`
        : `(${fi.observations(count)} kuukaudessa).`),
    phenomena: (count) =>
      count === 0
        ? 'Vuoden havaintoja ei liitetty ilmiöihin.'
        : `Vuoden havaintoja liitettiin ${formatCount(count)} ilmiöön.`,
    decisions: (count) =>
      count === 0
        ? 'Vuoden aikana ei käsitelty toimenpide-ehdotuksia.'
        : `Vuoden aikana käsiteltiin ${formatCount(count)} ${count === 1 ? 'toimenpide-ehdotus' : 'toimenpide-ehdotusta'}.`,
    action: (title, result, on) => `${title} (${on}): ${result}`,
    noActions: (year) => `Vuonna ${year} ei kirjattu toteutettuja toimenpiteitä.`,
    indicator: (label, achieved, summary) =>
      `${label}: ${achieved ? 'toteutui' : 'ei toteutunut'}. ${summary}`,
    noIndicators: 'Seurannan mittareita ei ole otettu käyttöön.',
    evaluation: (achieved, of) =>
      `Seurannan ${formatCount(of)} mittarista toteutui ${formatCount(achieved)}.`,
    evaluationPrompt:
      'Arvioikaa tähän, miten toimeenpanosuunnitelman tavoitteet toteutuivat ja mitä seuraavaksi tehdään.',
  },
  published: {
    contents: 'Sisällys',
    introduction: 'Johdanto',
    total: 'Yhteensä',
    figure: 'Kuvio',
    table: 'Taulukko',
    madeOn: (date, version) => `Laadittu ${date}, versio ${version}`,
    charts: { bar: 'Pylväskaavio', line: 'Viivakaavio' },
    extremes: (most, least) =>
      `Eniten ${most.label} (${most.shown}), vähiten ${least.label} (${least.shown}).`,
    allEqual: (shown) => `Kaikissa ${shown}.`,
    only: (row) => `${row.label}: ${row.shown}.`,
    and: 'ja',
    noData: 'Ei havaintoja.',
    totalSentence: (shown) => `Yhteensä ${shown}.`,
    suppressedDescription: 'Alle viiden luvut on merkitty ”alle 5”, eikä niitä piirretä.',
    note: (secondary) =>
      'Alle viiden havainnon määriä ei julkaista: ne on merkitty ”alle 5”.' +
      (secondary
        ? ' Luku on piilotettu (–), kun pieni määrä voitaisiin muuten laskea yhteissummasta.'
        : ''),
  },
};

import type { BotCatalogue } from './bot-catalogue';

export const fi: BotCatalogue = {
  at: 'klo',
  welcome: {
    title: 'Tervetuloa RAKE-sovellukseen',
    text: 'Kerron täällä, kun havaintosi etenee, ja esihenkilöille, kun uusi havainto saapuu.',
    teamText:
      'Tämä kanava saa koosteen uusista havainnoista ennen jokaista RAKE-työryhmän kokousta.',
  },
  help: {
    title: 'Ohje',
    intro: 'Voit kirjoittaa minulle näitä komentoja:',
    commands: [
      { command: 'ohje', text: 'tämä ohje' },
      { command: 'omat', text: 'omat havaintosi ja niiden tila' },
    ],
  },
  unknownCommand: 'En tunnistanut komentoa. Kirjoita "ohje", niin näet mitä osaan.',
  myReports: {
    title: 'Omat havaintosi',
    empty: 'Et ole vielä tehnyt havaintoja.',
    more: (count) => `… ja ${count} muuta`,
    moreThan: (count) => `… ja yli ${count} muuta`,
    open: 'Avaa omat havainnot',
  },
  fields: {
    kind: 'Ilmiön luonne',
    topic: 'Aihe',
    serviceArea: 'Palvelualue',
    municipality: 'Kunta',
    reporter: 'Ilmoittaja',
    filed: 'Jätetty',
    status: 'Tila',
    feedback: 'Palaute',
    returnReason: 'Palautuksen syy',
    by: 'Tekijä',
  },
  newObservation: {
    title: 'Uusi havainto',
    open: 'Avaa välilehdellä',
    take: 'Ota käsittelyyn',
    returnIt: 'Palauta perustellen',
    reasonLabel: 'Palautuksen syy',
    feedbackLabel: 'Palaute ilmoittajalle',
    feedbackPlaceholder: 'Kerro ilmoittajalle, miksi havainto palautetaan',
    send: 'Palauta',
  },
  statusChanged: { title: 'Havaintosi tila muuttui', timeline: 'Näytä aikajana' },
  resubmitted: { title: 'Täydennetty havainto lähetettiin uudelleen' },
  withdrawn: {
    title: 'Ilmoittaja perui havainnon',
    text: 'Havaintoa ei tarvitse käsitellä eikä siihen vastata.',
    open: 'Avaa taululla',
  },
  message: {
    title: 'Uusi viesti havainnosta',
    observation: 'Havainto',
    from: 'Lähettäjä',
    openMine: 'Avaa omat ilmoitukset',
    openBoard: 'Avaa taululla',
  },
  proposalChanged: {
    title: {
      accepted: 'Havaintoosi perustuva toimenpide-ehdotus hyväksyttiin',
      rejected: 'Havaintoosi perustuva toimenpide-ehdotus hylättiin',
      done: 'Havaintoosi perustuva toimenpide on toteutettu',
    },
    proposal: 'Ehdotus',
    decisionBody: 'Päättävä taho',
    outcome: { accepted: 'Päätös', rejected: 'Päätös', done: 'Tulos ja arvio' },
    yourObservations: 'Havaintosi, joihin ehdotus perustuu',
    open: 'Näytä omat ilmoitukset',
  },
  enrichment: {
    title: 'RAKE-työryhmä pyytää palvelualueeltanne rikastamista',
    reminderTitle: 'Muistutus: rikastamispyyntö erääntyy pian',
    serviceArea: 'Palvelualue',
    dueDate: 'Määräpäivä',
    observations: 'Havaintoja',
    requestedBy: 'Pyytäjä',
    question: 'Kysymys',
    open: 'Avaa pyyntö',
  },
  reports: {
    kinds: {
      compilation: 'Koosteraportti',
      phenomenon: 'Ilmiöraportti',
      annual: 'Sosiaalinen raportti',
    },
    kind: 'Raportin laji',
    openPage: 'Avaa sivu',
    openInTab: 'Avaa raportti RAKE-sovelluksessa',
    published: {
      title: (title) => `Julkaistu intranetissä: ${title}`,
      republishedTitle: (title) => `Päivitetty intranetissä: ${title}`,
      publishedBy: 'Julkaisija',
      publishedAt: 'Julkaistu',
      version: 'Versio',
    },
    yours: {
      annualTitle: (year, count) =>
        count === 1
          ? `Havaintosi on mukana vuoden ${year} sosiaalisessa raportissa`
          : `Havaintosi ovat mukana vuoden ${year} sosiaalisessa raportissa`,
      title: (title, count) =>
        count === 1
          ? `Havaintosi on mukana raportissa ”${title}”`
          : `Havaintosi ovat mukana raportissa ”${title}”`,
      report: 'Raportti',
      count: 'Havaintojasi',
      list: 'Havaintosi, joihin raportti perustuu',
      more: (count) => `… ja ${count} muuta`,
      nameless: 'Raportissa ei mainita ilmoittajien nimiä.',
    },
  },
  digest: {
    title: (date) => `Kooste RAKE-työryhmän kokoukseen ${date}`,
    since: (date) => `Uudet havainnot ${date} jälkeen`,
    total: (count) => `Havaintoja yhteensä: ${count}`,
    byTopic: 'Aiheittain',
    byServiceArea: 'Palvelualueittain',
    newItems: 'Uudet havainnot',
    more: (count) => `… ja ${count} muuta taululla`,
    board: 'Avaa taulu',
    agenda: 'Avaa kokouksen esityslista',
  },
  reminder: {
    title: 'Muistutus: havainnot odottavat',
    text: (days, count) => `${count} havaintoa on odottanut yli ${days} päivää ilman käsittelyä.`,
    open: 'Avaa taulu',
  },
  action: {
    taken: (who, when) => `${who} otti havainnon käsittelyyn ${when}.`,
    returned: (who, when) => `${who} palautti havainnon ilmoittajalle ${when}.`,
    stale: (status) => `Havainto on jo edennyt (tila nyt: ${status}). Mitään ei muutettu.`,
    forbidden: 'Sinulla ei ole oikeutta käsitellä tätä havaintoa. Mitään ei muutettu.',
    notFound: 'Havaintoa ei löydy. Mitään ei muutettu.',
    feedbackRequired: 'Kirjoita palaute ilmoittajalle. Mitään ei muutettu.',
    reasonRequired: 'Valitse palautuksen syy. Mitään ei muutettu.',
    personalData: 'Palautteessa on henkilötunnus. Poista se; mitään ei muutettu.',
    notSignedIn: 'Käyttäjätietojasi ei tunnistettu. Mitään ei muutettu.',
    failed: 'Toiminto epäonnistui. Mitään ei muutettu; yritä uudelleen välilehdellä.',
  },
  truncated: '…',
};

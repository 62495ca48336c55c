import type { BotCatalogue } from './bot-catalogue';

export const sv: BotCatalogue = {
  at: 'kl.',
  welcome: {
    title: 'Välkommen till RAKE',
    text: 'Här berättar jag när din observation går vidare, och för förmän när en ny observation kommer in.',
    teamText:
      'Den här kanalen får ett sammandrag av nya observationer före varje möte i RAKE-arbetsgruppen.',
  },
  help: {
    title: 'Hjälp',
    intro: 'Du kan skriva de här kommandona till mig:',
    commands: [
      { command: 'hjälp', text: 'den här hjälpen' },
      { command: 'mina', text: 'dina observationer och deras status' },
    ],
  },
  unknownCommand: 'Jag kände inte igen kommandot. Skriv "hjälp" för att se vad jag kan.',
  myReports: {
    title: 'Dina observationer',
    empty: 'Du har inte gjort några observationer ännu.',
    more: (count) => `… och ${count} till`,
    moreThan: (count) => `… och över ${count} till`,
    open: 'Öppna mina observationer',
  },
  fields: {
    kind: 'Fenomenets art',
    topic: 'Ämne',
    serviceArea: 'Serviceområde',
    municipality: 'Kommun',
    reporter: 'Anmälare',
    filed: 'Inlämnad',
    status: 'Status',
    feedback: 'Respons',
    returnReason: 'Orsak till returnering',
    by: 'Av',
  },
  newObservation: {
    title: 'Ny observation',
    open: 'Öppna i fliken',
    take: 'Ta till behandling',
    returnIt: 'Returnera med motivering',
    reasonLabel: 'Orsak till returnering',
    feedbackLabel: 'Respons till anmälaren',
    feedbackPlaceholder: 'Berätta för anmälaren varför observationen returneras',
    send: 'Returnera',
  },
  statusChanged: { title: 'Din observation har fått ny status', timeline: 'Visa tidslinjen' },
  resubmitted: { title: 'En kompletterad observation skickades på nytt' },
  withdrawn: {
    title: 'Rapportören drog tillbaka observationen',
    text: 'Observationen behöver inte behandlas eller besvaras.',
    open: 'Öppna på tavlan',
  },
  message: {
    title: 'Nytt meddelande om en observation',
    observation: 'Observation',
    from: 'Avsändare',
    openMine: 'Öppna mina rapporter',
    openBoard: 'Öppna på tavlan',
  },
  proposalChanged: {
    title: {
      accepted: 'Ett åtgärdsförslag som bygger på din observation har godkänts',
      rejected: 'Ett åtgärdsförslag som bygger på din observation har avslagits',
      done: 'En åtgärd som bygger på din observation har genomförts',
    },
    proposal: 'Förslag',
    decisionBody: 'Beslutande organ',
    outcome: { accepted: 'Beslut', rejected: 'Beslut', done: 'Resultat och utvärdering' },
    yourObservations: 'Dina observationer som förslaget bygger på',
    open: 'Visa mina rapporter',
  },
  enrichment: {
    title: 'RAKE-arbetsgruppen ber ert serviceområde om berikning',
    reminderTitle: 'Påminnelse: begäran om berikning förfaller snart',
    serviceArea: 'Serviceområde',
    dueDate: 'Förfallodag',
    observations: 'Observationer',
    requestedBy: 'Begärd av',
    question: 'Fråga',
    open: 'Öppna begäran',
  },
  reports: {
    kinds: {
      compilation: 'Sammanställningsrapport',
      phenomenon: 'Fenomenrapport',
      annual: 'Social rapport',
    },
    kind: 'Rapporttyp',
    openPage: 'Öppna sidan',
    openInTab: 'Öppna rapporten i RAKE',
    published: {
      title: (title) => `Publicerad på intranätet: ${title}`,
      republishedTitle: (title) => `Uppdaterad på intranätet: ${title}`,
      publishedBy: 'Publicerad av',
      publishedAt: 'Publicerad',
      version: 'Version',
    },
    yours: {
      annualTitle: (year, count) =>
        count === 1
          ? `Din observation ingår i den sociala rapporten för ${year}`
          : `Dina observationer ingår i den sociala rapporten för ${year}`,
      title: (title, count) =>
        count === 1
          ? `Din observation ingår i rapporten ”${title}”`
          : `Dina observationer ingår i rapporten ”${title}”`,
      report: 'Rapport',
      count: 'Dina observationer',
      list: 'Dina observationer som rapporten bygger på',
      more: (count) => `… och ${count} till`,
      nameless: 'Rapporten nämner inte rapportörernas namn.',
    },
  },
  digest: {
    title: (date) => `Sammandrag till RAKE-arbetsgruppens möte ${date}`,
    since: (date) => `Nya observationer efter ${date}`,
    total: (count) => `Observationer totalt: ${count}`,
    byTopic: 'Per ämne',
    byServiceArea: 'Per serviceområde',
    newItems: 'Nya observationer',
    more: (count) => `… och ${count} till på tavlan`,
    board: 'Öppna tavlan',
    agenda: 'Öppna mötets föredragningslista',
  },
  reminder: {
    title: 'Påminnelse: observationer väntar',
    text: (days, count) => `${count} observationer har väntat över ${days} dagar utan behandling.`,
    open: 'Öppna tavlan',
  },
  action: {
    taken: (who, when) => `${who} tog observationen till behandling ${when}.`,
    returned: (who, when) => `${who} returnerade observationen till anmälaren ${when}.`,
    stale: (status) =>
      `Observationen har redan gått vidare (status nu: ${status}). Inget ändrades.`,
    forbidden: 'Du har inte rätt att behandla den här observationen. Inget ändrades.',
    notFound: 'Observationen hittades inte. Inget ändrades.',
    feedbackRequired: 'Skriv en respons till anmälaren. Inget ändrades.',
    reasonRequired: 'Välj orsak till returneringen. Inget ändrades.',
    personalData: 'Responsen innehåller en personbeteckning. Ta bort den; inget ändrades.',
    notSignedIn: 'Dina användaruppgifter kändes inte igen. Inget ändrades.',
    failed: 'Åtgärden misslyckades. Inget ändrades; försök igen i fliken.',
  },
  truncated: '…',
};

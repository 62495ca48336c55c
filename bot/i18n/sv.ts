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
  digest: {
    title: (date) => `Sammandrag till RAKE-arbetsgruppens möte ${date}`,
    since: (date) => `Nya observationer efter ${date}`,
    total: (count) => `Observationer totalt: ${count}`,
    byTopic: 'Per ämne',
    byServiceArea: 'Per serviceområde',
    newItems: 'Nya observationer',
    more: (count) => `… och ${count} till på tavlan`,
    board: 'Öppna tavlan',
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

import type { Language } from '../i18n';

/**
 * The admin view's words in fi/sv/en. Kept beside the view (fetched only when the admin opens
 * it) rather than in i18n/fi.ts, which every user's first load carries.
 */
export type AdminTexts = {
  readonly heading: string;
  readonly intro: string;
  readonly attention: {
    readonly heading: string;
    readonly allCovered: string;
    readonly noSupervisor: (areas: string) => string;
    readonly noBot: (names: string) => string;
    readonly allReachable: string;
    readonly failed: (n: number) => string;
    readonly noneFailed: string;
    readonly deliveries: string;
    readonly openDeliveries: string;
  };
  readonly areas: {
    readonly heading: string;
    readonly intro: string;
    readonly noSupervisor: string;
    readonly noBot: string;
    readonly viaGroup: string;
    readonly retired: string;
    readonly groups: (ids: string) => string;
    readonly bootstrap: string;
    readonly edit: (area: string) => string;
    readonly cancel: string;
    readonly supervisors: string;
    readonly supervisorsHint: string;
    readonly openList: string;
    readonly groupIds: string;
    readonly groupIdsHint: string;
    readonly save: string;
    readonly saving: string;
    readonly saved: (area: string) => string;
    readonly listLabel: string;
  };
  readonly staff: {
    readonly heading: string;
    readonly intro: string;
    readonly id: string;
    readonly idHint: string;
    readonly name: string;
    readonly email: string;
    readonly add: string;
    readonly added: (name: string) => string;
    readonly existed: (name: string) => string;
  };
  readonly settings: {
    readonly heading: string;
    readonly intro: string;
    readonly lists: Readonly<
      Record<'serviceAreas' | 'municipalities' | 'topics' | 'targetGroups', string>
    >;
    readonly entry: (id: string) => string;
    readonly retired: string;
    readonly newEntry: string;
    readonly newId: string;
    readonly newIdHint: string;
    readonly add: string;
    readonly labels: Readonly<Record<'fi' | 'sv' | 'en', string>>;
    readonly period: string;
    readonly periodSchemes: Readonly<Record<'quarters' | 'half-years-dec', string>>;
    readonly meetings: string;
    readonly weekday: string;
    readonly nth: string;
    readonly nths: readonly string[];
    readonly timing: string;
    readonly digestDaysBefore: string;
    readonly reminderDays: string;
    readonly escalationDays: string;
    readonly publicForm: string;
    readonly publicFormHint: string;
    readonly retention: string;
    readonly retentionYears: string;
    readonly retentionMode: string;
    readonly retentionModes: Readonly<Record<'anonymise' | 'delete', string>>;
    readonly save: string;
    readonly saving: string;
    readonly saved: string;
    readonly stale: string;
    readonly reload: string;
    readonly version: (n: number) => string;
    readonly wholeNumber: (min: number, max: number) => string;
    readonly fixNumbers: string;
  };
};

const fi: AdminTexts = {
  heading: 'Ylläpito',
  intro:
    'Hyvinvointialueen asetukset ja palvelualueiden esihenkilöt. Muutokset tulevat voimaan heti ja kirjataan lokiin.',
  attention: {
    heading: 'Huomioitavaa',
    allCovered: 'Jokaisella palvelualueella on esihenkilö.',
    noSupervisor: (areas) =>
      `Ei esihenkilöä: ${areas}. Näiden alueiden havainnot menevät RAKE-koordinaattoreille.`,
    noBot: (names) =>
      `Botti ei ole asennettuna: ${names}. He eivät saa ilmoituksia Teamsissa ennen kuin asentavat sovelluksen.`,
    allReachable: 'Kaikki esihenkilöt saavat ilmoitukset Teamsissa.',
    failed: (n) =>
      n === 1
        ? '1 ilmoitus ei mennyt perille kaikista yrityksistä huolimatta.'
        : `${n} ilmoitusta ei mennyt perille kaikista yrityksistä huolimatta.`,
    noneFailed: 'Ei epäonnistuneita ilmoituksia.',
    deliveries: 'Perille menemättömät ilmoitukset näkyvät Toimitukset-näkymässä.',
    openDeliveries: 'Avaa toimitukset',
  },
  areas: {
    heading: 'Palvelualueiden esihenkilöt',
    intro:
      'Valitse kullekin palvelualueelle esihenkilöt. Seuraava alueelle tehty havainto menee heille. Entra-ryhmän jäsenet ovat alueen esihenkilöitä ensimmäisestä kirjautumisestaan alkaen.',
    noSupervisor: 'Ei esihenkilöä – koordinaattorille',
    noBot: 'Botti ei asennettuna',
    viaGroup: 'Entra-ryhmän kautta',
    retired: 'Poistettu käytöstä',
    groups: (ids) => `Entra-ryhmät: ${ids}`,
    bootstrap:
      'Ei vielä tallennettu täällä: esihenkilöt tulevat kirjautumisista ja asennuksen asetuksista.',
    edit: (area) => `Muokkaa: ${area}`,
    cancel: 'Peruuta',
    supervisors: 'Esihenkilöt',
    supervisorsHint: 'Kirjoita nimi ja valitse.',
    openList: 'Näytä henkilöt',
    groupIds: 'Entra-ryhmien tunnukset',
    groupIdsHint: 'Ryhmän objektitunnus (GUID), yksi riville tai pilkuin eroteltuna.',
    save: 'Tallenna esihenkilöt',
    saving: 'Tallennetaan…',
    saved: (area) => `Alueen ${area} esihenkilöt tallennettu.`,
    listLabel: 'Palvelualueet',
  },
  staff: {
    heading: 'Lisää henkilö',
    intro:
      'Henkilö, joka ei ole vielä kirjautunut sovellukseen, lisätään Entra-objektitunnuksella. Ensimmäisellä kirjautumisella hän saa hänelle valitut alueet.',
    id: 'Entra-objektitunnus',
    idHint: 'Entra-hallintakeskus → Käyttäjät → Objektin tunnus.',
    name: 'Nimi',
    email: 'Sähköposti (valinnainen)',
    add: 'Lisää henkilö',
    added: (name) => `${name} lisätty.`,
    existed: (name) => `${name} on jo henkilöstössä.`,
  },
  settings: {
    heading: 'Hyvinvointialueen asetukset',
    intro:
      'Lähtökohtana on alueen esiasetus. Käytössä olevaa kohtaa ei poisteta: poista se käytöstä, jolloin sitä ei tarjota uusille havainnoille mutta vanhat havainnot näyttävät sen.',
    lists: {
      serviceAreas: 'Palvelualueet',
      municipalities: 'Kunnat',
      topics: 'Aiheet',
      targetGroups: 'Kohderyhmät',
    },
    entry: (id) => `Tunnus ${id}`,
    retired: 'Poistettu käytöstä',
    newEntry: 'Uusi kohta',
    newId: 'Tunnus',
    newIdHint: 'Kirjaimia a–z, numeroita, _ . -',
    add: 'Lisää',
    labels: { fi: 'Suomeksi', sv: 'Ruotsiksi', en: 'Englanniksi' },
    period: 'Raportointijaksot',
    periodSchemes: {
      quarters: 'Vuosineljännekset',
      'half-years-dec': 'Puolivuotiskaudet 1.12.–31.5. ja 1.6.–30.11.',
    },
    meetings: 'RAKE-työryhmän kokoukset',
    weekday: 'Viikonpäivä',
    nth: 'Monesko kuukauden',
    nths: ['1.', '2.', '3.', '4.'],
    timing: 'Ilmoitusten ajoitus (päivää)',
    digestDaysBefore: 'Kooste ennen kokousta',
    reminderDays: 'Muistutus esihenkilölle',
    escalationDays: 'Muistutus koordinaattorille ilman ensipalautetta',
    publicForm: 'Julkinen lomake asukkaille, asiakkaille ja järjestöille',
    publicFormHint: 'Lomake osoitteessa /public.',
    retention: 'Säilytys',
    retentionYears: 'Vuotta sulkemisesta',
    retentionMode: 'Sen jälkeen',
    retentionModes: { anonymise: 'Ilmoittajien tiedot poistetaan', delete: 'Havainto poistetaan' },
    save: 'Tallenna asetukset',
    saving: 'Tallennetaan…',
    saved: 'Asetukset tallennettu ja käytössä.',
    stale: 'Joku muu muutti asetuksia sillä välin. Lataa uusimmat ja tee muutoksesi uudelleen.',
    reload: 'Lataa uusimmat',
    wholeNumber: (min, max) => `Anna kokonaisluku ${min}–${max}.`,
    fixNumbers: 'Asetuksia ei tallennettu: korjaa merkityt kentät.',
    version: (n) => (n === 0 ? 'Esiasetus, ei vielä muutettu.' : `Versio ${n}.`),
  },
};

const sv: AdminTexts = {
  heading: 'Administration',
  intro:
    'Välfärdsområdets inställningar och serviceområdenas förmän. Ändringarna gäller genast och loggas.',
  attention: {
    heading: 'Att observera',
    allCovered: 'Varje serviceområde har en förman.',
    noSupervisor: (areas) =>
      `Ingen förman: ${areas}. Observationerna från dessa områden går till RAKE-koordinatorerna.`,
    noBot: (names) =>
      `Botten är inte installerad: ${names}. De får inga meddelanden i Teams förrän de installerar appen.`,
    allReachable: 'Alla förmän får meddelandena i Teams.',
    failed: (n) =>
      n === 1
        ? '1 meddelande kom inte fram trots alla försök.'
        : `${n} meddelanden kom inte fram trots alla försök.`,
    noneFailed: 'Inga misslyckade meddelanden.',
    deliveries: 'Meddelanden som inte kom fram visas i vyn Leveranser.',
    openDeliveries: 'Öppna leveranser',
  },
  areas: {
    heading: 'Serviceområdenas förmän',
    intro:
      'Välj förmän för varje serviceområde. Nästa observation i området går till dem. Medlemmar i en Entra-grupp är områdets förmän från sin första inloggning.',
    noSupervisor: 'Ingen förman – till koordinatorn',
    noBot: 'Botten inte installerad',
    viaGroup: 'Via Entra-grupp',
    retired: 'Tagen ur bruk',
    groups: (ids) => `Entra-grupper: ${ids}`,
    bootstrap:
      'Inte ännu sparat här: förmännen kommer från inloggningarna och installationens inställningar.',
    edit: (area) => `Redigera: ${area}`,
    cancel: 'Avbryt',
    supervisors: 'Förmän',
    supervisorsHint: 'Skriv ett namn och välj.',
    openList: 'Visa personerna',
    groupIds: 'Entra-gruppernas id',
    groupIdsHint: 'Gruppens objekt-id (GUID), ett per rad eller åtskilda med kommatecken.',
    save: 'Spara förmän',
    saving: 'Sparar…',
    saved: (area) => `Förmännen för ${area} har sparats.`,
    listLabel: 'Serviceområden',
  },
  staff: {
    heading: 'Lägg till en person',
    intro:
      'En person som ännu inte har loggat in läggs till med sitt Entra-objekt-id. Vid första inloggningen får hen de områden som valts.',
    id: 'Entra-objekt-id',
    idHint: 'Entra-administrationscentret → Användare → Objekt-id.',
    name: 'Namn',
    email: 'E-post (frivillig)',
    add: 'Lägg till',
    added: (name) => `${name} har lagts till.`,
    existed: (name) => `${name} finns redan i personalen.`,
  },
  settings: {
    heading: 'Välfärdsområdets inställningar',
    intro:
      'Utgångspunkten är områdets förinställning. En post som används tas inte bort: ta den ur bruk, då erbjuds den inte för nya observationer men syns på gamla.',
    lists: {
      serviceAreas: 'Serviceområden',
      municipalities: 'Kommuner',
      topics: 'Ämnen',
      targetGroups: 'Målgrupper',
    },
    entry: (id) => `Id ${id}`,
    retired: 'Tagen ur bruk',
    newEntry: 'Ny post',
    newId: 'Id',
    newIdHint: 'Bokstäver a–z, siffror, _ . -',
    add: 'Lägg till',
    labels: { fi: 'På finska', sv: 'På svenska', en: 'På engelska' },
    period: 'Rapporteringsperioder',
    periodSchemes: {
      quarters: 'Kvartal',
      'half-years-dec': 'Halvår 1.12–31.5 och 1.6–30.11',
    },
    meetings: 'RAKE-arbetsgruppens möten',
    weekday: 'Veckodag',
    nth: 'Vilken i månaden',
    nths: ['1:a', '2:a', '3:e', '4:e'],
    timing: 'Meddelandenas tidpunkt (dagar)',
    digestDaysBefore: 'Sammanställning före mötet',
    reminderDays: 'Påminnelse till förmannen',
    escalationDays: 'Påminnelse till koordinatorn utan första respons',
    publicForm: 'Offentligt formulär för invånare, klienter och organisationer',
    publicFormHint: 'Formuläret på adressen /public.',
    retention: 'Förvaring',
    retentionYears: 'År efter stängning',
    retentionMode: 'Därefter',
    retentionModes: {
      anonymise: 'Anmälarnas uppgifter tas bort',
      delete: 'Observationen tas bort',
    },
    save: 'Spara inställningar',
    saving: 'Sparar…',
    saved: 'Inställningarna har sparats och gäller.',
    stale:
      'Någon annan ändrade inställningarna under tiden. Ladda de senaste och gör ändringarna på nytt.',
    reload: 'Ladda de senaste',
    wholeNumber: (min, max) => `Ange ett heltal ${min}–${max}.`,
    fixNumbers: 'Inställningarna sparades inte: rätta de markerade fälten.',
    version: (n) => (n === 0 ? 'Förinställning, inte ännu ändrad.' : `Version ${n}.`),
  },
};

const en: AdminTexts = {
  heading: 'Administration',
  intro:
    'The county’s settings and the supervisors of its service areas. Changes take effect at once and are logged.',
  attention: {
    heading: 'Needs attention',
    allCovered: 'Every service area has a supervisor.',
    noSupervisor: (areas) =>
      `No supervisor: ${areas}. Observations filed in these areas go to the RAKE coordinators.`,
    noBot: (names) =>
      `Bot not installed: ${names}. They get no Teams notifications until they install the app.`,
    allReachable: 'Every supervisor gets the notifications in Teams.',
    failed: (n) =>
      n === 1
        ? '1 notification did not arrive despite every attempt.'
        : `${n} notifications did not arrive despite every attempt.`,
    noneFailed: 'No failed notifications.',
    deliveries: 'Notifications that did not arrive are listed in the Deliveries view.',
    openDeliveries: 'Open deliveries',
  },
  areas: {
    heading: 'Supervisors of the service areas',
    intro:
      'Choose the supervisors of each service area. The next observation filed in the area goes to them. Members of an Entra group are the area’s supervisors from their first sign-in.',
    noSupervisor: 'No supervisor – to the coordinator',
    noBot: 'Bot not installed',
    viaGroup: 'Through an Entra group',
    retired: 'Retired',
    groups: (ids) => `Entra groups: ${ids}`,
    bootstrap:
      'Not yet saved here: the supervisors come from their sign-ins and the installation’s settings.',
    edit: (area) => `Edit: ${area}`,
    cancel: 'Cancel',
    supervisors: 'Supervisors',
    supervisorsHint: 'Type a name and choose.',
    openList: 'Show the people',
    groupIds: 'Entra group ids',
    groupIdsHint: 'The group’s object id (GUID), one per line or separated by commas.',
    save: 'Save supervisors',
    saving: 'Saving…',
    saved: (area) => `The supervisors of ${area} are saved.`,
    listLabel: 'Service areas',
  },
  staff: {
    heading: 'Add a person',
    intro:
      'Someone who has not signed in yet is added by their Entra object id. At their first sign-in they get the areas chosen for them.',
    id: 'Entra object id',
    idHint: 'Entra admin center → Users → Object ID.',
    name: 'Name',
    email: 'E-mail (optional)',
    add: 'Add person',
    added: (name) => `${name} added.`,
    existed: (name) => `${name} is already on the staff.`,
  },
  settings: {
    heading: 'County settings',
    intro:
      'The county’s preset is the starting point. An entry in use is never deleted: retire it, and it is no longer offered for new observations while old ones still show it.',
    lists: {
      serviceAreas: 'Service areas',
      municipalities: 'Municipalities',
      topics: 'Topics',
      targetGroups: 'Target groups',
    },
    entry: (id) => `Id ${id}`,
    retired: 'Retired',
    newEntry: 'New entry',
    newId: 'Id',
    newIdHint: 'Letters a–z, digits, _ . -',
    add: 'Add',
    labels: { fi: 'In Finnish', sv: 'In Swedish', en: 'In English' },
    period: 'Reporting periods',
    periodSchemes: {
      quarters: 'Quarters',
      'half-years-dec': 'Half-years 1 Dec–31 May and 1 Jun–30 Nov',
    },
    meetings: 'RAKE working group meetings',
    weekday: 'Weekday',
    nth: 'Which of the month',
    nths: ['1st', '2nd', '3rd', '4th'],
    timing: 'Timing of notifications (days)',
    digestDaysBefore: 'Digest before the meeting',
    reminderDays: 'Reminder to the supervisor',
    escalationDays: 'Reminder to the coordinator without first feedback',
    publicForm: 'Public form for residents, clients and associations',
    publicFormHint: 'The form at /public.',
    retention: 'Retention',
    retentionYears: 'Years after closing',
    retentionMode: 'Then',
    retentionModes: {
      anonymise: 'Reporters’ details are removed',
      delete: 'The observation is deleted',
    },
    save: 'Save settings',
    saving: 'Saving…',
    saved: 'Settings saved and in force.',
    stale:
      'Someone else changed the settings meanwhile. Load the latest and make your changes again.',
    reload: 'Load the latest',
    wholeNumber: (min, max) => `Enter a whole number ${min}–${max}.`,
    fixNumbers: 'The settings were not saved: correct the marked fields.',
    version: (n) => (n === 0 ? 'The preset, not yet changed.' : `Version ${n}.`),
  },
};

export const ADMIN_TEXTS: Readonly<Record<Language, AdminTexts>> = { fi, sv, en };

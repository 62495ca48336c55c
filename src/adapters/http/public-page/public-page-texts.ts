import type { PublicStatus } from '../../../domain/public-form/public-status';
import type { ReporterType } from '../../../domain/public-form/public-submission';
import type { Locale } from '../../../domain/shared/localized-text';

/** The public pages' own words (the staff tab's texts are in tab/src/i18n). */
export type PublicPageTexts = {
  readonly languageName: string;
  readonly languageNav: string;
  readonly title: string;
  readonly intro: string;
  readonly privacy: string;
  readonly urgent: string;
  readonly required: string;
  readonly kind: string;
  readonly description: string;
  readonly descriptionHint: string;
  readonly solutionProposal: string;
  readonly solutionHint: string;
  readonly municipality: string;
  readonly targetGroup: string;
  readonly choose: string;
  readonly reporterType: string;
  readonly reporterTypes: Readonly<Record<ReporterType, string>>;
  readonly contactEmail: string;
  readonly contactHint: string;
  readonly contactConsent: string;
  readonly honeypot: string;
  readonly send: string;
  readonly errorSummary: string;
  readonly errorTitlePrefix: string;
  readonly warningsTitle: string;
  readonly confirm: string;
  readonly thanksTitle: string;
  readonly thanks: string;
  readonly receiptLabel: string;
  readonly receiptKeep: string;
  readonly followStatus: string;
  readonly newSubmission: string;
  readonly statusTitle: string;
  readonly statusLookup: string;
  readonly statusLookupButton: string;
  readonly statusNotFound: string;
  readonly submittedOn: string;
  readonly statusLabel: string;
  readonly statuses: Readonly<Record<PublicStatus, { label: string; explanation: string }>>;
  readonly notFoundTitle: string;
  readonly notFound: string;
  readonly errorTitle: string;
  /** A post that another website's page made (the form posts only to itself). */
  readonly crossSite: string;
  readonly backToForm: string;
};

const fi: PublicPageTexts = {
  languageName: 'Suomeksi',
  languageNav: 'Kieli',
  title: 'Kerro havainnostasi',
  intro:
    'Kerro ilmiöstä, jonka olet huomannut asukkaiden, asiakkaiden tai yhteisöjen arjessa, hyvinvoinnissa tai palveluissa. Havainnot käsitellään hyvinvointialueen rakenteellisessa sosiaalityössä.',
  privacy:
    'Älä kirjoita henkilötunnuksia, nimiä tai muita tietoja, joista yksittäisen ihmisen voi tunnistaa. Henkilötunnuksen sisältävää ilmoitusta ei oteta vastaan.',
  urgent:
    'Tämä lomake ei ole kiireellisen avun kanava. Hätätilanteessa soita 112. Yksittäisen asiakkaan asiassa ota yhteyttä omaan työntekijääsi.',
  required: 'pakollinen',
  kind: 'Millainen ilmiö on?',
  description: 'Kuvaus ilmiöstä',
  descriptionHint: 'Mikä toistuu? Keitä se koskee ja missä se näkyy?',
  solutionProposal: 'Ratkaisuehdotus',
  solutionHint: 'Miten asiaa voisi korjata tai hyvää käytäntöä hyödyntää?',
  municipality: 'Kunta',
  targetGroup: 'Keitä ilmiö koskee?',
  choose: 'Valitse…',
  reporterType: 'Kuka ilmoittaa?',
  reporterTypes: {
    resident: 'Asukas',
    client: 'Asiakas',
    association: 'Järjestö tai yhdistys',
    other: 'Muu',
  },
  contactEmail: 'Sähköposti (vapaaehtoinen)',
  contactHint: 'Vain jos haluat, että sinuun voidaan ottaa yhteyttä havainnosta.',
  contactConsent: 'Minuun saa ottaa yhteyttä tähän sähköpostiosoitteeseen tästä havainnosta.',
  honeypot: 'Jätä tämä kenttä tyhjäksi',
  send: 'Lähetä havainto',
  errorSummary: 'Tarkista nämä kohdat',
  errorTitlePrefix: 'Virhe: ',
  warningsTitle: 'Tarkista teksti ennen lähettämistä',
  confirm: 'Olen tarkistanut tekstin, eikä siitä voi tunnistaa ketään. Lähetä havainto.',
  thanksTitle: 'Kiitos havainnostasi',
  thanks: 'Havaintosi on vastaanotettu.',
  receiptLabel: 'Seurantatunnus',
  receiptKeep: 'Ota tunnus talteen: sillä näet, mitä havainnollesi tapahtuu.',
  followStatus: 'Seuraa havaintosi tilaa',
  newSubmission: 'Tee uusi ilmoitus',
  statusTitle: 'Havainnon tila',
  statusLookup: 'Seurantatunnus',
  statusLookupButton: 'Näytä tila',
  statusNotFound: 'Tällä tunnuksella ei löytynyt havaintoa. Tarkista tunnus.',
  submittedOn: 'Lähetetty',
  statusLabel: 'Tila',
  statuses: {
    received: {
      label: 'Vastaanotettu',
      explanation: 'Havaintosi on vastaanotettu ja odottaa käsittelyä.',
    },
    in_handling: { label: 'Käsittelyssä', explanation: 'Havaintoasi käsitellään.' },
    action_proposed: {
      label: 'Toimenpide-ehdotus tehty',
      explanation: 'Havainnon pohjalta on tehty toimenpide-ehdotus.',
    },
    closed: { label: 'Käsitelty', explanation: 'Havaintosi on käsitelty.' },
    not_taken_forward: {
      label: 'Ei viety eteenpäin',
      explanation: 'Havaintoa ei viety eteenpäin rakenteellisen sosiaalityön käsittelyyn.',
    },
  },
  notFoundTitle: 'Sivua ei löytynyt',
  notFound: 'Hakemaasi sivua ei ole.',
  errorTitle: 'Jokin meni vikaan',
  crossSite:
    'Ilmoitus lähetettiin toisen sivuston kautta, eikä sitä otettu vastaan. Täytä lomake tämän palvelun omalla sivulla.',
  backToForm: 'Takaisin lomakkeelle',
};

const sv: PublicPageTexts = {
  languageName: 'På svenska',
  languageNav: 'Språk',
  title: 'Berätta om din observation',
  intro:
    'Berätta om ett fenomen som du har märkt i invånarnas, klienternas eller gemenskapernas vardag, välbefinnande eller tjänster. Observationerna behandlas i välfärdsområdets strukturella sociala arbete.',
  privacy:
    'Skriv inte personbeteckningar, namn eller andra uppgifter som en enskild person kan identifieras av. En anmälan med en personbeteckning tas inte emot.',
  urgent:
    'Formuläret är inte en kanal för brådskande hjälp. Ring 112 i en nödsituation. I en enskild klients ärende, kontakta din egen arbetstagare.',
  required: 'obligatorisk',
  kind: 'Vilket slags fenomen är det?',
  description: 'Beskrivning av fenomenet',
  descriptionHint: 'Vad upprepas? Vem gäller det och var syns det?',
  solutionProposal: 'Lösningsförslag',
  solutionHint: 'Hur kunde saken rättas till eller en god praxis utnyttjas?',
  municipality: 'Kommun',
  targetGroup: 'Vem gäller fenomenet?',
  choose: 'Välj…',
  reporterType: 'Vem anmäler?',
  reporterTypes: {
    resident: 'Invånare',
    client: 'Klient',
    association: 'Organisation eller förening',
    other: 'Annan',
  },
  contactEmail: 'E-post (frivillig)',
  contactHint: 'Endast om du vill att vi kan kontakta dig om observationen.',
  contactConsent: 'Jag får kontaktas på denna e-postadress om denna observation.',
  honeypot: 'Lämna detta fält tomt',
  send: 'Skicka observationen',
  errorSummary: 'Kontrollera dessa punkter',
  errorTitlePrefix: 'Fel: ',
  warningsTitle: 'Kontrollera texten innan du skickar',
  confirm: 'Jag har kontrollerat texten och ingen kan identifieras av den. Skicka observationen.',
  thanksTitle: 'Tack för din observation',
  thanks: 'Din observation har tagits emot.',
  receiptLabel: 'Uppföljningskod',
  receiptKeep: 'Spara koden: med den ser du vad som händer med din observation.',
  followStatus: 'Följ din observations status',
  newSubmission: 'Gör en ny anmälan',
  statusTitle: 'Observationens status',
  statusLookup: 'Uppföljningskod',
  statusLookupButton: 'Visa status',
  statusNotFound: 'Ingen observation hittades med denna kod. Kontrollera koden.',
  submittedOn: 'Skickad',
  statusLabel: 'Status',
  statuses: {
    received: {
      label: 'Mottagen',
      explanation: 'Din observation har tagits emot och väntar på behandling.',
    },
    in_handling: { label: 'Under behandling', explanation: 'Din observation behandlas.' },
    action_proposed: {
      label: 'Åtgärdsförslag gjort',
      explanation: 'Ett åtgärdsförslag har gjorts utifrån observationen.',
    },
    closed: { label: 'Behandlad', explanation: 'Din observation har behandlats.' },
    not_taken_forward: {
      label: 'Inte förd vidare',
      explanation: 'Observationen fördes inte vidare till det strukturella sociala arbetet.',
    },
  },
  notFoundTitle: 'Sidan hittades inte',
  notFound: 'Sidan du söker finns inte.',
  errorTitle: 'Något gick fel',
  crossSite:
    'Anmälan skickades via en annan webbplats och togs inte emot. Fyll i formuläret på tjänstens egen sida.',
  backToForm: 'Tillbaka till formuläret',
};

const en: PublicPageTexts = {
  languageName: 'In English',
  languageNav: 'Language',
  title: 'Tell us what you have noticed',
  intro:
    "Tell us about a phenomenon you have noticed in residents', clients' or communities' everyday lives, wellbeing or services. Observations are handled in the wellbeing services county's structural social work.",
  privacy:
    'Do not write personal identity codes, names or anything else by which one person could be identified. A submission with a personal identity code is not accepted.',
  urgent:
    "This form is not a channel for urgent help. In an emergency, call 112. About one client's own matter, contact your own worker.",
  required: 'required',
  kind: 'What kind of phenomenon is it?',
  description: 'Description of the phenomenon',
  descriptionHint: 'What recurs? Whom does it concern and where does it show?',
  solutionProposal: 'Solution proposal',
  solutionHint: 'How could it be fixed, or a good practice be used?',
  municipality: 'Municipality',
  targetGroup: 'Whom does it concern?',
  choose: 'Choose…',
  reporterType: 'Who is reporting?',
  reporterTypes: {
    resident: 'Resident',
    client: 'Client',
    association: 'Organisation or association',
    other: 'Other',
  },
  contactEmail: 'E-mail (optional)',
  contactHint: 'Only if you want to be contacted about this observation.',
  contactConsent: 'I may be contacted at this e-mail address about this observation.',
  honeypot: 'Leave this field empty',
  send: 'Send the observation',
  errorSummary: 'Please check these',
  errorTitlePrefix: 'Error: ',
  warningsTitle: 'Check the text before sending',
  confirm: 'I have checked the text and nobody can be identified from it. Send the observation.',
  thanksTitle: 'Thank you for your observation',
  thanks: 'Your observation has been received.',
  receiptLabel: 'Tracking code',
  receiptKeep: 'Keep the code: with it you can see what happens to your observation.',
  followStatus: "Follow your observation's status",
  newSubmission: 'Make a new submission',
  statusTitle: 'Status of the observation',
  statusLookup: 'Tracking code',
  statusLookupButton: 'Show the status',
  statusNotFound: 'No observation was found with this code. Check the code.',
  submittedOn: 'Sent',
  statusLabel: 'Status',
  statuses: {
    received: {
      label: 'Received',
      explanation: 'Your observation has been received and waits to be handled.',
    },
    in_handling: { label: 'In handling', explanation: 'Your observation is being handled.' },
    action_proposed: {
      label: 'Action proposed',
      explanation: 'An action proposal has been made on the basis of the observation.',
    },
    closed: { label: 'Handled', explanation: 'Your observation has been handled.' },
    not_taken_forward: {
      label: 'Not taken forward',
      explanation: 'The observation was not taken forward into structural social work.',
    },
  },
  notFoundTitle: 'Page not found',
  notFound: 'The page you are looking for does not exist.',
  errorTitle: 'Something went wrong',
  crossSite:
    'The report was sent through another website and was not accepted. Please fill in the form on this service’s own page.',
  backToForm: 'Back to the form',
};

export const PUBLIC_PAGE_TEXTS: Readonly<Record<Locale, PublicPageTexts>> = { fi, sv, en };

import type { Catalogue } from './catalogue';

const CHECK = 'Kontrollera att texten inte innehåller uppgifter som kan identifiera en klient.';
const range = (limit: string | null): string => (limit === null ? '' : ` (gräns ${limit})`);

/** Swedish: bilingual counties (Kymenlaakso – Kymmenedalen) and Swedish-speaking staff. */
export const sv: Catalogue = {
  storage: {
    throttled: 'Tjänsten är överbelastad just nu. Försök igen om en stund.',
    unavailable: 'Lagringstjänsten är inte tillgänglig just nu. Försök igen om en stund.',
    timeout: 'Lagringstjänsten svarade inte i tid. Försök igen om en stund.',
    denied:
      'Appen har inte längre behörighet till välfärdsområdets SharePoint-webbplats. Kontakta välfärdsområdets IT-stöd.',
    not_provisioned:
      'Appens SharePoint-listor saknas. Administratören måste skapa dem innan appen kan användas. Kontakta välfärdsområdets IT-stöd.',
  },
  errors: {
    malformed_json: 'Begärans innehåll är inte giltig JSON.',
    bad_request: 'Begäran kunde inte behandlas. Kontrollera adressen och begärans format.',
    validation: 'Vissa uppgifter saknas eller är felaktiga. Kontrollera de markerade fälten.',
    personal_data: (field) =>
      `Fältet ”${field}” innehåller en personbeteckning. Ta bort den innan du skickar.`,
    unauthenticated: 'Du är inte inloggad. Logga in och försök igen.',
    invalid_identity: (header) => `Utvecklingsidentitetens rubrik ${header} är ogiltig.`,
    forbidden: 'Du har inte behörighet till den här åtgärden.',
    not_found: 'Det begärda objektet hittades inte, eller så har du inte rätt att se det.',
    already_handled: 'Observationen kan inte längre dras tillbaka: behandlingen har redan börjat.',
    not_returned: 'Endast en returnerad observation kan kompletteras och skickas på nytt.',
    already_decided: 'Den offentliga anmälan har redan tagits upp till behandling eller avvisats.',
    illegal_transition: (from, to) => `Statusen kan inte ändras från ”${from}” till ”${to}”.`,
    precondition_failed:
      'Någon annan har ändrat observationen under tiden. Ladda den på nytt och gör dina ändringar igen.',
    precondition_required:
      'Rubriken If-Match saknas i begäran. Ladda observationen på nytt och försök igen.',
    idempotency_key_reused:
      'Observationen hade redan skickats innan du ändrade den. Du hittar den under Mina observationer; ändringarna sparades inte.',
    payload_too_large: (limit) => `Begäran är för stor (högst ${limit} KiB).`,
    unsupported_media_type:
      'Begärans innehåll måste vara JSON i teckenkodningen UTF-8 (Content-Type: application/json; charset=utf-8).',
    rate_limited: (seconds) =>
      `För många förfrågningar på kort tid. Försök igen om ${seconds} ${seconds === '1' ? 'sekund' : 'sekunder'}.`,
    host_not_allowed:
      'Den här utvecklingsservern svarar bara på localhost, 127.0.0.1 och [::1]. Öppna den på någon av dem.',
    headers_too_large: (limit) => `Begärans rubriker är för stora (högst ${limit} KiB).`,
    request_timeout: 'Begäran kom inte fram i tid. Försök igen.',
    internal: 'Ett oväntat fel inträffade i tjänsten. Försök igen om en stund.',
    intranet_unavailable: {
      forbidden:
        'SharePoint tillät inte publiceringen: du har inte redigeringsrätt till intranätets webbplats, eller så har administratören inte gett appen sitt samtycke.',
      unavailable:
        'Intranätet svarar inte just nu. Rapporten är sparad; försök publicera igen om en stund.',
      not_configured:
        'Intranätets webbplats är inte konfigurerad (RAKE_INTRANET_SITE_ID). Be administratören konfigurera den.',
    },
  },
  fieldProblems: {
    required: (field) => `Fältet ”${field}” är obligatoriskt.`,
    too_long: (field, limit) => `Fältet ”${field}” är för långt (högst ${limit ?? '?'} tecken).`,
    too_short: (field, limit) => `Fältet ”${field}” är för kort (minst ${limit ?? '?'} tecken).`,
    unknown_choice: (field) =>
      `Värdet i fältet ”${field}” känns inte igen. Välj ett av de givna alternativen.`,
    invalid_type: (field) => `Värdet i fältet ”${field}” har fel format.`,
    unknown_field: (field) => `Okänt fält ”${field}”.`,
    out_of_range: (field, limit) =>
      `Värdet i fältet ”${field}” ligger utanför det tillåtna intervallet${range(limit)}.`,
    invalid_characters: (field) =>
      `Fältet ”${field}” innehåller trasiga tecken. Skriv eller klistra in texten på nytt.`,
    not_allowed: (field) => `Fältet ”${field}” används inte i detta välfärdsområde.`,
    invalid_format: (field) => `Värdet i fältet ”${field}” innehåller tecken som inte är tillåtna.`,
    invalid_date: (field) =>
      `Värdet i fältet ”${field}” är inte en dag i kalendern. Skriv det som d.m.åååå, t.ex. 31.3.2027.`,
    not_quoted: (field) =>
      `Texten i fältet ”${field}” är inte observationens egna ord. Citera observationens text som den är; markera utelämnade ställen med …`,
    retire_instead: (field) =>
      `”${field}” kan inte tas bort, eftersom observationer kan hänvisa till det. Ta det ur bruk i stället.`,
    duplicate: (field) => `Fältet ”${field}” har samma värde två gånger.`,
    retired: (field) =>
      `Valet i fältet ”${field}” har tagits ur bruk. Välj ett av de erbjudna alternativen.`,
  },
  warnings: {
    phone_number: (field) => `Fältet ”${field}” verkar innehålla ett telefonnummer. ${CHECK}`,
    email_address: (field) => `Fältet ”${field}” verkar innehålla en e-postadress. ${CHECK}`,
    street_address: (field) => `Fältet ”${field}” verkar innehålla en gatuadress. ${CHECK}`,
    client_name: (field) => `Fältet ”${field}” verkar innehålla en klients namn. ${CHECK}`,
  },
  fields: {
    body: 'Begärans innehåll',
    kind: 'Fenomenets karaktär',
    description: 'Beskrivning',
    solutionProposal: 'Lösningsförslag',
    topic: 'Ämne',
    serviceArea: 'Serviceområde',
    municipality: 'Kommun',
    targetGroup: 'Målgrupp',
    supervisorId: 'Förman',
    coReporterIds: 'Övriga rapportörer',
    to: 'Ny status',
    feedback: 'Respons till rapportören',
    returnReason: 'Orsak till returnering',
    status: 'Status',
    period: 'Rapporteringsperiod',
    q: 'Sökord',
    cursor: 'Sidmarkör',
    limit: 'Antal resultat',
    sort: 'Sortering',
    role: 'Roll',
    idempotencyKey: 'Idempotency-Key',
    teamId: 'RAKE-kanal',
    state: 'Leveransstatus',
    coreContent: 'Rapportens kärninnehåll',
    goal: 'Mål',
    audiences: 'Mottagare',
    keyMessage: 'Huvudbudskap',
    channel: 'Kanal och medel',
    timing: 'Tidpunkt',
    owner: 'Ansvarig',
    followUp: 'Uppföljning',
    priority: 'Prioritet',
    result: 'Resultat',
    title: 'Rubrik',
    rationale: 'Motivering',
    phenomenonIds: 'Fenomen',
    observationIds: 'Observationer',
    decisionBody: 'Beslutande organ',
    dueDate: 'Förfallodag',
    forms: 'Former av strukturellt socialt arbete',
    level: 'Nivå',
    note: 'Beslut eller resultat',
    by: 'Beslutsfattare',
    on: 'Datum',
    introduction: 'Inledning',
    sections: 'Kapitel',
    quotations: 'Citat',
    compilationId: 'Sammanställning',
    phenomenonId: 'Fenomen',
    year: 'År',
    language: 'Språk',
    text: 'Meddelande',
    reporterType: 'Anmälare',
    contactEmail: 'E-post för kontakt',
    contactConsent: 'Samtycke till kontakt',
    startedAt: 'Formulärets öppningstid',
    website: 'Webbplats',
    reason: 'Orsak',
  },
  statuses: {
    received: 'Mottagen',
    in_review: 'Under behandling',
    forwarded: 'Vidarebefordrad till RAKE-arbetsgruppen',
    action_proposed: 'Åtgärdsförslag gjort',
    closed: 'Avslutad',
    returned: 'Returnerad till rapportören',
    withdrawn: 'Återtagen',
  },
  proposalStatuses: {
    draft: 'Utkast',
    proposed: 'Framlagt',
    accepted: 'Godkänt',
    rejected: 'Avslaget',
    in_progress: 'Genomförs',
    done: 'Genomfört',
  },
  returnReasons: {
    spro_haipro: 'Hör till SPro eller HaiPro',
    own_unit: 'Den egna enheten kan åtgärda saken',
    not_structural: 'Inte ett strukturellt fenomen',
    other: 'Annan orsak',
  },
  kinds: { negative: 'Negativt', positive: 'Positivt', other: 'Annat' },
  numberLocale: 'sv-FI',
};

import type { Catalogue } from './catalogue';

const CHECK = 'Tarkista, ettei tekstissä ole asiakkaan tunnistetietoja.';
const range = (limit: string | null): string => (limit === null ? '' : ` (raja ${limit})`);

/** Finnish: the default language of every county. */
export const fi: Catalogue = {
  storage: {
    throttled: 'Palvelu on juuri nyt ruuhkainen. Yritä uudelleen hetken kuluttua.',
    unavailable:
      'Tallennuspalvelu ei ole juuri nyt käytettävissä. Yritä uudelleen hetken kuluttua.',
    timeout: 'Tallennuspalvelu ei vastannut ajoissa. Yritä uudelleen hetken kuluttua.',
    denied:
      'Sovelluksella ei ole enää oikeutta hyvinvointialueen SharePoint-sivustoon. Ota yhteyttä hyvinvointialueen IT-tukeen.',
    not_provisioned:
      'Sovelluksen SharePoint-listoja ei löydy. Ylläpitäjän on luotava ne ennen kuin sovellusta voi käyttää. Ota yhteyttä hyvinvointialueen IT-tukeen.',
  },
  errors: {
    malformed_json: 'Pyynnön sisältö ei ole kelvollista JSON-muotoa.',
    bad_request: 'Pyyntöä ei voitu käsitellä. Tarkista osoite ja pyynnön muoto.',
    validation: 'Osa tiedoista puuttuu tai on virheellisiä. Tarkista merkityt kentät.',
    personal_data: (field) => `${field} sisältää henkilötunnuksen. Poista se ennen lähettämistä.`,
    unauthenticated: 'Et ole kirjautunut sisään. Kirjaudu sisään ja yritä uudelleen.',
    invalid_identity: (header) => `Kehitystunnisteen otsake ${header} on virheellinen.`,
    forbidden: 'Sinulla ei ole oikeutta tähän toimintoon.',
    not_found: 'Pyydettyä kohdetta ei löytynyt, tai sinulla ei ole oikeutta nähdä sitä.',
    already_handled: 'Havaintoa ei voi enää perua: sen käsittely on jo alkanut.',
    not_returned: 'Vain palautetun havainnon voi täydentää ja lähettää uudelleen.',
    already_decided: 'Julkinen ilmoitus on jo otettu käsittelyyn tai hylätty.',
    illegal_transition: (from, to) => `Tilasta ”${from}” ei voi siirtyä tilaan ”${to}”.`,
    precondition_failed:
      'Joku muu on muuttanut havaintoa sillä välin. Lataa se uudelleen ja tee muutoksesi uudestaan.',
    precondition_required:
      'Pyynnöstä puuttuu If-Match-otsake. Lataa havainto uudelleen ja yritä sitten uudestaan.',
    idempotency_key_reused:
      'Havainto oli jo lähetetty ennen muutoksiasi. Löydät sen Omista havainnoista; muutoksia ei tallennettu.',
    payload_too_large: (limit) => `Pyyntö on liian suuri (enintään ${limit} KiB).`,
    unsupported_media_type:
      'Pyynnön sisällön on oltava JSON-muotoista ja UTF-8-merkistössä (Content-Type: application/json; charset=utf-8).',
    rate_limited: (seconds) =>
      `Liian monta pyyntöä lyhyessä ajassa. Yritä uudelleen ${seconds} sekunnin kuluttua.`,
    host_not_allowed:
      'Tämä kehityspalvelin vastaa vain osoitteissa localhost, 127.0.0.1 ja [::1]. Avaa se jostakin niistä.',
    headers_too_large: (limit) => `Pyynnön otsakkeet ovat liian suuret (enintään ${limit} KiB).`,
    request_timeout: 'Pyyntö ei saapunut perille ajoissa. Yritä uudelleen.',
    internal: 'Palvelussa tapahtui odottamaton virhe. Yritä hetken kuluttua uudelleen.',
    intranet_unavailable: {
      forbidden:
        'SharePoint ei sallinut julkaisua: sinulla ei ole muokkausoikeutta intranetin sivustoon, tai sovelluksen käyttöoikeudelle ei ole annettu järjestelmänvalvojan suostumusta.',
      unavailable:
        'Intranet ei juuri nyt vastaa. Raportti on tallessa; yritä julkaisua hetken kuluttua uudelleen.',
      not_configured:
        'Intranetin sivustoa ei ole määritetty (RAKE_INTRANET_SITE_ID). Pyydä ylläpitäjää määrittämään se.',
    },
  },
  fieldProblems: {
    required: (field) => `${field} on pakollinen tieto.`,
    too_long: (field, limit) => `${field} on liian pitkä (enintään ${limit ?? '?'} merkkiä).`,
    too_short: (field, limit) => `${field} on liian lyhyt (vähintään ${limit ?? '?'} merkkiä).`,
    unknown_choice: (field) =>
      `Kentän ”${field}” arvoa ei tunnisteta. Valitse jokin annetuista vaihtoehdoista.`,
    invalid_type: (field) => `Kentän ”${field}” arvo on väärää muotoa.`,
    unknown_field: (field) => `Tuntematon kenttä ”${field}”.`,
    out_of_range: (field, limit) =>
      `Kentän ”${field}” arvo on sallitun alueen ulkopuolella${range(limit)}.`,
    invalid_characters: (field) =>
      `${field} sisältää rikkinäisiä merkkejä. Kirjoita tai liitä teksti uudelleen.`,
    not_allowed: (field) => `${field} ei ole käytössä tällä hyvinvointialueella.`,
    invalid_format: (field) => `Kentän ”${field}” arvossa on merkkejä, joita ei sallita.`,
    invalid_date: (field) =>
      `Kentän ”${field}” arvo ei ole kalenterin päivä. Kirjoita se muodossa p.k.vvvv, esim. 31.3.2027.`,
    not_quoted: (field) =>
      `Kentän ”${field}” teksti ei ole havainnon omin sanoin. Lainaa havainnon tekstiä sellaisenaan; merkitse pois jätetyt kohdat merkillä …`,
    retire_instead: (field) =>
      `Kohtaa ”${field}” ei voi poistaa, koska havainnot voivat viitata siihen. Poista se käytöstä.`,
    duplicate: (field) => `Kentässä ”${field}” on sama arvo kahdesti.`,
    retired: (field) =>
      `Kentän ”${field}” valinta on poistettu käytöstä. Valitse jokin tarjolla olevista.`,
  },
  warnings: {
    phone_number: (field) => `${field} näyttää sisältävän puhelinnumeron. ${CHECK}`,
    email_address: (field) => `${field} näyttää sisältävän sähköpostiosoitteen. ${CHECK}`,
    street_address: (field) => `${field} näyttää sisältävän katuosoitteen. ${CHECK}`,
    client_name: (field) => `${field} näyttää sisältävän asiakkaan nimen. ${CHECK}`,
  },
  fields: {
    body: 'Pyynnön sisältö',
    kind: 'Ilmiön luonne',
    description: 'Kuvaus',
    solutionProposal: 'Ratkaisuehdotus',
    topic: 'Aihe',
    serviceArea: 'Palvelualue',
    municipality: 'Kunta',
    targetGroup: 'Kohderyhmä',
    supervisorId: 'Esihenkilö',
    coReporterIds: 'Muut ilmoittajat',
    to: 'Uusi tila',
    feedback: 'Palaute ilmoittajalle',
    returnReason: 'Palautuksen syy',
    status: 'Tila',
    period: 'Raportointikausi',
    q: 'Hakusana',
    cursor: 'Sivutuskohta',
    limit: 'Tulosten määrä',
    sort: 'Järjestys',
    role: 'Rooli',
    idempotencyKey: 'Idempotency-Key-otsake',
    teamId: 'RAKE-kanava',
    state: 'Toimituksen tila',
    coreContent: 'Raportin ydinsisältö',
    goal: 'Tavoite',
    audiences: 'Kohdeyleisöt',
    keyMessage: 'Ydinviesti',
    channel: 'Kanava ja keinot',
    timing: 'Ajankohta',
    owner: 'Tekijä',
    followUp: 'Seuranta',
    priority: 'Prioriteetti',
    result: 'Tulos',
    title: 'Otsikko',
    rationale: 'Perustelu',
    phenomenonIds: 'Ilmiöt',
    observationIds: 'Havainnot',
    decisionBody: 'Päättävä taho',
    dueDate: 'Määräpäivä',
    forms: 'Rakenteellisen sosiaalityön muodot',
    level: 'Taso',
    note: 'Päätös tai tulos',
    by: 'Päättäjä',
    on: 'Päivämäärä',
    introduction: 'Johdanto',
    sections: 'Luvut',
    quotations: 'Lainaus',
    compilationId: 'Kooste',
    phenomenonId: 'Ilmiö',
    year: 'Vuosi',
    language: 'Kieli',
    text: 'Viesti',
    reporterType: 'Ilmoittaja',
    contactEmail: 'Sähköposti yhteydenottoa varten',
    contactConsent: 'Suostumus yhteydenottoon',
    startedAt: 'Lomakkeen avausaika',
    website: 'Verkkosivu',
    reason: 'Syy',
  },
  statuses: {
    received: 'Vastaanotettu',
    in_review: 'Käsittelyssä',
    forwarded: 'Välitetty RAKE-työryhmälle',
    action_proposed: 'Toimenpide-ehdotus tehty',
    closed: 'Suljettu',
    returned: 'Palautettu ilmoittajalle',
    withdrawn: 'Peruttu',
  },
  proposalStatuses: {
    draft: 'Luonnos',
    proposed: 'Esitetty',
    accepted: 'Hyväksytty',
    rejected: 'Hylätty',
    in_progress: 'Toteutuksessa',
    done: 'Toteutettu',
  },
  returnReasons: {
    spro_haipro: 'Kuuluu SPro- tai HaiPro-järjestelmään',
    own_unit: 'Oma yksikkö voi korjata asian',
    not_structural: 'Ei rakenteellinen ilmiö',
    other: 'Muu syy',
  },
  kinds: { negative: 'Kielteinen', positive: 'Myönteinen', other: 'Muu' },
  numberLocale: 'fi-FI',
};

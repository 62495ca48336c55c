import type { Language } from '../../i18n';

/**
 * The audit section's words in fi/sv/en. Kept beside the section (which is fetched only when
 * the admin view opens) rather than in i18n/fi.ts, which every user's first load carries.
 */
export type AuditTexts = {
  readonly heading: string;
  readonly intro: string;
  readonly from: string;
  readonly to: string;
  readonly show: string;
  readonly download: string;
  readonly downloaded: (file: string) => string;
  readonly more: string;
  readonly none: string;
  readonly badRange: string;
  readonly count: (n: number) => string;
  readonly columns: {
    readonly at: string;
    readonly actor: string;
    readonly action: string;
    readonly target: string;
    readonly detail: string;
  };
  readonly listLabel: string;
  readonly actions: Readonly<Record<string, string>>;
  /** `admin.<name>`: administration, with the name as the app recorded it. */
  readonly admin: (name: string) => string;
  readonly targets: Readonly<Record<string, string>>;
  /** `admin.supervisors`: who supervises the area now, and its Entra groups. */
  readonly supervisorsDetail: (names: string, groups: string | null) => string;
  readonly nobody: string;
  /** `admin.county_settings`: the version saved and the parts it changed ('' if not known). */
  readonly settingsDetail: (version: string, parts: string) => string;
  readonly settingsParts: Readonly<Record<string, string>>;
  /** `retention.run`: how many observations the daily run anonymised or deleted. */
  readonly retentionDetail: (
    mode: 'deleted' | 'anonymised',
    count: string,
    years: string,
  ) => string;
};

const fi: AuditTexts = {
  heading: 'Lokitapahtumat',
  intro:
    'Kuka teki havainnon, luki toisen havainnon, siirsi, käsitteli, vei tietoja, julkaisi tai ylläpiti mitä ja milloin. Tapahtumia ei voi muokata sovelluksessa.',
  from: 'Alkaen',
  to: 'Päättyen',
  show: 'Näytä',
  download: 'Lataa CSV',
  downloaded: (file) => `Tiedosto ${file} ladattu.`,
  more: 'Näytä lisää',
  none: 'Ei tapahtumia valitulla aikavälillä.',
  badRange: 'Alkupäivä ei voi olla päättymispäivän jälkeen.',
  count: (n) => (n === 1 ? '1 tapahtuma näkyvissä' : `${n} tapahtumaa näkyvissä`),
  columns: {
    at: 'Aika',
    actor: 'Tekijä',
    action: 'Toiminto',
    target: 'Kohde',
    detail: 'Lisätieto',
  },
  listLabel: 'Lokitapahtumat',
  actions: {
    'observation.filed': 'Havainto tehty',
    'observation.read': 'Toisen havainto avattu',
    'observation.moved': 'Havainto siirretty',
    'observation.triaged': 'Käsittelytietoja muutettu',
    export: 'Tiedot viety tiedostoon',
    'report.published': 'Raportti julkaistu',
    'report.withdrawn': 'Raportin julkaisu peruttu',
    'retention.run': 'Säilytysaika: tiedot poistettu',
    'own_data.downloaded': 'Omat tiedot ladattu',
    'admin.county_settings': 'Alueen asetukset muutettu',
    'admin.supervisors': 'Palvelualueen esihenkilöt muutettu',
    'admin.staff_added': 'Henkilö lisätty',
    'admin.delivery_retried': 'Ilmoitus lähetetty uudelleen',
    'admin.public_submission.accepted': 'Julkinen ilmoitus otettu käsittelyyn',
    'admin.public_submission.discarded': 'Julkinen ilmoitus hylätty',
  },
  admin: (name) => `Ylläpito: ${name}`,
  targets: {
    observation: 'Havainto',
    board: 'Taulu',
    compilation: 'Kooste',
    report: 'Raportti',
    delivery: 'Ilmoitus',
    staff: 'Henkilö',
    county: 'Alueen asetukset',
    service_area: 'Palvelualue',
  },
  supervisorsDetail: (names, groups) =>
    `Esihenkilöt: ${names}${groups === null ? '' : `; Entra-ryhmät: ${groups}`}`,
  nobody: 'ei ketään',
  settingsDetail: (version, parts) =>
    parts === '' ? `Versio ${version}.` : `Versio ${version}. Muutettu: ${parts}`,
  retentionDetail: (mode, count, years) =>
    `${mode === 'deleted' ? 'Poistettu' : 'Ilmoittajatiedot poistettu'}: ${count} havaintoa (suljettu yli ${years} vuotta sitten)`,
  settingsParts: {
    serviceAreas: 'palvelualueet',
    municipalities: 'kunnat',
    topics: 'aiheet',
    targetGroups: 'kohderyhmät',
    periodScheme: 'raportointijaksot',
    meetings: 'kokoukset',
    timing: 'ilmoitusten ajoitus',
    publicForm: 'julkinen lomake',
    retention: 'säilytys',
  },
};

const sv: AuditTexts = {
  heading: 'Logghändelser',
  intro:
    'Vem som gjorde en observation, läste någon annans, flyttade, behandlade, exporterade, publicerade eller administrerade vad och när. Händelserna kan inte ändras i appen.',
  from: 'Från',
  to: 'Till',
  show: 'Visa',
  download: 'Ladda ner CSV',
  downloaded: (file) => `Filen ${file} har laddats ner.`,
  more: 'Visa fler',
  none: 'Inga händelser under den valda perioden.',
  badRange: 'Startdagen kan inte vara efter slutdagen.',
  count: (n) => (n === 1 ? '1 händelse visas' : `${n} händelser visas`),
  columns: {
    at: 'Tid',
    actor: 'Utförare',
    action: 'Åtgärd',
    target: 'Objekt',
    detail: 'Tilläggsuppgift',
  },
  listLabel: 'Logghändelser',
  actions: {
    'observation.filed': 'Observation gjord',
    'observation.read': 'Någon annans observation öppnad',
    'observation.moved': 'Observation flyttad',
    'observation.triaged': 'Behandlingsuppgifter ändrade',
    export: 'Uppgifter exporterade',
    'report.published': 'Rapport publicerad',
    'report.withdrawn': 'Rapportens publicering återkallad',
    'retention.run': 'Lagringstid: uppgifter borttagna',
    'own_data.downloaded': 'Egna uppgifter nedladdade',
    'admin.county_settings': 'Områdets inställningar ändrade',
    'admin.supervisors': 'Serviceområdets förmän ändrade',
    'admin.staff_added': 'Person tillagd',
    'admin.delivery_retried': 'Meddelandet skickat på nytt',
    'admin.public_submission.accepted': 'Offentlig anmälan tagen till behandling',
    'admin.public_submission.discarded': 'Offentlig anmälan avvisad',
  },
  admin: (name) => `Administration: ${name}`,
  targets: {
    observation: 'Observation',
    board: 'Tavla',
    compilation: 'Sammanställning',
    report: 'Rapport',
    delivery: 'Meddelande',
    staff: 'Person',
    county: 'Områdets inställningar',
    service_area: 'Serviceområde',
  },
  supervisorsDetail: (names, groups) =>
    `Förmän: ${names}${groups === null ? '' : `; Entra-grupper: ${groups}`}`,
  nobody: 'ingen',
  settingsDetail: (version, parts) =>
    parts === '' ? `Version ${version}.` : `Version ${version}. Ändrat: ${parts}`,
  retentionDetail: (mode, count, years) =>
    `${mode === 'deleted' ? 'Raderade' : 'Anmälaruppgifter borttagna'}: ${count} observationer (stängda för över ${years} år sedan)`,
  settingsParts: {
    serviceAreas: 'serviceområden',
    municipalities: 'kommuner',
    topics: 'ämnen',
    targetGroups: 'målgrupper',
    periodScheme: 'rapporteringsperioder',
    meetings: 'möten',
    timing: 'meddelandenas tidpunkt',
    publicForm: 'offentligt formulär',
    retention: 'förvaring',
  },
};

const en: AuditTexts = {
  heading: 'Audit log',
  intro:
    'Who filed, read another’s observation, moved, triaged, exported, published or administered what, and when. Entries cannot be edited in the app.',
  from: 'From',
  to: 'To',
  show: 'Show',
  download: 'Download CSV',
  downloaded: (file) => `File ${file} downloaded.`,
  more: 'Show more',
  none: 'No entries in the chosen range.',
  badRange: 'The first day cannot be after the last day.',
  count: (n) => (n === 1 ? '1 entry shown' : `${n} entries shown`),
  columns: { at: 'Time', actor: 'Actor', action: 'Action', target: 'Target', detail: 'Detail' },
  listLabel: 'Audit log entries',
  actions: {
    'observation.filed': 'Observation filed',
    'observation.read': 'Another’s observation opened',
    'observation.moved': 'Observation moved',
    'observation.triaged': 'Triage record changed',
    export: 'Exported to a file',
    'report.published': 'Report published',
    'report.withdrawn': 'Report publication withdrawn',
    'retention.run': 'Retention: data removed',
    'own_data.downloaded': 'Own data downloaded',
    'admin.county_settings': 'County settings changed',
    'admin.supervisors': 'Service area supervisors changed',
    'admin.staff_added': 'Person added',
    'admin.delivery_retried': 'Notification sent again',
    'admin.public_submission.accepted': 'Public submission taken into handling',
    'admin.public_submission.discarded': 'Public submission discarded',
  },
  admin: (name) => `Administration: ${name}`,
  targets: {
    observation: 'Observation',
    board: 'Board',
    compilation: 'Compilation',
    report: 'Report',
    delivery: 'Notification',
    staff: 'Person',
    county: 'County settings',
    service_area: 'Service area',
  },
  supervisorsDetail: (names, groups) =>
    `Supervisors: ${names}${groups === null ? '' : `; Entra groups: ${groups}`}`,
  nobody: 'nobody',
  settingsDetail: (version, parts) =>
    parts === '' ? `Version ${version}.` : `Version ${version}. Changed: ${parts}`,
  retentionDetail: (mode, count, years) =>
    `${mode === 'deleted' ? 'Deleted' : 'Reporters removed'}: ${count} observations (closed over ${years} years ago)`,
  settingsParts: {
    serviceAreas: 'service areas',
    municipalities: 'municipalities',
    topics: 'topics',
    targetGroups: 'target groups',
    periodScheme: 'reporting periods',
    meetings: 'meetings',
    timing: 'timing of notifications',
    publicForm: 'public form',
    retention: 'retention',
  },
};

export const AUDIT_TEXTS: Readonly<Record<Language, AuditTexts>> = { fi, sv, en };

/** The action in words; an action this version does not know is shown as recorded. */
export function actionText(texts: AuditTexts, action: string): string {
  const known = texts.actions[action];
  if (known !== undefined) return known;
  if (action.startsWith('admin.'))
    return texts.admin(action.slice('admin.'.length).replace(/_/g, ' '));
  return action;
}

/** What the detail names, by id, in words where this view knows the words. */
export type DetailNames = {
  readonly area: (id: string) => string;
  readonly person: (id: string) => string;
  /** An observation's status (`in_review`) as the tab names it. */
  readonly status: (code: string) => string;
};

/**
 * The detail of an entry for the reader: ids of areas and people as their names, the changed
 * settings as their headings. A detail this version does not recognise is shown as recorded.
 */
export function detailText(
  texts: AuditTexts,
  entry: { readonly action: string; readonly detail: string },
  names: DetailNames,
): string {
  const { action, detail } = entry;
  if (action === 'admin.supervisors') {
    const m = /^supervisors ([^;]*)(?:; groups (.*))?$/.exec(detail);
    if (m === null) return detail;
    const people = listOf(m[1]).map(names.person).join(', ') || texts.nobody;
    const groups = listOf(m[2]).join(', ') || null;
    return texts.supervisorsDetail(people, groups);
  }
  if (action === 'admin.county_settings') {
    const m = /^version (\d+)(?:; (.*))?$/.exec(detail);
    if (m === null) return detail;
    const parts = listOf(m[2] ?? '').map((p) => texts.settingsParts[p] ?? p);
    return texts.settingsDetail(m[1] ?? '', parts.join(', '));
  }
  if (action === 'observation.filed') return names.area(detail);
  if (action === 'observation.read') return names.status(detail);
  if (action === 'observation.moved') {
    const m = /^(\w*) → (\w+)$/.exec(detail);
    if (m === null) return detail;
    return [m[1] ? names.status(m[1]) : null, names.status(m[2] ?? '')].filter(Boolean).join(' → ');
  }
  if (action === 'retention.run') {
    const m = /^(deleted|anonymised) (\d+) \(closed over (\d+) years\)$/.exec(detail);
    if (m === null) return detail;
    return texts.retentionDetail(m[1] as 'deleted' | 'anonymised', m[2] ?? '', m[3] ?? '');
  }
  return detail;
}

const listOf = (text: string | undefined): string[] =>
  (text ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '' && s !== '-');

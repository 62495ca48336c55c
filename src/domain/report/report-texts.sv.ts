import { formatCount, monthsInWords } from './report-format';
import type { ReportTexts } from './report-text-catalogue';

const one = (count: number, singular: string, plural: string): string =>
  `${formatCount(count)} ${count === 1 ? singular : plural}`;

const MONTHS = [
  'januari',
  'februari',
  'mars',
  'april',
  'maj',
  'juni',
  'juli',
  'augusti',
  'september',
  'oktober',
  'november',
  'december',
];

export const sv: ReportTexts = {
  fewerThanFive: 'färre än 5',
  observations: (count) => one(count, 'observation', 'observationer'),
  kinds: { negative: 'Negativ', positive: 'Positiv', other: 'Annan' },
  proposalStatuses: {
    draft: 'utkast',
    proposed: 'framlagt',
    accepted: 'godkänt',
    rejected: 'avslaget',
    in_progress: 'genomförs',
    done: 'genomfört',
  },
  forms: {
    knowledge: 'kunskapsarbete',
    strategy: 'strategiarbete',
    inclusion: 'inkluderingsarbete',
    justice: 'rättvisearbete',
    policy: 'politiskt påverkansarbete',
  },
  levels: {
    micro: 'mikro (klientnivå)',
    meso: 'meso (gemenskapsnivå)',
    macro: 'makro (samhällsnivå)',
  },
  headings: {
    counts: 'Observationer',
    phenomena: 'Fenomen',
    feedback: 'Respons på observationerna',
    situation: 'Lägesbild',
    effects: 'Konsekvenser för klienterna',
    prevalence: 'Förekomst i välfärdsområdets tjänster',
    proposals: 'Yrkesutövarnas åtgärdsförslag',
    workshops: 'Anteckningar från workshopparna',
    trends: 'Observationerna och deras utveckling',
    decisions: 'Åtgärdsförslag och beslut',
    actions: 'Genomförda åtgärder',
    indicators: 'Uppföljning av verkställighetsplanen',
    evaluation: 'Utvärdering av verkställighetsplanen',
  },
  columns: {
    serviceArea: 'Serviceområde',
    municipality: 'Kommun',
    topic: 'Ämne',
    kind: 'Karaktär',
    targetGroup: 'Målgrupp',
    month: 'Månad',
    phenomenon: 'Fenomen',
    count: 'Observationer',
  },
  dimensions: {
    serviceArea: 'serviceområde',
    municipality: 'kommun',
    topic: 'ämne',
    kind: 'karaktär',
    targetGroup: 'målgrupp',
  },
  figureTitles: {
    serviceArea: 'Observationer per serviceområde',
    municipality: 'Observationer per kommun',
    topic: 'Observationer per ämne',
    kind: 'Observationer efter karaktär',
    targetGroup: 'Observationer per målgrupp',
    month: 'Observationer per månad',
    phenomena: 'Observationer per fenomen',
  },

  mostCommon: (items) =>
    `Flest observationer: ${items.map((i) => `${i.dimension} ${i.label} (${i.shown})`).join(', ')}.`,
  kindsSentence: (shown) =>
    `Av observationerna var ${shown.negative} negativa, ${shown.positive} positiva och ${shown.other} av annat slag.`,
  phenomenonLine: (title, count, previous) =>
    `${title}: ${sv.observations(count)}` +
    (previous === null ? '.' : ` (föregående period ${formatCount(previous)}).`),
  proposalLine: ({ title, status, decisionBody, decision }) =>
    `${title} (${status}). Beslutande organ: ${decisionBody}.` +
    (decision === null ? '' : ` Beslut ${decision.on}: ${decision.text}`),

  compilation: {
    introduction: (range, serviceArea, madeOn) =>
      `Rapporten bygger på sammanställningen av den sociala rapporteringen för perioden ${range}` +
      (serviceArea === null ? '' : ` (serviceområde ${serviceArea})`) +
      `. Siffrorna gäller den dag sammanställningen gjordes, ${madeOn}. Texten har genererats ur materialet, och RAKE-arbetsgruppen bearbetar den till sin slutliga form.`,
    counts: (range, total, count) =>
      `Under perioden ${range} registrerades ${total} ${count === 1 ? 'observation' : 'observationer'}.`,
    phenomena: (count) =>
      count === 0
        ? 'Periodens observationer har ännu inte kopplats till fenomen.'
        : `Periodens observationer har kopplats till ${one(count, 'fenomen', 'fenomen')}.`,
    feedback: (answered, total, share) =>
      `När sammanställningen gjordes hade ${answered} av ${total} observationer${share === null ? '' : ` (${share})`} fått respons.`,
    medianDays: (days) => `Medianen till den första responsen var ${days} dygn.`,
    noFeedback: 'Ingen av periodens observationer hade ännu fått respons.',
  },
  phenomenon: {
    introduction: (title, total, count, range) =>
      `Denna fenomenbaserade sociala rapport behandlar fenomenet ”${title}”. Materialet består av ${total} ${count === 1 ? 'observation' : 'observationer'} kopplade till fenomenet under perioden ${range}.`,
    formsSentence: (forms) => `Former av strukturellt socialt arbete: ${forms}.`,
    levelSentence: (level) => `Nivå: ${level}.`,
    firstAndLast: (first, last) =>
      `Den första observationen registrerades ${first} och den senaste ${last}.`,
    effectsPrompt:
      'Beskriv här hur fenomenet syns i klienternas vardag och vad det betyder för dem.',
    prevalence: (serviceAreas, municipalities) =>
      `Observationer har registrerats inom ${one(serviceAreas, 'serviceområde', 'serviceområden')} och i ${one(municipalities, 'kommun', 'kommuner')}.`,
    proposals: (count) =>
      count === 0
        ? 'Inga åtgärdsförslag har ännu gjorts utifrån fenomenet.'
        : `Utifrån fenomenet har ${one(count, 'åtgärdsförslag', 'åtgärdsförslag')} gjorts.`,
  },
  annual: {
    introduction: (year) =>
      `Denna sociala rapport sammanfattar det strukturella sociala arbetet år ${year}: yrkesutövarnas observationer, fenomenen som identifierats i dem, åtgärdsförslagen och besluten om dem, de genomförda åtgärderna samt hur verkställighetsplanens mål har uppnåtts.`,
    total: (year, total, count) =>
      `År ${year} registrerades ${total} ${count === 1 ? 'observation' : 'observationer'}.`,
    previousYear: (previous, change) =>
      `Föregående år registrerades ${previous}` +
      (change === null ? '.' : ` (förändring ${change}).`),
    noPreviousYear: 'Från föregående år finns inga registrerade observationer.',
    busiestMonth: (months, count) =>
      `Flest observationer registrerades i ${monthsInWords(months, MONTHS, 'och')} ` +
      (months.length === 1
        ? `(${sv.observations(count)}).`
        : `(${sv.observations(count)} per månad).`),
    phenomena: (count) =>
      count === 0
        ? 'Årets observationer kopplades inte till fenomen.'
        : `Årets observationer kopplades till ${one(count, 'fenomen', 'fenomen')}.`,
    decisions: (count) =>
      count === 0
        ? 'Inga åtgärdsförslag behandlades under året.'
        : `Under året behandlades ${one(count, 'åtgärdsförslag', 'åtgärdsförslag')}.`,
    action: (title, result, on) => `${title} (${on}): ${result}`,
    noActions: (year) => `Inga genomförda åtgärder registrerades år ${year}.`,
    indicator: (label, achieved, summary) =>
      `${label}: ${achieved ? 'uppnått' : 'inte uppnått'}. ${summary}`,
    noIndicators: 'Inga uppföljningsindikatorer har tagits i bruk.',
    evaluation: (achieved, of) =>
      `Av de ${formatCount(of)} uppföljningsindikatorerna uppnåddes ${formatCount(achieved)}.`,
    evaluationPrompt:
      'Utvärdera här hur verkställighetsplanens mål uppnåddes och vad som görs härnäst.',
  },
  published: {
    contents: 'Innehåll',
    introduction: 'Inledning',
    total: 'Totalt',
    figure: 'Figur',
    table: 'Tabell',
    madeOn: (date, version) => `Upprättad ${date}, version ${version}`,
    charts: { bar: 'Stapeldiagram', line: 'Linjediagram' },
    extremes: (most, least) =>
      `Flest ${most.label} (${most.shown}), minst ${least.label} (${least.shown}).`,
    allEqual: (shown) => `Alla ${shown}.`,
    only: (row) => `${row.label}: ${row.shown}.`,
    and: 'och',
    noData: 'Inga observationer.',
    totalSentence: (shown) => `Totalt ${shown}.`,
    suppressedDescription: 'Tal under fem är markerade ”färre än 5” och ritas inte.',
    note: (secondary) =>
      'Antal under fem observationer publiceras inte: de är markerade ”färre än 5”.' +
      (secondary
        ? ' Ett tal är dolt (–) när ett litet antal annars kunde räknas ut ur totalsumman.'
        : ''),
  },
};

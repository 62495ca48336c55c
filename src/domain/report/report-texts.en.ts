import { formatCount, monthsInWords } from './report-format';
import type { ReportTexts } from './report-text-catalogue';

const one = (count: number, singular: string, plural: string): string =>
  `${formatCount(count)} ${count === 1 ? singular : plural}`;

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

export const en: ReportTexts = {
  fewerThanFive: 'fewer than 5',
  observations: (count) => one(count, 'observation', 'observations'),
  kinds: { negative: 'Negative', positive: 'Positive', other: 'Other' },
  proposalStatuses: {
    draft: 'draft',
    proposed: 'proposed',
    accepted: 'accepted',
    rejected: 'rejected',
    in_progress: 'in progress',
    done: 'done',
  },
  forms: {
    knowledge: 'knowledge work',
    strategy: 'strategy work',
    inclusion: 'inclusion work',
    justice: 'justice work',
    policy: 'policy work',
  },
  levels: {
    micro: 'micro (client level)',
    meso: 'meso (community level)',
    macro: 'macro (society level)',
  },
  headings: {
    counts: 'Observations',
    phenomena: 'Phenomena',
    feedback: 'Feedback on the observations',
    situation: 'Situational picture',
    effects: 'Effects on clients',
    prevalence: "Prevalence in the county's services",
    proposals: "Professionals' action proposals",
    workshops: 'Workshop notes',
    trends: 'Observations and trends',
    decisions: 'Action proposals and decisions',
    actions: 'Actions taken',
    indicators: 'Follow-up of the implementation plan',
    evaluation: 'Evaluation of the implementation plan',
  },
  columns: {
    serviceArea: 'Service area',
    municipality: 'Municipality',
    topic: 'Topic',
    kind: 'Kind',
    targetGroup: 'Target group',
    month: 'Month',
    phenomenon: 'Phenomenon',
    count: 'Observations',
  },
  dimensions: {
    serviceArea: 'service area',
    municipality: 'municipality',
    topic: 'topic',
    kind: 'kind',
    targetGroup: 'target group',
  },
  figureTitles: {
    serviceArea: 'Observations by service area',
    municipality: 'Observations by municipality',
    topic: 'Observations by topic',
    kind: 'Observations by kind',
    targetGroup: 'Observations by target group',
    month: 'Observations by month',
    phenomena: 'Observations by phenomenon',
  },

  mostCommon: (items) =>
    `Most observations: ${items.map((i) => `${i.dimension} ${i.label} (${i.shown})`).join(', ')}.`,
  kindsSentence: (shown) =>
    `There were ${shown.negative} negative, ${shown.positive} positive and ${shown.other} other observations.`,
  phenomenonLine: (title, count, previous) =>
    `${title}: ${en.observations(count)}` +
    (previous === null ? '.' : ` (previous period ${formatCount(previous)}).`),
  proposalLine: ({ title, status, decisionBody, decision }) =>
    `${title} (${status}). Decided by: ${decisionBody}.` +
    (decision === null ? '' : ` Decision on ${decision.on}: ${decision.text}`),

  compilation: {
    introduction: (range, serviceArea, madeOn) =>
      `This report is based on the social reporting compilation for ${range}` +
      (serviceArea === null ? '' : ` (service area ${serviceArea})`) +
      `. The figures are as of ${madeOn}, when the compilation was made. The text was generated from the data; the RAKE group rewrites it into its final form.`,
    counts: (range, total, count) =>
      `${total} ${count === 1 ? 'observation was' : 'observations were'} filed in ${range}.`,
    phenomena: (count) =>
      count === 0
        ? "The period's observations have not yet been linked to phenomena."
        : `The period's observations have been linked to ${one(count, 'phenomenon', 'phenomena')}.`,
    feedback: (answered, total, share) =>
      `By the time of the compilation, ${answered} of ${total} observations${share === null ? '' : ` (${share})`} had received feedback.`,
    medianDays: (days) => `The median time to the first feedback was ${days} days.`,
    noFeedback: "None of the period's observations had yet received feedback.",
  },
  phenomenon: {
    introduction: (title, total, count, range) =>
      `This phenomenon-based social report is about “${title}”. It rests on ${total} ${count === 1 ? 'observation' : 'observations'} linked to the phenomenon in ${range}.`,
    formsSentence: (forms) => `Forms of structural social work: ${forms}.`,
    levelSentence: (level) => `Level: ${level}.`,
    firstAndLast: (first, last) =>
      `The first observation was filed on ${first} and the latest on ${last}.`,
    effectsPrompt:
      "Describe here how the phenomenon shows in clients' everyday lives and what it means to them.",
    prevalence: (serviceAreas, municipalities) =>
      `Observations were filed in ${one(serviceAreas, 'service area', 'service areas')} and ${one(municipalities, 'municipality', 'municipalities')}.`,
    proposals: (count) =>
      count === 0
        ? 'No action proposals have yet been made on the phenomenon.'
        : `${one(count, 'action proposal has', 'action proposals have')} been made on the phenomenon.`,
  },
  annual: {
    introduction: (year) =>
      `This social report brings together the structural social work of ${year}: the professionals' observations, the phenomena identified in them, the action proposals and the decisions on them, the actions taken and how the implementation plan's goals were met.`,
    total: (year, total, count) =>
      `${total} ${count === 1 ? 'observation was' : 'observations were'} filed in ${year}.`,
    previousYear: (previous, change) =>
      `The previous year had ${previous}` + (change === null ? '.' : ` (change ${change}).`),
    noPreviousYear: 'No observations were recorded for the previous year.',
    busiestMonth: (months, count) =>
      `Most observations were filed in ${monthsInWords(months, MONTHS, 'and')} ` +
      (months.length === 1 ? `(${en.observations(count)}).` : `(${en.observations(count)} each).`),
    phenomena: (count) =>
      count === 0
        ? "The year's observations were not linked to phenomena."
        : `The year's observations were linked to ${one(count, 'phenomenon', 'phenomena')}.`,
    decisions: (count) =>
      count === 0
        ? 'No action proposals were handled during the year.'
        : `${one(count, 'action proposal was', 'action proposals were')} handled during the year.`,
    action: (title, result, on) => `${title} (${on}): ${result}`,
    noActions: (year) => `No actions taken were recorded in ${year}.`,
    indicator: (label, achieved, summary) =>
      `${label}: ${achieved ? 'achieved' : 'not achieved'}. ${summary}`,
    noIndicators: 'No follow-up indicators are in use.',
    evaluation: (achieved, of) =>
      `${formatCount(achieved)} of the ${formatCount(of)} follow-up indicators ${achieved === 1 ? 'was' : 'were'} achieved.`,
    evaluationPrompt:
      "Evaluate here how the implementation plan's goals were met and what is done next.",
  },
  published: {
    contents: 'Contents',
    introduction: 'Introduction',
    total: 'Total',
    figure: 'Figure',
    table: 'Table',
    madeOn: (date, version) => `Prepared ${date}, version ${version}`,
    charts: { bar: 'Bar chart', line: 'Line chart' },
    extremes: (most, least) =>
      `Most ${most.label} (${most.shown}), fewest ${least.label} (${least.shown}).`,
    allEqual: (shown) => `Each ${shown}.`,
    only: (row) => `${row.label}: ${row.shown}.`,
    and: 'and',
    noData: 'No observations.',
    totalSentence: (shown) => `Total ${shown}.`,
    suppressedDescription: 'Counts under five are marked “fewer than 5” and are not drawn.',
    note: (secondary) =>
      'Counts of fewer than five observations are not published: they are marked “fewer than 5”.' +
      (secondary
        ? ' A count is hidden (–) where a small count could otherwise be worked out from the total.'
        : ''),
  },
};

import type { Choice } from '../shared/localized-text';
import {
  INDICATOR_IDS,
  type CountyConfig,
  type IndicatorOverrides,
  type PeriodScheme,
} from './county-config';
import { isKnownTimeZone } from './local-date';

const PERIOD_SCHEMES: readonly PeriodScheme[] = ['quarters', 'half-years-dec'];
const LISTS = ['serviceAreas', 'municipalities', 'topics', 'targetGroups'] as const;

function listProblems(name: string, list: readonly Choice[]): string[] {
  if (list.length === 0) return [`${name} is empty`];
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const choice of list) {
    if (choice.id.trim() === '') problems.push(`${name} has an empty id`);
    else if (seen.has(choice.id)) problems.push(`${name} repeats the id ${choice.id}`);
    seen.add(choice.id);
    // The form shows labels in every language; a missing one would be a blank option.
    for (const locale of ['fi', 'sv', 'en'] as const) {
      if ((choice.label[locale] ?? '').trim() === '') {
        problems.push(`${name}.${choice.id} has no ${locale} label`);
      }
    }
  }
  return problems;
}

/**
 * What is wrong with a county configuration, in words for the operator's log; empty when
 * it can be used. Presets pass; overrides from configuration are where mistakes come in.
 */
export function countyConfigProblems(config: CountyConfig): string[] {
  const problems = LISTS.flatMap((name) => listProblems(name, config[name]));
  if (!PERIOD_SCHEMES.includes(config.periodScheme)) {
    problems.push(
      `periodScheme ${String(config.periodScheme)} is not one of ${PERIOD_SCHEMES.join(', ')}`,
    );
  }
  const months = config.meetings.months;
  if (!months.every((m) => Number.isInteger(m) && m >= 1 && m <= 12)) {
    problems.push('meetings.months must be months 1–12');
  }
  const day = config.meetings.day;
  if (day !== undefined && !(isWhole(day.weekday, 1, 7) && isWhole(day.nth, 1, 4))) {
    problems.push('meetings.day must be { weekday: 1–7 (1 = Monday), nth: 1–4 }');
  }
  if (!isKnownTimeZone(config.timeZone)) problems.push(`timeZone ${config.timeZone} is unknown`);
  if (config.indicators !== undefined) problems.push(...indicatorProblems(config.indicators));
  return problems;
}

const INDICATOR_TARGETS = [
  'minObservationsPerPeriod',
  'phenomenonReports',
  'workingGroupMeetings',
  'leadershipGroupMeetings',
  'proposalsDecided',
  'publications',
] as const;

function indicatorProblems(indicators: IndicatorOverrides): string[] {
  const problems: string[] = [];
  for (const id of indicators.enabled ?? []) {
    if (!(INDICATOR_IDS as readonly string[]).includes(id)) {
      problems.push(`indicators.enabled has the unknown indicator ${String(id)}`);
    }
  }
  for (const name of INDICATOR_TARGETS) {
    const target = indicators[name];
    if (target !== undefined && !isWhole(target, 0, 1000)) {
      problems.push(`indicators.${name} must be a whole number 0–1000`);
    }
  }
  const judged = indicators.periodsJudged;
  if (judged !== undefined && judged !== 'ended' && judged !== 'all') {
    problems.push('indicators.periodsJudged must be ended or all');
  }
  return problems;
}

const isWhole = (n: number, min: number, max: number): boolean =>
  Number.isInteger(n) && n >= min && n <= max;

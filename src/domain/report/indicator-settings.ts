import { INDICATOR_IDS, type CountyConfig, type IndicatorId } from '../county/county-config';

/** What a county follows and the targets it agreed (county config `indicators` overrides). */
export type IndicatorSettings = {
  readonly enabled: readonly IndicatorId[];
  readonly minObservationsPerPeriod: number;
  /** `ended`: a running year is judged by the periods that are over. */
  readonly periodsJudged: 'ended' | 'all';
  readonly phenomenonReports: number;
  /** Meetings with minutes; null: as many as the county's meeting rhythm schedules. */
  readonly workingGroupMeetings: number | null;
  /** Distinct days on which the leadership group decided proposals. */
  readonly leadershipGroupMeetings: number;
  readonly proposalsDecided: number;
  readonly publications: number;
};

/**
 * Kymenlaakso's plan names the indicators without numbers; these are the least that makes
 * each one true: a report, a product handled, a publication; the leadership group at least
 * twice, as its half-yearly rhythm asks.
 */
export const DEFAULT_INDICATOR_SETTINGS: IndicatorSettings = {
  enabled: INDICATOR_IDS,
  minObservationsPerPeriod: 1,
  periodsJudged: 'ended',
  phenomenonReports: 1,
  workingGroupMeetings: null,
  leadershipGroupMeetings: 2,
  proposalsDecided: 1,
  publications: 1,
};

/** The defaults with the county's overrides laid over them. */
export function indicatorSettingsOf(county: Pick<CountyConfig, 'indicators'>): IndicatorSettings {
  const { enabled, ...targets } = county.indicators ?? {};
  const given = Object.fromEntries(
    Object.entries(targets).filter(([, value]) => value !== undefined),
  );
  return {
    ...DEFAULT_INDICATOR_SETTINGS,
    ...given,
    // In the one order the tab and the report list them, however the county wrote them.
    enabled: INDICATOR_IDS.filter((id) => (enabled ?? INDICATOR_IDS).includes(id)),
  };
}

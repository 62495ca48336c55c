import type { CountyConfig, MeetingRhythm, Period } from '../domain/county/county-config';
import { periodOf, recentPeriods } from '../domain/county/periods';
import { MAX_TEXT_LENGTH } from '../domain/observation/validate-draft';
import type { Choice, LocalizedText } from '../domain/shared/localized-text';
import { KIND_CHOICES, RETURN_REASON_CHOICES, STATUS_CHOICES, TRIAGE_FIELD_CHOICES } from '../i18n';
import type { AppDeps } from './app-deps';

/** How many periods the board's period filter offers (two years of quarters). */
const PERIODS_SHOWN = 8;

/** Everything the tab needs to draw the form and the board for this county. */
export type CountyDescription = {
  readonly county: { readonly id: string; readonly name: LocalizedText };
  readonly serviceAreas: readonly Choice[];
  readonly municipalities: readonly Choice[];
  readonly topics: readonly Choice[];
  readonly targetGroups: readonly Choice[];
  readonly kinds: readonly Choice[];
  /** Newest first, the current period first of all. */
  readonly periods: readonly Period[];
  readonly currentPeriod: Period;
  readonly meetings: MeetingRhythm;
  readonly supervisorNamedByReporter: boolean;
  /** The county's calendar: periods and dates are shown in this zone. */
  readonly timeZone: string;
  readonly statuses: readonly Choice[];
  readonly returnReasons: readonly Choice[];
  readonly triageFields: readonly Choice[];
  readonly limits: { readonly text: number };
};

export function describeCounty(deps: AppDeps): CountyDescription {
  const county: CountyConfig = deps.county;
  const now = deps.clock.now();
  return {
    county: { id: county.id, name: county.name },
    serviceAreas: county.serviceAreas,
    municipalities: county.municipalities,
    topics: county.topics,
    targetGroups: county.targetGroups,
    kinds: KIND_CHOICES,
    periods: recentPeriods(county.periodScheme, now, county.timeZone, PERIODS_SHOWN),
    currentPeriod: periodOf(county.periodScheme, now, county.timeZone),
    meetings: county.meetings,
    supervisorNamedByReporter: county.supervisorNamedByReporter,
    timeZone: county.timeZone,
    statuses: STATUS_CHOICES,
    returnReasons: RETURN_REASON_CHOICES,
    triageFields: TRIAGE_FIELD_CHOICES,
    limits: { text: MAX_TEXT_LENGTH },
  };
}

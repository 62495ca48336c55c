import type { Choice, LocalizedText } from '../shared/localized-text';

export const COUNTY_IDS = ['kainuu', 'kymenlaakso', 'kanta-hame', 'pohde'] as const;
export type CountyId = (typeof COUNTY_IDS)[number];

/**
 * How a county cuts the year into reporting periods.
 * `quarters`: calendar quarters (`2026-Q1` …).
 * `half-years-dec`: Kymenlaakso's 1.12.–31.5. (`2026-H1`, starting in the previous December)
 * and 1.6.–30.11. (`2026-H2`).
 */
export type PeriodScheme = 'quarters' | 'half-years-dec';

/**
 * Which day of a meeting month the group meets: the `nth` (1–4) `weekday` (ISO, 1 = Monday
 * … 7 = Sunday). The plans name months, not days, so this is the app's assumption that a
 * county can override; digests are timed from it.
 */
export type MeetingDay = { readonly weekday: number; readonly nth: number };

/** The second Tuesday: leaves a week after a period's end to compile before the meeting. */
export const DEFAULT_MEETING_DAY: MeetingDay = { weekday: 2, nth: 2 };

/** The RAKE working group's meeting rhythm: the months it meets in (1–12). */
export type MeetingRhythm = {
  readonly months: readonly number[];
  readonly description: LocalizedText;
  /** Absent: `DEFAULT_MEETING_DAY`. */
  readonly day?: MeetingDay;
};

/** The implementation plan's follow-up indicators (Kymenlaakso §8); report/indicators.ts computes them. */
export const INDICATOR_IDS = [
  'observations_collected',
  'phenomenon_report_written',
  'working_group_met',
  'leadership_group_met',
  'products_handled',
  'communicated',
] as const;
export type IndicatorId = (typeof INDICATOR_IDS)[number];

/**
 * What a county agreed in its plan, where it differs from the defaults
 * (report/indicator-settings.ts): which indicators it follows and the targets of each.
 */
export type IndicatorOverrides = {
  readonly enabled?: readonly IndicatorId[];
  /** Fewest observations each reporting period needs. */
  readonly minObservationsPerPeriod?: number;
  /** `ended`: only the periods of the year that are over are judged (the year is running). */
  readonly periodsJudged?: 'ended' | 'all';
  readonly phenomenonReports?: number;
  /** Meetings with minutes; absent: as many as the meeting rhythm schedules in the year. */
  readonly workingGroupMeetings?: number;
  /** Distinct days on which the leadership group decided proposals. */
  readonly leadershipGroupMeetings?: number;
  readonly proposalsDecided?: number;
  readonly publications?: number;
};

/** One deployment serves one county; everything here can be overridden in configuration. */
export type CountyConfig = {
  readonly id: CountyId;
  readonly name: LocalizedText;
  readonly serviceAreas: readonly Choice[];
  readonly municipalities: readonly Choice[];
  readonly topics: readonly Choice[];
  readonly targetGroups: readonly Choice[];
  readonly periodScheme: PeriodScheme;
  readonly meetings: MeetingRhythm;
  /** Kymenlaakso: the reporter names the supervisor who receives the report. */
  readonly supervisorNamedByReporter: boolean;
  /** IANA time zone that decides which period a moment belongs to. */
  readonly timeZone: string;
  /** Absent: the default indicators and targets. */
  readonly indicators?: IndicatorOverrides;
  /**
   * The public web form for residents, clients and associations (Kanta-Häme): off unless
   * turned on (RAKE_PUBLIC_FORM=1 or the admin's setting).
   */
  readonly publicForm?: boolean;
  /** How long closed observations keep their reporters; absent: `DEFAULT_RETENTION`. */
  readonly retention?: RetentionSettings;
  /**
   * When the daily run speaks, as the admin set it; absent: the environment's
   * (RAKE_DIGEST_DAYS_BEFORE, RAKE_REMINDER_DAYS, RAKE_ESCALATION_DAYS).
   */
  readonly timing?: NotificationTiming;
};

/** The daily run's days: the digest before a meeting, reminders, escalation to coordinators. */
export type NotificationTiming = {
  readonly digestDaysBefore: number;
  readonly reminderDays: number;
  readonly escalationDays: number;
};

/**
 * Retention: `years` after an observation closed, the daily job either removes the
 * reporters' identities from it (`anonymise`) or deletes it (`delete`); compilations and
 * published reports keep their aggregates either way.
 */
export type RetentionSettings = {
  readonly years: number;
  readonly mode: 'anonymise' | 'delete';
};

export const DEFAULT_RETENTION: RetentionSettings = { years: 5, mode: 'anonymise' };

/** A reporting period with inclusive local start and end dates (YYYY-MM-DD). */
export type Period = {
  readonly id: string;
  readonly start: string;
  readonly end: string;
};

import { z } from 'zod';
import type { FieldProblem } from '../shared/field-problem';
import type { Choice } from '../shared/localized-text';
import { err, ok, type Result } from '../shared/result';
import { customIssue, parseToResult } from '../shared/zod-problems';
import {
  DEFAULT_MEETING_DAY,
  DEFAULT_RETENTION,
  type CountyConfig,
  type MeetingDay,
  type NotificationTiming,
  type PeriodScheme,
  type RetentionSettings,
} from './county-config';

/** The four county lists an admin edits; observations keep the ids of their entries. */
export const COUNTY_LISTS = ['serviceAreas', 'municipalities', 'topics', 'targetGroups'] as const;
export type CountyList = (typeof COUNTY_LISTS)[number];

/**
 * What the admin edits in the app (GET/PUT /api/admin/county). The preset and the
 * environment (RAKE_COUNTY, RAKE_COUNTY_OVERRIDES, RAKE_*_DAYS, RAKE_PUBLIC_FORM) give the
 * starting point; once saved, these lie over it. Name, time zone and the naming of
 * supervisors stay with the deployment's configuration.
 */
export type CountySettings = {
  readonly serviceAreas: readonly Choice[];
  readonly municipalities: readonly Choice[];
  readonly topics: readonly Choice[];
  readonly targetGroups: readonly Choice[];
  readonly periodScheme: PeriodScheme;
  readonly meetings: { readonly months: readonly number[]; readonly day: MeetingDay };
  readonly timing: NotificationTiming;
  readonly publicForm: boolean;
  readonly retention: RetentionSettings;
};

/** The settings as they stand in a county configuration (the preset with its overrides). */
export function settingsOf(county: CountyConfig, timing: NotificationTiming): CountySettings {
  return {
    serviceAreas: county.serviceAreas,
    municipalities: county.municipalities,
    topics: county.topics,
    targetGroups: county.targetGroups,
    periodScheme: county.periodScheme,
    meetings: { months: county.meetings.months, day: county.meetings.day ?? DEFAULT_MEETING_DAY },
    timing: county.timing ?? timing,
    publicForm: county.publicForm ?? false,
    retention: county.retention ?? DEFAULT_RETENTION,
  };
}

/** The base configuration with the stored settings laid over it: a new object each time. */
export function applyCountySettings(base: CountyConfig, settings: CountySettings): CountyConfig {
  return {
    ...base,
    serviceAreas: settings.serviceAreas,
    municipalities: settings.municipalities,
    topics: settings.topics,
    targetGroups: settings.targetGroups,
    periodScheme: settings.periodScheme,
    // The description is the preset's words about its months; kept, as the admin edits months.
    meetings: { ...base.meetings, months: settings.meetings.months, day: settings.meetings.day },
    timing: settings.timing,
    publicForm: settings.publicForm,
    retention: settings.retention,
  };
}

/** Ids stay stable in URLs, exports and SharePoint columns: letters, digits, _ . - only. */
const CHOICE_ID = /^[A-Za-z0-9_.-]{1,64}$/;
/**
 * Bounds that keep the whole document within what SharePoint holds in one item (four Payload
 * columns): a county has tens of entries per list, not hundreds.
 */
const MAX_LABEL = 120;
const MAX_ENTRIES = 100;

const label = z.string().trim().min(1).max(MAX_LABEL);
const choice = z.strictObject({
  id: z.string().check((ctx) => {
    if (!CHOICE_ID.test(ctx.value)) {
      ctx.issues.push(customIssue(ctx.value, { problem: 'invalid_format' }));
    }
  }),
  label: z.strictObject({ fi: label, sv: label, en: label }),
  retired: z.boolean().optional(),
});

/** Unique ids, and at least one entry still offered for new observations. */
const choiceList = z
  .array(choice)
  .max(MAX_ENTRIES)
  .check((ctx) => {
    const seen = new Set<string>();
    ctx.value.forEach((entry, i) => {
      if (seen.has(entry.id)) {
        ctx.issues.push({ ...customIssue(entry.id, { problem: 'duplicate' }), path: [i, 'id'] });
      }
      seen.add(entry.id);
    });
    if (!ctx.value.some((entry) => entry.retired !== true)) {
      ctx.issues.push(customIssue(ctx.value, { problem: 'required' }));
    }
  });

const days = (min: number) => z.number().int().min(min).max(365);

export const countySettingsSchema = z.strictObject({
  serviceAreas: choiceList,
  municipalities: choiceList,
  topics: choiceList,
  targetGroups: choiceList,
  periodScheme: z.enum(['quarters', 'half-years-dec']),
  meetings: z.strictObject({
    months: z
      .array(z.number().int().min(1).max(12))
      .max(12)
      .check((ctx) => {
        if (new Set(ctx.value).size !== ctx.value.length) {
          ctx.issues.push(customIssue(ctx.value, { problem: 'duplicate' }));
        }
      }),
    day: z.strictObject({
      weekday: z.number().int().min(1).max(7),
      nth: z.number().int().min(1).max(4),
    }),
  }),
  timing: z.strictObject({
    // 0: on the meeting day itself; a reminder after 0 days would nag about every report.
    digestDaysBefore: days(0),
    reminderDays: days(1),
    escalationDays: days(1),
  }),
  publicForm: z.boolean(),
  retention: z.strictObject({
    years: z.number().int().min(1).max(100),
    mode: z.enum(['anonymise', 'delete']),
  }),
});

/**
 * Checks settings sent by the admin against the ones in force: the shape (every problem at
 * once, each with its field), then that no list entry has disappeared. An entry is never
 * deleted: old observations name it, exports and compilations label it; the admin retires
 * it instead (422 `retire_instead` on `<list>.<id>`). New ids are welcome.
 */
export function validateCountySettings(
  input: unknown,
  current: CountySettings,
): Result<CountySettings, FieldProblem[]> {
  const parsed = parseToResult(countySettingsSchema, input);
  if (!parsed.ok) return parsed;
  const settings: CountySettings = {
    ...parsed.value,
    meetings: {
      months: [...parsed.value.meetings.months].sort((a, b) => a - b),
      day: parsed.value.meetings.day,
    },
  };
  const problems = COUNTY_LISTS.flatMap((list) =>
    removedIds(current[list], settings[list]).map((id): FieldProblem => ({
      field: `${list}.${id}`,
      code: 'retire_instead',
    })),
  );
  return problems.length > 0 ? err(problems) : ok(settings);
}

const removedIds = (before: readonly Choice[], after: readonly Choice[]): string[] => {
  const kept = new Set(after.map((entry) => entry.id));
  return before.map((entry) => entry.id).filter((id) => !kept.has(id));
};

/** Only the entries a new observation may use. */
export const activeChoices = (list: readonly Choice[]): Choice[] =>
  list.filter((entry) => entry.retired !== true);

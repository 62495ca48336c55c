import { COUNTY_PRESETS } from './county-presets';
import {
  activeChoices,
  applyCountySettings,
  countySettingsSchema,
  settingsOf,
  validateCountySettings,
} from './county-settings';

const TIMING = { digestDaysBefore: 3, reminderDays: 7, escalationDays: 14 };

describe('county settings', () => {
  it.each(Object.values(COUNTY_PRESETS))('every preset ($id) passes as settings', (preset) => {
    const settings = settingsOf(preset, TIMING);
    expect(countySettingsSchema.safeParse(settings).success).toBe(true);
    expect(validateCountySettings(settings, settings)).toEqual({ ok: true, value: settings });
  });

  it('lie over the base, keeping what the admin does not edit', () => {
    const base = COUNTY_PRESETS.kymenlaakso;
    const settings = {
      ...settingsOf(base, TIMING),
      periodScheme: 'quarters' as const,
      meetings: { months: [3, 9], day: { weekday: 1, nth: 3 } },
      timing: { digestDaysBefore: 5, reminderDays: 10, escalationDays: 21 },
      publicForm: true,
    };
    const county = applyCountySettings(base, settings);
    expect(county).toMatchObject({
      id: 'kymenlaakso',
      name: base.name,
      supervisorNamedByReporter: true,
      timeZone: 'Europe/Helsinki',
      periodScheme: 'quarters',
      meetings: {
        months: [3, 9],
        day: { weekday: 1, nth: 3 },
        description: base.meetings.description,
      },
      timing: { digestDaysBefore: 5, reminderDays: 10, escalationDays: 21 },
      publicForm: true,
    });
    expect(settingsOf(county, TIMING)).toEqual(settings);
  });

  it('take the environment’s days until the admin sets theirs', () => {
    expect(settingsOf(COUNTY_PRESETS.kainuu, TIMING).timing).toEqual(TIMING);
  });

  describe('validation', () => {
    const current = settingsOf(COUNTY_PRESETS.kainuu, TIMING);

    it('accepts new ids and retired entries, and sorts the meeting months', () => {
      const next = {
        ...current,
        topics: [
          ...current.topics.map((t, i) => (i === 0 ? { ...t, retired: true } : t)),
          { id: 'housing', label: { fi: 'Asuminen', sv: 'Boende', en: 'Housing' } },
        ],
        meetings: { months: [11, 2, 5], day: { weekday: 2, nth: 2 } },
      };
      const validated = validateCountySettings(next, current);
      expect(validated.ok).toBe(true);
      if (!validated.ok) return;
      expect(validated.value.meetings.months).toEqual([2, 5, 11]);
      expect(activeChoices(validated.value.topics).map((t) => t.id)).toEqual([
        ...current.topics.slice(1).map((t) => t.id),
        'housing',
      ]);
    });

    it('refuses deleting an entry: retire it instead', () => {
      const [first, ...rest] = current.municipalities;
      expect(validateCountySettings({ ...current, municipalities: rest }, current)).toEqual({
        ok: false,
        error: [{ field: `municipalities.${first?.id}`, code: 'retire_instead' }],
      });
    });

    it('names each problem with its field', () => {
      const outcome = validateCountySettings(
        {
          ...current,
          serviceAreas: [
            ...current.serviceAreas,
            { id: 'has space', label: { fi: 'x', sv: 'x', en: 'x' } },
            { id: 'child_welfare', label: { fi: 'Kaksi', sv: 'Två', en: 'Two' } },
            { id: 'new_one', label: { fi: ' ', sv: 'x', en: 'x' } },
          ],
          periodScheme: 'months',
          meetings: { months: [2, 2, 13], day: { weekday: 8, nth: 1 } },
          timing: { digestDaysBefore: 0, reminderDays: 0, escalationDays: 400 },
          retention: { years: 0, mode: 'shred' },
          extra: true,
        },
        current,
      );
      expect(outcome.ok).toBe(false);
      if (outcome.ok) return;
      const n = current.serviceAreas.length;
      expect(outcome.error).toEqual(
        expect.arrayContaining([
          { field: `serviceAreas.${n}.id`, code: 'invalid_format' },
          expect.objectContaining({ field: `serviceAreas.${n + 2}.label.fi`, code: 'too_short' }),
          { field: 'periodScheme', code: 'unknown_choice' },
          expect.objectContaining({ field: 'meetings.months.2', code: 'out_of_range' }),
          expect.objectContaining({ field: 'meetings.day.weekday', code: 'out_of_range' }),
          expect.objectContaining({ field: 'timing.reminderDays', code: 'out_of_range' }),
          expect.objectContaining({ field: 'timing.escalationDays', code: 'out_of_range' }),
          expect.objectContaining({ field: 'retention.years', code: 'out_of_range' }),
          { field: 'retention.mode', code: 'unknown_choice' },
          { field: 'extra', code: 'unknown_field' },
        ]),
      );
    });

    it('refuses an id or a month twice, and a list with nothing left to offer', () => {
      const outcome = validateCountySettings(
        {
          ...current,
          meetings: { months: [2, 2], day: { weekday: 2, nth: 2 } },
          topics: current.topics.map((t) => ({ ...t, retired: true })),
          serviceAreas: [...current.serviceAreas, current.serviceAreas[0]],
        },
        current,
      );
      expect(outcome).toEqual({
        ok: false,
        error: expect.arrayContaining([
          { field: 'meetings.months', code: 'duplicate' },
          { field: 'topics', code: 'required' },
          { field: `serviceAreas.${current.serviceAreas.length}.id`, code: 'duplicate' },
        ]),
      });
    });
  });
});

import { resolveCountyConfig } from '../../domain/county/county-presets';
import { settingsOf } from '../../domain/county/county-settings';
import { changedParts } from './county-settings';

const BEFORE = settingsOf(resolveCountyConfig('kainuu'), {
  digestDaysBefore: 3,
  reminderDays: 7,
  escalationDays: 14,
});

describe('the parts of the county settings a save changed (for the audit log)', () => {
  it('names each changed part once, in the settings’ order, and nothing when nothing changed', () => {
    const after = {
      ...BEFORE,
      municipalities: BEFORE.municipalities.map((m, i) => (i === 1 ? { ...m, retired: true } : m)),
      timing: { ...BEFORE.timing, reminderDays: 10 },
      publicForm: !BEFORE.publicForm,
    };
    expect(changedParts(BEFORE, after)).toEqual(['municipalities', 'timing', 'publicForm']);
    expect(changedParts(BEFORE, { ...BEFORE })).toEqual([]);
  });
});

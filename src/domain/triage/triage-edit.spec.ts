import { triageChanges, triageEditOf } from './triage-edit';
import { EMPTY_TRIAGE } from './triage-record';

const stamp = { id: 'edit-1', at: '2026-03-10T08:00:00.000Z', actorId: 'u-1', actorName: 'Sirpa' };

describe('triage edits', () => {
  it('lists only the fields whose value changed, in the record order, with before and after', () => {
    const before = { ...EMPTY_TRIAGE, goal: 'Tavoite', owner: 'Tiimi', priority: 3 };
    const after = { ...before, owner: 'Sirpa Esimies', priority: 1, coreContent: 'Häädöt' };

    expect(triageChanges(before, after)).toEqual([
      { field: 'coreContent', before: null, after: 'Häädöt' },
      { field: 'owner', before: 'Tiimi', after: 'Sirpa Esimies' },
      { field: 'priority', before: 3, after: 1 },
    ]);
  });

  it('makes the edit a patch makes of the record as it is, leaving unnamed fields out', () => {
    const observation = { id: 'obs-1', triage: { ...EMPTY_TRIAGE, goal: 'Tavoite', result: 'x' } };

    const edit = triageEditOf(stamp, observation, {
      goal: 'Tavoite',
      result: null,
      followUp: '2026-09-30',
    });

    expect(edit).toEqual({
      ...stamp,
      observationId: 'obs-1',
      changes: [
        { field: 'followUp', before: null, after: '2026-09-30' },
        { field: 'result', before: 'x', after: null },
      ],
    });
  });

  it('has no changes when the patch only repeats what is stored', () => {
    const observation = { id: 'obs-1', triage: { ...EMPTY_TRIAGE, goal: 'Tavoite' } };
    expect(triageEditOf(stamp, observation, { goal: 'Tavoite', owner: null }).changes).toEqual([]);
  });
});

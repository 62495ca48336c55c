import { applyTriagePatch, EMPTY_TRIAGE, TRIAGE_FIELDS } from './triage-record';

describe('the triage record', () => {
  it('has Kainuu’s ten fields in the spreadsheet’s order', () => {
    expect(TRIAGE_FIELDS).toEqual([
      'coreContent',
      'goal',
      'audiences',
      'keyMessage',
      'channel',
      'timing',
      'owner',
      'followUp',
      'priority',
      'result',
    ]);
  });

  it('starts empty: every field null', () => {
    expect(Object.keys(EMPTY_TRIAGE)).toEqual([...TRIAGE_FIELDS]);
    expect(Object.values(EMPTY_TRIAGE).every((value) => value === null)).toBe(true);
  });

  it('takes from a patch only the fields it names: undefined names nothing, null clears', () => {
    const before = { ...EMPTY_TRIAGE, goal: 'Tavoite', owner: 'Sirpa', priority: 3 };
    const after = applyTriagePatch(before, { goal: undefined, owner: null, keyMessage: 'Viesti' });
    expect(after).toEqual({ ...before, owner: null, keyMessage: 'Viesti' });
    expect(before.owner).toBe('Sirpa');
  });
});

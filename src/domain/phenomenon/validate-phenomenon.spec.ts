import { validatePhenomenonDraft, validatePhenomenonPatch } from './validate-phenomenon';

describe('phenomenon validation', () => {
  it('needs a visible title; the rest has defaults', () => {
    expect(validatePhenomenonDraft({ title: 'Häätöuhat' })).toEqual({
      ok: true,
      value: { title: 'Häätöuhat', description: '', forms: [], level: null },
    });
    expect(validatePhenomenonDraft({ title: '\u200b' })).toMatchObject({
      ok: false,
      error: [{ field: 'title', code: 'required' }],
    });
    expect(validatePhenomenonDraft({ title: 'x', level: 'mega' })).toMatchObject({
      ok: false,
      error: [{ field: 'level' }],
    });
  });

  it('patches only what is named, and refuses an empty patch', () => {
    expect(validatePhenomenonPatch({ forms: ['policy', 'inclusion'] })).toEqual({
      ok: true,
      value: { forms: ['inclusion', 'policy'] },
    });
    expect(validatePhenomenonPatch({})).toMatchObject({
      ok: false,
      error: [{ field: 'body', code: 'required' }],
    });
  });
});

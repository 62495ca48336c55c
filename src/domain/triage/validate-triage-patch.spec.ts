import { TRIAGE_FIELDS } from './triage-record';
import { validateTriagePatch } from './validate-triage-patch';

const TEXT_FIELDS = TRIAGE_FIELDS.filter((field) => field !== 'priority');

describe('validateTriagePatch', () => {
  it('accepts a partial patch and returns only what it names', () => {
    expect(validateTriagePatch({ coreContent: 'Asunnottomuus nuorilla', priority: 2 })).toEqual({
      ok: true,
      value: { coreContent: 'Asunnottomuus nuorilla', priority: 2 },
    });
  });

  it('accepts all ten fields at once', () => {
    const patch = Object.fromEntries(
      TRIAGE_FIELDS.map((field) => [field, field === 'priority' ? 1 : `${field} text`]),
    );
    expect(validateTriagePatch(patch)).toEqual({ ok: true, value: patch });
  });

  it.each(TRIAGE_FIELDS)('lets null clear %s', (field) => {
    expect(validateTriagePatch({ [field]: null })).toEqual({ ok: true, value: { [field]: null } });
  });

  it('keeps text as typed', () => {
    const typed = '  Viesti:\n<kunnat>  ';
    expect(validateTriagePatch({ keyMessage: typed })).toEqual({
      ok: true,
      value: { keyMessage: typed },
    });
  });

  it.each(TEXT_FIELDS)('clears %s when the text has nothing visible in it', (field) => {
    for (const blank of ['   ', '\u200B'.repeat(50), '\u00AD\n\uFEFF']) {
      expect(validateTriagePatch({ [field]: blank })).toEqual({
        ok: true,
        value: { [field]: null },
      });
    }
  });

  it.each(TEXT_FIELDS)('refuses half a character (a lone surrogate) in %s', (field) => {
    expect(validateTriagePatch({ [field]: 'Muistiinpano \uD83D' })).toEqual({
      ok: false,
      error: [{ field, code: 'invalid_characters' }],
    });
  });

  it.each(TEXT_FIELDS)('limits %s to 5000 characters', (field) => {
    expect(validateTriagePatch({ [field]: 'x'.repeat(5000) }).ok).toBe(true);
    expect(validateTriagePatch({ [field]: 'x'.repeat(5001) })).toEqual({
      ok: false,
      error: [{ field, code: 'too_long', limit: 5000 }],
    });
  });

  it.each([
    [0, 'out_of_range', 1],
    [100, 'out_of_range', 99],
    [-3, 'out_of_range', 1],
  ] as const)('refuses priority %p as %s', (priority, code, limit) => {
    expect(validateTriagePatch({ priority })).toEqual({
      ok: false,
      error: [{ field: 'priority', code, limit }],
    });
  });

  it('accepts priorities 1 and 99', () => {
    expect(validateTriagePatch({ priority: 1 }).ok).toBe(true);
    expect(validateTriagePatch({ priority: 99 }).ok).toBe(true);
  });

  it.each([2.5, '2', true, Number.NaN])('refuses priority %p as a wrong type', (priority) => {
    expect(validateTriagePatch({ priority })).toEqual({
      ok: false,
      error: [{ field: 'priority', code: 'invalid_type' }],
    });
  });

  it('refuses wrong types for text fields', () => {
    expect(validateTriagePatch({ goal: 5, owner: ['Maija'] })).toEqual({
      ok: false,
      error: [
        { field: 'goal', code: 'invalid_type' },
        { field: 'owner', code: 'invalid_type' },
      ],
    });
  });

  it('refuses unknown fields, the snake_case spelling included', () => {
    expect(validateTriagePatch({ goal: 'x', core_content: 'y', status: 'closed' })).toEqual({
      ok: false,
      error: [
        { field: 'core_content', code: 'unknown_field' },
        { field: 'status', code: 'unknown_field' },
      ],
    });
  });

  it('refuses an empty patch', () => {
    expect(validateTriagePatch({})).toEqual({
      ok: false,
      error: [{ field: 'body', code: 'required' }],
    });
  });

  it.each([null, 'goal', 7, []])('refuses a body that is not an object: %p', (body) => {
    expect(validateTriagePatch(body)).toEqual({
      ok: false,
      error: [{ field: 'body', code: 'invalid_type' }],
    });
  });
});

describe('validateTriagePatch: the date fields', () => {
  it.each(['timing', 'followUp'])(
    'keeps a day in %s as yyyy-mm-dd, however it was written',
    (field) => {
      expect(validateTriagePatch({ [field]: '2026-09-30' })).toEqual({
        ok: true,
        value: { [field]: '2026-09-30' },
      });
      expect(validateTriagePatch({ [field]: '3.9.2026' })).toEqual({
        ok: true,
        value: { [field]: '2026-09-03' },
      });
    },
  );

  it.each(['timing', 'followUp'])('refuses a date in %s that is no day', (field) => {
    expect(validateTriagePatch({ [field]: '2026-02-30', goal: 'Tavoite' })).toEqual({
      ok: false,
      error: [{ field, code: 'invalid_date' }],
    });
  });

  it('still takes free text there (older records, other tools), and dates elsewhere as text', () => {
    expect(
      validateTriagePatch({ timing: 'Syksyn kokouskierros', goal: '31.4.2026', followUp: null }),
    ).toEqual({
      ok: true,
      value: { timing: 'Syksyn kokouskierros', goal: '31.4.2026', followUp: null },
    });
  });
});

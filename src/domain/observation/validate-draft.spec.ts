import { COUNTY_PRESETS } from '../county/county-presets';
import { MAX_TEXT_LENGTH, MIN_DESCRIPTION_LENGTH, validateDraft } from './validate-draft';

const county = COUNTY_PRESETS.kymenlaakso;

const valid = {
  kind: 'negative',
  description: 'Yhä useampi nuori jää ilman asuntoa täysi-ikäistyttyään.',
  solutionProposal: 'Jälkihuollon asumisneuvontaa lisätään.',
  topic: 'client_needs',
  serviceArea: 'child_welfare',
  municipality: 'kotka',
  targetGroup: 'young_people',
  supervisorId: 'sup-1',
  coReporterIds: ['co-1', 'co-2'],
};

const problemsOf = (input: unknown) => {
  const result = validateDraft(input, county);
  if (result.ok) throw new Error('expected problems');
  return result.error;
};

describe('validateDraft', () => {
  it('accepts a complete form and keeps it as sent', () => {
    expect(validateDraft(valid, county)).toEqual({ ok: true, value: valid });
  });

  it('fills in the optional fields', () => {
    const { solutionProposal: _s, supervisorId: _p, coReporterIds: _c, ...minimal } = valid;
    expect(validateDraft(minimal, county)).toEqual({
      ok: true,
      value: { ...minimal, solutionProposal: '', supervisorId: null, coReporterIds: [] },
    });
  });

  it('accepts null for the optional fields and an empty solution proposal', () => {
    const result = validateDraft(
      { ...valid, solutionProposal: null, supervisorId: null, coReporterIds: null },
      county,
    );
    expect(result.ok && result.value).toMatchObject({
      solutionProposal: '',
      supervisorId: null,
      coReporterIds: [],
    });
    expect(validateDraft({ ...valid, solutionProposal: '' }, county).ok).toBe(true);
  });

  it('treats an empty supervisor id as none and counts a co-reporter once', () => {
    const result = validateDraft(
      { ...valid, supervisorId: '', coReporterIds: ['a', 'b', 'a'] },
      county,
    );
    expect(result.ok && result.value).toMatchObject({
      supervisorId: null,
      coReporterIds: ['a', 'b'],
    });
  });

  it('keeps text exactly as typed, surrounding spaces and markup included', () => {
    const description = '  <b>Asumisneuvonta</b> puuttuu\n\n kokonaan.  ';
    const solutionProposal = ' \tNeuvontaa ajoissa. ';
    const result = validateDraft({ ...valid, description, solutionProposal }, county);
    expect(result.ok && result.value.description).toBe(description);
    expect(result.ok && result.value.solutionProposal).toBe(solutionProposal);
  });

  it('takes a proposal with nothing visible in it as no proposal', () => {
    for (const solutionProposal of [' \t', '\u200B'.repeat(50), '\u00AD\u2060 ']) {
      const result = validateDraft({ ...valid, solutionProposal }, county);
      expect(result.ok && result.value.solutionProposal).toBe('');
    }
  });

  it('requires a description a reader can see: invisible characters are not text', () => {
    expect(problemsOf({ ...valid, description: '\u200B'.repeat(50) })).toEqual([
      { field: 'description', code: 'required' },
    ]);
    expect(problemsOf({ ...valid, description: `Lyhyt\u200B\u200B\u200B\u200B\u200B!` })).toEqual([
      { field: 'description', code: 'too_short', limit: MIN_DESCRIPTION_LENGTH },
    ]);
  });

  it('refuses half a character (a lone surrogate) in any text, naming the field', () => {
    expect(
      problemsOf({
        ...valid,
        description: 'Vuokrarästit kasvavat \uD800 nopeasti.',
        solutionProposal: 'Ehdotus \uDC00',
      }),
    ).toEqual([
      { field: 'description', code: 'invalid_characters' },
      { field: 'solutionProposal', code: 'invalid_characters' },
    ]);
  });

  it('requires every mandatory field, reporting all at once', () => {
    expect(problemsOf({})).toEqual([
      { field: 'kind', code: 'required' },
      { field: 'description', code: 'required' },
      { field: 'topic', code: 'required' },
      { field: 'serviceArea', code: 'required' },
      { field: 'municipality', code: 'required' },
      { field: 'targetGroup', code: 'required' },
    ]);
  });

  it('treats an unanswered select as missing', () => {
    expect(problemsOf({ ...valid, topic: '', municipality: '' })).toEqual([
      { field: 'topic', code: 'required' },
      { field: 'municipality', code: 'required' },
    ]);
  });

  it('measures the description trimmed: blank is missing, under 10 characters too short', () => {
    expect(problemsOf({ ...valid, description: '   \n ' })).toEqual([
      { field: 'description', code: 'required' },
    ]);
    expect(problemsOf({ ...valid, description: '   lyhyt    ' })).toEqual([
      { field: 'description', code: 'too_short', limit: 10 },
    ]);
    expect(validateDraft({ ...valid, description: ' 0123456789 ' }, county).ok).toBe(true);
  });

  it('limits the texts to 20 000 characters', () => {
    const atLimit = 'x'.repeat(MAX_TEXT_LENGTH);
    expect(
      validateDraft({ ...valid, description: atLimit, solutionProposal: atLimit }, county).ok,
    ).toBe(true);
    expect(
      problemsOf({ ...valid, description: `${atLimit}x`, solutionProposal: `${atLimit}x` }),
    ).toEqual([
      { field: 'description', code: 'too_long', limit: 20000 },
      { field: 'solutionProposal', code: 'too_long', limit: 20000 },
    ]);
  });

  it('accepts only the ids of the county’s lists', () => {
    expect(
      problemsOf({
        ...valid,
        kind: 'neutral',
        topic: 'gossip',
        serviceArea: 'Lastensuojelu',
        municipality: 'kajaani', // Kainuu, not Kymenlaakso
        targetGroup: 'cats',
      }),
    ).toEqual([
      { field: 'kind', code: 'unknown_choice' },
      { field: 'topic', code: 'unknown_choice' },
      { field: 'serviceArea', code: 'unknown_choice' },
      { field: 'municipality', code: 'unknown_choice' },
      { field: 'targetGroup', code: 'unknown_choice' },
    ]);
  });

  it('follows the configured lists, not only the presets', () => {
    const custom = {
      ...county,
      municipalities: [{ id: 'testila', label: { fi: 'T', sv: 'T', en: 'T' } }],
    };
    expect(validateDraft({ ...valid, municipality: 'testila' }, custom).ok).toBe(true);
    expect(validateDraft(valid, custom).ok).toBe(false);
  });

  it('reports wrong types by field, with the index inside arrays', () => {
    expect(
      problemsOf({
        ...valid,
        description: 42,
        solutionProposal: ['a'],
        topic: 1,
        supervisorId: 7,
        coReporterIds: ['ok', 3],
      }),
    ).toEqual([
      { field: 'description', code: 'invalid_type' },
      { field: 'solutionProposal', code: 'invalid_type' },
      { field: 'topic', code: 'invalid_type' },
      { field: 'supervisorId', code: 'invalid_type' },
      { field: 'coReporterIds.1', code: 'invalid_type' },
    ]);
  });

  it('allows up to 20 co-reporters', () => {
    const ids = (n: number) => Array.from({ length: n }, (_, i) => `co-${i}`);
    expect(validateDraft({ ...valid, coReporterIds: ids(20) }, county).ok).toBe(true);
    expect(problemsOf({ ...valid, coReporterIds: ids(21) })).toEqual([
      { field: 'coReporterIds', code: 'too_long', limit: 20 },
    ]);
    expect(problemsOf({ ...valid, coReporterIds: 'co-1' })).toEqual([
      { field: 'coReporterIds', code: 'invalid_type' },
    ]);
    expect(problemsOf({ ...valid, coReporterIds: [''] })).toEqual([
      { field: 'coReporterIds.0', code: 'too_short', limit: 1 },
    ]);
  });

  it('refuses unknown fields, alongside the other problems', () => {
    expect(problemsOf({ ...valid, status: 'closed', reporterId: 'x', description: '' })).toEqual([
      { field: 'description', code: 'required' },
      { field: 'status', code: 'unknown_field' },
      { field: 'reporterId', code: 'unknown_field' },
    ]);
  });

  it.each([null, 'text', 3, [valid]])('refuses a body that is not an object: %p', (body) => {
    expect(problemsOf(body)).toEqual([{ field: 'body', code: 'invalid_type' }]);
  });

  it('reports a missing body as required', () => {
    expect(problemsOf(undefined)).toEqual([{ field: 'body', code: 'required' }]);
  });

  it('refuses an entry the admin retired, and still knows it apart from an unknown one', () => {
    const retiring = {
      ...county,
      municipalities: county.municipalities.map((m) =>
        m.id === valid.municipality ? { ...m, retired: true } : m,
      ),
    };
    expect(validateDraft(valid, retiring)).toEqual({
      ok: false,
      error: [{ field: 'municipality', code: 'retired' }],
    });
    expect(validateDraft({ ...valid, municipality: 'atlantis' }, retiring)).toEqual({
      ok: false,
      error: [{ field: 'municipality', code: 'unknown_choice' }],
    });
  });
});

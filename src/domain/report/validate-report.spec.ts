import {
  MAX_REPORT_SECTIONS,
  MAX_REPORT_TEXT_LENGTH,
  reportPatchFreeText,
  validateReportPatch,
  validateReportRequest,
} from './validate-report';

const problemsOf = (result: { ok: boolean; error?: unknown }) => (result.ok ? [] : result.error);

describe('validateReportRequest', () => {
  it('takes each kind with its own source, Finnish unless asked otherwise', () => {
    expect(
      validateReportRequest({ kind: 'annual', title: 'Sosiaalinen raportti 2026', year: 2026 }),
    ).toEqual({
      ok: true,
      value: {
        kind: 'annual',
        title: 'Sosiaalinen raportti 2026',
        source: { kind: 'annual', year: 2026 },
        language: 'fi',
      },
    });
    expect(
      validateReportRequest({
        kind: 'compilation',
        title: 'Q1',
        compilationId: 'c1',
        language: 'sv',
      }),
    ).toMatchObject({
      ok: true,
      value: { source: { kind: 'compilation', compilationId: 'c1' }, language: 'sv' },
    });
    expect(
      validateReportRequest({ kind: 'phenomenon', title: 'Häädöt', phenomenonId: 'p1' }),
    ).toMatchObject({
      ok: true,
      value: { source: { kind: 'phenomenon', phenomenonId: 'p1' } },
    });
  });

  it('requires the source of the kind and refuses another kind’s', () => {
    expect(
      problemsOf(validateReportRequest({ kind: 'annual', title: 'X', compilationId: 'c1' })),
    ).toEqual([
      { field: 'year', code: 'required' },
      { field: 'compilationId', code: 'unknown_field' },
    ]);
    expect(problemsOf(validateReportRequest({ kind: 'phenomenon', title: 'X' }))).toEqual([
      { field: 'phenomenonId', code: 'required' },
    ]);
  });

  it('names a missing or unknown kind, a blank title, a year out of range and an unknown language', () => {
    expect(problemsOf(validateReportRequest({ title: 'X' }))).toEqual([
      { field: 'kind', code: 'required' },
    ]);
    expect(problemsOf(validateReportRequest({ kind: 'weekly', title: 'X' }))).toEqual([
      { field: 'kind', code: 'unknown_choice' },
    ]);
    expect(
      problemsOf(
        validateReportRequest({ kind: 'annual', title: ' \u200b', year: 1999, language: 'de' }),
      ),
    ).toEqual([
      { field: 'title', code: 'required' },
      { field: 'year', code: 'out_of_range', limit: 2000 },
      { field: 'language', code: 'unknown_choice' },
    ]);
    expect(
      problemsOf(validateReportRequest({ kind: 'annual', title: 'x'.repeat(201), year: 2026 })),
    ).toEqual([{ field: 'title', code: 'too_long', limit: 200 }]);
    expect(problemsOf(validateReportRequest('raportti'))).toEqual([
      { field: 'body', code: 'invalid_type' },
    ]);
  });
});

describe('validateReportPatch', () => {
  const section = (key: string) => ({ key, heading: 'Otsikko', text: 'Teksti' });

  it('takes only the fields named, and refuses an empty edit', () => {
    expect(validateReportPatch({ introduction: '' })).toEqual({
      ok: true,
      value: { introduction: '' },
    });
    expect(validateReportPatch({ title: 'Uusi', sections: [section('counts')] })).toEqual({
      ok: true,
      value: { title: 'Uusi', sections: [section('counts')] },
    });
    expect(problemsOf(validateReportPatch({}))).toEqual([{ field: 'body', code: 'required' }]);
    expect(problemsOf(validateReportPatch({ figures: [] }))).toEqual([
      { field: 'figures', code: 'unknown_field' },
    ]);
  });

  it('holds sections to their limits: keys of a–z, 0–9, _ and -, each once; a heading', () => {
    expect(
      problemsOf(
        validateReportPatch({
          sections: [
            section('counts'),
            { key: 'Kunnat!', heading: 'X', text: '' },
            { key: 'counts', heading: '', text: 'x'.repeat(MAX_REPORT_TEXT_LENGTH + 1) },
          ],
        }),
      ),
    ).toEqual([
      { field: 'sections.1.key', code: 'invalid_format' },
      { field: 'sections.2.heading', code: 'required' },
      { field: 'sections.2.text', code: 'too_long', limit: MAX_REPORT_TEXT_LENGTH },
    ]);
    expect(problemsOf(validateReportPatch({ sections: [section('a'), section('a')] }))).toEqual([
      { field: 'sections.1.key', code: 'invalid_format' },
    ]);
    const many = Array.from({ length: MAX_REPORT_SECTIONS + 1 }, (_, i) => section(`s${i}`));
    expect(problemsOf(validateReportPatch({ sections: many }))).toEqual([
      { field: 'sections', code: 'too_long', limit: MAX_REPORT_SECTIONS },
    ]);
    expect(problemsOf(validateReportPatch({ introduction: 'x'.repeat(20_001) }))).toEqual([
      { field: 'introduction', code: 'too_long', limit: 20_000 },
    ]);
  });

  it('lists every free text of an edit for the personal data guard', () => {
    expect(
      reportPatchFreeText({
        title: 'T',
        introduction: 'I',
        sections: [{ key: 'a', heading: 'H', text: '010101-123N' }],
      }),
    ).toEqual({
      title: 'T',
      introduction: 'I',
      'sections.0.heading': 'H',
      'sections.0.text': '010101-123N',
    });
    expect(reportPatchFreeText({ introduction: '' })).toEqual({ introduction: '' });
  });
});

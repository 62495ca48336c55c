import { PERSONAL_DATA_WARNING_KINDS } from '../domain/personal-data/personal-data-finding';
import {
  CATALOGUES,
  fieldProblemMessage,
  negotiateLocale,
  personalDataMessage,
  warningMessage,
} from '.';

describe('negotiateLocale', () => {
  it.each([
    [undefined, 'fi'],
    ['', 'fi'],
    ['sv', 'sv'],
    ['sv-FI,sv;q=0.9,en;q=0.8', 'sv'],
    ['en-GB,en;q=0.9,fi;q=0.8', 'en'],
    ['de-DE,de;q=0.9,en;q=0.5', 'en'],
    ['fi;q=0.2,sv;q=0.8', 'sv'],
    ['en;q=0,sv;q=0.1', 'sv'],
    ['de', 'fi'],
    ['*', 'fi'],
    ['nb-NO', 'sv'],
    ['EN-us', 'en'],
    ['sv;q=abc', 'fi'],
  ])('%p → %s', (header, locale) => {
    expect(negotiateLocale(header)).toBe(locale);
  });
});

describe('messages', () => {
  it('names the field in the personal-data refusal, in each language', () => {
    expect(personalDataMessage('fi', 'description')).toBe(
      'Kuvaus sisältää henkilötunnuksen. Poista se ennen lähettämistä.',
    );
    expect(personalDataMessage('sv', 'solutionProposal')).toContain('Lösningsförslag');
    expect(personalDataMessage('en', 'feedback')).toContain('Feedback to the reporter');
  });

  it('formats limits as each language writes numbers', () => {
    const problem = { field: 'description', code: 'too_long', limit: 20_000 } as const;
    expect(fieldProblemMessage('fi', problem)).toMatch(
      /^Kuvaus on liian pitkä \(enintään 20\s000 merkkiä\)\.$/,
    );
    expect(fieldProblemMessage('en', problem)).toContain('20,000');
  });

  it('names an unknown field as the caller spelled it, and a nested one by its top field', () => {
    expect(fieldProblemMessage('en', { field: 'colour', code: 'unknown_field' })).toBe(
      'Unknown field “colour”.',
    );
    expect(
      fieldProblemMessage('fi', { field: 'coReporterIds.2', code: 'unknown_choice' }),
    ).toContain('Muut ilmoittajat');
  });

  it('has a message for every warning kind in every language', () => {
    for (const locale of ['fi', 'sv', 'en'] as const) {
      for (const kind of PERSONAL_DATA_WARNING_KINDS) {
        expect(warningMessage(locale, { field: 'description', kind }).length).toBeGreaterThan(20);
      }
    }
  });

  it('has the same keys in every catalogue and no empty text', () => {
    const shape = (value: unknown): unknown =>
      typeof value === 'object' && value !== null
        ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shape(v)]))
        : typeof value;
    expect(shape(CATALOGUES.sv)).toEqual(shape(CATALOGUES.fi));
    expect(shape(CATALOGUES.en)).toEqual(shape(CATALOGUES.fi));
    const texts = (value: unknown): string[] =>
      typeof value === 'string'
        ? [value]
        : typeof value === 'object' && value !== null
          ? Object.values(value).flatMap(texts)
          : [];
    for (const catalogue of Object.values(CATALOGUES)) {
      expect(texts(catalogue).filter((t) => t.trim() === '')).toEqual([]);
    }
  });
});

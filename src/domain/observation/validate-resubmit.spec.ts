import { COUNTY_PRESETS } from '../county/county-presets';
import type { ObservationDraft } from './observation';
import { validateResubmit } from './validate-resubmit';

const county = COUNTY_PRESETS.kainuu;

const filed: ObservationDraft = {
  kind: 'negative',
  description: 'Yhä useampi nuori jää ilman asuntoa täysi-ikäistyttyään.',
  solutionProposal: '',
  topic: 'client_needs',
  serviceArea: 'child_welfare',
  municipality: 'kajaani',
  targetGroup: 'young_people',
  supervisorId: null,
  coReporterIds: ['co-1'],
};

describe('validateResubmit', () => {
  it('keeps what is not sent and lists only what changes, with both versions', () => {
    const description = 'Nuoret jäävät ilman asuntoa jälkihuollon päättyessä, eri kunnissa.';
    const result = validateResubmit(
      { description, solutionProposal: 'Asumisneuvontaa lisää.', kind: 'negative' },
      filed,
      county,
    );
    expect(result).toEqual({
      ok: true,
      value: {
        edit: { description, solutionProposal: 'Asumisneuvontaa lisää.' },
        changes: [
          { field: 'description', before: filed.description, after: description },
          { field: 'solutionProposal', before: '', after: 'Asumisneuvontaa lisää.' },
        ],
      },
    });
  });

  it('accepts an empty body: the reporter sends it again as it was', () => {
    expect(validateResubmit({}, filed, county)).toEqual({
      ok: true,
      value: { edit: {}, changes: [] },
    });
  });

  it('checks the amended whole as a filing is checked', () => {
    expect(
      validateResubmit({ description: 'lyhyt', municipality: 'helsinki' }, filed, county),
    ).toEqual({
      ok: false,
      error: expect.arrayContaining([
        { field: 'description', code: 'too_short', limit: 10 },
        { field: 'municipality', code: 'unknown_choice' },
      ]),
    });
  });

  it('refuses fields that are not the form’s amendable ones', () => {
    expect(validateResubmit({ coReporterIds: [], status: 'received' }, filed, county)).toEqual({
      ok: false,
      error: [
        { field: 'coReporterIds', code: 'unknown_field' },
        { field: 'status', code: 'unknown_field' },
      ],
    });
    expect(validateResubmit('text', filed, county)).toEqual({
      ok: false,
      error: [{ field: 'body', code: 'invalid_type' }],
    });
  });
});

import { resolveCountyConfig } from '../county/county-presets';
import { validatePublicSubmission } from './validate-public-submission';

const COUNTY = resolveCountyConfig('kanta-hame');

const form = (overrides: Record<string, unknown> = {}) => ({
  kind: 'negative',
  description: 'Nuorten on vaikea löytää kohtuuhintaista asuntoa Riihimäeltä.',
  solutionProposal: 'Lisää nuorisoasuntoja.',
  municipality: COUNTY.municipalities[0]?.id,
  targetGroup: COUNTY.targetGroups[0]?.id,
  reporterType: 'resident',
  startedAt: 1_000,
  ...overrides,
});

describe('validatePublicSubmission', () => {
  it('accepts a valid form and keeps the bot signs apart from the draft', () => {
    const result = validatePublicSubmission(form({ website: '' }), COUNTY);
    expect(result).toEqual({
      ok: true,
      value: {
        draft: {
          kind: 'negative',
          description: 'Nuorten on vaikea löytää kohtuuhintaista asuntoa Riihimäeltä.',
          solutionProposal: 'Lisää nuorisoasuntoja.',
          municipality: COUNTY.municipalities[0]?.id,
          targetGroup: COUNTY.targetGroups[0]?.id,
          reporterType: 'resident',
          contactEmail: null,
        },
        bot: { website: '', startedAt: 1_000 },
      },
    });
  });

  it('reports every problem with its field, unknown fields too', () => {
    const result = validatePublicSubmission(
      form({ kind: 'bad', description: '', municipality: 'nowhere', reporterType: 'x', extra: 1 }),
      COUNTY,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.map((p) => [p.field, p.code]).sort()).toEqual(
      [
        ['description', 'required'],
        ['extra', 'unknown_field'],
        ['kind', 'unknown_choice'],
        ['municipality', 'unknown_choice'],
        ['reporterType', 'unknown_choice'],
      ].sort(),
    );
  });

  it('offers no retired municipality', () => {
    const [first, ...rest] = COUNTY.municipalities;
    const county = { ...COUNTY, municipalities: [{ ...first!, retired: true }, ...rest] };
    const result = validatePublicSubmission(form({ municipality: first!.id }), county);
    expect(result).toEqual({
      ok: false,
      error: [{ field: 'municipality', code: 'unknown_choice' }],
    });
  });

  it('keeps a contact e-mail only with consent', () => {
    expect(
      validatePublicSubmission(form({ contactEmail: 'asukas@example.invalid' }), COUNTY),
    ).toEqual({
      ok: false,
      error: [{ field: 'contactConsent', code: 'required' }],
    });
    const consented = validatePublicSubmission(
      form({ contactEmail: ' asukas@example.invalid ', contactConsent: true }),
      COUNTY,
    );
    expect(consented.ok && consented.value.draft.contactEmail).toBe('asukas@example.invalid');
    expect(
      validatePublicSubmission(
        form({ contactEmail: 'not an address', contactConsent: true }),
        COUNTY,
      ),
    ).toEqual({
      ok: false,
      error: [{ field: 'contactEmail', code: 'invalid_format' }],
    });
  });

  it('needs the form’s render time', () => {
    const { startedAt: _omit, ...rest } = form();
    expect(validatePublicSubmission(rest, COUNTY)).toEqual({
      ok: false,
      error: [{ field: 'startedAt', code: 'required' }],
    });
  });
});
